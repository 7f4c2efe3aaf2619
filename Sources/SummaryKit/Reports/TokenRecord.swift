/// One line of `summarykit segment --format jsonl`: a token with its offsets (schema:
/// Docs/schemas/segment.schema.json).
package struct TokenRecord: Sendable, Encodable, JSONFastWritable {
    /// The token's exact text.
    package var text: String
    /// The token's kind (``Token/Kind``).
    package var kind: Token.Kind
    /// 1-based line of the token's first character.
    package var line: Int
    /// UTF-8 byte offset where the token starts.
    package var start: Int
    /// UTF-8 byte offset just past the token's end (exclusive).
    package var end: Int
    /// `true` when the domain-term layer made the token; absent otherwise.
    package var term: Bool?
    /// The input's name, present only when several inputs are segmented.
    package var file: String?

    /// The record of `token` of `source`, `file` naming the input (nil for a single input).
    package init(_ token: Token, of source: SourceText, file: String?) {
        text = String(source[utf8: token.utf8Range])
        kind = token.kind
        line = token.line
        start = token.utf8Range.lowerBound
        end = token.utf8Range.upperBound
        term = token.isTerm ? true : nil
        self.file = file
    }

    /// Writes the record as ``JSONOutput`` encodes it.
    package func writeJSON(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("end", end)
        writer.field("file", ifPresent: file)
        writer.field("kind", kind.rawValue)
        writer.field("line", line)
        writer.field("start", start)
        if let term { writer.field("term", term) }
        writer.field("text", text)
        writer.endObject()
    }
}
