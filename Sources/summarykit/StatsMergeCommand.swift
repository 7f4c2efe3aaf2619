import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit stats merge`: combines partial results into the report a single run gives.
struct StatsMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine partial results of `summarykit stats --shard`/`--partial` into one report.",
        discussion: """
        Each PART holds one or more partial results, one JSON object per line ('-' reads \
        standard input, as a Hadoop Streaming or Spark reducer receives them). The merge is \
        associative and commutative: any grouping and order gives the same report, and \
        --partial writes a merged partial for a further merge. Refused, naming the partial: \
        a 0-byte or blank part; a line over --max-partial-bytes; a checksum that does not \
        match (an edited partial); counts out of range or not adding up; partials of \
        different runs (--run-id), set sizes or configurations (version, checklist, lexicon, \
        tagger model, reading settings); the same shard twice or overlapping shards; and, for \
        a report, a set that lacks shards, unless --allow-partial-set is given (the missing \
        shards are then named on standard error). A merged --partial may hold an incomplete \
        set: it lists its shards, and the final merge checks them. Partials of schema \
        version 1 (no identity) are refused. Exit status: 0 merged (failed inputs are listed \
        in the report), 2 a part is unreadable, not a partial result, or refused.
        """ + HelpExamples.statsMerge
    )

    @Argument(help: "Partial results to merge ('-' for standard input).", completion: .file())
    var parts: [String]

    @Option(help: "Report format: json, markdown, html (csv needs the per-document records of a run).")
    var format: StatsRunCommand.Format = .json

    @Flag(help: "Write the merged partial result instead of a report.")
    var partial = false

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically; a device or FIFO is written into; '-' for standard output) instead of standard output.", completion: .file())
    var output: String?

    // .unconditional: a negative value is a value to refuse by name, not an unknown flag.
    @Option(parsing: .unconditional, help: "How many terms to list per category.")
    var top: Int = 20

    @Flag(help: "Report on a set that lacks shards (named on standard error) instead of refusing it.")
    var allowPartialSet = false

    @Option(help: "The longest line read as one partial result, in bytes (default 256 MiB).")
    var maxPartialBytes: Int = PartialMerger.maxLineBytes

    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if parts.isEmpty { throw ValidationError("Name at least one partial result to merge ('-' for standard input).") }
        if format == .csv { throw ValidationError("--format csv is the per-document table of a run (--per-doc); a merge has no per-document records.") }
        if partial, format != .json { throw ValidationError("A partial result is JSON; --format \(format.rawValue) applies to reports.") }
        if top < 1 { throw ValidationError("--top must be at least 1, not \(top).") }
        if maxPartialBytes < 1 { throw ValidationError("--max-partial-bytes must be at least 1, not \(maxPartialBytes).") }
        if parts.filter({ $0 == "-" }).count > 1 { throw ValidationError("Standard input ('-') can be read once only.") }
    }

    func run() async throws {
        // Ctrl-C removes the output's temporary and exits 130, the target as it was.
        let interrupt = OutputPath.isStandard(output) ? nil : InterruptHandler()
        defer { interrupt?.cancel() }
        // Before any work: a merge never ends by failing to write its report.
        try OutputPath.check(output)
        var merger = PartialMerger(lineLimit: maxPartialBytes)
        do {
            for part in parts {
                if part == "-" {
                    try merger.readStandardInput()
                } else {
                    try merger.read(fileAt: part)
                }
            }
            // A merged partial may hold part of a set (a reducer's share); it lists its shards.
            let (statistics, missing) = try merger.result(allowPartialSet: allowPartialSet || partial)
            if !missing.isEmpty, !partial, let identity = statistics.identity {
                Output.error("run '\(identity.runID)' lacks shard \(PartialIdentity.describe(missing)) of \(identity.shardCount); merged the \(identity.shards.count) present (--allow-partial-set).")
            }
            let rendered = partial ? try statistics.partialJSON() + "\n"
                : try StatsRunCommand.render(CorpusReport(statistics, top: top), format: format, language: languageOptions.language)
            try OutputPath.write(rendered, to: output)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        Output.standard.flush()
    }
}
