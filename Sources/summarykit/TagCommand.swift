import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit tag`: categories of every heading and paragraph, with scores and evidence.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag every heading and paragraph with study, discipline, member_development, mass_work, shortcomings, plans.",
        discussion: """
        text: one block per unit: line range, kind, tags with scores, and the evidence (matched
        forms, negated ones marked with !).
        jsonl: one object per unit in document order with exactly the keys file, summary, index,
        kind (title, heading, paragraph, boilerplate; summary separators count as boilerplate),
        line, end_line, start, end (UTF-8 byte offsets, end exclusive), text, categories (the
        categories over their threshold: [{id, score, evidence: [{text, start, end, concept}]}]).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var input: InputOptions
    @OptionGroup var taggerOptions: TaggerOptions

    @Option(help: "Output format: text, jsonl.")
    var format: Format = .text

    @Flag(help: "Also list untagged units and chrome.")
    var all = false

    func run() throws {
        let tagger = try taggerOptions.makeTagger()
        let reader = DocumentReader(decoder: input.decoder)
        var failed = false
        for name in input.inputs {
            do {
                let document = name == "-" ? reader.read(try input.read(name)) : try reader.read(fileAt: name)
                let tagged = try tagger.tag(document)
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

    private func writeJSONL(_ tagged: TaggedDocument, name: String) throws {
        let document = tagged.document
        for unit in tagged.units {
            let u = document.units[unit.unit]
            let categories = unit.tags.map { category in
                TagLine.Category(id: category.rawValue, score: (unit.scores[category] * 1000).rounded() / 1000,
                                 evidence: unit.evidence.filter { $0.supports(category) }.map {
                                     TagLine.Evidence(text: $0.text, start: $0.start, end: $0.end, concept: $0.concept)
                                 })
            }
            let line = TagLine(file: name, summary: u.summary, index: unit.unit,
                               kind: u.kind == .separator ? UnitKind.boilerplate.rawValue : u.kind.rawValue,
                               line: u.lines.lowerBound, endLine: u.lines.upperBound, start: u.utf8Range.lowerBound,
                               end: u.utf8Range.upperBound, text: String(document.text(of: u)), categories: categories)
            Output.standard.write(try JSONOutput.encode(line) + "\n")
        }
    }
}

/// One line of `summarykit tag --format jsonl` (documented in the README and in
/// Docs/schemas/tag.schema.json).
struct TagLine: Encodable {
    struct Evidence: Encodable {
        var text: String
        var start: Int
        var end: Int
        var concept: String
    }
    struct Category: Encodable {
        var id: String
        var score: Double
        var evidence: [Evidence]
    }
    var file: String
    var summary: Int
    var index: Int
    var kind: String
    var line: Int
    var endLine: Int
    var start: Int
    var end: Int
    var text: String
    var categories: [Category]

    enum CodingKeys: String, CodingKey {
        case file, summary, index, kind, line, endLine = "end_line", start, end, text, categories
    }
}

/// Stable JSON: sorted keys, no escaped slashes.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
