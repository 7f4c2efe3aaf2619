import Foundation

/// Why a partial result, or a set of them, could not be read or merged. Every case names the
/// partial (`source:line`) and the problem.
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
    /// The source cannot be read (missing, a folder, an I/O error).
    case unreadable(source: String, reason: String)
    /// A line of the source is longer than `limit` bytes (``PartialMerger/maxLineBytes``
    /// unless set otherwise); it was not read further.
    case tooLong(source: String, line: Int, limit: Int)
    /// The source holds no partial result: 0 bytes, or only blank lines.
    case empty(source: String)
    /// The partial's counts contradict each other or are out of range (`reason` names the
    /// field and its value): it was damaged or edited.
    case invalidCounts(source: String, line: Int, reason: String)
    /// The checksum does not match the content: the partial was changed after it was written.
    case checksumMismatch(source: String, line: Int, expected: String, found: String)
    /// The partial belongs to another run than the partials before it (`first` names the first
    /// partial read).
    case differentRun(source: String, line: Int, runID: String, expected: String, first: String)
    /// The partial belongs to a set of another size.
    case differentShardCount(source: String, line: Int, count: Int, expected: Int, first: String)
    /// The partial was made with another configuration: `component` names what differs.
    case differentConfiguration(source: String, line: Int, component: String, found: String, expected: String, first: String)
    /// The same shards were given before (`other` names where): merging them would count
    /// their inputs twice.
    case duplicateShard(source: String, line: Int, shards: [Int], count: Int, other: String)
    /// Some of the partial's shards were given before as part of another partial.
    case overlappingShards(source: String, line: Int, shards: [Int], count: Int, other: String)
    /// Adding the partial's counts to those before it passes the largest count
    /// (``CorpusStatistics/maxCount``).
    case overflow(source: String, line: Int, field: String)
    /// The set lacks shards (and `--allow-partial-set` was not given).
    case incompleteSet(runID: String, count: Int, missing: [Int])

    /// A full sentence for the user, starting with `source:line:`, e.g.
    /// `part-0.jsonl:3: not a summarykit stats partial result (invalid JSON).`
    public var description: String {
        switch self {
        case let .malformed(source, line, reason):
            return "\(source):\(line): not a summarykit stats partial result (\(reason))."
        case let .schemaVersion(source, line, found):
            let old = found < CorpusStatistics.currentSchemaVersion
                ? " Version \(found) partials have no identity (run id, shard, configuration, checksum) and cannot be merged safely; make them again with this summarykit." : ""
            return "\(source):\(line): the partial result has schema version \(found); this summarykit reads version \(CorpusStatistics.currentSchemaVersion).\(old)"
        case let .incompatible(source, line, sections, expected):
            return "\(source):\(line): the partial result was made with the checklist sections \(sections.joined(separator: ", ")), not \(expected.joined(separator: ", ")); partials of different checklists cannot be merged."
        case let .unreadable(source, reason):
            return "\(source): cannot read the partial results: \(reason)."
        case let .tooLong(source, line, limit):
            return "\(source):\(line): the line is longer than \(limit) bytes (\(LineReader.describe(bytes: limit))), the limit for one partial result (raise it with --max-partial-bytes); it was not read further."
        case let .empty(source):
            return "\(source): holds no partial result (it is empty or blank); every shard's run writes one, even when it read no inputs."
        case let .invalidCounts(source, line, reason):
            return "\(source):\(line): the partial result's counts are invalid: \(reason); it was damaged or edited."
        case let .checksumMismatch(source, line, expected, found):
            return "\(source):\(line): the checksum does not match the content (recorded \(expected), content \(found)); the partial result was changed after it was written."
        case let .differentRun(source, line, runID, expected, first):
            return "\(source):\(line): the partial result belongs to run '\(runID)', \(first) to run '\(expected)'; only shards of one run merge (give every shard of a set the same --run-id)."
        case let .differentShardCount(source, line, count, expected, first):
            return "\(source):\(line): the partial result is from a set of \(count) shards, \(first) from a set of \(expected); shards of one set share N in --shard K/N."
        case let .differentConfiguration(source, line, component, found, expected, first):
            return "\(source):\(line): the partial result was made with another \(component) (\(found)) than \(first) (\(expected)); partials of different configurations cannot be merged."
        case let .duplicateShard(source, line, shards, count, other):
            return "\(source):\(line): shard \(PartialIdentity.describe(shards)) of \(count) was already given in \(other); the same shard twice would count its inputs twice."
        case let .overlappingShards(source, line, shards, count, other):
            return "\(source):\(line): shard \(PartialIdentity.describe(shards)) of \(count) is also in \(other); overlapping partials would count their inputs twice."
        case let .overflow(source, line, field):
            return "\(source):\(line): adding the partial result's \"\(field)\" to the partials before it passes the largest count (2^53)."
        case let .incompleteSet(runID, count, missing):
            return "the partial results of run '\(runID)' lack shard \(PartialIdentity.describe(missing)) of \(count); merge them all, or give --allow-partial-set to report on the shards present."
        }
    }
}
