import Foundation
import Testing
import SummaryKit

@Suite("TermDictionary")
struct TermDictionaryTests {
    @Test("the built-in list holds at least 150 domain terms, with and without 、")
    func builtIn() {
        let terms = TermDictionary.builtIn
        #expect(terms.count >= 150)
        for term in ["党风廉政建设", "三会一课", "发展党员", "民主生活会", "组织生活会", "入党积极分子", "预备党员",
                     "两学一做", "群众路线", "批评与自我批评", "全面从严治党", "主题党日", "八项规定",
                     "不忘初心、牢记使命", "不忘初心牢记使命"] {
            #expect(terms.contains(term), "\(term)")
        }
    }

    @Test("user files layer on top; comments, blanks and tab-separated extras are ignored")
    func userFile() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("user.txt")
        try "# my terms\n\n红色物业\t10\tn\n先锋指数\n".write(to: file, atomically: true, encoding: .utf8)
        let terms = try TermDictionary.builtIn.adding(contentsOf: file.path)
        #expect(terms.contains("红色物业"))
        #expect(terms.contains("先锋指数"))
        #expect(terms.contains("三会一课"))
        #expect(!TermDictionary.builtIn.contains("红色物业"), "layering returns a new value")
        let segmenter = try WordSegmenter(options: .init(terms: terms))
        #expect(try segmenter.words(in: "推进红色物业建设").contains("红色物业"))
    }

    @Test("a malformed line is reported with file and line")
    func malformed() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.txt")
        try "三会一课\n党 建\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: SegmentationError.invalidTerm(file: file.path, line: 2, text: "党 建", reason: "a term may not contain spaces")) {
            try TermDictionary.empty.adding(contentsOf: file.path)
        }
    }
}
