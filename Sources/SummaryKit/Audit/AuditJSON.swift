/// The JSON document `summarykit audit --format json` prints: the audited files and the files
/// that could not be read (documented in the README and in Docs/schemas).
package struct AuditJSON: Sendable, Encodable, JSONFastWritable {
    /// A file that could not be audited.
    package struct FileError: Sendable, Encodable {
        /// The path as given.
        package var file: String
        /// Why it could not be audited.
        package var message: String

        /// A failed file.
        package init(file: String, message: String) {
            self.file = file
            self.message = message
        }
    }

    /// The schema version of the document (that of ``FileAudit``).
    package var schemaVersion = FileAudit.currentSchemaVersion
    /// The coverage a summary needed to pass.
    package var failUnder: Double
    /// The checklist's name.
    package var checklist: String
    /// One report per audited file.
    package var files: [FileAudit]
    /// One entry per file that could not be audited.
    package var errors: [FileError]

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", failUnder = "fail_under", checklist, files, errors
    }

    /// A document of `files` and `errors`.
    package init(failUnder: Double, checklist: String, files: [FileAudit], errors: [FileError]) {
        self.failUnder = failUnder
        self.checklist = checklist
        self.files = files
        self.errors = errors
    }

    /// A generous estimate of the document's pretty-printed size in bytes, so that a writer can
    /// reserve its buffer once instead of growing it (and copying it) while writing.
    package var estimatedByteCount: Int {
        var count = 1024
        for report in files {
            count += 512 + report.file.utf8.count + 8 * report.years.count
            for summary in report.summaries {
                count += 512 + (summary.title?.utf8.count ?? 0)
                for finding in summary.findings { count += 320 + 4 * finding.message.utf8.count + 96 * finding.places.count }
                for pair in summary.pairs {
                    count += 768 + pair.problem.text.utf8.count + pair.measure.text.utf8.count
                        + pair.sharedConcepts.reduce(0) { $0 + 16 + $1.utf8.count }
                }
                for section in summary.sections {
                    count += 256 + section.id.utf8.count
                    for paragraph in section.evidence { count += 256 + paragraph.text.utf8.count }
                }
            }
        }
        for error in errors { count += 64 + error.file.utf8.count + error.message.utf8.count }
        return count
    }

    /// Writes the document as one JSON object, byte for byte as `JSONEncoder` encodes it with
    /// `[.sortedKeys, .withoutEscapingSlashes]` (plus `.prettyPrinted` if the writer is pretty).
    /// - Throws: ``JSONWriter/InvalidNumber`` if a score or coverage is NaN or infinite.
    package func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber) {
        writer.beginObject()
        writer.field("checklist", checklist)
        writer.field("errors", errors) { writer, error in
            writer.beginObject()
            writer.field("file", error.file)
            writer.field("message", error.message)
            writer.endObject()
        }
        try writer.field("fail_under", failUnder)
        try writer.field("files", files) { (writer, report) throws(JSONWriter.InvalidNumber) in
            try report.writeJSON(to: &writer)
        }
        writer.field("schema_version", schemaVersion)
        writer.endObject()
    }
}
