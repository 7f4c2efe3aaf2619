import ArgumentParser
import SummaryKit

/// `summarykit structure`: the document tree of each file.
struct StructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Show the structure of each file: summaries, titles, headings, paragraphs, web chrome and placeholders.",
        discussion: """
        Reads plain text (any encoding the decoder accepts), Word .docx and saved .html pages.
        text: the tree, indented by heading level, with each unit's kind and first line, then \
        the unfilled template placeholders and the metadata.
        json: one object per file (one per line with several files): metadata, summaries, \
        units (kind, level, marker, heading, summary, lines, start, end, text) and placeholders; \
        start/end are UTF-8 byte offsets into the decoded (or extracted) text.
        """ + HelpExamples.structure
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        do {
            try BuiltInLists.checkBuiltInData()
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let reader = DocumentReader(decoder: input.decoder)
        let inputs = input.inputs
        var failed = false
        for (index, name) in inputs.enumerated() {
            do {
                let document = name == "-"
                    ? reader.read(try input.read(name))
                    : try reader.read(fileAt: name)
                switch format {
                case .text:
                    if inputs.count > 1 { Output.standard.write((index > 0 ? "\n" : "") + "==> \(name) <==\n") }
                    Output.standard.write(document.outline())
                case .json:
                    Output.standard.write(document.jsonReport() + "\n")
                }
            } catch {
                Output.error("\(error)")
                failed = true
            }
        }
        Output.standard.flush()
        if failed { throw ExitCode(2) }
    }
}
