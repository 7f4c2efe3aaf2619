/// One line of `summarykit tag --format jsonl`: a unit with the categories over their threshold
/// (documented in the README and in Docs/schemas/tag.schema.json).
package struct TagRecord: Sendable, Encodable, JSONFastWritable {
    /// A lexicon match quoted for one category.
    package struct Evidence: Sendable, Encodable {
        /// The matched text as written.
        package var text: String
        /// UTF-8 byte offset where the match starts.
        package var start: Int
        /// UTF-8 byte offset just past the match's end (exclusive).
        package var end: Int
        /// The concept's id.
        package var concept: String
    }

    /// A category over its threshold.
    package struct Category: Sendable, Encodable {
        /// The category's raw value.
        package var id: String
        /// The unit's score for it, rounded to three decimals.
        package var score: Double
        /// The matches that support it.
        package var evidence: [Evidence]
    }

    /// The input as named on the command line.
    package var file: String
    /// Index of the unit's summary.
    package var summary: Int
    /// Index of the unit in the document.
    package var index: Int
    /// `title`, `heading`, `paragraph` or `boilerplate` (summary separators count as boilerplate).
    package var kind: String
    /// 1-based line of the unit's first character.
    package var line: Int
    /// 1-based line of the unit's last character (inclusive).
    package var endLine: Int
    /// UTF-8 byte offset where the unit starts.
    package var start: Int
    /// UTF-8 byte offset just past the unit's end (exclusive).
    package var end: Int
    /// The unit's exact text.
    package var text: String
    /// The categories over their threshold, in category order.
    package var categories: [Category]

    enum CodingKeys: String, CodingKey {
        case file, summary, index, kind, line, endLine = "end_line", start, end, text, categories
    }

    /// The record of `unit` of `tagged`, read from the file named `file`.
    package init(_ unit: TaggedUnit, of tagged: TaggedDocument, file: String) {
        // No local copy of `tagged.document`: copying the struct per unit retains all its storage.
        let u = tagged.document.units[unit.unit]
        self.file = file
        summary = u.summary
        index = unit.unit
        kind = u.kind == .separator ? UnitKind.boilerplate.rawValue : u.kind.rawValue
        line = u.lines.lowerBound
        endLine = u.lines.upperBound
        start = u.utf8Range.lowerBound
        end = u.utf8Range.upperBound
        text = String(tagged.document.text(of: u))
        categories = unit.tags.map { category in
            // One pass, without an intermediate array of whole `SummaryKit.Evidence` values.
            Category(id: category.rawValue, score: (unit.scores[category] * 1000).rounded() / 1000,
                     evidence: unit.evidence.compactMap {
                         $0.supports(category) ? Evidence(text: $0.text, start: $0.start, end: $0.end, concept: $0.concept) : nil
                     })
        }
    }

    /// Writes the record as one JSON object, byte for byte as `JSONEncoder` encodes it with
    /// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` if the writer is pretty).
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        try writer.field("categories", categories) { (writer, category) throws(JSONWriter.InvalidNumber) in
            writer.beginObject()
            writer.field("evidence", category.evidence) { writer, evidence in
                writer.beginObject()
                writer.field("concept", evidence.concept)
                writer.field("end", evidence.end)
                writer.field("start", evidence.start)
                writer.field("text", evidence.text)
                writer.endObject()
            }
            writer.field("id", category.id)
            try writer.field("score", category.score)
            writer.endObject()
        }
        writer.field("end", end)
        writer.field("end_line", endLine)
        writer.field("file", file)
        writer.field("index", index)
        writer.field("kind", kind)
        writer.field("line", line)
        writer.field("start", start)
        writer.field("summary", summary)
        writer.field("text", text)
        writer.endObject()
    }
}
