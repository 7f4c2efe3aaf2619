import Foundation
import Testing
import SummaryKit

/// A submission made from a Corpus summary the way a branch hands in another's: names, years
/// and numbers changed, and two top-level sections swapped; with the line of the copy each line
/// of the original went to.
struct CorpusCopy {
    /// The copy's text.
    var text: String
    /// For each 1-based line of the original, the 1-based line of the copy it became.
    var lineOfCopy: [Int: Int]

    /// `original` with `replacements` made and its first two top-level sections (一、 and 二、)
    /// swapped, blank lines kept between paragraphs.
    init(_ original: String, replacements: [(String, String)]) {
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        let headings = lines.indices.filter { i in ["一、", "二、", "三、"].contains { lines[i].hasPrefix($0) } }
        var order = Array(lines.indices)
        if headings.count >= 3 {
            let first = Array(headings[0]..<headings[1])
            let second = Array(headings[1]..<headings[2])
            order = Array(0..<headings[0]) + second + first + Array(headings[2]..<lines.count)
        }
        var map: [Int: Int] = [:]
        var out: [String] = []
        for i in order {
            var line = lines[i]
            for (from, to) in replacements { line = line.replacingOccurrences(of: from, with: to) }
            out.append(line)
            map[i + 1] = out.count
        }
        text = out.joined(separator: "\n") + "\n"
        lineOfCopy = map
    }
}

@Suite("Copied text in the audit")
struct CopyAuditTests {
    static let community = Repo.text("zh-02-community")
    static let renames = [("青禾苑", "枫林湾"), ("2023", "2024"), ("11次", "9次"), ("46场", "52场"), ("860余", "700余")]

    /// An index of the Corpus texts named `ids`, each under `refs/2023/ID.txt`.
    func corpusIndex(_ ids: [String]) throws -> ReferenceIndex {
        var builder = try ReferenceIndexBuilder()
        for id in ids {
            builder.add(id: "refs/2023/\(id).txt", source: SourceText(try String(contentsOfFile: Repo.text(id), encoding: .utf8)))
        }
        return try builder.index()
    }

    @Test("a Corpus summary renamed and reordered gets one copied-text finding naming the reference, its share and lines")
    func renamedAndReordered() throws {
        let original = try String(contentsOfFile: Self.community, encoding: .utf8)
        let copy = CorpusCopy(original, replacements: Self.renames)
        #expect(copy.text != original)
        let index = try corpusIndex(["zh-01-village", "zh-02-community", "zh-18-street", "zh-04-hospital"])
        let auditor = try Auditor()
        let result = try CopyDetector().check(try auditor.audit(text: copy.text, name: "subs/fenglin-2024.txt"), against: index)
        let findings = result.audit.summaries.flatMap(\.findings).filter { $0.rule == .copiedText }
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        let detail = try #require(finding.copy)
        #expect(detail.reference == "refs/2023/zh-02-community.txt")
        #expect(finding.severity == .warning)
        // Everything but the changed names and numbers and the title's year is shared.
        #expect(detail.share > 0.9 && detail.share < 1, "\(detail.share)")
        // The swapped sections start new passages: at least three (before, the swap, after).
        #expect(detail.passages.count >= 3, "\(detail.passages)")
        let source = SourceText(copy.text)
        let reference = SourceText(original)
        for passage in detail.passages {
            // Each passage's lines in the reference are where its lines in the copy came from.
            #expect(copy.lineOfCopy[passage.referenceLine] == passage.line, "\(passage)")
            #expect(copy.lineOfCopy[passage.referenceEndLine] == passage.endLine, "\(passage)")
            // Its bytes lie on those lines, in both texts, and the reference text is the reference's.
            #expect(source.line(atUTF8Offset: passage.start) == passage.line)
            #expect(source.line(atUTF8Offset: passage.end - 1) == passage.endLine)
            #expect(reference.line(atUTF8Offset: passage.referenceStart) == passage.referenceLine)
            #expect(String(reference[utf8: passage.referenceStart..<passage.referenceEnd]) == passage.referenceText)
        }
        // Passages follow the copy; the swapped section comes first in it and later in the reference.
        #expect(detail.passages.map(\.line) == detail.passages.map(\.line).sorted())
        #expect(detail.passages.map(\.referenceLine) != detail.passages.map(\.referenceLine).sorted())
        // The finding sits at the first passage and says it in one sentence.
        #expect(finding.line == detail.passages[0].line && finding.column == detail.passages[0].column)
        #expect(finding.message.hasPrefix("\(detail.percentage) of this summary matches refs/2023/zh-02-community.txt ("))
        #expect(finding.message.contains("\(detail.passages.count) passages, lines "))
        // A warning only: whether the summary passes is unchanged.
        let plain = try auditor.audit(text: copy.text, name: "subs/fenglin-2024.txt")
        #expect(result.audit.summaries.map(\.passed) == plain.audit.summaries.map(\.passed))
        #expect(result.audit.summaries.flatMap(\.findings).filter { $0.rule != .copiedText } == plain.audit.summaries.flatMap(\.findings))
    }

    @Test("unrelated summaries of the same genre get no copied-text finding", arguments: ["zh-18-street", "zh-02-community", "en-09-community"])
    func unrelated(id: String) throws {
        let others = Repo.corpusTexts.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }.filter { $0 != id }
        let index = try corpusIndex(others)
        let result = try CopyDetector().check(try Auditor().audit(fileAt: Repo.text(id)), against: index)
        #expect(result.audit.summaries.flatMap(\.findings).filter { $0.rule == .copiedText }.isEmpty)
    }

    @Test("a submission checked against an index that holds it is not reported against itself when excluded")
    func excludingItself() throws {
        let index = try corpusIndex(["zh-02-community", "zh-18-street"])
        let audited = try Auditor().audit(fileAt: Self.community)
        let all = try CopyDetector().check(audited, against: index)
        #expect(all.audit.summaries.flatMap(\.findings).contains { $0.copy?.reference == "refs/2023/zh-02-community.txt" && $0.copy?.share == 1 })
        let excluded = try CopyDetector().check(audited, against: index, excluding: [0])
        #expect(excluded.audit.summaries.flatMap(\.findings).filter { $0.rule == .copiedText }.isEmpty)
    }

    @Test("the JSON of a copied-text finding is JSONEncoder's, decodes back, and leaves other findings as they were")
    func json() throws {
        let original = try String(contentsOfFile: Self.community, encoding: .utf8)
        let copy = CorpusCopy(original, replacements: Self.renames)
        let index = try corpusIndex(["zh-02-community"])
        let report = try CopyDetector().check(try Auditor().audit(text: copy.text, name: "copy.txt"), against: index).audit
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let fast = try report.jsonBytes(pretty: true)
        #expect(fast == Array(try encoder.encode(report)))
        let text = String(decoding: fast, as: UTF8.self)
        #expect(text.contains("\"rule\" : \"copied-text\""))
        #expect(text.contains("\"reference_end_line\" : "))
        // Decoding reads the stable fields back (not the arguments a report fills into other languages).
        func stable(_ findings: [[Finding]]) -> [[Finding]] {
            findings.map { $0.map { var finding = $0; finding.arguments = []; return finding } }
        }
        #expect(stable(try JSONDecoder().decode(FileAudit.self, from: Data(fast)).summaries.map(\.findings)) == stable(report.summaries.map(\.findings)))
        // Findings of other rules have no "copy" member.
        let plain = try Auditor().audit(fileAt: Self.community).audit
        #expect(!String(decoding: try plain.jsonBytes(), as: UTF8.self).contains("\"copy\""))
    }

    @Test("the finding's sentence: share, reference, passages and the lines on both sides")
    func message() {
        let passage = CopiedText.Passage(line: 4, endLine: 9, column: 1, start: 0, end: 10, referenceLine: 2, referenceEndLine: 7,
                                         referenceStart: 0, referenceEnd: 10, referenceText: "")
        let later = CopiedText.Passage(line: 12, endLine: 19, column: 1, start: 20, end: 30, referenceLine: 10, referenceEndLine: 17,
                                       referenceStart: 20, referenceEnd: 30, referenceText: "")
        let copy = CopiedText(reference: "refs/2023/branch-03.txt", share: 0.423, passages: [passage, later])
        #expect(copy.message == "42% of this summary matches refs/2023/branch-03.txt (2 passages, lines 4–19 ↔ 2–17).")
        #expect(CopiedText(reference: "r", share: 0.999, passages: [passage]).percentage == "99%")
        #expect(CopiedText(reference: "r", share: 0.001, passages: [passage]).percentage == "1%")
    }

    @Test("the HTML view shows the passages side by side with the shared text highlighted; Markdown and SARIF name both places")
    func renderers() throws {
        let original = try String(contentsOfFile: Self.community, encoding: .utf8)
        let copy = CorpusCopy(original, replacements: Self.renames)
        let index = try corpusIndex(["zh-02-community"])
        let result = try CopyDetector().check(try Auditor().audit(text: copy.text, name: "copy.txt"), against: index)
        let detail = try #require(result.audit.summaries.flatMap(\.findings).compactMap(\.copy).first)
        let html = HTMLReport.render([result])
        #expect(html.contains("<table class=\"copy\">"))
        #expect(html.contains("mark.same{"))
        // The changed name is outside the highlight in the copy, the original name outside it in the reference.
        #expect(html.contains("<mark class=\"same\">"))
        #expect(!html.contains("<mark class=\"same\">枫林湾") && !html.contains("枫林湾</mark>"))
        // A changed figure is left unmarked on both sides (学习11次 became 学习9次); the 次 after it is marked.
        #expect(html.contains("学习</mark>9<mark class=\"same\">次"))
        #expect(html.contains("学习</mark>11<mark class=\"same\">次"))
        #expect(html.components(separatedBy: "<tr><td><span class=\"ln\">").count - 1 == detail.passages.count)
        // A page without copies has no copy style at all.
        #expect(!HTMLReport.render([try Auditor().audit(fileAt: Self.community)]).contains("mark.same"))
        let markdown = MarkdownReport.render(result.audit)
        #expect(markdown.contains("  - passage 1: "))
        let sarif = try SARIFReport.render([result.audit], toolVersion: "test")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let runs = try #require(log["runs"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]]).filter { $0["ruleId"] as? String == "copied-text" }
        #expect(results.count == detail.passages.count)
        let related = try #require(results.first?["relatedLocations"] as? [[String: Any]])
        let physical = try #require(related.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "refs/2023/zh-02-community.txt")
        #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == detail.passages[0].referenceLine)
    }
}
