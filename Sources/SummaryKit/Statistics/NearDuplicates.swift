/// The MinHash signature of one summary, kept by ``CorpusStatistics`` for near-duplicate
/// clustering at report time (the only per-document state a corpus keeps, of a fixed size).
public struct SignatureEntry: Sendable, Hashable, Codable, Comparable {
    /// The file path or JSONL id.
    public var id: String
    /// 1-based index of the summary in its file.
    public var summary: Int
    /// The MinHash signature.
    public var signature: [UInt32]

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - id: The file path or JSONL id.
    ///   - summary: 1-based index of the summary in its file.
    ///   - signature: The summary's MinHash signature.
    public init(id: String, summary: Int, signature: [UInt32]) {
        self.id = id
        self.summary = summary
        self.signature = signature
    }

    /// Orders entries by id, then summary, then signature (lexicographically), the canonical
    /// order of ``CorpusStatistics/signatures``.
    public static func < (a: SignatureEntry, b: SignatureEntry) -> Bool {
        if a.id != b.id { return a.id < b.id }
        if a.summary != b.summary { return a.summary < b.summary }
        return a.signature.lexicographicallyPrecedes(b.signature)
    }
}

/// A group of summaries whose texts are near-duplicates of one another.
public struct NearDuplicateCluster: Sendable, Hashable, Codable {
    /// A stable id within one report: `dup-1`, `dup-2` … in the order of the clusters' first
    /// members (by id, then summary).
    public var id: String
    /// The members, ordered by id, then summary.
    public var members: [Member]
    /// The lowest estimated similarity of a member to the cluster's first member, 0…1.
    public var minimumSimilarity: Double

    /// One summary of a cluster.
    public struct Member: Sendable, Hashable, Codable {
        /// The file path or JSONL id.
        public var id: String
        /// 1-based index of the summary in its file.
        public var summary: Int
    }

    enum CodingKeys: String, CodingKey { case id, members, minimumSimilarity = "minimum_similarity" }
}

/// Finds near-duplicate clusters among MinHash signatures: locality-sensitive hashing over
/// bands of the signature proposes candidate pairs, a pair is linked when its estimated
/// similarity reaches ``threshold``, and linked summaries form clusters (union-find).
///
/// The result depends only on the set of signatures, never on their order, so shards, jobs
/// and merges agree.
public struct NearDuplicateFinder: Sendable, Hashable {
    /// Bands of the signature; each band of `permutations / bands` slots is hashed whole.
    public var bands: Int
    /// The least estimated Jaccard similarity for two summaries to be linked.
    public var threshold: Double

    /// 16 bands (of 4 slots for 64-slot signatures), linked at 0.5 similarity.
    ///
    /// - Parameters:
    ///   - bands: Bands of the signature, at least 1 (a smaller value is raised to 1).
    ///   - threshold: The least estimated Jaccard similarity, 0…1, for a link.
    public init(bands: Int = 16, threshold: Double = 0.5) {
        self.bands = max(1, bands)
        self.threshold = threshold
    }

    /// The clusters of two or more summaries among `entries`.
    ///
    /// - Parameter entries: The signatures to compare, in any order.
    /// - Returns: The clusters ordered by their first members, numbered `dup-1`, `dup-2` …;
    ///   empty when there are fewer than two entries or the first entry's signature (in entry
    ///   order) has fewer slots than ``bands``.
    public func clusters(_ entries: [SignatureEntry]) -> [NearDuplicateCluster] {
        let sorted = entries.sorted()
        guard sorted.count > 1, let width = sorted.first.map({ $0.signature.count / bands }), width > 0 else { return [] }
        var parent = Array(sorted.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for band in 0..<bands {
            var buckets = [UInt64: [Int]]()
            for (i, entry) in sorted.enumerated() where entry.signature.count >= (band + 1) * width {
                var hash = StableHash.mix(UInt64(band))
                for slot in (band * width)..<((band + 1) * width) { hash = StableHash.mix(hash ^ UInt64(entry.signature[slot])) }
                buckets[hash, default: []].append(i)
            }
            for bucket in buckets.values where bucket.count > 1 {
                // A pair already in one cluster needs no comparison: the clusters are the
                // connected components of the links, so skipping it changes nothing, and no
                // set of checked pairs (quadratic in a template's copies) is kept.
                for (n, i) in bucket.enumerated() {
                    for j in bucket[(n + 1)...] {
                        let a = find(i), b = find(j)
                        guard a != b else { continue }
                        if MinHasher.similarity(sorted[i].signature, sorted[j].signature) >= threshold {
                            parent[max(a, b)] = min(a, b)
                        }
                    }
                }
            }
        }
        var groups = [Int: [Int]]()
        for i in sorted.indices { groups[find(i), default: []].append(i) }
        let ordered = groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return ordered.enumerated().map { number, members in
            let first = sorted[members[0]].signature
            let lowest = members.dropFirst().map { MinHasher.similarity(first, sorted[$0].signature) }.min() ?? 1
            return NearDuplicateCluster(id: "dup-\(number + 1)",
                                        members: members.map { .init(id: sorted[$0].id, summary: sorted[$0].summary) },
                                        minimumSimilarity: (lowest * 1000).rounded() / 1000)
        }
    }
}
