import Foundation
import Testing
import SummaryKit

private typealias Section = Checklist.Section

/// The report languages (#18 item 2): one string table per language, the language from the
/// environment, findings said in either language, and repeated findings grouped.
@Suite("Report languages and grouped findings")
struct ReportLanguageTests {
    @Test("the language comes from LC_ALL, then LC_MESSAGES, then LANG; zh* is Chinese, anything else English")
    func environment() {
        #expect(ReportLanguage.fromEnvironment([:]) == .en)
        #expect(ReportLanguage.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromEnvironment(["LANG": "zh_TW.Big5"]) == .zh)
        #expect(ReportLanguage.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(ReportLanguage.fromEnvironment(["LANG": "C"]) == .en)
        #expect(ReportLanguage.fromEnvironment(["LANG": "POSIX"]) == .en)
        #expect(ReportLanguage.fromEnvironment(["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en, "LC_ALL wins")
        #expect(ReportLanguage.fromEnvironment(["LC_ALL": "zh_CN.UTF-8", "LANG": "C"]) == .zh)
        #expect(ReportLanguage.fromEnvironment(["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(ReportLanguage.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_CN.UTF-8"]) == .zh,
                "an empty variable counts as unset")
    }

    @Test("every table has every key of the English one, and a name for every rule, status, severity and category",
          arguments: ReportLanguage.allCases)
    func tables(_ language: ReportLanguage) throws {
        let table = try #require(ReportStrings.tables[language])
        let missing = Set(ReportStrings.english.keys).subtracting(table.keys)
        #expect(missing.isEmpty, "\(language) lacks \(missing.sorted())")
        var keys = FindingRule.allCases.flatMap { ["rule.\($0.rawValue)", "message.\($0.rawValue)", "rule.summary.\($0.rawValue)"] }
        keys += SectionStatus.allCases.map { "status.\($0.rawValue)" }
        keys += Finding.Severity.allCases.map { "severity.\($0.rawValue)" }
        keys += Category.allCases.map { "category.\($0.rawValue)" }
        keys += Language.allCases.map { "language.\($0.rawValue)" }
        keys += OrganizationKind.allCases.map { "organization.\($0.rawValue)" }
        keys += ["verdict.pass", "verdict.fail", "verdict.error"]
        for key in keys {
            let value = try #require(table[key], "\(language) has no \(key)")
            #expect(!value.isEmpty)
        }
        // The Chinese words are Chinese.
        if language == .zh {
            let strings = ReportStrings(.zh)
            #expect(strings.status(.covered) == "已覆盖" && strings.status(.thin) == "薄弱" && strings.status(.missing) == "缺失")
            #expect(strings.verdict(true) == "通过" && strings.verdict(false) == "不通过")
            for rule in FindingRule.allCases { #expect(strings.rule(rule).unicodeScalars.contains { $0.value >= 0x4E00 }) }
        }
    }

    @Test("every rule's message fills its arguments in both languages; English is the stable message")
    func messages() throws {
        let arguments: [FindingRule: [String]] = [
            .sectionMissing: ["discipline", "纪律作风与党风廉政建设", "Discipline, conduct and clean government"],
            .sectionThin: ["plans", "下一步工作打算", "Plans for the next period", "0.42"],
            .placeholder: ["XXX"], .boilerplate: ["分享到："], .emptyHeading: ["二、严格组织生活"],
            .repeatedParagraph: ["4"], .headingUnsupported: ["一、加强理论学习", "study"],
            .shortcomingUnaddressed: ["三是党风廉政建设抓得不够紧"], .measureUnanchored: ["二是深入开展走访慰问"],
            .copiedText: ["42%", "refs/2023/branch-03.txt", "3", "4–19", "2–17"],
        ]
        #expect(Set(arguments.keys) == Set(FindingRule.allCases))
        for (rule, values) in arguments {
            for language in ReportLanguage.allCases {
                if rule == .copiedText, language == .en {
                    // English keeps the finding's own sentence (CopiedText.message, with its plurals).
                    #expect(ReportStrings.message(rule: rule, arguments: values, in: ReportStrings(language)) == nil)
                    continue
                }
                let text = try #require(ReportStrings.message(rule: rule, arguments: values, in: ReportStrings(language)))
                #expect(!text.contains("{"), "\(rule) in \(language): \(text)")
                #expect(text.contains(values[0]) || rule == .sectionMissing || rule == .sectionThin, "\(rule) in \(language): \(text)")
            }
        }
        let zh = ReportStrings(.zh)
        #expect(ReportStrings.message(rule: .placeholder, arguments: ["XXX"], in: zh) == "模板占位符“XXX”未填写。")
        #expect(ReportStrings.message(rule: .headingUnsupported, arguments: ["一、加强理论学习", "study"], in: zh)?.contains("学习教育") == true)
        #expect(ReportStrings.message(rule: .placeholder, arguments: [], in: zh) == nil, "too few arguments")
        // A finding made without arguments says its own message in every language.
        let plain = Finding(rule: .placeholder, severity: .warning, line: 1, column: 1, start: 0, end: 3, message: "Own words.")
        #expect(plain.message(in: .zh) == "Own words." && plain.message(in: .en) == "Own words.")
        #expect(plain.places == [Finding.Place(line: 1, column: 1, start: 0, end: 3)])
    }

    @Test("the auditor's findings say the same in English as before, and in Chinese")
    func auditorMessages() throws {
        let text = "XX街道党支部20xx年工作总结\n一、加强理论学习\n支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨。\n"
        let report = try Auditor().audit(text: text).audit
        let findings = try #require(report.summaries.first).findings
        let missing = try #require(findings.first { $0.rule == .sectionMissing })
        #expect(missing.message.hasPrefix("The section '") && missing.message.hasSuffix("is missing."))
        #expect(missing.message(in: .en) == missing.message)
        #expect(missing.message(in: .zh).hasPrefix("缺少“"))
        for finding in findings {
            #expect(finding.messages["en"] == finding.message)
            #expect(finding.messages["zh"] == finding.message(in: .zh))
        }
    }

    @Test("input errors read the same in English as before, and have a Chinese sentence")
    func errors() {
        let errors: [TextDecodingError] = [
            .unreadable(file: "a.txt", reason: "no such file or directory"), .empty(file: "a.txt"),
            .tooLarge(file: "a.txt", bytes: 10, limit: 5), .binary(file: "a.txt", offset: 3),
            .invalidBytes(file: "a.txt", encoding: "UTF-8", offset: 7), .undetectable(file: "a.txt", guess: "Big5"),
            .undetectable(file: "a.txt", guess: nil), .unknownEncoding(file: "a.txt", name: "klingon"),
        ]
        #expect(errors[0].description == "a.txt: cannot read the file: no such file or directory.")
        #expect(errors[1].description == "a.txt: the file is empty.")
        #expect(errors[3].description == "a.txt: this looks like a binary file, not text (control byte at byte offset 3).")
        #expect(errors[5].description == "a.txt: the text encoding could not be recognised (ICU's best guess, Big5, was not trusted); name it with --encoding.")
        #expect(errors[6].description == "a.txt: the text encoding could not be recognised; name it with --encoding.")
        #expect(errors[0].description(in: .zh) == "a.txt：无法读取该文件：文件或目录不存在。")
        #expect(errors[1].description(in: .zh) == "a.txt：文件是空的。")
        for error in errors {
            let zh = error.description(in: .zh)
            #expect(zh.hasPrefix("a.txt：") && !zh.contains("{"), "\(zh)")
            #expect(zh != error.description)
        }
        let documents: [DocumentError] = [
            .corruptContainer(file: "a.docx", format: .docx, reason: "no zip"), .missingPart(file: "a.docx", part: "word/document.xml"),
            .partTooLarge(file: "a.docx", part: "word/document.xml", bytes: 9, limit: 1),
            .malformedXML(file: "a.docx", part: "word/document.xml", line: 2, reason: "bad"), .unsupportedFormat(file: "a.pdf", format: "PDF"),
        ]
        #expect(documents[0].description == "a.docx: the file is not a valid Word .docx document (no zip).")
        #expect(documents[4].description == "a.pdf: PDF files are not supported; save it as .docx, .html or plain text.")
        for error in documents {
            #expect(error.description(in: .zh).contains("：") && !error.description(in: .zh).contains("{"))
        }
        #expect(ReportStrings(.zh).describe(DocumentError.decoding(.empty(file: "b.txt"))) == "b.txt：文件是空的。")
    }

    @Test("the same placeholder 38 times in one summary is one finding with 38 places")
    func grouping() throws {
        var text = "青山村党支部2024年工作总结\n一、理论学习\n"
        for i in 1...38 { text += "第\(i)次集中学习由XXX同志主讲，党员撰写学习心得体会。\n" }
        text += "二、下一步打算\n20xx年，支部将继续加强学习。\n"
        let result = try Auditor().audit(text: text)
        let findings = try #require(result.audit.summaries.first).findings
        let placeholders = findings.filter { $0.rule == .placeholder }
        #expect(placeholders.count == 2, "\(placeholders.map(\.message))")
        let xxx = try #require(placeholders.first { $0.arguments == ["XXX"] })
        #expect(xxx.places.count == 38)
        #expect(xxx.places.first == Finding.Place(line: xxx.line, column: xxx.column, start: xxx.start, end: xxx.end))
        #expect(xxx.places.map(\.line) == Array(3...40), "in text order")
        let source = result.tagged.document.source
        #expect(xxx.places.allSatisfy { source[utf8: $0.start..<$0.end] == "XXX" })
        // Text, Markdown: one line with the count and the first places.
        let text80 = TextReport(colour: false, failUnder: 60).render(result.audit)
        #expect(text80.components(separatedBy: "'XXX'").count == 2, "one line for 38 places")
        #expect(text80.contains("(38 places: L3:"))
        let zh = TextReport(colour: false, failUnder: 60, language: .zh).render(result.audit)
        #expect(zh.contains("（共38处：L3:"))
        #expect(MarkdownReport.render(result.audit).components(separatedBy: "'XXX'").count == 2)
        // Different summaries are not merged.
        let two = try Auditor().audit(text: text + "\n\n" + text).audit
        #expect(two.summaries.count == 2)
        for summary in two.summaries {
            #expect(summary.findings.filter { $0.rule == .placeholder && $0.arguments == ["XXX"] }.map(\.places.count) == [38])
        }
    }

    @Test("grouped findings: JSON has every place, and decodes")
    func json() throws {
        var text = "青山村党支部2024年工作总结\n一、理论学习\n"
        for _ in 1...5 { text += "集中学习由XXX同志主讲，党员撰写学习心得体会。\n" }
        let report = try Auditor().audit(text: text).audit
        let bytes = try report.jsonBytes(pretty: false)
        let encoded = try JSONEncoder.sorted.encode(report)
        #expect(bytes == Array(encoded), "the fast writer and the encoder agree")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let summaries = try #require(object["summaries"] as? [[String: Any]])
        let findings = try #require(summaries.first?["findings"] as? [[String: Any]])
        let xxx = try #require(findings.first { ($0["message"] as? String)?.contains("'XXX'") == true })
        #expect((xxx["places"] as? [Any])?.count == 5)
        #expect((xxx["messages"] as? [String: String])?["zh"] == "模板占位符“XXX”未填写。")
        #expect(xxx["rule"] as? String == "placeholder" && xxx["line"] as? Int == 3)
        let decoded = try JSONDecoder().decode(FileAudit.self, from: Data(bytes))
        #expect(decoded.summaries.first?.findings.first { $0.rule == .placeholder }?.places.count == 5)
    }

    @Test("a checklist's own Chinese titles name the sections; long ones are cut to fit 80 columns")
    func checklistTitles() throws {
        let checklist = Checklist(name: "mine", sections: [
            Section(id: "study", titleZh: "学习教育", titleEn: "Study", categories: [.study]),
            Section(id: "plans_and_more", titleZh: "下一步工作打算以及需要上级党组织协调解决的困难和问题", titleEn: "Plans", categories: [.plans]),
            Section(id: "untitled", titleZh: "", titleEn: "", categories: [.massWork], required: false),
        ])
        let text = "青山村党支部2024年工作总结\n一、理论学习\n支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨。\n"
        let report = try Auditor(checklist: checklist).audit(text: text).audit
        let zh = TextReport(colour: false, failUnder: 60, language: .zh, checklist: checklist).render(report)
        #expect(zh.contains("    学习教育  "))
        #expect(zh.contains("下一步工作打算以及需要上级党"), "the long title, cut")
        #expect(zh.contains("    untitled  "), "no Chinese title: the id")
        for line in zh.split(separator: "\n") { #expect(TerminalWidth.columns(of: line) <= 80, "\(line)") }
        let markdown = MarkdownReport.render(report, language: .en, checklist: checklist)
        #expect(markdown.contains("| Study | covered |") && markdown.contains("| untitled | missing |"))
    }

    @Test("wrapping Chinese text counts two columns a character and keeps Latin runs whole")
    func wrapping() {
        let text = "模板占位符“XX”未填写。（共8处：L1:1、L4:16、L4:42、L6:39、L8:20、…）"
        let wrapped = TerminalWidth.wrap(text, width: 80, first: 32, indent: 32)
        let lines = wrapped.components(separatedBy: "\n")
        #expect(lines.count == 2)
        #expect(TerminalWidth.columns(of: lines[0]) + 32 <= 80)
        #expect(lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("L4:42"), "\(wrapped)")
        // A line does not start with closing punctuation.
        let listed = "模板占位符“x”未填写。（共17处：L7:105、L7:107、L7:125、L7:135、L7:137、…）"
        let kept = TerminalWidth.wrap(listed, width: 80, first: 34, indent: 34).components(separatedBy: "\n")
        #expect(kept.count == 2 && kept[1].trimmingCharacters(in: .whitespaces).hasPrefix("L7:107、"), "\(kept)")
        let sentence = String(repeating: "党", count: 20) + "，" + String(repeating: "建", count: 10)
        let lines2 = TerminalWidth.wrap(sentence, width: 40, first: 0, indent: 0).components(separatedBy: "\n")
        #expect(lines2.allSatisfy { !$0.hasPrefix("，") } && lines2.first?.count == 19, "\(lines2)")
        // Pure Chinese breaks between characters at the width.
        let chinese = String(repeating: "党", count: 30)
        let broken = TerminalWidth.wrap(chinese, width: 40, first: 0, indent: 0).components(separatedBy: "\n")
        #expect(broken.map { TerminalWidth.columns(of: $0) } == [40, 20])
    }
}

extension JSONEncoder {
    /// The encoder of the JSON reports: sorted keys, slashes unescaped, compact.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
