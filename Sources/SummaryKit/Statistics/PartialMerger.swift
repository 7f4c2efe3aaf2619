import Foundation

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
package struct PartialMerger: Sendable {
    /// The longest line read as a partial result by default: 256 MiB (a merged partial holds
    /// one signature of about 800 bytes per summary, so about 300 000 summaries).
    package static let maxLineBytes = 256 << 20

    /// The merged statistics so far.
    public private(set) var statistics = CorpusStatistics.empty
    /// The longest line ``read(fileAt:)`` and ``readStandardInput(name:)`` accept.
    package var lineLimit: Int
    private var first: (name: String, identity: PartialIdentity)?
    private var owners: [Int: String] = [:]
    private var sectionsFrom = ""

    /// A merger with nothing merged yet.
    ///
    /// - Parameter lineLimit: The longest line read as a partial result.
    package init(lineLimit: Int = PartialMerger.maxLineBytes) {
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
    package mutating func add(_ partial: CorpusStatistics, source: String, line: Int) throws(PartialResultError) {
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
    package mutating func read(fileAt path: String) throws(PartialResultError) {
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
    package mutating func readStandardInput(name: String = "<stdin>") throws(PartialResultError) {
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
    package func result(allowPartialSet: Bool) throws(PartialResultError) -> (statistics: CorpusStatistics, missing: [Int]) {
        guard let identity = statistics.identity else { return (statistics, []) }
        let missing = (1...max(1, identity.shardCount)).filter { owners[$0] == nil }
        if !missing.isEmpty, !allowPartialSet {
            throw .incompleteSet(runID: identity.runID, count: identity.shardCount, missing: missing)
        }
        return (statistics, missing)
    }
}
