import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit checklist`: show and check checklists.
struct ChecklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Show the checklist in force or check a checklist file.",
        subcommands: [Show.self, Validate.self]
    )

    struct Show: ParsableCommand {
        /// How the checklist is applied, printed as YAML comments above it.
        static let rules = """
        # How a summary is judged against this checklist:
        # - covered: at least covered.min_paragraphs units are tagged with one of the section's
        #   categories (or score covered.min_score, when given) and hold covered.min_characters
        #   characters between them;
        # - thin: short of that, at least thin.min_paragraphs units score thin.min_score or more,
        #   or name one of the section's own concepts with a lexicon weight of thin.min_mention or
        #   more, not negated (mentioned in passing);
        # - missing: neither.
        # Coverage is the weighted share of sections covered, thin counting half, 0-100.
        # A summary passes when its coverage reaches --fail-under (60 by default) AND no section
        # with required: true is missing; a missing required section fails it at any coverage.

        """

        static let configuration = CommandConfiguration(abstract: "Print the checklist in force (the built-in one, or FILE) as YAML.",
                                                        discussion: HelpExamples.checklistShow)

        @Option(help: "A checklist file instead of the built-in one.")
        var checklist: String?

        func run() throws {
            do {
                let list = try checklist.map { try Checklist.load(fileAt: $0) } ?? .default
                Output.standard.write(Self.rules + list.yaml)
                Output.standard.flush()
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
    }

    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a checklist file; every problem is reported with file, line and a full sentence.",
            discussion: "Exit status: 0 valid, 2 problems or an unreadable file." + HelpExamples.checklistValidate
        )

        @Argument(help: "The checklist file (YAML).", completion: .file())
        var file: String

        func run() throws {
            do {
                let list = try Checklist.load(fileAt: file)
                Output.standard.write("\(file): valid checklist '\(list.name)' with \(list.sections.count) sections.\n")
                Output.standard.flush()
            } catch let error as ChecklistError {
                for problem in error.problems { Output.standard.write("\(file):\(problem.line): \(problem.message)\n") }
                Output.standard.flush()
                throw ExitCode(2)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
    }
}
