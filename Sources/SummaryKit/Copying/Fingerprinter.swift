/// One selected k-gram of a normalised text: its hash and where it starts.
public struct Fingerprint: Sendable, Hashable {
    /// The k-gram's hash: the same for the same characters in every process and on every machine.
    public var hash: UInt64
    /// The index of the k-gram's first character in the ``CopyText``.
    public var position: Int

    /// Creates a fingerprint.
    public init(hash: UInt64, position: Int) {
        self.hash = hash
        self.position = position
    }
}

/// Selects the fingerprints of a normalised text by winnowing (Schleimer, Wilkerson and Aiken,
/// *Winnowing: local algorithms for document fingerprinting*, SIGMOD 2003, the method of MOSS).
///
/// A k-gram here is weighted rather than counted: it starts at every character and runs until
/// its characters weigh ``gramWeight`` (an ideograph weighs 3, a Latin letter 1, a number 2),
/// so one setting suits Chinese (13 ideographs) and English (39 letters, about seven words).
/// Of every ``window`` consecutive k-gram hashes the smallest is selected (the rightmost on a
/// tie), each selection once. Any passage shared by two texts that holds at least
/// ``guaranteeThreshold`` k-grams, t = k + w − 1 characters (about 24 ideographs by
/// default), is sure to share a fingerprint, whatever surrounds it.
///
/// ```swift
/// let text = try CopyNormalizer().normalize(SourceText(summary))
/// let fingerprints = Fingerprinter().fingerprints(of: text)  // about 2/(w+1) per character
/// ```
///
/// - Complexity: O(*n* · ``window``); hashing is a polynomial over prefix sums, mixed by
///   SplitMix64, with no per-process seed.
public struct Fingerprinter: Sendable, Hashable {
    /// The weight of one k-gram (see ``CopyText`` weights): 39 by default.
    public var gramWeight: Int
    /// The winnowing window w, in k-grams: 12 by default.
    public var window: Int

    /// Creates a fingerprinter.
    ///
    /// - Parameters:
    ///   - gramWeight: The weight of a k-gram (at least 1).
    ///   - window: The winnowing window (at least 1).
    public init(gramWeight: Int = 39, window: Int = 12) {
        self.gramWeight = max(1, gramWeight)
        self.window = max(1, window)
    }

    /// The number of consecutive k-grams a shared passage needs to be sure to share a
    /// fingerprint: w, so that the passage spans t = k + w − 1 characters.
    public var guaranteeThreshold: Int { window }

    /// The selected fingerprints of `text`, in order of position.
    public func fingerprints(of text: CopyText) -> [Fingerprint] {
        let grams = gramHashes(text)
        guard !grams.isEmpty else { return [] }
        var selected: [Fingerprint] = []
        selected.reserveCapacity(grams.count * 2 / (window + 1) + 4)
        let w = min(window, grams.count)
        var last = -1
        grams.withUnsafeBufferPointer { grams in
            for start in 0...(grams.count - w) {
                var best = start
                for j in (start + 1)..<(start + w) where grams[j] <= grams[best] { best = j }
                if best != last {
                    selected.append(Fingerprint(hash: grams[best], position: best))
                    last = best
                }
            }
        }
        return selected
    }

    /// The hash of the k-gram starting at every character that has a full k-gram after it.
    func gramHashes(_ text: CopyText) -> [UInt64] {
        let chars = text.characters
        let n = chars.count
        guard n > 0 else { return [] }
        let base: UInt64 = 0x100_0000_01B3
        // prefix[i] is the polynomial hash of characters 0..<i; power[i] is base^i.
        var prefix = [UInt64](repeating: 0, count: n + 1)
        var power = [UInt64](repeating: 1, count: n + 1)
        for i in 0..<n {
            prefix[i + 1] = prefix[i] &* base &+ UInt64(chars[i].value) &+ 1
            power[i + 1] = power[i] &* base
        }
        var hashes: [UInt64] = []
        hashes.reserveCapacity(n)
        var end = 0
        var weight = 0
        for start in 0..<n {
            while end < n, weight < gramWeight {
                weight += CopyText.weight(chars[end])
                end += 1
            }
            guard weight >= gramWeight else { break }
            let raw = prefix[end] &- prefix[start] &* power[end - start]
            hashes.append(StableHash.mix(raw ^ UInt64(end - start)))
            weight -= CopyText.weight(chars[start])
        }
        return hashes
    }

    /// The end (exclusive) of the k-gram that starts at `start`, or nil past the last one.
    func gramEnd(_ text: CopyText, from start: Int) -> Int? {
        var weight = 0
        var end = start
        while end < text.count, weight < gramWeight {
            weight += CopyText.weight(text.characters[end])
            end += 1
        }
        return weight >= gramWeight ? end : nil
    }
}
