// Growth, not speed: `audit` on one long line full of placeholders, at 1 MB and at 4 MB, in the
// same run. The ratio of the two must stay near 4 (linear); it was about 16 (quadratic: finding
// columns were counted from the line start for every finding) until the columns were counted
// from the previous finding. The check runs before the timed benchmarks and fails the run when
// the 4 MB audit takes more than 8 times the CPU time of the 1 MB one (best of 5 each, so a stray pause on a
// shared machine does not decide it). Linear work measures 4–6 here (a larger heap and more
// findings cost a little more per byte); quadratic work measures 16.
//   swift package benchmark --target Growth
import Benchmark
import Foundation
import SummaryKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 5
    )
    guard let auditor = try? Auditor() else { fatalError("cannot load the built-in lexicon") }
    let sentence = "今年xx村党支部在20__年组织XXX同志和某某同志开展学习教育，加强理论武装。"
    func line(megabytes: Int) -> SourceText {
        SourceText(String(repeating: sentence, count: megabytes * 1_000_000 / sentence.utf8.count), origin: "line-\(megabytes)MB.txt")
    }
    let small = line(megabytes: 1), large = line(megabytes: 4)
    func audit(_ source: SourceText) -> Int {
        guard let result = try? auditor.audit(document: DocumentReader().read(source), name: source.origin) else {
            fatalError("cannot audit \(source.origin)")
        }
        return result.audit.summaries.reduce(0) { $0 + $1.findings.count }
    }
    func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    func seconds(_ source: SourceText) -> Double {
        (0..<5).map { _ in
            // CPU time of the process (all its threads), not wall-clock time: other work on a
            // shared machine slows the wall clock of one size more than the other's.
            let start = cpuSeconds()
            blackHole(audit(source))
            return cpuSeconds() - start
        }.min() ?? 0
    }
    let t1 = seconds(small), t4 = seconds(large)
    let ratio = t4 / max(t1, 1e-9)
    print(String(format: "one line of placeholders: 1 MB %.3f s, 4 MB %.3f s of CPU, ratio %.2f (linear 4, quadratic 16)", t1, t4, ratio))
    precondition(ratio < 8, String(format: "audit grows faster than linearly on one long line: 4x the input took %.1fx the time", ratio))

    Benchmark("Growth/one-line-placeholders/1MB") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(audit(small)) }
    }
    Benchmark("Growth/one-line-placeholders/4MB") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(audit(large)) }
    }
}
