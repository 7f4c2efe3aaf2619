import Foundation

/// A stable JSON rendering of a document's structure, keys in snake_case.
extension Document {
    /// The document as one JSON object (keys sorted, as every SummaryKit output writes them):
    /// `{"encoding", "file", "format", "metadata", "placeholders", "summaries", "units"}`.
    ///
    /// Every unit carries `index`, `kind`, `level`, `marker` (or null), `heading` (or null),
    /// `summary` (0-based indices), `lines` (`[first, last]`), `start` and `end` (UTF-8 byte
    /// offsets into the decoded or extracted text) and `text`. Schema:
    /// `Docs/schemas/structure.schema.json`.
    public func jsonReport() -> String {
        // Only integers and strings: nothing the encoder can refuse.
        (try? JSONOutput.string(StructureReport(self))) ?? "{}"
    }
}

/// The JSON object of `summarykit structure --format json` (``Document/jsonReport()``). Absent
/// optionals are written as `null`, so every key is always there.
package struct StructureReport: Sendable, Encodable {
    package struct Metadata: Sendable, Encodable {
        var language: String
        var title: String?
        var years: [Int]
        var organization: String?

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(language, forKey: .language)
            try container.encode(title, forKey: .title)
            try container.encode(years, forKey: .years)
            try container.encode(organization, forKey: .organization)
        }

        enum CodingKeys: String, CodingKey { case language, title, years, organization }
    }

    package struct SummaryEntry: Sendable, Encodable {
        var title: String?
        var lines: [Int]
        var start: Int
        var end: Int
        var units: [Int]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(lines, forKey: .lines)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(units, forKey: .units)
        }

        enum CodingKeys: String, CodingKey { case title, lines, start, end, units }
    }

    package struct UnitEntry: Sendable, Encodable {
        var index: Int
        var kind: String
        var level: Int
        var marker: String?
        var heading: Int?
        var summary: Int
        var lines: [Int]
        var start: Int
        var end: Int
        var text: String

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(index, forKey: .index)
            try container.encode(kind, forKey: .kind)
            try container.encode(level, forKey: .level)
            try container.encode(marker, forKey: .marker)
            try container.encode(heading, forKey: .heading)
            try container.encode(summary, forKey: .summary)
            try container.encode(lines, forKey: .lines)
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
            try container.encode(text, forKey: .text)
        }

        enum CodingKeys: String, CodingKey { case index, kind, level, marker, heading, summary, lines, start, end, text }
    }

    package struct PlaceholderEntry: Sendable, Encodable {
        var text: String
        var line: Int
        var column: Int
        var start: Int
        var end: Int
    }

    var file: String
    var format: String
    var encoding: String
    var metadata: Metadata
    var summaries: [SummaryEntry]
    var units: [UnitEntry]
    var placeholders: [PlaceholderEntry]

    /// The report of `document`.
    package init(_ document: Document) {
        file = document.source.origin
        format = document.format.rawValue
        encoding = document.source.encoding
        let m = document.metadata
        metadata = Metadata(language: m.language.rawValue, title: m.title, years: m.years, organization: m.organization?.rawValue)
        summaries = document.summaries.map { s in
            SummaryEntry(title: s.title, lines: [s.lines.lowerBound, s.lines.upperBound],
                         start: s.utf8Range.lowerBound, end: s.utf8Range.upperBound, units: [s.units.lowerBound, s.units.upperBound])
        }
        units = document.units.enumerated().map { index, unit in
            UnitEntry(index: index, kind: unit.kind.rawValue, level: unit.level, marker: unit.marker, heading: unit.heading,
                      summary: unit.summary, lines: [unit.lines.lowerBound, unit.lines.upperBound],
                      start: unit.utf8Range.lowerBound, end: unit.utf8Range.upperBound, text: String(document.text(of: unit)))
        }
        placeholders = document.placeholders.map { p in
            PlaceholderEntry(text: p.text, line: p.line, column: p.column, start: p.utf8Range.lowerBound, end: p.utf8Range.upperBound)
        }
    }
}
