import ArgumentParser

/// `summarykit stats`: corpus statistics (`stats run`, the default) and the merge of partial
/// results (`stats merge`).
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Corpus statistics over many summaries, streaming and parallel; partial results merge.",
        discussion: """
        `summarykit stats PATH…` is `summarykit stats run PATH…`. Exit status: 0 every input \
        was read, 3 some inputs failed (named on standard error, listed in the report), 2 \
        usage errors.
        """ + HelpExamples.stats,
        subcommands: [StatsRunCommand.self, StatsMergeCommand.self],
        defaultSubcommand: StatsRunCommand.self
    )
}
