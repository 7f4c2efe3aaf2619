// Full WordSegmenter (term layer on, offsets and lines computed) against a bare ICU loop in C
// (u_strFromUTF8 once, ubrk_next over UTF-16, word ranges collected) over the same ~1 MB of
// corpus text, in the same run. Report the ratio of the two, not absolute numbers.
import Benchmark
import BenchmarkCorpus
import CICU
import Foundation
import SummaryKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10),
        maxIterations: 40
    )
    let full: WordSegmenter
    let bareSwift: WordSegmenter
    var status: Int32 = 0
    guard let proto = sk_brk_open_word("zh", &status),
          let segmenter = try? WordSegmenter(),
          let noTerms = try? WordSegmenter(options: .init(terms: .empty)),
          let lexicon = try? Lexicon.builtIn(),
          let matcher = try? KeywordMatcher(lexicon: lexicon)
    else { fatalError("cannot open ICU or load the built-in lexicon") }
    full = segmenter
    bareSwift = noTerms
    nonisolated(unsafe) let prototype = proto

    for language in ["zh", "en"] {
        let text = corpusText(language: language, target: 1_000_000)
        let source = SourceText(text, origin: "\(language)-corpus")
        let bytes = Array(text.utf8)
        // Correctness check before timing: without the term layer the segmenter must find
        // exactly the word segments of the bare loop; with it, fewer (terms merge).
        let bareCount = Int(sk_bare_word_ranges_utf8(prototype, bytes, Int32(bytes.count)))
        let plainCount = (try? bareSwift.tokens(in: source).count) ?? -1
        let fullCount = (try? full.tokens(in: source).count) ?? -1
        precondition(plainCount == bareCount, "\(language): \(plainCount) tokens vs bare ICU \(bareCount)")
        precondition(fullCount > 0 && fullCount <= bareCount)
        let megabytes = Double(bytes.count) / 1e6
        print("\(language): \(bytes.count) bytes, bare ICU \(bareCount) words, full segmenter \(fullCount) tokens (\(String(format: "%.2f", megabytes)) MB)")

        Benchmark("Segmentation/\(language)/bare-icu-c-loop", configuration: .init(scalingFactor: .one)) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(sk_bare_word_ranges_utf8(prototype, bytes, Int32(bytes.count)))
            }
        }
        Benchmark("Segmentation/\(language)/word-segmenter-full") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try full.tokens(in: source))
            }
        }
        Benchmark("Segmentation/\(language)/keyword-matcher") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try matcher.matches(in: source))
            }
        }
        Benchmark("Segmentation/\(language)/word-segmenter-no-terms") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try bareSwift.tokens(in: source))
            }
        }
    }
}
