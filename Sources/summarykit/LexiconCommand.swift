import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit lexicon`: inspect and check lexicons.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Inspect and check concept lexicons.",
        subcommands: [Validate.self, Show.self]
    )

    /// `summarykit lexicon validate`.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the built-in lexicon with FILEs layered on top.",
            discussion: """
            Reports malformed lines (errors, with file:line and the text), forms listed twice, \
            forms claimed by two concepts, and concepts that match nowhere in the reference \
            corpus (dead entries) as warnings. The dead-entry check leaves out the corpus' test \
            split (ids numbered by a multiple of 3, see Corpus/README.md), so that no lexicon is \
            tuned on the texts it is scored on; --include-test-split counts them too.
            Exit status: 0 clean, 1 warnings only, 2 errors or unreadable input.
            """ + HelpExamples.lexiconValidate
        )

        @Argument(help: "Lexicon (.lex) or polarity files to layer on the built-in lexicon.", completion: .file())
        var files: [String] = []

        @Flag(help: "Check only the given files, without the built-in lexicon.")
        var noBuiltInLexicon = false

        @Option(help: "A folder of .txt files in which every concept should match somewhere.")
        var corpus: String = "Corpus/texts"

        @Flag(help: "Skip the dead-entry check.")
        var noCorpus = false

        @Flag(help: "Count matches in the corpus' test split too (left out by default).")
        var includeTestSplit = false

        func run() throws {
            let options = try LexiconOptions.parse((noBuiltInLexicon ? ["--no-built-in-lexicon"] : []) + files.flatMap { ["--lexicon", $0] })
            let lexicon = try options.load()
            var issues = try LexiconValidator(lexicon: lexicon).formIssues()
            if !noCorpus {
                let sources = try readCorpus()
                issues += try LexiconValidator(lexicon: lexicon).deadConcepts(in: sources)
            }
            for issue in issues { Output.standard.write("\(issue)\n") }
            let counts = Dictionary(grouping: lexicon.concepts.filter { !$0.isDisabled }, by: { $0.primaryCategory?.rawValue ?? "-" })
            let summary = counts.keys.sorted().map { "\($0) \(counts[$0]?.count ?? 0)" }.joined(separator: ", ")
            Output.standard.write("\(lexicon.concepts.count) concepts (\(summary)); \(issues.count) warning\(issues.count == 1 ? "" : "s").\n")
            Output.standard.flush()
            if !issues.isEmpty { throw ExitCode(1) }
        }

        private func readCorpus() throws -> [SourceText] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
                Output.error("\(corpus): the reference corpus folder does not exist; name one with --corpus or pass --no-corpus.")
                throw ExitCode(2)
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []
            var sources = [SourceText]()
            for name in names.sorted() where name.hasSuffix(".txt") {
                if !includeTestSplit, GoldLabels.isTestSplit(id: String(name.dropLast(4))) { continue }
                do {
                    sources.append(try TextDecoder().decode(fileAt: corpus + "/" + name))
                } catch {
                    Output.error("\(error)")
                }
            }
            return sources
        }
    }

    /// `summarykit lexicon show`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the lexicon in force, in the lexicon file format.",
                                                        discussion: HelpExamples.lexiconShow)

        @OptionGroup var lexiconOptions: LexiconOptions

        func run() throws {
            let lexicon = try lexiconOptions.load()
            for concept in lexicon.concepts {
                var block = "[\(concept.id)]\t# \(concept.origin)\n"
                block += "categories = " + concept.weights.sorted { $0.key < $1.key }.map { "\($0.key.rawValue):\($0.value)" }.joined(separator: ", ") + "\n"
                if !concept.chinese.isEmpty { block += "zh = " + concept.chinese.joined(separator: " | ") + "\n" }
                if !concept.english.isEmpty { block += "en = " + concept.english.joined(separator: " | ") + "\n" }
                if !concept.unless.isEmpty { block += "unless = " + concept.unless.joined(separator: " | ") + "\n" }
                if concept.isDisabled { block += "disabled = true\n" }
                Output.standard.write(block + "\n")
            }
            Output.standard.flush()
        }
    }
}
