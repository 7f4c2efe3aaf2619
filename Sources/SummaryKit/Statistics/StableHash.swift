/// Hashes that are the same in every process and on every machine (Swift's `Hasher` is
/// seeded per process), for shard selection and MinHash.
package enum StableHash {
    /// FNV-1a, 64 bits, over UTF-8 bytes.
    package static func fnv1a<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// SplitMix64's finaliser: a fast bijective mix of 64 bits.
    @inline(__always)
    package static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One of `count` disjoint parts of a corpus, chosen by a stable hash of each input's path or
/// id, so that `--shard 1/N` … `--shard N/N` together read every input exactly once.
///
/// ```swift
/// let shard = try Shard(parsing: "2/3")
/// shard.contains("Corpus/texts/zh-01-village.txt")   // true for about a third of all paths
/// ```
package struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based index of this shard.
    package let index: Int
    /// How many shards there are.
    package let count: Int

    /// Shard `index` of `count`; nil unless `1 <= index <= count`.
    ///
    /// - Parameters:
    ///   - index: 1-based index of the shard.
    ///   - count: How many shards there are.
    package init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`; nil when it is not two integers with `1 <= K <= N`.
    ///
    /// - Parameter text: The shard as written after `--shard`.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// Whether the input named `key` (a path as given, or a JSONL id) belongs to this shard:
    /// its FNV-1a hash modulo ``count`` is ``index`` - 1.
    ///
    /// - Parameter key: The input's path or id.
    package func contains(_ key: String) -> Bool {
        Int(StableHash.fnv1a(key.utf8) % UInt64(count)) == index - 1
    }

    /// The shard as `K/N`, the form ``init(parsing:)`` reads.
    package var description: String { "\(index)/\(count)" }
}
