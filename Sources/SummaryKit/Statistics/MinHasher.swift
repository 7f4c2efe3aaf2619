/// MinHash signatures of texts over character shingles: two texts' signatures agree in about
/// the share of slots that equals the Jaccard similarity of their shingle sets.
///
/// Shingles are runs of ``shingleLength`` letters, digits and ideographs, white space and
/// punctuation skipped, of text already normalised (NFKC, case folded, Simplified). Every
/// slot uses its own fixed-seed hash, so signatures are the same in every process and can be
/// compared across shards and machines.
///
/// ```swift
/// let hasher = MinHasher()
/// let a = hasher.signature(of: "支部全年组织集中学习十二次，党员参学率达到百分之九十八。")
/// let b = hasher.signature(of: "支部全年组织集中学习十次，党员参学率达到百分之九十八。")
/// MinHasher.similarity(a!, b!)   // about 0.7
/// ```
///
/// - Complexity: O(*n* · ``permutations``) for a text of *n* characters.
public struct MinHasher: Sendable, Hashable {
    /// Characters per shingle.
    public let shingleLength: Int
    /// Slots per signature.
    public let permutations: Int
    /// Texts with fewer distinct shingles get no signature (too short to compare).
    public let minimumShingles: Int
    private let seeds: [UInt64]

    /// A hasher with 5-character shingles and 64 slots by default.
    ///
    /// - Parameters:
    ///   - shingleLength: Characters per shingle (at least 1).
    ///   - permutations: Slots per signature (at least 1).
    ///   - minimumShingles: The fewest distinct shingles a text needs to be signed.
    public init(shingleLength: Int = 5, permutations: Int = 64, minimumShingles: Int = 20) {
        self.shingleLength = max(1, shingleLength)
        self.permutations = max(1, permutations)
        self.minimumShingles = minimumShingles
        seeds = (0..<max(1, permutations)).map { StableHash.mix(0x5EED_0000 &+ UInt64($0)) }
    }

    /// The signature of `text`: ``permutations`` slots.
    ///
    /// - Parameter text: Text already normalised (NFKC, case folded, Simplified).
    /// - Returns: The signature, or nil when the text holds fewer than ``minimumShingles``
    ///   distinct shingles.
    public func signature(of text: String) -> [UInt32]? {
        signature(ofScalars: text.unicodeScalars.filter(Self.isShingleScalar).map(\.value))
    }

    /// The signature of a sequence of already-filtered scalar values.
    package func signature(ofScalars scalars: [UInt32]) -> [UInt32]? {
        guard scalars.count >= shingleLength else { return nil }
        var hashes = [UInt64]()
        hashes.reserveCapacity(scalars.count - shingleLength + 1)
        scalars.withUnsafeBufferPointer { values in
            for start in 0...(values.count - shingleLength) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in start..<(start + shingleLength) {
                    hash ^= UInt64(values[k])
                    hash &*= 0x0000_0100_0000_01B3
                }
                hashes.append(hash)
            }
        }
        // A slot keeps a minimum, which repeated shingles do not change: the hashes need no
        // sorting or de-duplication, only the check that enough of them are distinct.
        guard Self.hasDistinct(minimumShingles, in: hashes) else { return nil }
        if permutations % 8 == 0 { return Self.slotMinima(hashes, seeds: seeds) }
        var signature = [UInt32](repeating: .max, count: permutations)
        signature.withUnsafeMutableBufferPointer { slots in
            seeds.withUnsafeBufferPointer { seeds in
                for hash in hashes {
                    for slot in 0..<slots.count {
                        let value = UInt32(truncatingIfNeeded: StableHash.mix(hash ^ seeds[slot]) >> 32)
                        if value < slots[slot] { slots[slot] = value }
                    }
                }
            }
        }
        return signature
    }

    /// Each slot's minimum of `mix(hash ^ seed) >> 32` over `hashes`, eight slots at a time in
    /// SIMD lanes: the same numbers as the one-slot loop (``StableHash/mix(_:)`` lane by lane).
    static func slotMinima(_ hashes: [UInt64], seeds: [UInt64]) -> [UInt32] {
        let blocks = seeds.count / 8
        var seedVectors = [SIMD8<UInt64>](repeating: SIMD8(), count: blocks)
        for b in 0..<blocks {
            for k in 0..<8 { seedVectors[b][k] = seeds[b * 8 + k] }
        }
        var minima = [SIMD8<UInt32>](repeating: SIMD8(repeating: .max), count: blocks)
        let c0 = SIMD8<UInt64>(repeating: 0x9E37_79B9_7F4A_7C15)
        let c1 = SIMD8<UInt64>(repeating: 0xBF58_476D_1CE4_E5B9)
        let c2 = SIMD8<UInt64>(repeating: 0x94D0_49BB_1331_11EB)
        minima.withUnsafeMutableBufferPointer { minima in
            seedVectors.withUnsafeBufferPointer { seeds in
                for hash in hashes {
                    let h = SIMD8<UInt64>(repeating: hash)
                    for b in 0..<blocks {
                        var z = (h ^ seeds[b]) &+ c0
                        z = (z ^ (z &>> 30)) &* c1
                        z = (z ^ (z &>> 27)) &* c2
                        z ^= z &>> 31
                        minima[b] = pointwiseMin(minima[b], SIMD8<UInt32>(truncatingIfNeeded: z &>> 32))
                    }
                }
            }
        }
        var signature = [UInt32]()
        signature.reserveCapacity(seeds.count)
        for block in minima {
            for k in 0..<8 { signature.append(block[k]) }
        }
        return signature
    }

    /// Whether `hashes` holds at least `count` distinct values; stops as soon as it has seen them.
    static func hasDistinct(_ count: Int, in hashes: [UInt64]) -> Bool {
        guard count > 0 else { return true }
        guard hashes.count >= count else { return false }
        var seen = Set<UInt64>(minimumCapacity: count)
        for hash in hashes {
            seen.insert(hash)
            if seen.count >= count { return true }
        }
        return false
    }

    /// The share of slots in which two signatures agree: an estimate of the Jaccard similarity
    /// of the two shingle sets.
    ///
    /// - Parameters:
    ///   - a: A signature.
    ///   - b: A signature of the same hasher.
    /// - Returns: 0…1, over the slots both signatures have; 0 when either is empty.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let n = min(a.count, b.count)
        guard n > 0 else { return 0 }
        var same = 0
        for i in 0..<n where a[i] == b[i] { same += 1 }
        return Double(same) / Double(n)
    }

    /// Whether a scalar takes part in shingles: letters, digits and ideographs.
    static func isShingleScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        if (0x4E00...0x9FA5).contains(scalar.value) { return true }  // CJK Unified Ideographs of Unicode 1.1
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}
