import ArgumentParser
import SummaryKit

/// `summarykit segment`: ICU word segmentation with the domain-term layer.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split text into words with ICU, keeping domain terms such as 党风廉政建设 whole.",
        discussion: """
        text: tokens separated by spaces, one output line per input line.
        jsonl: one object per token: text, kind, line, start, end (UTF-8 byte offsets into the \
        decoded text), term (true when the term layer made it), file (with several inputs).
        """ + HelpExamples.segment
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .customLong("user-dict"), help: "A term file (one term per line) added to the built-in terms; repeatable.")
    var userDictionaries: [String] = []

    @Option(help: "Normalisations, comma-separated: nfkc, fold, simplified (or all, none). Offsets always point at the original text.")
    var normalize: String = "none"

    @Flag(help: "Also output punctuation and white-space segments.")
    var allTokens = false

    @Flag(help: "Turn the domain-term layer off (bare ICU words).")
    var noTerms = false

    func validate() throws {
        if Normalization(list: normalize) == nil {
            throw ValidationError("--normalize takes nfkc, fold, simplified, all or none, comma-separated; '\(normalize)' is not one of them.")
        }
    }

    func run() throws {
        var terms = noTerms ? TermDictionary.empty : TermDictionary.builtIn
        for path in userDictionaries {
            do {
                terms = try terms.adding(contentsOf: path)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        let options = WordSegmenter.Options(
            normalization: Normalization(list: normalize) ?? [],
            selection: allTokens ? .all : .words,
            terms: terms
        )
        let segmenter = try WordSegmenter(options: options)
        let inputs = input.inputs
        var failed = false
        for (index, name) in inputs.enumerated() {
            do {
                let source = try input.read(name)
                let tokens = try segmenter.tokens(in: source)
                switch format {
                case .text:
                    if inputs.count > 1 {
                        Output.standard.write((index > 0 ? "\n" : "") + "==> \(name) <==\n")
                    }
                    writeText(tokens, source: source)
                case .jsonl:
                    try writeJSONL(tokens, source: source, file: inputs.count > 1 ? name : nil)
                }
            } catch {
                Output.error("\(error)")
                failed = true
            }
        }
        Output.standard.flush()
        if failed { throw ExitCode(2) }
    }

    private func writeText(_ tokens: [Token], source: SourceText) {
        let out = Output.standard
        var line = 1
        var first = true
        var pieces = ""
        for token in tokens {
            if token.kind == .whitespace, source[utf8: token.utf8Range].contains(where: \.isNewline) { continue }
            while line < token.line {
                out.write(pieces + "\n")
                pieces = ""
                first = true
                line += 1
            }
            if !first { pieces += " " }
            pieces += source[utf8: token.utf8Range]
            first = false
        }
        let lines = max(source.lineCount, line)
        while line <= lines {
            out.write(pieces + "\n")
            pieces = ""
            line += 1
        }
    }

    /// One JSON line per token (``TokenRecord``), written by the fast writer: the bytes
    /// `JSONEncoder` gives, several times faster on large inputs (Docs/Performance.md).
    private func writeJSONL(_ tokens: [Token], source: SourceText, file: String?) throws {
        var lines = JSONLinesWriter<TokenRecord> { Output.standard.write($0) }
        for token in tokens { try lines.write(TokenRecord(token, of: source, file: file)) }
        lines.flush()
    }
}
