import Foundation
import Testing
import SummaryKit

@Suite("Auditor findings")
struct AuditTests {
    let auditor: Auditor
    init() throws { auditor = try Auditor() }

    @Test("placeholders, chrome, repeated paragraphs and empty headings become findings with places")
    func findings() throws {
        let text = """
        范文网>工作总结>党建工作总结>
        XX街道党支部20xx年工作总结
        一、加强理论学习
        支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨。
        二、严格组织生活
        三、服务群众
        党员志愿者走访慰问困难群众，帮助解决实际问题，开展志愿服务活动。
        支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨。
        """
        let result = try auditor.audit(text: text, name: "t.txt")
        let findings = try #require(result.audit.summaries.first).findings
        let rules = Set(findings.map(\.rule.rawValue))
        #expect(rules.isSuperset(of: ["placeholder", "boilerplate", "repeated-paragraph", "empty-heading", "section-missing"]))
        let repeated = try #require(findings.first { $0.rule.rawValue == "repeated-paragraph" })
        #expect(repeated.line == 8)
        #expect(repeated.message.contains("line 4"))
        let empty = try #require(findings.first { $0.rule.rawValue == "empty-heading" })
        #expect(empty.line == 5)
        let source = result.tagged.document.source
        for finding in findings {
            #expect(source.line(atUTF8Offset: finding.start) == finding.line)
            // The column counts code points from the line's start, 1-based.
            let utf8 = Array(source.text.utf8)
            let lineStart = (utf8[..<finding.start].lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
            #expect(finding.column == String(decoding: utf8[lineStart..<finding.start], as: UTF8.self).unicodeScalars.count + 1)
            #expect(!finding.message.isEmpty && finding.message.hasSuffix("."))
        }
        #expect(findings.contains { $0.rule.rawValue == "placeholder" && source[utf8: $0.start..<$0.end].contains("xx") })
    }

    @Test("a numbered line that is a complete item is no empty heading; a bare heading still is")
    func emptyHeadingFalseAlarms() throws {
        let text = """
        某中学党支部2024年度工作总结
        一、主要工作
        1、抓常规管理，严格执行三会一课制度，全年召开支部党员大会6次、支委会12次，按时上好党课。
        2、抓队伍建设，发展预备党员2名，确定入党积极分子3名，组织党员参加区委党校培训。
        二、民族团结
        四是民族团结教育，开展了民族团结进步主题班会和手拉手结对活动，覆盖全校师生一千余人
        三、下一步打算
        （一）坚持党建引领，推动高质量发展
        """
        let result = try auditor.audit(text: text, name: "t.txt")
        let document = result.tagged.document
        let empty = result.audit.summaries.flatMap(\.findings).filter { $0.rule.rawValue == "empty-heading" }
        let quoted = empty.map { String(document.source[utf8: $0.start..<$0.end]) }
        #expect(!quoted.contains { $0.hasPrefix("1、") || $0.hasPrefix("2、") || $0.hasPrefix("四是") }, "\(quoted)")
        #expect(quoted.contains("（一）坚持党建引领，推动高质量发展"), "\(quoted)")
    }

    @Test("a missing section points at its summary's title line, a thin one at the paragraph that mentions it")
    func sectionFindingsPointAtEvidence() throws {
        var missing = 0
        var thin = 0
        for path in Repo.corpusTexts {
            let result = try auditor.audit(fileAt: path)
            let document = result.tagged.document
            for (index, summary) in result.audit.summaries.enumerated() {
                // The title unit, or the first content unit, of this summary.
                let units = document.summaries[index].units.map { document.units[$0] }
                let head = try #require(units.first { $0.kind == .title } ?? units.first { $0.isContent }, "\(path) summary \(index + 1)")
                for finding in summary.findings {
                    let quoted = document.source[utf8: finding.start..<finding.end]
                    switch finding.rule {
                    case .sectionMissing:
                        missing += 1
                        #expect(finding.start == head.utf8Range.lowerBound, "\(path):\(finding.line)")
                        // The quoted range is the head unit's first line: all of it, nothing more.
                        let firstLine = document.text(of: head).prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
                        #expect(quoted == firstLine, "\(path):\(finding.line) \(quoted)")
                        #expect(!quoted.isEmpty && !quoted.contains("\n"))
                    case .sectionThin:
                        thin += 1
                        let id = try #require(finding.message.split(separator: "'").dropFirst().first.map(String.init))
                        let evidence = try #require(summary.sections.first { $0.id == id }?.evidence.first, "\(path) \(id)")
                        #expect(finding.start == evidence.start && finding.end == evidence.end, "\(path):\(finding.line) \(id)")
                        #expect(finding.line == evidence.line)
                    default:
                        break
                    }
                }
            }
        }
        #expect(missing > 10)
        #expect(thin > 3)
    }

    @Test("auditing a file (keyword matching beside the structure stage) gives the same report as the sequential path")
    func concurrentPathAgrees() throws {
        for file in Repo.corpusTexts {
            let overlapped = try auditor.audit(fileAt: file)
            let sequential = try auditor.audit(document: auditor.reader.read(fileAt: file), name: file)
            #expect(overlapped.audit == sequential.audit, "\(file)")
            #expect(overlapped.tagged == sequential.tagged, "\(file)")
        }
    }

    @Test("a large file (matched in pieces on all cores, tagged and scored in parallel runs) gives the one-thread report")
    func largeFileAgreesWithOneThread() throws {
        // Both halves of the corpus, over a megabyte: several pieces, over 2,000 units and 16 summaries.
        let texts = try Repo.corpusTexts.map { try TextDecoder().decode(fileAt: $0).text }
        var text = ""
        while text.utf8.count < 1_100_000 { text += texts.joined(separator: "\n\n") + "\n\n" }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("summarykit-large-\(UUID().uuidString).txt").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let parallel = try auditor.audit(fileAt: file)
        let source = SourceText(text, origin: file)
        #expect(KeywordMatcher.pieces(of: source).count >= 4)
        let document = auditor.reader.read(source)
        #expect(document.units.count > 2 * Tagger.parallelGrain)
        // The reference: the keyword matching over the whole text at once, on this thread.
        let matches = try auditor.tagger.matcher.matches(in: source)
        let tagged = auditor.tagger.tag(document, matches: matches)
        let sequential = try auditor.audit(document: document, name: file, tagged: tagged)
        #expect(parallel.tagged == sequential.tagged)
        #expect(parallel.audit == sequential.audit)
        #expect(parallel.audit.summaries.count > 32)
        // Its JSON, summaries written on all cores, is still exactly JSONEncoder's.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        #expect(try parallel.audit.jsonBytes() == Array(encoder.encode(parallel.audit)))
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(try parallel.audit.jsonBytes(pretty: false) == Array(encoder.encode(parallel.audit)))
    }

    @Test("a paragraph repeats another when only white space differs; short lines never count")
    func repeatedParagraphIgnoresWhiteSpace() {
        let first: Substring = "支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨。"
        let spaced: Substring = "支部每月组织党员集中学习 党的二十大精神，\u{3000}撰写学习笔记，开展专题研讨。\u{00A0}"
        let changed: Substring = "支部每月组织党员集中学习党的二十大精神，撰写心得体会，开展专题研讨。"
        #expect(Auditor.repeatHash(first) == Auditor.repeatHash(spaced))
        #expect(Auditor.sameWithoutWhiteSpace(first, spaced))
        #expect(!Auditor.sameWithoutWhiteSpace(first, changed))
        #expect(!Auditor.sameWithoutWhiteSpace(first, first.dropLast()))
        #expect(Auditor.repeatHash("The branch held a meeting.") == Auditor.repeatHash("The  branch held\na meeting."))
        #expect(Auditor.repeatHash("党支部召开会议。") == nil)  // under 20 characters
        #expect(Auditor.sameWithoutWhiteSpace(" ", ""))
    }

    @Test("the summary holding an offset, found by binary search, is the one a linear scan finds, in every corpus file")
    func summaryLookupMatchesLinearScan() throws {
        let reader = DocumentReader()
        for path in Repo.corpusTexts {
            let document = try reader.read(fileAt: path)
            let step = max(1, document.source.text.utf8.count / 400)
            for offset in stride(from: 0, through: document.source.text.utf8.count, by: step) {
                let linear = document.summaries.firstIndex { $0.utf8Range.contains(offset) }
                #expect(Auditor.summaryIndex(containing: offset, in: document) == linear, "\(path) at \(offset)")
            }
        }
    }

    @Test("the summary of the unit holding an offset, found by binary search, is the one a linear scan finds, in every corpus file")
    func unitSummaryLookupMatchesLinearScan() throws {
        let reader = DocumentReader()
        for path in Repo.corpusTexts {
            let document = try reader.read(fileAt: path)
            let step = max(1, document.source.text.utf8.count / 400)
            for offset in stride(from: 0, through: document.source.text.utf8.count, by: step) {
                let linear = document.units.first { $0.utf8Range.contains(offset) }?.summary ?? 0
                #expect(Auditor.summaryIndex(at: offset, in: document) == linear, "\(path) at \(offset)")
            }
        }
    }

    @Test("columns counted from the previous position are the columns counted from the line start")
    func columnCursor() {
        let text = "一、加强学习\r\n第二行 x 有 placeholder\n\n第四行：ＸＸ村、某某、20__年\rend"
        let source = SourceText(text)
        var cursor = ColumnCursor(source)
        let total = text.utf8.count
        // Forward, backward, across lines and back to an earlier line.
        let offsets = Array(0...total) + Array((0...total).reversed()) + [total / 2, 3, total, 0]
        for offset in offsets {
            // Only offsets at the start of a scalar are positions.
            guard offset == total || !UTF8.isContinuation(Array(text.utf8)[offset]) else { continue }
            let line = source.line(atUTF8Offset: offset)
            let column = source[utf8: source.lineStarts[line - 1]..<offset].unicodeScalars.count + 1
            let found = cursor.position(ofUTF8Offset: offset)
            #expect(found.line == line && found.column == column, "at \(offset)")
        }
    }

    @Test("on one 8 MB line of placeholders, every finding's column is exact and all of them cost linear work")
    func longLineOfPlaceholders() throws {
        // Each sentence holds four placeholders: xx, 20__, XXX, 某某. Columns used to be counted
        // from the line's start for every finding: quadratic on one long line.
        let sentence = "今年xx村党支部在20__年组织XXX同志和某某同志开展学习教育，加强理论武装。"
        let count = 8_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let document = DocumentReader().read(SourceText(text, origin: "line.txt"))
        #expect(document.source.lineCount == 1)
        let tagged = try auditor.tagger.tag(document)
        let coverage = auditor.scorer.score(tagged)
        var columns = ColumnCursor(document.source)
        let findings = Auditor.findings(tagged, coverage: coverage, checklist: auditor.scorer.checklist,
                                        topicThreshold: auditor.tagger.model.topicThreshold, columns: &columns)
        let placeholders = findings.joined().filter { $0.rule.rawValue == "placeholder" }.sorted { $0.start < $1.start }
        #expect(placeholders.count == 4 * count)
        #expect(placeholders.map(\.column) == document.placeholders.map(\.column))
        let scalars = Array(sentence.unicodeScalars)
        let mou = try #require(scalars.firstIndex(of: "某"))
        #expect(placeholders.last?.column == (count - 1) * scalars.count + mou + 1)
        // Three runs of findings in text order: at most three passes forward and two back.
        #expect(columns.scanned <= 5 * text.utf8.count, "\(columns.scanned) bytes counted for a \(text.utf8.count)-byte text")
    }

    @Test("a page of several summaries gets one verdict per summary")
    func severalSummaries() throws {
        let report = try auditor.audit(fileAt: Repo.text("zh-05-multi")).audit
        #expect(report.summaries.count == 3)
        #expect(report.summaries.map(\.line) == report.summaries.map(\.line).sorted())
    }

    @Test("each summary's audit is the scorer's coverage of it plus the verdict, pairs and findings")
    func summaryAuditBuildsOnCoverage() throws {
        let audited = try auditor.audit(fileAt: Repo.text("zh-05-multi"))
        let coverage = auditor.scorer.score(audited.tagged)
        #expect(coverage.count == audited.audit.summaries.count)
        for (c, summary) in zip(coverage, audited.audit.summaries) {
            let rebuilt = SummaryAudit(c, passed: summary.passed, missingRequired: summary.missingRequired,
                                       pairs: summary.pairs, findings: summary.findings)
            #expect(rebuilt == summary)
            #expect((summary.title, summary.line, summary.endLine, summary.coverage) == (c.title, c.line, c.endLine, c.coverage))
            #expect(summary.sections == c.sections)
        }
    }

    @Test("the report encodes to the documented JSON keys")
    func json() throws {
        let report = try auditor.audit(fileAt: Repo.text("en-02-village")).audit
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any]
        let keys = Set(object?.keys.map { $0 } ?? [])
        #expect(keys.isSuperset(of: ["schema_version", "file", "encoding", "language", "summaries"]))
        let summary = (object?["summaries"] as? [[String: Any]])?.first ?? [:]
        #expect(Set(summary.keys).isSuperset(of: ["title", "line", "end_line", "coverage", "passed", "sections", "findings"]))
        let section = (summary["sections"] as? [[String: Any]])?.first ?? [:]
        #expect(Set(section.keys).isSuperset(of: ["id", "status", "score", "paragraphs", "evidence"]))
        let finding = (summary["findings"] as? [[String: Any]])?.first ?? [:]
        #expect(Set(finding.keys).isSuperset(of: ["rule", "severity", "line", "start", "end", "message"]))
    }
}
