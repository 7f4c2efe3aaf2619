import Foundation
import Testing
import SummaryKit

@Suite("Statistics of documents and corpora")
struct StatisticsTests {
    let analyzer: DocumentAnalyzer
    init() throws { analyzer = try DocumentAnalyzer() }

    @Test("one record per summary, with counts that agree with the document and its audit")
    func records() throws {
        let path = Repo.text("zh-05-multi")
        let analysis = try analyzer.analyze(.file(path: path)).get()
        let document = try DocumentReader().read(fileAt: path)
        let audited = try Auditor().audit(fileAt: path)
        #expect(analysis.records.count == document.summaries.count)
        #expect(analysis.records.map(\.summary) == Array(1...document.summaries.count))
        for (record, summary) in zip(analysis.records, audited.audit.summaries) {
            #expect(record.coverage == summary.coverage)
            #expect(record.sections == Dictionary(uniqueKeysWithValues: summary.sections.map { ($0.id, $0.status) }))
            #expect(record.language == "zh" && record.id == path && record.summariesInFile == document.summaries.count)
            #expect(record.paragraphs > 0 && record.tokens > record.paragraphs && record.characters > record.tokens)
            #expect(record.categoryParagraphs.values.allSatisfy { $0 <= record.paragraphs })
            #expect(record.signature?.count == 64)
        }
        let paragraphs = document.units.filter { $0.kind == .paragraph }.count
        #expect(analysis.records.map(\.paragraphs).reduce(0, +) == paragraphs)
    }

    @Test("template slots and chrome are counted per summary")
    func placeholdersAndChrome() throws {
        let text = """
        范文网>工作总结>党建工作总结>
        XX街道党支部20xx年工作总结
        一、加强理论学习
        支部每月组织党员集中学习党的二十大精神，撰写学习笔记，开展专题研讨，全年共学习十二次。
        二、服务群众
        党员志愿者走访慰问困难群众，帮助解决实际问题，开展志愿服务活动，受到群众好评。
        """
        let record = try #require(try analyzer.analyze(.text(id: "t", text: text)).get().records.first)
        #expect(record.placeholders >= 2)
        #expect(record.boilerplateShare > 0 && record.boilerplateShare < 0.5)
        #expect(record.terms["党的二十大"] == 1, "domain terms stay whole")
        #expect(record.terms.keys.allSatisfy { $0.unicodeScalars.count >= 2 })
        #expect(record.concepts.values.reduce(0, +) > 0)
    }

    @Test("Traditional and Simplified copies count the same terms")
    func normalisedTerms() throws {
        let simplified = try analyzer.analyze(.file(path: Repo.text("zh-01-village"))).get().records[0]
        let traditional = try analyzer.analyze(.file(path: Repo.variant("zh-01-village.hant.txt"))).get().records[0]
        #expect(simplified.terms == traditional.terms)
        #expect(simplified.signature == traditional.signature)
    }

    @Test("failures carry their reason: missing, binary, not a Word file, bad JSONL")
    func failures() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("b.txt"), docx = dir.appendingPathComponent("c.docx")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x10, 0x00]).write(to: binary)
        try Data("not a zip".utf8).write(to: docx)
        func reason(_ input: StatisticsInput) -> FailureReason? {
            if case let .failure(failure) = analyzer.analyze(input) { return failure.reason }
            return nil
        }
        #expect(reason(.file(path: dir.appendingPathComponent("none.txt").path)) == .unreadable)
        #expect(reason(.file(path: binary.path)) == .binary)
        #expect(reason(.file(path: docx.path)) == .corruptContainer)
        #expect(reason(.text(id: "x", text: "")) == .empty)
    }

    @Test("the runner gives the same statistics and records in the same order for 1 and 4 jobs")
    func deterministicRunner() async throws {
        let inputs = Repo.corpusTexts.map { StatisticsInput.file(path: $0) } + [.file(path: "missing.txt")]
        var orders = [[String]]()
        var partials = [String]()
        for jobs in [1, 4] {
            var order = [String]()
            let statistics = try await StatisticsRunner(analyzer: analyzer, jobs: jobs).run(inputs, onRecords: { result in
                switch result {
                case let .success(analysis): order += analysis.records.map(\.key)
                case let .failure(failure): order.append(failure.id)
                }
            })
            orders.append(order)
            partials.append(try statistics.partialJSON())
            #expect(statistics.inputs == Repo.corpusTexts.count && statistics.failures.count == 1)
        }
        #expect(orders[0] == orders[1])
        #expect(partials[0] == partials[1])
    }

    @Test("keyness is Dunning's G², positive for overused terms and negative for underused ones")
    func keyness() {
        // 30 of 1000 tokens inside against 10 of 9000 outside: E = 4 and 36.
        let expected = 2 * (30 * log(30.0 / 4) + 10 * log(10.0 / 36))
        #expect(abs(CorpusReport.logLikelihood(30, inside: 1000, other: 10, outside: 9000) - expected) < 1e-9)
        #expect(CorpusReport.logLikelihood(1, inside: 1000, other: 90, outside: 9000) < 0)
        #expect(CorpusReport.logLikelihood(10, inside: 1000, other: 90, outside: 9000) == 0)
    }

    @Test("the corpus report ranks sections by how often they are missing and lists key terms per category")
    func report() throws {
        let statistics = AnalysedCorpus.fold(AnalysedCorpus.results)
        let report = CorpusReport(statistics, top: 10)
        #expect(report.counts.summaries == statistics.summaries)
        #expect(report.coverage.sections.map(\.id) == Checklist.default.sections.map(\.id))
        for section in report.coverage.sections { #expect(section.covered + section.thin + section.missing == statistics.summaries) }
        let missing = report.coverage.mostMissing.map(\.summaries)
        #expect(missing == missing.sorted(by: >))
        #expect(report.coverage.distribution.bins.map(\.count).reduce(0, +) == statistics.summaries)
        let study = try #require(report.terms.first { $0.category == "study" })
        #expect(study.byKeyness.count == 10 && study.byFrequency.count == 10)
        #expect(study.byKeyness.contains { $0.term.contains("学习") }, "\(study.byKeyness.map(\.term))")
        let plans = try #require(report.terms.first { $0.category == "plans" })
        #expect(plans.byKeyness.prefix(10).contains { ["明年", "新的一年", "下一步", "继续", "将继续"].contains($0.term) })
        #expect(report.concepts.first.map { $0.matches >= $0.summaries } == true)
    }
}
