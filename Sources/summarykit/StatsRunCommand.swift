import ArgumentParser
import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `summarykit stats [run]`: corpus statistics over many summaries, streaming and parallel,
/// with partial results that merge (`summarykit stats merge`).
struct StatsRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Corpus statistics over many summaries: mix, lengths, categories, coverage, terms, concepts, near-duplicates.",
        discussion: """
        Reads .txt (any supported encoding), .docx and .html files (folders searched \
        recursively), a file list (--files-from), or JSON Lines on standard input (--jsonl: \
        {"id": …, "text": …} per line). --shard K/N reads every N-th input by a stable hash of \
        its path or id and writes a partial result; `summarykit stats merge` combines partials \
        into exactly the report of a single run. A partial carries its run id (--run-id; give \
        every shard of a set the same one), its shard K of N, the configuration's fingerprint \
        and a checksum. --part K/N labels a partial as part K of N without selecting inputs, \
        for a framework (Spark, Hadoop) that splits the input itself. Limits: a JSON Lines \
        record holds at most 129 MiB (a longer line is skipped and counted as too_large) and \
        its text at most 64 MiB, as a file; a --files-from line at most 4096 bytes and the \
        list at most 256 MiB. Exit status: 0 every input was read, 3 some inputs failed (each \
        is named on standard error and listed in the report; an unreadable folder or one with \
        no supported files is such an input) or there were no inputs at all, 2 usage errors \
        or an output that cannot be written.
        """ + HelpExamples.stats
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv, markdown, html }

    @Argument(help: "Files or folders to read.", completion: .file())
    var paths: [String] = []

    @Option(help: "Only read files in folders whose name (or path below the folder, for a glob with '/') matches; repeatable.")
    var include: [String] = []

    @Option(help: "Skip files in folders whose name (or path below the folder) matches; repeatable.")
    var exclude: [String] = []

    @Option(help: "Also read the files listed in this file, one path per line ('-' for standard input).")
    var filesFrom: String?

    @Flag(help: "Read JSON Lines from standard input: one {\"id\": …, \"text\": …} object per line.")
    var jsonl = false

    @Flag(help: "Start a CSV with the UTF-8 byte order mark, for spreadsheet programs that otherwise misread Chinese text.")
    var bom = false

    @Option(help: "Report format (csv: the per-document table).")
    var format: Format = .json

    @Flag(help: "Write the partial result (one line of JSON for `stats merge`) instead of a report.")
    var partial = false

    @Option(help: "Read only shard K of N (K/N, by a stable hash of each path or id); implies --partial.")
    var shard: String?

    @Option(help: "Label the partial as part K of N (K/N) without selecting inputs (the caller split them); implies --partial.")
    var part: String?

    @Option(help: "The run id the partial carries (default: a random UUID); every shard of one set needs the same. Implies --partial.")
    var runId: String?

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically; a device or FIFO is written into; '-' for standard output) instead of standard output.", completion: .file())
    var output: String?

    @Option(help: "Also write one JSON line per summary to this file (atomically; '-' for standard output).")
    var perDoc: String?

    // .unconditional: a negative value is a value to refuse by name, not an unknown flag.
    @Option(parsing: .unconditional, help: "How many inputs to analyse at once (default: all cores, \(ProcessInfo.processInfo.activeProcessorCount) here).")
    var jobs: Int?

    /// ``jobs``, or one per core.
    private var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @OptionGroup var memoryOptions: MemoryOptions

    @Option(parsing: .unconditional, help: "How many terms to list per category.")
    var top: Int = 20

    @Flag(help: "No progress bar.")
    var quiet = false

    @Option(help: "A checklist in YAML instead of the built-in six sections.")
    var checklist: String?

    @Option(help: "Decode .txt input with this encoding instead of detecting it.")
    var encoding: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var languageOptions: LanguageOptions

    var parsedShard: Shard? { shard.flatMap(Shard.init(parsing:)) }
    /// The partial's place in its set: --shard's or --part's K/N.
    var place: Shard? { parsedShard ?? part.flatMap(Shard.init(parsing:)) }
    var writesPartial: Bool { partial || shard != nil || part != nil || runId != nil }

    func validate() throws {
        if jsonl, !paths.isEmpty || filesFrom != nil {
            throw ValidationError("--jsonl reads standard input; name no files or folders and no --files-from with it.")
        }
        if !jsonl, paths.isEmpty, filesFrom == nil {
            throw ValidationError("Name at least one file or folder, a --files-from list, or read JSON Lines with --jsonl.")
        }
        if jsonl, filesFrom == "-" { throw ValidationError("--files-from - and --jsonl both read standard input; use one.") }
        if bom, format != .csv { throw ValidationError("--bom marks a CSV as UTF-8 for spreadsheets; use it with --format csv.") }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, such as 2/3, not '\(shard)'.")
        }
        if let part, Shard(parsing: part) == nil {
            throw ValidationError("--part takes K/N with 1 ≤ K ≤ N, such as 2/3, not '\(part)'.")
        }
        if shard != nil, part != nil { throw ValidationError("--shard selects inputs and --part labels a run that was given its part; use one.") }
        if let runId, !PartialIdentity.isValidRunID(runId) {
            throw ValidationError("--run-id takes 1 to \(PartialIdentity.maxRunIDBytes) ASCII letters, digits, '.', '_', '-' or ':', not '\(runId)'.")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if top < 1 { throw ValidationError("--top must be at least 1, not \(top).") }
        if writesPartial, format != .json { throw ValidationError("A partial result is JSON; --format \(format.rawValue) applies to reports.") }
        if perDoc == "-", OutputPath.isStandard(output) {
            throw ValidationError("--per-doc - and the report would both go to standard output; name a file with -o or --per-doc.")
        }
    }

    func run() async throws {
        // Installed before any temporary file exists (the writability probes below included);
        // Ctrl-C removes them all (TemporaryFiles) and exits 130.
        let interrupt = InterruptHandler(clearsLine: !quiet)
        defer { interrupt.cancel() }
        // Before any work: a run never ends by failing to write its outputs.
        try OutputPath.check(output, perDoc)
        let list = try loadChecklist(checklist, language: languageOptions.language)
        let analyzer: DocumentAnalyzer
        do {
            analyzer = try DocumentAnalyzer(auditor: Auditor(checklist: list, lexicon: lexiconOptions.load(),
                                                             decoder: TextDecoder(encoding: encoding)))
        } catch let error as ExitCode {
            throw error
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let selector = StatsInputs(include: include, exclude: exclude, shard: parsedShard)
        let inputs: AnySequence<StatisticsInput>
        var total: Int?
        if jsonl {
            inputs = selector.jsonLines()
        } else {
            do {
                let files = try selector.files(paths, filesFrom: filesFrom)
                total = files.count
                inputs = AnySequence(files)
            } catch let error as InputFiles.Problem {
                // No inputs at all: said, and nothing written over an earlier report.
                Output.error(error.description(in: languageOptions.language))
                throw ExitCode(3)
            } catch {
                Output.error(InputFiles.describe(error, in: languageOptions.language))
                throw ExitCode(2)
            }
        }
        let needsRecords = perDoc != nil || (format == .csv && !writesPartial)
        let spool: RecordSpool?
        do {
            let near = [perDoc, output].compactMap { $0 }.first { !OutputPath.isStandard($0) }
            spool = needsRecords ? try RecordSpool(near: near) : nil
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let bar = ProgressBar.make(total: total, quiet: quiet)
        var lastProgress = StatisticsProgress(inputs: 0, failed: 0, bytes: 0)
        let statistics: CorpusStatistics
        do {
            statistics = try await StatisticsRunner(analyzer: analyzer, jobs: jobCount, memoryBudget: memoryOptions.budget).run(inputs, onRecords: { result in
                if case let .success(analysis) = result { try spool?.append(analysis.records) }
            }, onProgress: { progress in
                lastProgress = progress
                bar?.update(progress)
            })
        } catch {
            bar?.finish()
            spool?.discard()
            Output.error("\(error)")
            throw ExitCode(2)
        }
        bar?.update(lastProgress, force: true)
        bar?.finish()
        for failure in statistics.canonical().failures { Output.error(failure.message) }
        if jsonl, parsedShard == nil, statistics.inputs == 0, statistics.failures.isEmpty {
            // Nothing came in: said, and nothing written over an earlier report.
            spool?.discard()
            Output.error("no inputs: standard input held no JSON Lines records.")
            throw ExitCode(3)
        }
        let report = CorpusReport(statistics, top: top)
        do {
            defer { spool?.discard() }
            if let spool, let perDoc {
                try spool.write(clusters: report.nearDuplicates.clusters, format: .jsonl, sections: statistics.sectionOrder,
                                to: OutputPath.isStandard(perDoc) ? .writer { Output.standard.write($0) } : .file(perDoc))
                Output.standard.flush()
            }
            if writesPartial {
                let identified = statistics.identified(runID: runId ?? PartialIdentity.newRunID(), shard: place,
                                                       configuration: PartialConfiguration(analyzer))
                try emit(try identified.partialJSON() + "\n")
            } else if format == .csv, let spool {
                if let output, !OutputPath.isStandard(output) {
                    try spool.write(clusters: report.nearDuplicates.clusters, format: .csv, sections: statistics.sectionOrder, to: .file(output),
                                    bom: bom)
                } else {
                    try spool.write(clusters: report.nearDuplicates.clusters, format: .csv, sections: statistics.sectionOrder,
                                    to: .writer { Output.standard.write($0) }, bom: bom)
                }
            } else {
                try emit(try Self.render(report, format: format, language: languageOptions.language, checklist: list))
            }
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        Output.standard.flush()
        if !statistics.failures.isEmpty { throw ExitCode(3) }
    }

    /// Writes `text` to --output (atomically) or standard output.
    func emit(_ text: String) throws {
        try OutputPath.write(text, to: output)
    }

    /// A report in `format` (not csv, which comes from the per-document records).
    /// Markdown and HTML are in `language`, their sections named by `checklist`'s titles.
    static func render(_ report: CorpusReport, format: Format, language: ReportLanguage = .en,
                       checklist: Checklist = .default) throws -> String {
        switch format {
        case .json, .csv: return try JSONOutput.string(report, pretty: true) + "\n"
        case .markdown: return StatisticsMarkdown.render(report, language: language, checklist: checklist)
        case .html: return StatisticsHTML.render(report, language: language, checklist: checklist)
        }
    }
}

/// Loads a checklist or exits 2 naming the problem (in `language`).
func loadChecklist(_ path: String?, language: ReportLanguage = .en) throws -> Checklist {
    guard let path else { return .default }
    do {
        return try Checklist.load(fileAt: path)
    } catch {
        Output.error(ReportStrings(language).describe(error))
        throw ExitCode(2)
    }
}
