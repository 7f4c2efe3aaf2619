// Corpus statistics throughput: a synthetic corpus of at least 10,000 summaries generated in
// memory from the Corpus/ texts by template expansion (place names, numbers and years filled
// in, body paragraphs shuffled), run through StatisticsRunner with one job and with all
// cores in the same run. Each run checks that the statistics are identical, then reports
// summaries per second; compare the two, not absolute numbers (the machines are shared).
import Benchmark
import Foundation
import SummaryKit

/// A reproducible generator (SplitMix64).
struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` inputs expanded from the corpus texts.
func syntheticCorpus(count: Int) -> [StatisticsInput] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("Corpus/texts")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    let templates = names.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    precondition(!templates.isEmpty, "no corpus texts under \(dir.path)")
    let places = ["青山", "柳河", "石桥", "杏花", "南湖", "北岭", "东坡", "西园", "龙潭", "白沙", "红旗", "新华"]
    let englishPlaces = ["Maple", "Riverside", "Stone Bridge", "Apricot", "South Lake", "North Ridge", "Willow", "Pine Hill"]
    var random = Seeded(state: 2024)
    return (0..<count).map { i in
        let template = templates[i % templates.count]
        let place = places[Int.random(in: 0..<places.count, using: &random)]
        let english = englishPlaces[Int.random(in: 0..<englishPlaces.count, using: &random)]
        let year = String(Int.random(in: 2016...2024, using: &random))
        var text = template.replacingOccurrences(of: "20xx", with: year).replacingOccurrences(of: "x村", with: place + "村")
            .replacingOccurrences(of: "XX", with: place).replacingOccurrences(of: "xx", with: english)
        // Numbers: every digit run gets a new value of the same length.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            if ch.isASCII, ch.isNumber { out.append(Character(String(Int.random(in: 1...9, using: &random)))) } else { out.append(ch) }
        }
        // Shuffle the body lines, keeping the first (title) line in place.
        var lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 4, i % 3 == 1 { lines[2..<(lines.count - 1)].shuffle(using: &random) }
        text = lines.joined(separator: "\n")
        return .text(id: "synthetic/\(i)", text: text)
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal],
        maxDuration: .seconds(1),
        maxIterations: 1
    )
    guard let analyzer = try? DocumentAnalyzer() else { fatalError("cannot load the built-in resources or ICU") }
    let inputs = syntheticCorpus(count: 10_000)
    let bytes = inputs.reduce(0) { if case let .text(_, text) = $1 { return $0 + text.utf8.count } else { return $0 } }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("Statistics: \(inputs.count) synthetic inputs, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, \(cores) cores")
    nonisolated(unsafe) var reference: String?

    for jobs in [1, cores] {
        Benchmark("Statistics/stats-run/jobs-\(jobs == 1 ? "1" : "all")") { benchmark in
            for _ in benchmark.scaledIterations {
                let clock = ContinuousClock()
                let start = clock.now
                let statistics = try await StatisticsRunner(analyzer: analyzer, jobs: jobs).run(inputs)
                let seconds = (clock.now - start) / .seconds(1)
                let partial = try statistics.partialJSON()
                if let reference { precondition(partial == reference, "jobs \(jobs) changed the statistics") } else { reference = partial }
                precondition(statistics.summaries >= 10_000 && statistics.failures.isEmpty, "\(statistics.summaries) summaries")
                print(String(format: "jobs %d: %d summaries in %.1f s = %.0f summaries/s, %.2f MB/s", jobs, statistics.summaries,
                             seconds, Double(statistics.summaries) / seconds, Double(bytes) / 1e6 / seconds))
                blackHole(statistics)
            }
        }
    }
}
