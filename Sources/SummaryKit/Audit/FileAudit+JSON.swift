import Foundation

// The fast path for `summarykit audit --format json`: each report type writes itself into a
// JSONWriter, producing exactly the bytes `JSONEncoder` produces from its `Encodable`
// conformance with `[.sortedKeys, .withoutEscapingSlashes]` (pretty-printed or not). Members are
// written in UTF-8 order of their JSON names; optionals that are nil are left out.
// JSONWriterTests checks the equality on the corpus; a new stored property must be added here
// as well as to `CodingKeys`.

extension FileAudit: JSONFastWritable {
    /// Writes this report as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score or coverage is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.field("encoding", encoding)
        writer.field("file", file)
        writer.field("format", format.rawValue)
        writer.field("language", language.rawValue)
        writer.field("organization", ifPresent: organization?.rawValue)
        writer.field("schema_version", schemaVersion)
        // A page of many summaries is written on all cores.
        try writer.field("summaries", parallel: summaries) { (writer, summary) throws(JSONWriter.InvalidNumber) in
            try summary.writeJSON(to: &writer)
        }
        writer.field("years", years) { writer, year in writer.int(year) }
        writer.endObject()
    }
}

extension SummaryAudit {
    /// Writes this summary's audit as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score or coverage is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        try writer.field("coverage", coverage)
        writer.field("end_line", endLine)
        try writer.field("findings", findings) { (writer, finding) throws(JSONWriter.InvalidNumber) in
            try finding.writeJSON(to: &writer)
        }
        writer.field("line", line)
        try writer.field("pairs", pairs) { (writer, pair) throws(JSONWriter.InvalidNumber) in
            try pair.writeJSON(to: &writer)
        }
        writer.field("passed", passed)
        try writer.field("sections", sections) { (writer, section) throws(JSONWriter.InvalidNumber) in
            try section.writeJSON(to: &writer)
        }
        writer.field("title", ifPresent: title)
        writer.endObject()
    }
}

extension ReportLanguage {
    /// Every language in UTF-8 order of its code: the order of the JSON `messages` members.
    static let byCode = allCases.sorted { Array($0.rawValue.utf8).lexicographicallyPrecedes(Array($1.rawValue.utf8)) }
}

extension Finding {
    /// Writes this finding as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a copied text's share is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.field("column", column)
        if let copy {
            writer.key("copy")
            try copy.writeJSON(to: &writer)
        }
        writer.field("end", end)
        writer.field("line", line)
        writer.field("message", message)
        writer.key("messages")
        writer.beginObject()
        for language in ReportLanguage.byCode {
            writer.dynamicKey(language.rawValue)
            writer.string(message(in: language))
        }
        writer.endObject()
        writer.field("places", places) { writer, place in
            writer.beginObject()
            writer.field("column", place.column)
            writer.field("end", place.end)
            writer.field("line", place.line)
            writer.field("start", place.start)
            writer.endObject()
        }
        writer.field("rule", rule.rawValue)
        writer.field("severity", severity.rawValue)
        writer.field("start", start)
        writer.endObject()
    }
}

extension SectionCoverage {
    /// Writes this verdict as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        try writer.field("evidence", evidence) { (writer, paragraph) throws(JSONWriter.InvalidNumber) in
            try paragraph.writeJSON(to: &writer)
        }
        writer.field("id", id)
        writer.field("paragraphs", paragraphs)
        try writer.field("score", score)
        writer.field("status", status.rawValue)
        writer.endObject()
    }
}

extension ProblemMeasureEvidence {
    /// Writes this pair as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.key("measure")
        try measure.writeJSON(to: &writer)
        writer.key("problem")
        try problem.writeJSON(to: &writer)
        try writer.field("score", score)
        writer.field("shared_concepts", sharedConcepts) { writer, id in writer.string(id) }
        writer.endObject()
    }
}

extension EvidenceParagraph {
    /// Writes this paragraph as one JSON object, byte for byte as `JSONEncoder` encodes it.
    /// - Throws: ``JSONWriter/InvalidNumber`` if the score is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.field("end", end)
        writer.field("end_line", endLine)
        writer.field("line", line)
        try writer.field("score", score)
        writer.field("start", start)
        writer.field("text", text)
        writer.endObject()
    }
}

extension FileAudit {
    /// The report as UTF-8 JSON: the bytes `JSONEncoder` gives with `.sortedKeys` and
    /// `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`), written directly — several
    /// times faster than the encoder on large reports.
    ///
    /// - Throws: `EncodingError` when a score is not a finite number (as `JSONEncoder` does).
    public func jsonBytes(pretty: Bool = true) throws -> [UInt8] {
        try JSONOutput.bytes(self, pretty: pretty)
    }
}
