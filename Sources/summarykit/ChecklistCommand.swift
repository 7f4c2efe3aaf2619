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
        /// How the checklist is applied, printed as YAML comments above it, in `language`.
        static func rules(_ language: ReportLanguage) -> String {
            ReportStrings(language)["checklist.rules"]
        }

        static let configuration = CommandConfiguration(abstract: "Print the checklist in force (the built-in one, or FILE) as YAML.",
                                                        discussion: HelpExamples.checklistShow)

        @Option(help: "A checklist file instead of the built-in one.")
        var checklist: String?

        @OptionGroup var languageOptions: LanguageOptions

        func run() throws {
            do {
                let list = try checklist.map { try Checklist.load(fileAt: $0) } ?? Checklist.builtIn()
                Output.standard.write(Self.rules(languageOptions.language) + list.yaml)
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
