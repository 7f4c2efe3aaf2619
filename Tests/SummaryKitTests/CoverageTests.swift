import Foundation
import Testing
@testable import SummaryKit

@Suite("Checklist and coverage")
struct CoverageTests {
    @Test("a short summary covering only study and discipline misses the other four")
    func shortSummary() throws {
        let auditor = try Auditor()
        let report = try auditor.audit(fileAt: Repo.text("zh-10-short")).report
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
        let summary = try #require(result.report.summaries.first)
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
        let report = try Auditor(checklist: lenient).audit(fileAt: Repo.text("zh-10-short")).report
        #expect(report.summaries.first?.coverage == 100)
        #expect(report.passed)
    }
}
