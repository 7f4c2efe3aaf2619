import Foundation
import Testing
import SummaryKit

/// A small seeded generator (SplitMix64), so that property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The corpus analysed once, shared by the property tests.
enum AnalysedCorpus {
    static let results: [Result<InputAnalysis, StatisticsFailure>] = {
        guard let analyzer = try? DocumentAnalyzer() else { return [] }
        var inputs = Repo.corpusTexts.map { StatisticsInput.file(path: $0) }
        inputs += ["zh-01-village.gb18030.txt", "zh-22-trad.big5.txt", "en-01-school.utf16be.txt"].map { .file(path: Repo.variant($0)) }
        inputs.append(.file(path: Repo.path("Corpus/no-such-file.txt")))
        return inputs.map(analyzer.analyze)
    }()

    static func fold<C: Collection>(_ results: C) -> CorpusStatistics where C.Element == Result<InputAnalysis, StatisticsFailure> {
        var statistics = CorpusStatistics.empty
        for result in results {
            switch result {
            case let .success(analysis): statistics.add(analysis)
            case let .failure(failure): statistics.add(failure)
            }
        }
        return statistics
    }
}

@Suite("CorpusStatistics merge")
struct StatisticsMergeTests {
    @Test("the merge is associative and commutative on random splits, and empty is its identity", arguments: [1, 2, 3, 5, 8, 13] as [UInt64])
    func monoidLaws(seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let results = AnalysedCorpus.results
        try #require(results.count > 30)
        let whole = try AnalysedCorpus.fold(results).partialJSON()

        // Split a shuffled corpus into 2…6 random parts, fold each, merge in a random order.
        let shuffled = results.shuffled(using: &random)
        var cuts = (0..<Int.random(in: 1...5, using: &random)).map { _ in Int.random(in: 0...shuffled.count, using: &random) }.sorted()
        cuts = [0] + cuts + [shuffled.count]
        var parts = zip(cuts, cuts.dropFirst()).map { AnalysedCorpus.fold(shuffled[$0..<$1]) }
        #expect(parts.reduce(CorpusStatistics.empty) { $0.merging($1) }.canonical() == AnalysedCorpus.fold(results))
        parts.shuffle(using: &random)
        #expect(try parts.reduce(CorpusStatistics.empty) { $0.merging($1) }.partialJSON() == whole)

        // Associativity and commutativity of three random parts, byte for byte.
        let a = AnalysedCorpus.fold(shuffled.prefix(10)), b = AnalysedCorpus.fold(shuffled.dropFirst(10).prefix(15))
        let c = AnalysedCorpus.fold(shuffled.dropFirst(25))
        #expect(try a.merging(b).merging(c).partialJSON() == a.merging(b.merging(c)).partialJSON())
        #expect(try a.merging(b).partialJSON() == b.merging(a).partialJSON())
        #expect(try a.merging(.empty).partialJSON() == a.partialJSON())
        #expect(try CorpusStatistics.empty.merging(a).partialJSON() == a.partialJSON())
        #expect(CorpusReport(a.merging(b).merging(c)) == CorpusReport(AnalysedCorpus.fold(results)))
    }

    @Test("a partial survives its JSON encoding exactly, as one line, and partials on several lines merge")
    func partialRoundTrip() throws {
        let all = AnalysedCorpus.fold(AnalysedCorpus.results)
        let first = AnalysedCorpus.fold(AnalysedCorpus.results.prefix(12)), rest = AnalysedCorpus.fold(AnalysedCorpus.results.dropFirst(12))
        let line = try first.identified(runID: "r", shard: Shard(index: 1, count: 2), configuration: .test).partialJSON()
        #expect(!line.contains("\n"))
        let second = try rest.identified(runID: "r", shard: Shard(index: 2, count: 2), configuration: .test).partialJSON()
        let merged = try CorpusStatistics.mergingPartials(line + "\n\n" + second + "\n", source: "parts")
        var expected = all
        expected.identity = PartialIdentity(runID: "r", shardCount: 2, shards: [1, 2], configuration: .test)
        #expect(try merged.partialJSON() == expected.partialJSON())
        #expect(all.inputs + all.failures.count == AnalysedCorpus.results.count)
        #expect(all.failureCounts == ["unreadable": 1])
    }

    @Test("partials of another schema or checklist, and text that is not a partial, are refused with the line")
    func refusesBadPartials() throws {
        #expect(throws: PartialResultError.malformed(source: "p", line: 2, reason: "invalid JSON")) {
            try CorpusStatistics.mergingPartials("\n{not json\n", source: "p")
        }
        #expect(throws: PartialResultError.schemaVersion(source: "p", line: 1, found: 99)) {
            try CorpusStatistics.mergingPartials(#"{"schema_version": 99}"#, source: "p")
        }
        let other = CorpusStatistics(sectionOrder: ["study"]).identified(runID: "r", shard: Shard(index: 2, count: 2), configuration: .test)
        let mine = CorpusStatistics(sectionOrder: ["study", "plans"]).identified(runID: "r", shard: Shard(index: 1, count: 2), configuration: .test)
        #expect(throws: PartialResultError.incompatible(source: "p", line: 2, sections: ["study"], expected: ["study", "plans"])) {
            try CorpusStatistics.mergingPartials(try mine.partialJSON() + "\n" + other.partialJSON(), source: "p")
        }
    }

    @Test("distributions merge bin by bin with exact sums, minimum and maximum")
    func distributions() {
        var left = Distribution(upperBounds: [10, 100]), right = Distribution(upperBounds: [10, 100])
        for value in [3, 50, 700] { left.add(value) }
        for value in [10, 9] { right.add(value) }
        let merged = left.merging(right)
        #expect(merged.counts == [2, 2, 1])
        #expect(merged.sum == 772 && merged.min == 3 && merged.max == 700 && merged.count == 5)
        #expect(merged == right.merging(left))
        #expect(Distribution(upperBounds: [10, 100]).merging(left) == left)
    }

    @Test("shards partition the inputs: every path falls in exactly one of N")
    func shards() throws {
        let paths = (0..<500).map { "corpus/branch-\($0).txt" }
        for n in [1, 2, 3, 7] {
            let shards = (1...n).compactMap { Shard(index: $0, count: n) }
            for path in paths { #expect(shards.filter { $0.contains(path) }.count == 1) }
            let sizes = shards.map { shard in paths.filter(shard.contains).count }
            #expect(sizes.allSatisfy { $0 > 500 / n / 2 }, "roughly even: \(sizes)")
        }
        #expect(Shard(parsing: "2/3") == Shard(index: 2, count: 3))
        #expect(Shard(parsing: "0/3") == nil && Shard(parsing: "4/3") == nil && Shard(parsing: "a/b") == nil && Shard(parsing: "1") == nil)
    }
}
