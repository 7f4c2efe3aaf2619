// token-stream [--all] [FILE…]
//
// Segments each FILE (any encoding SummaryKit decodes; standard input when none is given, read
// line by line so that a long stream never sits in memory) with SummaryKit's WordSegmenter and
// prints one token per line, tab-separated:
//
//     FILE  LINE:COLUMN  KIND  TERM  TEXT
//
// KIND is ideographic, letter, number, punctuation …; TERM is "term" for a domain term kept
// whole (党风廉政建设, 三会一课) and "-" otherwise. --all prints punctuation and white space too.
import Foundation
import SummaryKit

@main
struct TokenStream {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let all = arguments.contains("--all")
        arguments.removeAll { $0 == "--all" }
        do {
            let segmenter = try WordSegmenter(options: .init(selection: all ? .all : .words))
            var failed = false
            if arguments.isEmpty {
                var line = 0
                while let text = readLine(strippingNewline: true) {
                    line += 1
                    // One line at a time: its tokens' line numbers are shifted to the stream's.
                    let source = SourceText(text, origin: "-")
                    try write(segmenter.tokens(in: source), of: source, file: "-", lineOffset: line - 1)
                }
            }
            for path in arguments {
                do {
                    let source = try InputReader().read(fileAt: path).source
                    try write(segmenter.tokens(in: source), of: source, file: path, lineOffset: 0)
                } catch {
                    FileHandle.standardError.write(Data("token-stream: \(error)\n".utf8))
                    failed = true
                }
            }
            exit(failed ? 1 : 0)
        } catch {
            FileHandle.standardError.write(Data("token-stream: \(error)\n".utf8))
            exit(2)
        }
    }

    static func write(_ tokens: [Token], of source: SourceText, file: String, lineOffset: Int) {
        var out = ""
        // Columns count characters from the start of the token's line, 1-based; counted on from
        // the previous token, so that a long line costs one pass.
        var line = 0
        var offset = 0
        var column = 1
        for token in tokens {
            let text = source[utf8: token.utf8Range]
            if token.line != line {
                line = token.line
                offset = source.lineStarts[line - 1]
                column = 1
            }
            column += source[utf8: offset..<token.utf8Range.lowerBound].count
            offset = token.utf8Range.lowerBound
            let shown = text.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
                .replacingOccurrences(of: "\r", with: "\\r")
            out += "\(file)\t\(token.line + lineOffset):\(column)\t\(token.kind.rawValue)\t\(token.isTerm ? "term" : "-")\t\(shown)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
