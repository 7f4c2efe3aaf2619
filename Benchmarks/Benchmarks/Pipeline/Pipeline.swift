// The whole pipeline over ~5 MB of corpus text per language, beside a bare ICU loop in C over
// the same bytes in the same run: keyword matching (one thread), structure, tagging (structure +
// tagger) and auditing (tagging + coverage + findings + the JSON report; in memory and from a
// file, which overlaps the stages on all cores). Report ratios, not absolute numbers.
import Benchmark
import BenchmarkCorpus
import CICU
import Foundation
import SummaryKit

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 10
    )
    var status: Int32 = 0
    guard let proto = sk_brk_open_word("zh", &status),
          let lexicon = try? Lexicon.builtIn(),
          let matcher = try? KeywordMatcher(lexicon: lexicon),
          let tagger = try? Tagger(lexicon: lexicon),
          let auditor = try? Auditor(lexicon: lexicon)
    else { fatalError("cannot open ICU or load the built-in lexicon") }
    nonisolated(unsafe) let prototype = proto
    for language in ["zh", "en"] {
        let text = corpusText(language: language, target: 5_000_000, separator: "\n\n")
        let bytes = Array(text.utf8)
        let source = SourceText(text, origin: "\(language)-5MB.txt")
        // Check before timing: the pipeline finds the corpus' summaries and evidence.
        let document = DocumentReader().read(source)
        let matches = (try? matcher.matches(in: source).count) ?? 0
        precondition(document.summaries.count > 50 && matches > 10_000, "\(language): \(document.summaries.count) summaries, \(matches) matches")
        print("\(language): \(bytes.count) bytes, \(document.summaries.count) summaries, \(document.units.count) units, \(matches) matches")

        Benchmark("Pipeline/\(language)/bare-icu-c-loop") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(sk_bare_word_ranges_utf8(prototype, bytes, Int32(bytes.count))) }
        }
        Benchmark("Pipeline/\(language)/keyword-matcher") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try matcher.matches(in: source)) }
        }
        Benchmark("Pipeline/\(language)/structure") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(DocumentReader().read(source)) }
        }
        Benchmark("Pipeline/\(language)/tag") { benchmark in
            for _ in benchmark.scaledIterations { blackHole(try tagger.tag(DocumentReader().read(source))) }
        }
        // Structure first, then matching (in parallel pieces), tagging, coverage (on all cores
        // for a text this large), findings and the JSON report.
        Benchmark("Pipeline/\(language)/audit-json") { benchmark in
            for _ in benchmark.scaledIterations {
                let result = try auditor.audit(document: DocumentReader().read(source), name: source.origin)
                blackHole(try result.audit.jsonBytes())
            }
        }
        // What `summarykit audit` does with a file: read and decode it, then the structure and
        // the matching of the text's pieces at once on all cores, then the rest as above.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("summarykit-bench-\(language)-5MB.txt").path
        precondition(FileManager.default.createFile(atPath: file, contents: Data(bytes)), "cannot write \(file)")
        Benchmark("Pipeline/\(language)/audit-file-json") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try auditor.audit(fileAt: file).audit.jsonBytes())
            }
        }
    }
}
