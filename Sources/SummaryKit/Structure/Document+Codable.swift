import Foundation

// `Document` is Codable, so that a tool can keep a structured document (a cache, a queue
// between processes) and read it back without reading the file again. Decoding checks every
// range and index against the text: a document read back from JSON never points outside its
// text or at half a character, whoever wrote the JSON.
//
// The JSON keys are the snake_case ones of the other outputs; ranges are `start`/`end` UTF-8
// offsets (end exclusive) and `lines` a `[first, last]` pair, as in `summarykit structure`.

extension SourceText: Codable {
    enum CodingKeys: String, CodingKey { case text, encoding, origin }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(try container.decode(String.self, forKey: .text),
                  encoding: try container.decode(String.self, forKey: .encoding),
                  origin: try container.decode(String.self, forKey: .origin))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(origin, forKey: .origin)
    }
}

extension TextUnit: Codable {
    enum CodingKeys: String, CodingKey { case kind, start, end, lines, level, marker, heading, summary }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(kind: try container.decode(UnitKind.self, forKey: .kind),
                  utf8Range: try decodeRange(container, .start, .end),
                  lines: try decodeLines(container, .lines),
                  level: try container.decode(Int.self, forKey: .level),
                  marker: try container.decodeIfPresent(String.self, forKey: .marker),
                  heading: try container.decodeIfPresent(Int.self, forKey: .heading),
                  summary: try container.decode(Int.self, forKey: .summary))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(utf8Range.lowerBound, forKey: .start)
        try container.encode(utf8Range.upperBound, forKey: .end)
        try container.encode([lines.lowerBound, lines.upperBound], forKey: .lines)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(marker, forKey: .marker)
        try container.encodeIfPresent(heading, forKey: .heading)
        try container.encode(summary, forKey: .summary)
    }
}

extension Summary: Codable {
    enum CodingKeys: String, CodingKey { case title, firstUnit = "first_unit", endUnit = "end_unit", start, end, lines }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try container.decodeIfPresent(String.self, forKey: .title),
                  units: try decodeRange(container, .firstUnit, .endUnit),
                  utf8Range: try decodeRange(container, .start, .end),
                  lines: try decodeLines(container, .lines))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(units.lowerBound, forKey: .firstUnit)
        try container.encode(units.upperBound, forKey: .endUnit)
        try container.encode(utf8Range.lowerBound, forKey: .start)
        try container.encode(utf8Range.upperBound, forKey: .end)
        try container.encode([lines.lowerBound, lines.upperBound], forKey: .lines)
    }
}

extension DocumentMetadata: Codable {
    enum CodingKeys: String, CodingKey { case language, title, years, organization }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(language: try container.decode(Language.self, forKey: .language),
                  title: try container.decodeIfPresent(String.self, forKey: .title),
                  years: try container.decode([Int].self, forKey: .years),
                  organization: try container.decodeIfPresent(OrganizationKind.self, forKey: .organization))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(language, forKey: .language)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(years, forKey: .years)
        try container.encodeIfPresent(organization, forKey: .organization)
    }
}

extension Document: Codable {
    enum CodingKeys: String, CodingKey { case source, format, units, summaries, placeholders, metadata }

    /// Reads a document back, checking that every range lies inside the text on whole
    /// characters, every line number inside its lines, and every index inside its array.
    ///
    /// - Throws: `DecodingError.dataCorrupted` naming the first range or index that does not fit.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let source = try container.decode(SourceText.self, forKey: .source)
        let units = try container.decode([TextUnit].self, forKey: .units)
        let summaries = try container.decode([Summary].self, forKey: .summaries)
        let placeholders = try container.decode([Placeholder].self, forKey: .placeholders)
        func fail(_ key: CodingKeys, _ reason: String) -> DecodingError {
            .dataCorrupted(DecodingError.Context(codingPath: container.codingPath + [key], debugDescription: reason))
        }
        let bytes = Array(source.text.utf8)
        let lastLine = max(1, source.lineStarts.count)
        func fits(_ range: Range<Int>) -> Bool {
            func boundary(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
            return range.lowerBound >= 0 && range.upperBound <= bytes.count && boundary(range.lowerBound) && boundary(range.upperBound)
        }
        func fits(_ lines: ClosedRange<Int>) -> Bool { lines.lowerBound >= 1 && lines.upperBound <= lastLine }
        for (i, unit) in units.enumerated() {
            guard fits(unit.utf8Range), fits(unit.lines) else {
                throw fail(.units, "unit \(i) (bytes \(unit.utf8Range), lines \(unit.lines)) does not fit a text of \(bytes.count) bytes and \(lastLine) lines")
            }
            if let heading = unit.heading, !units.indices.contains(heading) {
                throw fail(.units, "unit \(i) names heading \(heading) of \(units.count) units")
            }
            guard summaries.indices.contains(unit.summary) else {
                throw fail(.units, "unit \(i) names summary \(unit.summary) of \(summaries.count) summaries")
            }
        }
        guard !summaries.isEmpty else { throw fail(.summaries, "a document has at least one summary") }
        for (i, summary) in summaries.enumerated() {
            guard fits(summary.utf8Range), fits(summary.lines), summary.units.lowerBound >= 0, summary.units.upperBound <= units.count else {
                throw fail(.summaries, "summary \(i) (bytes \(summary.utf8Range), units \(summary.units)) does not fit the document")
            }
        }
        for (i, placeholder) in placeholders.enumerated() {
            guard fits(placeholder.utf8Range), placeholder.line >= 1, placeholder.line <= lastLine else {
                throw fail(.placeholders, "placeholder \(i) (bytes \(placeholder.utf8Range)) does not fit the text")
            }
        }
        self.init(source: source, format: try container.decode(SourceFormat.self, forKey: .format), units: units,
                  summaries: summaries, placeholders: placeholders,
                  metadata: try container.decode(DocumentMetadata.self, forKey: .metadata))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(format, forKey: .format)
        try container.encode(units, forKey: .units)
        try container.encode(summaries, forKey: .summaries)
        try container.encode(placeholders, forKey: .placeholders)
        try container.encode(metadata, forKey: .metadata)
    }
}

/// A half-open range from two integer keys, lower bound first.
private func decodeRange<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ lower: Key, _ upper: Key) throws -> Range<Int> {
    let start = try container.decode(Int.self, forKey: lower), end = try container.decode(Int.self, forKey: upper)
    guard start <= end else {
        throw DecodingError.dataCorruptedError(forKey: upper, in: container, debugDescription: "\(upper.stringValue) \(end) is before \(lower.stringValue) \(start)")
    }
    return start..<end
}

/// A closed range of lines from a `[first, last]` pair.
private func decodeLines<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, _ key: Key) throws -> ClosedRange<Int> {
    let pair = try container.decode([Int].self, forKey: key)
    guard pair.count == 2, pair[0] <= pair[1] else {
        throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "lines are a [first, last] pair, not \(pair)")
    }
    return pair[0]...pair[1]
}
