// Copy detection at scale, beside a bare ICU loop in C over the same bytes in the same run
// (#19): building an index of references against the loop over their text, and one query
// against an index of SUMMARYKIT_BENCH_REFERENCES documents (100,000 by default) against the
// audit of the same document. Report ratios, not absolute numbers:
//   swift package benchmark --target Copying
// The references are the project's own corpus texts, each with its paragraphs rotated by its
// number and its digits shifted (so that no two are the same text); the big index is built
// once, before timing, and its size and build time printed.
import Benchmark
import BenchmarkCorpus
import CICU
import Foundation
import SummaryKit

/// Reference `i`: corpus text `i % count` with its lines rotated by `i`, and an ideograph of its
/// own after every 6th letter or ideograph (a k-gram spans 13 ideographs or 39 letters, so each
/// holds two or more). Without those, the 100,000 references would be ~2,000 copies of each of
/// the 46 corpus texts, every passage of which the index rightly treats as a stock phrase of the
/// collection (found in more than 1% of its documents), and every query would verify its 100
/// best candidates; with them, each reference is a text of its own, as real submissions are.
func reference(_ i: Int, texts: [String]) -> String {
    let lines = texts[i % texts.count].split(separator: "\n", omittingEmptySubsequences: false)
    let shift = i % max(1, lines.count)
    let rotated = (lines[shift...] + lines[..<shift]).joined(separator: "\n")
    var out = String.UnicodeScalarView()
    var k = 0
    for s in rotated.unicodeScalars {
        out.append(s)
        guard s.properties.isAlphabetic else { continue }
        k += 1
        if k % 6 == 0, let mark = Unicode.Scalar(UInt32(0x4E00 + (i &* 2_654_435_761 &+ k &* 40_503) % 20_000)) { out.append(mark) }
    }
    return String(out)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 10
    )
    var status: Int32 = 0
    guard let proto = sk_brk_open_word("zh", &status), let auditor = try? Auditor(), let detector = try? CopyDetector() else {
        fatalError("cannot open ICU, the auditor or the copy detector")
    }
    nonisolated(unsafe) let prototype = proto
    let texts = ["zh", "en"].flatMap { language in
        corpusText(language: language, target: 1, separator: "\u{0}").split(separator: "\u{0}").map(String.init).filter { !$0.isEmpty }
    }
    precondition(texts.count >= 40, "\(texts.count) corpus texts")

    // Building: 1,000 references (~5 MB) per iteration, beside the ICU loop over their bytes.
    let small = (0..<1_000).map { reference($0, texts: texts) }
    let smallBytes = Array(small.joined(separator: "\n").utf8)
    Benchmark("Copying/bare-icu-c-loop/1k-references") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(sk_bare_word_ranges_utf8(prototype, smallBytes, Int32(smallBytes.count))) }
    }
    Benchmark("Copying/index-build/1k-references") { benchmark in
        for _ in benchmark.scaledIterations {
            var builder = try ReferenceIndexBuilder()
            for (i, text) in small.enumerated() { builder.add(id: "ref-\(i)", source: SourceText(text)) }
            blackHole(try builder.data())
        }
    }

    // Querying: one submission (a reference renamed, its numbers changed) against the big index.
    let count = Int(ProcessInfo.processInfo.environment["SUMMARYKIT_BENCH_REFERENCES"] ?? "") ?? 100_000
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("summarykit-bench-\(count)-v3.skidx").path
    let started = ContinuousClock.now
    var textBytes = 0
    // The benchmark process starts once per benchmark: an index this run's generator already
    // wrote (same references, same format) is reused rather than built again.
    if (try? ReferenceIndex(contentsOf: path))?.documentCount != count {
        var builder: ReferenceIndexBuilder
        do { builder = try ReferenceIndexBuilder() } catch { fatalError("\(error)") }
        for i in 0..<count {
            let text = reference(i, texts: texts)
            textBytes += text.utf8.count
            builder.add(id: "ref-\(i)", source: SourceText(text))
        }
        do { try builder.write(to: path) } catch { fatalError("\(error)") }
    }
    let built = ContinuousClock.now - started
    let fileBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard let index = try? ReferenceIndex(contentsOf: path) else { fatalError("cannot open \(path)") }
    print(String(format: "index of %d references: %.1f MB of text, %.1f MB file (%.2f per MB), built and written in %@",
                 count, Double(textBytes) / 1e6, Double(fileBytes) / 1e6, Double(fileBytes) / Double(max(1, textBytes)), "\(built)"))
    let submission = SourceText(reference(7, texts: texts).replacingOccurrences(of: "党支部", with: "党总支"), origin: "submission.txt")
    let document = DocumentReader().read(submission)
    let found = (try? detector.matches(of: document, in: index)) ?? []
    precondition(!found.isEmpty, "the submission's source is not found in the index")
    Benchmark("Copying/query/\(count / 1000)k-references") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try detector.matches(of: document, in: index)) }
    }
    Benchmark("Copying/audit-json/one-submission") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try auditor.audit(document: DocumentReader().read(submission), name: submission.origin).audit.jsonBytes())
        }
    }
}
