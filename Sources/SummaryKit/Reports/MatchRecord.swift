/// One line of `summarykit match --format jsonl`: a lexicon match with its concept, the
/// concept's category weights, the form matched and the offsets (schema:
/// Docs/schemas/match.schema.json).
package struct MatchRecord: Sendable, Encodable, JSONFastWritable {
    /// The concept's id.
    package var concept: String
    /// The concept's weight per category (category raw value → weight).
    package var categories: [String: Double]
    /// The lexicon form that matched, as listed in the lexicon.
    package var form: String
    /// The matched text as written.
    package var text: String
    /// 1-based line of the match's first character.
    package var line: Int
    /// UTF-8 byte offset where the match starts.
    package var start: Int
    /// UTF-8 byte offset just past the match's end (exclusive).
    package var end: Int
    /// Whether a negation cue in the same clause turns the match around.
    package var negated: Bool
    /// The input's name, present only when several inputs are matched.
    package var file: String?

    /// The record of `match`, found by `matcher` in `source`; `file` names the input (nil for a
    /// single input).
    package init(_ match: Match, matcher: KeywordMatcher, source: SourceText, file: String?) {
        let concept = matcher.concept(of: match)
        self.concept = concept.id
        categories = Dictionary(uniqueKeysWithValues: concept.weights.map { ($0.key.rawValue, $0.value) })
        form = matcher.form(of: match).text
        text = String(source[utf8: match.utf8Range])
        line = match.line
        start = match.utf8Range.lowerBound
        end = match.utf8Range.upperBound
        negated = match.isNegated
        self.file = file
    }

    /// Writes the record as ``JSONOutput`` encodes it (the categories' keys in UTF-8 order, as
    /// `.sortedKeys` orders them).
    /// - Throws: ``JSONWriter/InvalidNumber`` for a weight that is NaN or infinite (the lexicon
    ///   parser refuses those).
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.key("categories")
        writer.beginObject()
        for (name, weight) in categories.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            writer.dynamicKey(name)
            try writer.double(weight)
        }
        writer.endObject()
        writer.field("concept", concept)
        writer.field("end", end)
        writer.field("file", ifPresent: file)
        writer.field("form", form)
        writer.field("line", line)
        writer.field("negated", negated)
        writer.field("start", start)
        writer.field("text", text)
        writer.endObject()
    }
}
