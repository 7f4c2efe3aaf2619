import Foundation
import Testing

@Suite("Mistyped subcommands")
struct CommandSuggestionTests {
    @Test("a mistyped subcommand at any level gets the nearest real one, and exit 2",
          arguments: [
              (["audt", "x.txt"], "unknown command 'audt' for 'summarykit'. Did you mean 'audit'?"),
              (["segmnt"], "unknown command 'segmnt' for 'summarykit'. Did you mean 'segment'?"),
              (["tga"], "unknown command 'tga' for 'summarykit'. Did you mean 'tag'?"),
              (["stats", "mrege", "a.json"], "unknown command 'mrege' for 'summarykit stats'. Did you mean 'merge'?"),
              (["checklist", "shwo"], "unknown command 'shwo' for 'summarykit checklist'. Did you mean 'show'?"),
          ])
    func suggestion(arguments: [String], expected: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("summarykit: " + expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("real commands, existing files and words close to nothing are left to the parser")
    func noSuggestion() throws {
        // An existing file where `stats` could take a subcommand is read as a file.
        let stats = try CLI.run(["stats", "--format", "json", "Corpus/texts/zh-01-village.txt"])
        #expect(stats.status == 0)
        #expect(!stats.stderr.contains("Did you mean"))
        let far = try CLI.run(["xyzzy"])
        #expect(far.status == 2)
        #expect(!far.stderr.contains("Did you mean"))
        // After a command without subcommands, arguments are its own.
        let audit = try CLI.run(["audit", "audt.txt"])
        #expect(audit.status == 2)
        #expect(audit.stderr.contains("audt.txt") && !audit.stderr.contains("Did you mean"))
    }
}
