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
        --partial writes a merged partial for a further merge. Exit status: 0 merged (failed \
        inputs are listed in the report), 2 a part is unreadable or not a partial result.
        """
    )

    @Argument(help: "Partial results to merge ('-' for standard input).")
    var parts: [String]

    @Option(help: "Report format: json, markdown, html (csv needs the per-document records of a run).")
    var format: StatsRunCommand.Format = .json

    @Flag(help: "Write the merged partial result instead of a report.")
    var partial = false

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically; a device or FIFO is written into; '-' for standard output) instead of standard output.")
    var output: String?

    // .unconditional: a negative value is a value to refuse by name, not an unknown flag.
    @Option(parsing: .unconditional, help: "How many terms to list per category.")
    var top: Int = 20

    func validate() throws {
        if parts.isEmpty { throw ValidationError("Name at least one partial result to merge ('-' for standard input).") }
        if format == .csv { throw ValidationError("--format csv is the per-document table of a run (--per-doc); a merge has no per-document records.") }
        if partial, format != .json { throw ValidationError("A partial result is JSON; --format \(format.rawValue) applies to reports.") }
        if top < 1 { throw ValidationError("--top must be at least 1, not \(top).") }
    }

    func run() async throws {
        // Before any work: a merge never ends by failing to write its report.
        try OutputPath.check(output)
        var statistics = CorpusStatistics.empty
        do {
            for part in parts {
                let text: String
                if part == "-" {
                    text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: part) else {
                        throw TextDecodingError.unreadable(file: part, reason: "no such file, or it cannot be read")
                    }
                    text = String(decoding: data, as: UTF8.self)
                }
                statistics = try CorpusStatistics.mergingPartials(text, source: part == "-" ? "<stdin>" : part, into: statistics)
            }
            let rendered = partial ? try statistics.partialJSON() + "\n"
                : try StatsRunCommand.render(CorpusReport(statistics, top: top), format: format)
            try OutputPath.write(rendered, to: output)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        Output.standard.flush()
    }
}
