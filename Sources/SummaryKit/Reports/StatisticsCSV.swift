import Foundation

/// The per-document table of `summarykit stats --format csv`: one row per summary, a header
/// row first, RFC 4180 quoting.
///
/// Columns: `id, summary, summaries_in_file, title, language, organization, year, format,
/// encoding, characters, tokens, paragraphs, headings`, then `<category>_paragraphs` and
/// `<category>_score` for the six categories, `coverage`, one status column per checklist
/// section, `placeholders, boilerplate_share, cluster`.
public enum StatisticsCSV {
    /// The header row, ending in CRLF.
    ///
    /// - Parameter sections: The checklist's section ids, one status column each, in order.
    public static func header(sections: [String]) -> String {
        var columns = ["id", "summary", "summaries_in_file", "title", "language", "organization", "year", "format",
                       "encoding", "characters", "tokens", "paragraphs", "headings"]
        columns += Category.allCases.map { "\($0.rawValue)_paragraphs" }
        columns += Category.allCases.map { "\($0.rawValue)_score" }
        columns += ["coverage"] + sections + ["placeholders", "boilerplate_share", "cluster"]
        return columns.map(field).joined(separator: ",") + "\r\n"
    }

    /// The row of one record, ending in CRLF; numbers are written without a fraction when
    /// whole, and absent values as empty fields.
    ///
    /// - Parameters:
    ///   - record: The summary's statistics.
    ///   - sections: The checklist's section ids, as passed to ``header(sections:)``; a section
    ///     the record lacks gives an empty field.
    public static func row(_ record: DocumentRecord, sections: [String]) -> String {
        var values = [record.id, String(record.summary), String(record.summariesInFile), record.title ?? "", record.language,
                      record.organization ?? "", record.year.map(String.init) ?? "", record.format, record.encoding,
                      String(record.characters), String(record.tokens), String(record.paragraphs), String(record.headings)]
        values += Category.allCases.map { String(record.categoryParagraphs[$0.rawValue] ?? 0) }
        values += Category.allCases.map { number(record.categoryScores[$0.rawValue] ?? 0) }
        values += [number(record.coverage)] + sections.map { record.sections[$0]?.rawValue ?? "" }
        values += [String(record.placeholders), number(record.boilerplateShare), record.cluster ?? ""]
        return values.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, quote or line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double) -> String {
        Int(exactly: value).map(String.init) ?? String(value)
    }
}
