import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit tag`: categories of every heading and paragraph, with scores and evidence.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag every heading and paragraph with study, discipline, member_development, mass_work, shortcomings, plans.",
        discussion: """
        text: one block per unit: line range, kind, tags with scores, and the evidence (matched \
        forms, negated ones marked with !).
        jsonl: one object per unit in document order with exactly the keys file, summary, index, \
        kind (title, heading, paragraph, boilerplate; summary separators count as boilerplate), \
        line, end_line, start, end (UTF-8 byte offsets, end exclusive), text, categories (the \
        categories over their threshold: [{id, score, evidence: [{text, start, end, concept}]}]).
        """ + HelpExamples.tag
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions
    @OptionGroup var taggerOptions: TaggerOptions

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Also list untagged units and chrome.")
    var all = false

    func run() throws {
        let reader = DocumentReader(decoder: input.decoder)
        let auditor = Auditor(reader: reader, tagger: try taggerOptions.makeTagger())
        var failed = false
        for name in input.inputs {
            do {
                let tagged = name == "-" ? try auditor.tagger.tag(reader.read(try input.read(name))) : try auditor.tag(fileAt: name)
                switch format {
                case .text: Output.standard.write(renderText(tagged, name: name))
                case .jsonl: try writeJSONL(tagged, name: name)
                }
            } catch {
                Output.error("\(error)")
                failed = true
            }
        }
        Output.standard.flush()
        if failed { throw ExitCode(2) }
    }

    private func renderText(_ tagged: TaggedDocument, name: String) -> String {
        let document = tagged.document
        var out = "== \(name) (\(document.source.encoding), \(document.metadata.language.rawValue), \(document.summaries.count) summar\(document.summaries.count == 1 ? "y" : "ies"))\n"
        for unit in tagged.units {
            let u = document.units[unit.unit]
            guard all || !unit.tags.isEmpty else { continue }
            let lines = u.lines.count > 1 ? "\(u.lines.lowerBound)-\(u.lines.upperBound)" : "\(u.lines.lowerBound)"
            let tags = unit.tags.map { "\($0.rawValue) \(String(format: "%.2f", unit.scores[$0]))" }.joined(separator: ", ")
            out += "\(lines)\t\(u.kind.rawValue)\t\(tags.isEmpty ? "-" : tags)\t\(Self.excerpt(document.text(of: u)))\n"
            if !unit.evidence.isEmpty {
                out += "\t\tevidence: " + unit.evidence.map { ($0.negated ? "!" : "") + $0.text }.joined(separator: " · ") + "\n"
            }
        }
        return out
    }

    static func excerpt(_ text: Substring, limit: Int = 40) -> String {
        let flat = text.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// One JSON object per unit (``TagRecord``), written by the fast writer: the bytes
    /// `JSONEncoder` gives, several times faster (Docs/Performance.md).
    private func writeJSONL(_ tagged: TaggedDocument, name: String) throws {
        var lines = JSONLinesWriter<TagRecord> { Output.standard.write($0) }
        for unit in tagged.units { try lines.write(TagRecord(unit, of: tagged, file: name)) }
        lines.flush()
    }
}
