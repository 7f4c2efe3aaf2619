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
        json: {"schema_version", "file", "encoding", "language", "units": [{"index", "kind",
        "line", "end_line", "start", "end", "summary", "text", "tags", "scores", "evidence"}]}
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: InputOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "A tagger model (JSON) overriding the built-in weights and thresholds.")
    var model: String?

    func loadModel() throws -> TaggerModel {
        guard let model else { return .builtIn }
        do {
            return try TaggerModel(json: Data(contentsOf: URL(fileURLWithPath: model)))
        } catch {
            Output.error("\(model): cannot read the tagger model: \(error)")
            throw ExitCode(2)
        }
    }

    @Option(help: "Output format: text, json.")
    var format: Format = .text

    @Flag(help: "Also list untagged units and chrome.")
    var all = false

    func run() throws {
        let tagger = try Tagger(lexicon: lexiconOptions.load(), model: loadModel())
        let reader = DocumentReader(decoder: input.decoder)
        var failed = false
        for name in input.inputs {
            do {
                let document = name == "-" ? reader.read(try input.read(name)) : try reader.read(fileAt: name)
                let tagged = try tagger.tag(document)
                switch format {
                case .text: Output.standard.write(renderText(tagged, name: name))
                case .json: Output.standard.write(try renderJSON(tagged, name: name) + "\n")
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

    private func renderJSON(_ tagged: TaggedDocument, name: String) throws -> String {
        let document = tagged.document
        let units = tagged.units.map { unit -> TagReport.Unit in
            let u = document.units[unit.unit]
            return TagReport.Unit(index: unit.unit, kind: u.kind.rawValue, line: u.lines.lowerBound, endLine: u.lines.upperBound,
                                  start: u.utf8Range.lowerBound, end: u.utf8Range.upperBound, summary: u.summary,
                                  text: String(document.text(of: u)), tags: unit.tags.map(\.rawValue),
                                  scores: unit.scores, evidence: unit.evidence)
        }
        let report = TagReport(file: name, encoding: document.source.encoding,
                               language: document.metadata.language.rawValue, units: units)
        return try JSONOutput.encode(report)
    }
}

/// The JSON document `summarykit tag --format json` prints.
struct TagReport: Codable {
    struct Unit: Codable {
        var index: Int
        var kind: String
        var line: Int
        var endLine: Int
        var start: Int
        var end: Int
        var summary: Int
        var text: String
        var tags: [String]
        var scores: CategoryScores
        var evidence: [Evidence]
        enum CodingKeys: String, CodingKey {
            case index, kind, line, endLine = "end_line", start, end, summary, text, tags, scores, evidence
        }
    }
    var schemaVersion = 1
    var file: String
    var encoding: String
    var language: String
    var units: [Unit]
    enum CodingKeys: String, CodingKey { case schemaVersion = "schema_version", file, encoding, language, units }
}

/// Stable JSON: sorted keys, no escaped slashes.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
