/// What a ``FindingRule/copiedText`` finding reports: the reference a summary shares text with,
/// the share of the summary covered, and each shared passage with its place in both texts.
///
/// In JSON (`summarykit audit --format json`) it is the finding's `copy` member:
///
/// ```json
/// "copy": {
///   "passages": [{"column": 10, "end": 812, "end_line": 9, "line": 3, "reference_end": 790, "reference_end_line": 8,
///                 "reference_line": 2, "reference_start": 40, "reference_text": "…", "start": 58}],
///   "reference": "refs/2023/branch-03.txt",
///   "share": 0.42
/// }
/// ```
public struct CopiedText: Sendable, Hashable, Codable {
    /// The reference document as it was indexed (its path, or the other submission's path).
    public var reference: String
    /// The share (0…1) of the summary's normalised characters found identical in the reference.
    public var share: Double
    /// The shared passages, in the order they appear in the summary.
    public var passages: [Passage]

    /// One shared passage: its bytes and lines in the summary's file and in the reference.
    public struct Passage: Sendable, Hashable, Codable {
        /// 1-based first line in the audited file.
        public var line: Int
        /// 1-based last line in the audited file (inclusive).
        public var endLine: Int
        /// 1-based column (Unicode scalars) of its first character on ``line``.
        public var column: Int
        /// UTF-8 byte offset into the audited file's decoded text where the passage starts.
        public var start: Int
        /// UTF-8 byte offset just past its end.
        public var end: Int
        /// 1-based first line in the reference.
        public var referenceLine: Int
        /// 1-based last line in the reference (inclusive).
        public var referenceEndLine: Int
        /// UTF-8 byte offset into the reference's text where the passage starts.
        public var referenceStart: Int
        /// UTF-8 byte offset just past its end.
        public var referenceEnd: Int
        /// The passage's text in the reference (the reference may be known only from an index).
        public var referenceText: String

        /// Creates a passage.
        public init(line: Int, endLine: Int, column: Int, start: Int, end: Int, referenceLine: Int, referenceEndLine: Int,
                    referenceStart: Int, referenceEnd: Int, referenceText: String) {
            self.line = line
            self.endLine = endLine
            self.column = column
            self.start = start
            self.end = end
            self.referenceLine = referenceLine
            self.referenceEndLine = referenceEndLine
            self.referenceStart = referenceStart
            self.referenceEnd = referenceEnd
            self.referenceText = referenceText
        }

        enum CodingKeys: String, CodingKey {
            case line, endLine = "end_line", column, start, end, referenceLine = "reference_line",
                 referenceEndLine = "reference_end_line", referenceStart = "reference_start",
                 referenceEnd = "reference_end", referenceText = "reference_text"
        }
    }

    /// Creates the detail of a finding.
    public init(reference: String, share: Double, passages: [Passage]) {
        self.reference = reference
        self.share = share
        self.passages = passages
    }

    /// The detail of `match` found in `source`, the reference's passage texts read from
    /// `reference`.
    public init(_ match: CopyMatch, in source: SourceText, reference: SourceText) {
        let total = reference.text.utf8.count
        var columns = ColumnCursor(source)
        self.init(reference: match.reference, share: match.share, passages: match.passages.map { passage in
            let range = passage.referenceUTF8Range.clamped(to: 0..<total)
            return Passage(line: passage.lines.lowerBound, endLine: passage.lines.upperBound,
                           column: columns.position(ofUTF8Offset: passage.utf8Range.lowerBound).column,
                           start: passage.utf8Range.lowerBound, end: passage.utf8Range.upperBound,
                           referenceLine: passage.referenceLines.lowerBound, referenceEndLine: passage.referenceLines.upperBound,
                           referenceStart: range.lowerBound, referenceEnd: range.upperBound,
                           referenceText: String(reference[utf8: range]))
        })
    }

    /// The share as a whole percentage, e.g. `42%` (never 0% or 100% unless exactly so).
    public var percentage: String {
        let value = share * 100
        var rounded = Int(value.rounded())
        if rounded == 0, value > 0 { rounded = 1 }
        if rounded == 100, value < 100 { rounded = 99 }
        return "\(rounded)%"
    }

    /// The lines the passages span in the summary and in the reference, e.g. `lines 4–19 ↔ 2–17`
    /// (`line 4 ↔ 2` for one line each).
    public var lineSpan: String {
        guard let first = passages.first else { return "no lines" }
        let lines = (passages.map(\.line).min() ?? first.line, passages.map(\.endLine).max() ?? first.endLine)
        let references = (passages.map(\.referenceLine).min() ?? first.referenceLine,
                          passages.map(\.referenceEndLine).max() ?? first.referenceEndLine)
        func span(_ range: (Int, Int)) -> String { range.0 == range.1 ? "\(range.0)" : "\(range.0)–\(range.1)" }
        let word = lines.0 == lines.1 && references.0 == references.1 ? "line" : "lines"
        return "\(word) \(span(lines)) ↔ \(span(references))"
    }

    /// `line 4` or `lines 4–9`.
    static func lines(_ first: Int, _ last: Int) -> String { first == last ? "line \(first)" : "lines \(first)–\(last)" }

    /// What the finding's sentence says, for a report in another language
    /// (``Finding/arguments``): the share, the reference, the number of passages, and the
    /// lines they span in the summary and in the reference (`4–19`, `2–17`).
    public var messageArguments: [String] {
        guard let first = passages.first else { return [percentage, reference, "0", "", ""] }
        func span(_ low: Int, _ high: Int) -> String { low == high ? "\(low)" : "\(low)–\(high)" }
        return [percentage, reference, String(passages.count),
                span(passages.map(\.line).min() ?? first.line, passages.map(\.endLine).max() ?? first.endLine),
                span(passages.map(\.referenceLine).min() ?? first.referenceLine, passages.map(\.referenceEndLine).max() ?? first.referenceEndLine)]
    }

    /// The finding's sentence: `42% of this summary matches refs/2023/branch-03.txt (3 passages,
    /// lines 4–19 ↔ 2–17).`
    public var message: String {
        "\(percentage) of this summary matches \(reference) (\(passages.count) passage\(passages.count == 1 ? "" : "s"), \(lineSpan))."
    }
}

extension CopiedText {
    /// Writes this detail as one JSON object, byte for byte as `JSONEncoder` encodes it
    /// (members in UTF-8 order of their names).
    /// - Throws: ``JSONWriter/InvalidNumber`` if the share is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.field("passages", passages) { writer, passage in
            writer.beginObject()
            writer.field("column", passage.column)
            writer.field("end", passage.end)
            writer.field("end_line", passage.endLine)
            writer.field("line", passage.line)
            writer.field("reference_end", passage.referenceEnd)
            writer.field("reference_end_line", passage.referenceEndLine)
            writer.field("reference_line", passage.referenceLine)
            writer.field("reference_start", passage.referenceStart)
            writer.field("reference_text", passage.referenceText)
            writer.field("start", passage.start)
            writer.endObject()
        }
        writer.field("reference", reference)
        try writer.field("share", share)
        writer.endObject()
    }
}
