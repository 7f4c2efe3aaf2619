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
    public func identified(runID: String, shard: Shard?, configuration: PartialConfiguration) -> CorpusStatistics {
        var result = self
        result.identity = PartialIdentity(runID: runID, shardCount: shard?.count ?? 1, shards: [shard?.index ?? 1],
                                          configuration: configuration)
        return result
    }

    static func encoded(_ value: CorpusStatistics) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
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

/// Merges partial results read one by one, refusing whatever would make the merged numbers
/// wrong: partials of different runs, set sizes or configurations, the same shard twice,
/// overlapping shards, and counts that overflow. ``result(allowPartialSet:)`` refuses a set
/// that lacks shards unless told otherwise, and says which.
///
/// ```swift
/// var merger = PartialMerger()
/// try merger.read(fileAt: "part-1.json")
/// try merger.read(fileAt: "part-2.json")
/// let (statistics, missing) = try merger.result(allowPartialSet: false)
/// ```
public struct PartialMerger: Sendable {
    /// The longest line read as a partial result by default: 256 MiB (a merged partial holds
    /// one signature of about 800 bytes per summary, so about 300 000 summaries).
    public static let maxLineBytes = 256 << 20

    /// The merged statistics so far.
    public private(set) var statistics = CorpusStatistics.empty
    /// The longest line ``read(fileAt:)`` and ``readStandardInput(name:)`` accept.
    public var lineLimit: Int
    private var first: (name: String, identity: PartialIdentity)?
    private var owners: [Int: String] = [:]
    private var sectionsFrom = ""

    /// A merger with nothing merged yet.
    ///
    /// - Parameter lineLimit: The longest line read as a partial result.
    public init(lineLimit: Int = PartialMerger.maxLineBytes) {
        self.lineLimit = lineLimit
    }

    /// Whether a line holds only white space.
    static func isBlank(_ line: some Collection<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }

    /// Adds one partial already read (``CorpusStatistics/readPartial(_:source:line:)``).
    ///
    /// - Parameters:
    ///   - partial: The partial, with its identity.
    ///   - source: The file path or `<stdin>`, for messages.
    ///   - line: Its 1-based line.
    /// - Throws: ``PartialResultError``: another run, set size or configuration; shards given
    ///   before; another checklist; a count that overflows.
    public mutating func add(_ partial: CorpusStatistics, source: String, line: Int) throws(PartialResultError) {
        let name = "\(source):\(line)"
        guard let identity = partial.identity else {
            throw .malformed(source: source, line: line, reason: "no \"identity\" field")
        }
        if let first {
            if identity.runID != first.identity.runID {
                throw .differentRun(source: source, line: line, runID: identity.runID, expected: first.identity.runID, first: first.name)
            }
            if identity.shardCount != first.identity.shardCount {
                throw .differentShardCount(source: source, line: line, count: identity.shardCount,
                                           expected: first.identity.shardCount, first: first.name)
            }
            if let difference = identity.configuration.difference(from: first.identity.configuration) {
                throw .differentConfiguration(source: source, line: line, component: difference.component, found: difference.mine,
                                              expected: difference.theirs, first: first.name)
            }
        } else {
            first = (name, identity)
        }
        let taken = identity.shards.filter { owners[$0] != nil }
        if let shard = taken.first, let other = owners[shard] {
            let sameAsOther = identity.shards.allSatisfy { owners[$0] == other }
                && owners.filter({ $0.value == other }).count == identity.shards.count
            if sameAsOther {
                throw .duplicateShard(source: source, line: line, shards: identity.shards, count: identity.shardCount, other: other)
            }
            throw .overlappingShards(source: source, line: line, shards: taken, count: identity.shardCount, other: other)
        }
        let current = statistics
        if current.identity != nil, current.sectionOrder != partial.sectionOrder {
            throw .incompatible(source: source, line: line, sections: partial.sectionOrder, expected: current.sectionOrder)
        }
        if let mine = current.signatures.first?.signature.count, let theirs = partial.signatures.first?.signature.count, mine != theirs {
            throw .invalidCounts(source: source, line: line, reason: "its signatures have \(theirs) slots, those before it \(mine)")
        }
        do {
            statistics = try current.checkedMerging(partial)
        } catch {
            throw .overflow(source: source, line: line, field: error.field)
        }
        for shard in identity.shards { owners[shard] = name }
        var merged = identity
        merged.shards = owners.keys.sorted()
        statistics.identity = merged
    }

    /// Reads and adds every partial of the file at `path`, one per line, blank lines skipped.
    ///
    /// - Throws: ``PartialResultError``: unreadable, a line over ``lineLimit``, no partial at
    ///   all, or any error of ``CorpusStatistics/readPartial(_:source:line:)`` and
    ///   ``add(_:source:line:)``.
    public mutating func read(fileAt path: String) throws(PartialResultError) {
        let reader: LineReader
        do {
            reader = try LineReader(fileAt: path, limit: lineLimit, mode: .stop)
        } catch {
            throw .unreadable(source: path, reason: Self.reason(error))
        }
        try read(reader)
    }

    /// Reads and adds every partial on standard input, one per line.
    ///
    /// - Parameter name: The name for messages.
    public mutating func readStandardInput(name: String = "<stdin>") throws(PartialResultError) {
        try read(LineReader(fd: 0, name: name, limit: lineLimit, mode: .stop))
    }

    private mutating func read(_ reader: LineReader) throws(PartialResultError) {
        var found = false
        while true {
            let next: LineReader.Line?
            do { next = try reader.next() } catch { throw .unreadable(source: reader.name, reason: Self.reason(error)) }
            guard let next else { break }
            switch next {
            case let .tooLong(number, _):
                throw .tooLong(source: reader.name, line: number, limit: reader.limit)
            case let .text(number, bytes):
                if Self.isBlank(bytes) { continue }
                found = true
                try add(try CorpusStatistics.readPartial(bytes, source: reader.name, line: number), source: reader.name, line: number)
            }
        }
        if !found { throw .empty(source: reader.name) }
    }

    static func reason(_ error: TextDecodingError) -> String {
        if case let .unreadable(_, reason) = error { return reason }
        return "\(error)"
    }

    /// The merged statistics and the shards the set lacks (empty when complete).
    ///
    /// - Parameter allowPartialSet: Return the statistics of an incomplete set instead of
    ///   refusing it.
    /// - Throws: ``PartialResultError/incompleteSet(runID:count:missing:)`` when shards are
    ///   missing and `allowPartialSet` is false.
    public func result(allowPartialSet: Bool) throws(PartialResultError) -> (statistics: CorpusStatistics, missing: [Int]) {
        guard let identity = statistics.identity else { return (statistics, []) }
        let missing = (1...max(1, identity.shardCount)).filter { owners[$0] == nil }
        if !missing.isEmpty, !allowPartialSet {
            throw .incompleteSet(runID: identity.runID, count: identity.shardCount, missing: missing)
        }
        return (statistics, missing)
    }
}

/// A count passed ``CorpusStatistics/maxCount`` in a merge: `field` names it.
struct CountOverflow: Error {
    var field: String
}

extension CorpusStatistics {
    /// `a + b`, or ``CountOverflow`` naming `field` when the sum passes ``maxCount``.
    static func sum(_ a: Int, _ b: Int, _ field: @autoclosure () -> String) throws(CountOverflow) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        guard !overflow, result <= maxCount, result >= -maxCount else { throw CountOverflow(field: field()) }
        return result
    }

    static func sum(_ a: [String: Int], _ b: [String: Int], _ field: String) throws(CountOverflow) -> [String: Int] {
        var result = a
        for (key, value) in b { result[key] = try sum(result[key] ?? 0, value, "\(field).\(key)") }
        return result
    }

    /// ``merging(_:)`` with every addition checked: the merge of partials read from outside.
    func checkedMerging(_ other: CorpusStatistics) throws(CountOverflow) -> CorpusStatistics {
        var result = self
        if result.sectionOrder.isEmpty { result.sectionOrder = other.sectionOrder }
        result.inputs = try Self.sum(inputs, other.inputs, "inputs")
        result.summaries = try Self.sum(summaries, other.summaries, "summaries")
        result.bytes = try Self.sum(bytes, other.bytes, "bytes")
        result.failureCounts = try Self.sum(failureCounts, other.failureCounts, "failure_counts")
        result.failures = (failures + other.failures).sorted()
        result.languages = try Self.sum(languages, other.languages, "languages")
        result.organizations = try Self.sum(organizations, other.organizations, "organizations")
        result.years = try Self.sum(years, other.years, "years")
        result.formats = try Self.sum(formats, other.formats, "formats")
        result.encodings = try Self.sum(encodings, other.encodings, "encodings")
        result.characters = try characters.checkedMerging(other.characters, "characters")
        result.tokens = try tokens.checkedMerging(other.tokens, "tokens")
        result.paragraphs = try paragraphs.checkedMerging(other.paragraphs, "paragraphs")
        result.coverage = try coverage.checkedMerging(other.coverage, "coverage")
        result.placeholders = try placeholders.checkedMerging(other.placeholders, "placeholders")
        result.boilerplate = try boilerplate.checkedMerging(other.boilerplate, "boilerplate")
        for (key, value) in other.categories {
            let mine = result.categories[key] ?? CategoryCounts()
            result.categories[key] = CategoryCounts(
                summaries: try Self.sum(mine.summaries, value.summaries, "categories.\(key).summaries"),
                paragraphs: try Self.sum(mine.paragraphs, value.paragraphs, "categories.\(key).paragraphs"),
                scoreThousandths: try Self.sum(mine.scoreThousandths, value.scoreThousandths, "categories.\(key).score_thousandths"))
        }
        for (key, value) in other.sections {
            let mine = result.sections[key] ?? StatusCounts()
            result.sections[key] = StatusCounts(covered: try Self.sum(mine.covered, value.covered, "sections.\(key).covered"),
                                                thin: try Self.sum(mine.thin, value.thin, "sections.\(key).thin"),
                                                missing: try Self.sum(mine.missing, value.missing, "sections.\(key).missing"))
        }
        result.terms = try Self.sum(terms, other.terms, "terms")
        for (key, value) in other.categoryTerms {
            result.categoryTerms[key] = try Self.sum(result.categoryTerms[key] ?? [:], value, "category_terms.\(key)")
        }
        result.paragraphTerms = try Self.sum(paragraphTerms, other.paragraphTerms, "paragraph_terms")
        result.categoryTermTotals = try Self.sum(categoryTermTotals, other.categoryTermTotals, "category_term_totals")
        result.conceptMatches = try Self.sum(conceptMatches, other.conceptMatches, "concept_matches")
        result.conceptSummaries = try Self.sum(conceptSummaries, other.conceptSummaries, "concept_summaries")
        result.signatures = (signatures + other.signatures).sorted()
        return result
    }

    /// The first way in which the counts are out of range or contradict each other, as a
    /// phrase naming the field and its value; nil when they are consistent.
    func countProblem() -> String? {
        func check(_ value: Int, _ field: String) -> String? {
            if value < 0 { return "\"\(field)\" is \(value), a negative count" }
            if value > Self.maxCount { return "\"\(field)\" is \(value), more than the largest count (2^53)" }
            return nil
        }
        func total(_ values: some Sequence<Int>) -> Int? {
            var sum = 0
            for value in values {
                let (next, overflow) = sum.addingReportingOverflow(value)
                if overflow { return nil }
                sum = next
            }
            return sum
        }
        func map(_ dictionary: [String: Int], _ field: String, summing expected: Int?) -> String? {
            for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
                if let problem = check(value, "\(field).\(key)") { return problem }
            }
            if let expected, let sum = total(dictionary.values), sum != expected {
                return "\"\(field)\" adds up to \(sum), not to \(expected)"
            }
            return nil
        }
        // Identity.
        guard let identity else { return "there is no \"identity\" (run id, shard, configuration)" }
        guard PartialIdentity.isValidRunID(identity.runID) else {
            return "the run id '\(identity.runID.prefix(200))' is not 1 to \(PartialIdentity.maxRunIDBytes) ASCII letters, digits, '.', '_', '-' or ':'"
        }
        guard (1...PartialIdentity.maxShardCount).contains(identity.shardCount) else {
            return "\"shard_count\" is \(identity.shardCount), not from 1 to \(PartialIdentity.maxShardCount)"
        }
        guard !identity.shards.isEmpty, identity.shards.allSatisfy({ (1...identity.shardCount).contains($0) }),
              zip(identity.shards, identity.shards.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return "\"shards\" must list shards from 1 to \(identity.shardCount) in ascending order, once each"
        }
        let configuration = identity.configuration
        for value in [configuration.version, configuration.checklist, configuration.lexicon, configuration.model, configuration.reading]
            where value.isEmpty || value.utf8.count > 64 {
            return "a \"configuration\" fingerprint is empty or longer than 64 bytes"
        }
        // Totals.
        for (field, value) in [("inputs", inputs), ("summaries", summaries), ("bytes", bytes), ("paragraph_terms", paragraphTerms)] {
            if let problem = check(value, field) { return problem }
        }
        if inputs == 0, summaries > 0 || bytes > 0 { return "\"summaries\" is \(summaries) and \"bytes\" \(bytes) with no inputs" }
        if sectionOrder.isEmpty { return "\"section_order\" is empty (every checklist has a section)" }
        if Set(sectionOrder).count != sectionOrder.count { return "\"section_order\" names a section twice" }
        // Failures.
        for key in failureCounts.keys.sorted() where FailureReason(rawValue: key) == nil {
            return "\"failure_counts\" has the unknown reason '\(key.prefix(80))'"
        }
        if let problem = map(failureCounts, "failure_counts", summing: failures.count) { return problem }
        for reason in FailureReason.allCases {
            let listed = failures.filter { $0.reason == reason }.count
            if (failureCounts[reason.rawValue] ?? 0) != listed {
                return "\"failure_counts.\(reason.rawValue)\" is \(failureCounts[reason.rawValue] ?? 0), but \(listed) such failures are listed"
            }
        }
        // Mix: every summary has one language, organization, year, format and encoding.
        for (field, dictionary) in [("languages", languages), ("organizations", organizations), ("years", years),
                                    ("formats", formats), ("encodings", encodings)] {
            if let problem = map(dictionary, field, summing: summaries) { return problem }
        }
        // Histograms: one observation per summary, in the fixed bins.
        let standard = CorpusStatistics.empty
        for (field, distribution, bins) in [("characters", characters, standard.characters), ("tokens", tokens, standard.tokens),
                                            ("paragraphs", paragraphs, standard.paragraphs), ("coverage", coverage, standard.coverage),
                                            ("placeholders", placeholders, standard.placeholders),
                                            ("boilerplate", boilerplate, standard.boilerplate)] {
            if let problem = distribution.problem(field, bins: bins.upperBounds, count: summaries) { return problem }
        }
        // Categories and sections.
        for (key, counts) in categories.sorted(by: { $0.key < $1.key }) {
            guard Category(rawValue: key) != nil else { return "\"categories\" has the unknown category '\(key.prefix(80))'" }
            for (field, value) in [("summaries", counts.summaries), ("paragraphs", counts.paragraphs), ("score_thousandths", counts.scoreThousandths)] {
                if let problem = check(value, "categories.\(key).\(field)") { return problem }
            }
            if counts.summaries > summaries { return "\"categories.\(key).summaries\" is \(counts.summaries), more than the \(summaries) summaries" }
            if counts.scoreThousandths > 1000 * summaries {
                return "\"categories.\(key).score_thousandths\" is \(counts.scoreThousandths), more than 1000 for each of the \(summaries) summaries"
            }
        }
        for (key, counts) in sections.sorted(by: { $0.key < $1.key }) {
            guard sectionOrder.contains(key) else { return "\"sections\" has '\(key.prefix(80))', which is not in \"section_order\"" }
            for (field, value) in [("covered", counts.covered), ("thin", counts.thin), ("missing", counts.missing)] {
                if let problem = check(value, "sections.\(key).\(field)") { return problem }
            }
            if let sum = total([counts.covered, counts.thin, counts.missing]), sum != summaries {
                return "\"sections.\(key)\" counts \(sum) summaries covered, thin or missing, not \(summaries)"
            }
        }
        if summaries > 0, sections.count != sectionOrder.count {
            return "\"sections\" has \(sections.count) sections, \"section_order\" \(sectionOrder.count)"
        }
        // Terms: the per-category totals are the sums of their counts.
        if let problem = map(terms, "terms", summing: paragraphTerms) { return problem }
        for key in categoryTerms.keys.sorted() where Category(rawValue: key) == nil {
            return "\"category_terms\" has the unknown category '\(key.prefix(80))'"
        }
        if Set(categoryTermTotals.keys) != Set(categoryTerms.keys) {
            return "\"category_term_totals\" and \"category_terms\" name different categories"
        }
        for (key, counts) in categoryTerms.sorted(by: { $0.key < $1.key }) {
            let expected = categoryTermTotals[key] ?? 0
            if let problem = map(counts, "category_terms.\(key)", summing: expected) { return problem }
            if expected > paragraphTerms { return "\"category_term_totals.\(key)\" is \(expected), more than \"paragraph_terms\" (\(paragraphTerms))" }
        }
        // Concepts: a summary with a concept has at least one match of it.
        if let problem = map(conceptMatches, "concept_matches", summing: nil) { return problem }
        if let problem = map(conceptSummaries, "concept_summaries", summing: nil) { return problem }
        for (key, value) in conceptSummaries.sorted(by: { $0.key < $1.key }) where value > summaries || value > (conceptMatches[key] ?? 0) {
            return "\"concept_summaries.\(key.prefix(80))\" is \(value), more than its summaries or matches"
        }
        // Signatures: at most one per summary, all of one width.
        if signatures.count > summaries { return "\(signatures.count) signatures for \(summaries) summaries" }
        if let width = signatures.first?.signature.count {
            guard (1...4096).contains(width), signatures.allSatisfy({ $0.signature.count == width }) else {
                return "the signatures are not all of one width from 1 to 4096"
            }
        }
        if let entry = signatures.first(where: { $0.summary < 1 }) { return "a signature of '\(entry.id.prefix(80))' has summary \(entry.summary)" }
        for failure in failures.prefix(1) where failure.id.isEmpty { return "a failure has an empty id" }
        return nil
    }
}
