import Foundation

/// Why a partial result could not be read.
public enum PartialResultError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is not the JSON of a ``CorpusStatistics``: `source` and 1-based `line` name
    /// the partial, `reason` says what is wrong with it.
    case malformed(source: String, line: Int, reason: String)
    /// The partial was written by a version with another schema: `found` is its
    /// `schema_version`.
    case schemaVersion(source: String, line: Int, found: Int)
    /// Partials computed with different checklists cannot be merged: `sections` is the
    /// partial's section order, `expected` that of the partials before it.
    case incompatible(source: String, line: Int, sections: [String], expected: [String])

    /// A full sentence for the user, starting with `source:line:`, e.g.
    /// `part-0.jsonl:3: not a summarykit stats partial result (invalid JSON).`
    public var description: String {
        switch self {
        case let .malformed(source, line, reason):
            return "\(source):\(line): not a summarykit stats partial result (\(reason))."
        case let .schemaVersion(source, line, found):
            return "\(source):\(line): the partial result has schema version \(found); this summarykit reads version \(CorpusStatistics.currentSchemaVersion)."
        case let .incompatible(source, line, sections, expected):
            return "\(source):\(line): the partial result was made with the checklist sections \(sections.joined(separator: ", ")), not \(expected.joined(separator: ", ")); partials of different checklists cannot be merged."
        }
    }
}

extension CorpusStatistics {
    /// The partial-result format: one line of JSON (sorted keys, canonical list order), so that
    /// partials can travel as lines through Hadoop Streaming or `RDD.pipe`.
    ///
    /// - Returns: The JSON text, without a line break.
    /// - Throws: `EncodingError` from `JSONEncoder` (not expected: every field is an integer,
    ///   a string, or a collection of them).
    public func partialJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(canonical()), as: UTF8.self)
    }

    /// Reads and merges every partial in `text`: one JSON object per non-empty line (several
    /// partials concatenated, as a reducer receives them).
    ///
    /// - Parameters:
    ///   - text: The partials, one JSON object per line; empty and blank lines are skipped.
    ///   - source: A name for messages (the file path or `<stdin>`).
    ///   - start: The statistics to merge the partials into (``empty`` by default), such as
    ///     the result of the files read before this one.
    /// - Returns: `start` merged with every partial in `text`.
    /// - Throws: ``PartialResultError`` naming the source and line: a line that is not a
    ///   partial, a partial of another schema version, or one whose section order differs
    ///   from that of `start` and the partials before it.
    public static func mergingPartials(_ text: String, source: String, into start: CorpusStatistics = .empty) throws(PartialResultError) -> CorpusStatistics {
        var result = start
        let decoder = JSONDecoder()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if let version = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any])?["schema_version"] as? Int,
               version != currentSchemaVersion {
                throw .schemaVersion(source: source, line: n + 1, found: version)
            }
            let partial: CorpusStatistics
            do {
                partial = try decoder.decode(CorpusStatistics.self, from: Data(trimmed.utf8))
            } catch {
                throw .malformed(source: source, line: n + 1, reason: Self.describe(error))
            }
            if !result.sectionOrder.isEmpty, !partial.sectionOrder.isEmpty, result.sectionOrder != partial.sectionOrder {
                throw .incompatible(source: source, line: n + 1, sections: partial.sectionOrder, expected: result.sectionOrder)
            }
            result = result.merging(partial)
        }
        return result
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): return "no \"\(key.stringValue)\" field"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: return "invalid JSON"
        default: return "\(error)"
        }
    }
}
