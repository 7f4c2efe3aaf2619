import ArgumentParser
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `summarykit` command: reads party-branch annual work summaries and reports what they
/// cover and what they miss.
struct SummaryKitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarykit",
        abstract: "Read party-branch annual work summaries (党支部工作总结) and tell what they cover and miss.",
        discussion: """
        Exit status: 0 success, 1 a check failed (audit), 2 usage or input error, 3 some inputs failed (stats, index build).
        """ + HelpExamples.root,
        version: "summarykit \(SummaryKitInfo.version) (ICU \(SummaryKitInfo.icuVersion))",
        subcommands: [SegmentCommand.self, StructureCommand.self, MatchCommand.self, LexiconCommand.self, TagCommand.self, EvalCommand.self, AuditCommand.self, ChecklistCommand.self, StatsCommand.self, IndexCommand.self]
    )
}

@main
enum Main {
    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
            Output.error(suggestion)
            exit(2)
        }
        do {
            var command = try SummaryKitCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Output.standard.flush()
        } catch {
            Output.standard.flush()
            if error is SegmentationError || error is LexiconError {
                // A library error that no subcommand caught (a built-in resource missing from a
                // broken installation, ICU failing): its sentence names the file; exit 2.
                Output.error("\(error)")
                exit(2)
            }
            let code = SummaryKitCommand.exitCode(for: error)
            let message = SummaryKitCommand.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(HelpExamples.movedToEnd(message)) }
                exit(0)
            }
            if !message.isEmpty { Output.error(message) }
            // Usage errors exit 2, like other Unix tools, not ArgumentParser's EX_USAGE.
            exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
