import Foundation
import Testing
import SummaryKit

@Suite("Checklist and coverage")
struct CoverageTests {
    @Test("a short summary covering only study and discipline misses the other four")
    func shortSummary() throws {
        let auditor = try Auditor()
        let report = try auditor.audit(fileAt: Repo.text("zh-10-short")).audit
        let summary = try #require(report.summaries.first)
        #expect(summary.sections.map(\.id) == ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"])
        #expect(summary.sections.first { $0.id == "study" }?.status == .covered)
        #expect(summary.sections.first { $0.id == "discipline" }?.status == .covered)
        for id in ["member_development", "mass_work", "shortcomings", "plans"] {
            #expect(summary.sections.first { $0.id == id }?.status != .covered, "\(id)")
        }
        #expect(summary.coverage < 60)
        #expect(!summary.passed)
        #expect(summary.findings.contains { $0.rule.rawValue == "section-missing" && $0.severity == .error })
    }

    @Test("a full summary passes, with quoted evidence pointing at its lines")
    func fullSummary() throws {
        let result = try Auditor().audit(fileAt: Repo.text("zh-07-government"))
        let summary = try #require(result.audit.summaries.first)
        #expect(summary.passed)
        #expect(summary.coverage >= 80)
        let source = result.tagged.document.source
        for section in summary.sections {
            for evidence in section.evidence {
                #expect(String(source[utf8: evidence.start..<evidence.end]) == evidence.text)
                #expect(source.line(atUTF8Offset: evidence.start) == evidence.line)
            }
        }
    }

    @Test("a section named only in passing is thin, not missing; one not named at all is missing")
    func passingMention() throws {
        let auditor = try Auditor()
        // 主题党日 (member development) only once, inside a paragraph about study.
        let text = """
        某某社区党支部2023年工作总结
        一、加强理论学习
        支部坚持每月开展集中学习，组织党员认真学习党的二十大精神和习近平新时代中国特色社会主义思想，开展专题研讨6次，撰写学习心得体会30篇，在主题党日上交流学习体会。
        二、严明纪律作风
        支部组织党员观看警示教育片，签订党风廉政建设责任书，严格落实八项规定精神。
        """
        let summary = try #require(try auditor.audit(text: text).audit.summaries.first)
        #expect(summary.sections.first { $0.id == "member_development" }?.status == .thin)
        let evidence = try #require(summary.sections.first { $0.id == "member_development" }?.evidence.first)
        #expect(evidence.text.contains("主题党日"))
        #expect(evidence.score < 0.2)
        // Mass work is not named at all.
        #expect(summary.sections.first { $0.id == "mass_work" }?.status == .missing)
        // Without the mention rule the same text calls member development missing.
        var sections = Checklist.default.sections
        for i in sections.indices { sections[i].thin.minMention = nil }
        let strict = try Auditor(checklist: Checklist(name: "no mentions", sections: sections))
        let strictSummary = try #require(try strict.audit(text: text).audit.summaries.first)
        #expect(strictSummary.sections.first { $0.id == "member_development" }?.status == .missing)
    }

    @Test("min_mention is read, written and read back; a bad one is refused")
    func minMentionYAML() throws {
        let checklist = try Checklist(yaml: """
        name: x
        sections:
          - id: study
            categories: [study]
            thin: {min_score: 0.3, min_mention: 0.9}
          - id: plans
            categories: [plans]
            thin: {min_mention: null}
          - id: discipline
            categories: [discipline]
        """, file: "x.yaml")
        #expect(checklist.sections.map(\.thin.minMention) == [0.9, nil, 0.8])
        let again = try Checklist(yaml: checklist.yaml, file: "again.yaml")
        #expect(again == checklist)
        #expect(throws: ChecklistError.self) {
            try Checklist(yaml: "name: x\nsections:\n  - id: study\n    categories: [study]\n    thin: {min_mention: 2}\n", file: "bad.yaml")
        }
    }

    @Test("a YAML checklist sets sections, weights and thresholds")
    func yamlChecklist() throws {
        let checklist = try Checklist(yaml: """
        name: county-2024
        sections:
          - id: study
            title_zh: 学习教育
            title_en: Study
            categories: [study]
            weight: 3
            covered: {min_score: 0.5, min_paragraphs: 2, min_characters: 40}
          - id: people
            categories: [mass_work, member_development]
            required: false
        """, file: "c.yaml")
        #expect(checklist.name == "county-2024")
        #expect(checklist.sections.map(\.id) == ["study", "people"])
        #expect(checklist.sections[0].weight == 3)
        #expect(checklist.sections[0].covered == .init(minScore: 0.5, minParagraphs: 2, minCharacters: 40))
        #expect(checklist.sections[1].required == false)
        #expect(checklist.sections[1].titleZh == "people")
        // The YAML it prints reads back to the same checklist.
        #expect(try Checklist(yaml: checklist.yaml, file: "again.yaml") == checklist)
        #expect(try Checklist(yaml: Checklist.default.yaml, file: "d.yaml") == Checklist.default)
    }

    @Test("every problem of a bad checklist is reported with its line")
    func badChecklist() {
        #expect {
            try Checklist(yaml: """
            name: broken
            sections:
              - id: study
                categories: [studying]
                weight: -1
              - id: study
                categories: [plans]
                thin: {min_score: 0.9}
              - title_en: no id
                categories: [plans]
            colour: red
            """, file: "bad.yaml")
        } throws: { error in
            guard let error = error as? ChecklistError else { return false }
            return error.file == "bad.yaml" && error.problems.map(\.line) == [4, 5, 6, 9, 11]
                && error.problems[0].message.hasPrefix("'studying' is not a category")
                && error.problems.contains { $0.message == "A section needs an 'id'." }
        }
        #expect(throws: ChecklistError.self) { try Checklist(yaml: "sections: [unclosed", file: "y.yaml") }
    }

    @Test("a custom checklist changes the verdict")
    func customChecklist() throws {
        let lenient = Checklist(name: "study-only", sections: [
            .init(id: "study", titleZh: "学习", titleEn: "Study", categories: [.study]),
        ])
        let report = try Auditor(checklist: lenient).audit(fileAt: Repo.text("zh-10-short")).audit
        #expect(report.summaries.first?.coverage == 100)
        #expect(report.passed)
    }
}
