import Foundation
import Testing

/// Every subcommand's help ends with examples, and the examples that only read run as written.
@Suite("Help examples")
struct HelpExampleTests {
    static let commands: [[String]] = [
        [], ["segment"], ["structure"], ["match"], ["lexicon", "validate"], ["lexicon", "show"], ["tag"], ["eval"],
        ["audit"], ["checklist", "show"], ["checklist", "validate"], ["stats"], ["stats", "run"], ["stats", "merge"],
        ["index"], ["index", "build"], ["index", "info"],
    ]

    /// The example command lines at the end of `summarykit COMMAND --help`.
    static func examples(_ command: [String]) throws -> [String] {
        let help = try CLI.run(command + ["--help"])
        guard let range = help.stdout.range(of: "\nExamples:\n") else { return [] }
        return help.stdout[range.upperBound...].split(separator: "\n")
            .prefix { $0.hasPrefix("  ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.components(separatedBy: "  #").first?.trimmingCharacters(in: .whitespaces) ?? $0 }
    }

    @Test("every subcommand's help ends with examples of that subcommand", arguments: commands)
    func present(command: [String]) throws {
        let examples = try Self.examples(command)
        #expect(examples.count >= 1, "summarykit \(command.joined(separator: " ")) --help has no examples")
        let prefix = (["summarykit"] + command.filter { $0 != "run" }).joined(separator: " ")
        #expect(examples.allSatisfy { $0.contains(command.isEmpty ? "summarykit " : prefix) }, "\(examples)")
        // The examples end the help.
        let help = try CLI.run(command + ["--help"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(help.split(separator: "\n").last.map { $0.contains("summarykit") } == true, "\(help.suffix(200))")
    }

    @Test("the examples that only read run as written, from the repository's root")
    func run() throws {
        var ran = 0
        for command in Self.commands {
            for example in try Self.examples(command) {
                // Those that write files, pipe, or name files of the reader's own are left out.
                if example.contains(" -o ") || example.contains(">") || example.contains("|") || example.contains("my-")
                    || example.contains("part-") || example.contains("refs.skidx") { continue }  // refs.skidx: written by index build -o
                let words = example.split(separator: " ").map(String.init)
                guard words.first == "summarykit" else { continue }
                let result = try CLI.run(Array(words.dropFirst()))
                #expect(result.status == 0 || result.status == 1, "\(example): \(result.stderr)")
                #expect(!result.stdout.isEmpty, "\(example)")
                ran += 1
            }
        }
        #expect(ran >= 12)
    }
}

@Suite("Shell completion")
struct CompletionTests {
    @Test("the completion scripts complete file paths for inputs and outputs", arguments: ["zsh", "bash", "fish"])
    func filePaths(shell: String) throws {
        let result = try CLI.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let script = result.stdout
        switch shell {
        case "zsh":
            #expect(script.contains("'*:paths:_files'"))
            #expect(script.contains(":output:_files'"))
        case "bash":
            #expect(script.contains("__summarykit_add_completions -f"))
        default:
            #expect(script.contains("__fish_complete_path") || script.contains("-F") || script.contains("-r -F"))
        }
    }
}
