import Foundation
import Testing

@Suite("summarykit structure")
struct StructureCommandTests {
    @Test("text output: the tree indented by level, kinds, line numbers, placeholders")
    func text() throws {
        let result = try CLI.run(["structure"], stdin: "x村党支部20xx年工作总结\n一、加强学习\n（一）集中学习\n支部每月学习一次。\n")
        #expect(result.status == 0)
        #expect(result.stdout == """
        [summary 1] x村党支部20xx年工作总结 (lines 1-4)
          L1     title      x村党支部20xx年工作总结
          L2     heading 1  一、加强学习
          L3       heading 2  （一）集中学习
          L4         paragraph  支部每月学习一次。
        placeholders: 2
          L1:1  x
          L1:6  20xx
        metadata: language=zh format=text title="x村党支部20xx年工作总结" organization=village

        """)
    }

    @Test("json output: stable snake_case keys with every unit's kind, level, marker, lines, start, end, text")
    func json() throws {
        let result = try CLI.run(["structure", "--format", "json"], stdin: "一、学习\n支部学习。\n")
        #expect(result.status == 0)
        #expect(result.stdout == """
        {"encoding":"UTF-8","file":"<stdin>","format":"text","metadata":{"language":"zh","organization":null,"title":null,"years":[]},"placeholders":[],"summaries":[{"end":28,"lines":[1,2],"start":0,"title":null,"units":[0,2]}],"units":[{"end":12,"heading":null,"index":0,"kind":"heading","level":1,"lines":[1,1],"marker":"一、","start":0,"summary":0,"text":"一、学习"},{"end":28,"heading":0,"index":1,"kind":"paragraph","level":0,"lines":[2,2],"marker":null,"start":13,"summary":0,"text":"支部学习。"}]}

        """)
    }

    @Test("corpus files and the .docx fixture print; a bad file exits 2 naming it while the others still print")
    func badInput() throws {
        let result = try CLI.run(["structure", "no/such.txt", "Corpus/texts/zh-05-multi.txt",
                                  "Tests/SummaryKitTests/Fixtures/structure/zh-02-community.docx"])
        #expect(result.status == 2)
        #expect(result.stderr == "summarykit: no/such.txt: cannot read the file: no such file or directory.\n")
        #expect(result.stdout.contains("==> Corpus/texts/zh-05-multi.txt <=="))
        #expect(result.stdout.contains("[summary 3]"))
        #expect(result.stdout.contains("format=docx"))
    }

    @Test("a file named .docx that is not one exits 2 with a full sentence naming it")
    func corruptDocx() throws {
        let dir = try CLI.temporaryDirectory("sk-structure")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("report.docx")
        try "plain text".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["structure", file.path])
        #expect(result.status == 2)
        #expect(result.stderr == "summarykit: \(file.path): the file is not a valid Word .docx document (it is not a ZIP archive).\n")
    }
}
