import Foundation

extension CorpusStatistics {
    /// The largest count a partial result may hold, and a merge may reach: 2^53, the largest
    /// integer a `Double` holds exactly (reports compute shares and means from counts).
    public static let maxCount = 1 << 53

    /// The partial-result format: one line of JSON (sorted keys, canonical list order), so that
    /// partials can travel as lines through Hadoop Streaming or `RDD.pipe`. Its `checksum` is
    /// `sha256:` and the SHA-256 of the same JSON without the `checksum` field.
    ///
    /// - Returns: The JSON text, without a line break.
    /// - Throws: `EncodingError` from `JSONEncoder` (not expected: every field is an integer,
    ///   a string, or a collection of them).
    public func partialJSON() throws -> String {
        var value = canonical()
        value.checksum = nil
        value.checksum = "sha256:" + SHA256.hex(try Self.encoded(value))
        return String(decoding: try Self.encoded(value), as: UTF8.self)
    }

    /// The partial with its identity set: `runID`, its place `shard` (nil: 1 of 1) and the
    /// configuration of `analyzer`.
    ///
    /// - Parameters:
    ///   - runID: The run's id, shared by every shard of the set.
    ///   - shard: The shard this partial is (`--shard` or `--part`), nil for a whole run.
    ///   - configuration: The configuration's fingerprints.
    package func identified(runID: String, shard: Shard?, configuration: PartialConfiguration) -> CorpusStatistics {
        var result = self
        result.identity = PartialIdentity(runID: runID, shardCount: shard?.count ?? 1, shards: [shard?.index ?? 1],
                                          configuration: configuration)
        return result
    }

    static func encoded(_ value: CorpusStatistics) throws -> Data {
        try JSONOutput.data(value)
    }

    /// Reads one partial result from a line: its schema, its JSON, its checksum and its counts.
    ///
    /// - Parameters:
    ///   - bytes: The line (without its line break); blank lines are the caller's business.
    ///   - source: A name for messages (the file path or `<stdin>`).
    ///   - line: The 1-based line number.
    /// - Returns: The partial, canonical, with its identity and without its checksum.
    /// - Throws: ``PartialResultError``: not JSON or not a partial, another schema version, a
    ///   checksum that does not match, counts that are out of range or contradict each other.
    public static func readPartial(_ bytes: some Collection<UInt8>, source: String, line: Int) throws(PartialResultError) -> CorpusStatistics {
        let data = Data(bytes)
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        if let version = object?["schema_version"] as? Int, version != currentSchemaVersion {
            throw .schemaVersion(source: source, line: line, found: version)
        }
        var partial: CorpusStatistics
        do {
            partial = try JSONDecoder().decode(CorpusStatistics.self, from: data)
        } catch {
            throw .malformed(source: source, line: line, reason: Self.describe(error))
        }
        guard let recorded = partial.checksum else {
            throw .malformed(source: source, line: line, reason: "no \"checksum\" field")
        }
        partial = partial.canonical()
        partial.checksum = nil
        let body: Data
        do { body = try encoded(partial) } catch {
            throw .malformed(source: source, line: line, reason: Self.describe(error))
        }
        let actual = "sha256:" + SHA256.hex(body)
        guard actual == recorded else {
            throw .checksumMismatch(source: source, line: line, expected: String(recorded.prefix(80)), found: actual)
        }
        if let problem = partial.countProblem() {
            throw .invalidCounts(source: source, line: line, reason: problem)
        }
        return partial
    }

    /// Reads and merges every partial in `text`: one JSON object per non-empty line (several
    /// partials concatenated, as a reducer receives them), with every check of
    /// ``PartialMerger``.
    ///
    /// - Parameters:
    ///   - text: The partials, one JSON object per line; empty and blank lines are skipped.
    ///   - source: A name for messages (the file path or `<stdin>`).
    ///   - allowPartialSet: Merge a set that lacks shards instead of refusing it.
    /// - Returns: The merged statistics.
    /// - Throws: ``PartialResultError`` naming the source and line.
    public static func mergingPartials(_ text: String, source: String, allowPartialSet: Bool = false) throws(PartialResultError) -> CorpusStatistics {
        var merger = PartialMerger()
        var n = 0, found = false
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            n += 1
            if PartialMerger.isBlank(line) { continue }
            found = true
            try merger.add(try readPartial(line, source: source, line: n), source: source, line: n)
        }
        if !found { throw .empty(source: source) }
        return try merger.result(allowPartialSet: allowPartialSet).statistics
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
