import CICU

extension String {
    /// Whether `needle` occurs in the string, by a byte search over UTF-8 (`memmem`). UTF-8 is
    /// self-synchronising, so a byte match of a whole valid string is a match of its characters
    /// (up to canonical equivalence, which these callers do not need). Foundation's `contains`
    /// compares characters and costs ~50× more per call on the structure stage's hot paths.
    package func fastContains(_ needle: String) -> Bool {
        withUTF8(and: needle) { h, n in
            sk_contains_bytes(h.baseAddress, Int64(h.count), n.baseAddress, Int64(n.count)) != 0
        }
    }

    /// How many times `needle` occurs without overlap, counted left to right by a byte search
    /// over UTF-8 (what `components(separatedBy: needle).count - 1` gives, up to canonical
    /// equivalence, without building the pieces); 0 for an empty needle.
    package func fastCount(of needle: String) -> Int {
        withUTF8(and: needle) { h, n in
            guard let base = h.baseAddress, n.count > 0 else { return 0 }
            var count = 0
            var offset = 0
            while h.count - offset >= n.count {
                let hit = sk_find_bytes(base + offset, Int64(h.count - offset), n.baseAddress, Int64(n.count))
                guard hit >= 0 else { break }
                count += 1
                offset += Int(hit) + n.count
            }
            return count
        }
    }

    /// `body` over the UTF-8 bytes of the string and of `other` (in place for native strings).
    private func withUTF8<R>(and other: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        var haystack = self
        var needle = other
        return haystack.withUTF8 { h in needle.withUTF8 { n in body(h, n) } }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The string without leading and trailing spaces and tabs: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` removes (general category Zs and U+0009), without
    /// the round trip through NSString that made lexicon loading slow.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        func isBlank(_ s: Unicode.Scalar) -> Bool {
            s.value == 0x20 || s.value == 0x09 || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
        }
        var lower = scalars.startIndex
        var upper = scalars.endIndex
        while lower < upper, isBlank(scalars[lower]) { lower = scalars.index(after: lower) }
        while upper > lower {
            let previous = scalars.index(before: upper)
            guard isBlank(scalars[previous]) else { break }
            upper = previous
        }
        return String(self[lower..<upper])
    }
}

/// A few byte strings looked for in one pass over a text, where a `memmem` per needle cost a
/// library call and a scan each (the structure stage asked up to ten per short line).
/// A byte match of a valid UTF-8 needle in valid UTF-8 is a match of its characters.
package struct ByteNeedles: Sendable {
    /// The needles, back to back.
    private let storage: [UInt8]
    /// Where each needle lies in `storage`.
    private let ranges: [Range<Int>]
    /// The 256-bit set of bytes that start a needle.
    private let leads: [UInt64]

    /// Up to 64 non-empty needles (a fixed list in the code, never input).
    package init(_ needles: [[UInt8]]) {
        precondition(needles.count <= 64 && needles.allSatisfy { !$0.isEmpty }, "ByteNeedles: 1…64 non-empty needles")
        var storage: [UInt8] = []
        var ranges: [Range<Int>] = []
        var leads = [UInt64](repeating: 0, count: 4)
        for needle in needles {
            ranges.append(storage.count..<storage.count + needle.count)
            storage += needle
            leads[Int(needle[0]) >> 6] |= 1 << UInt64(needle[0] & 63)
        }
        self.storage = storage
        self.ranges = ranges
        self.leads = leads
    }

    /// The needles that occur in `bytes`: bit `k` stands for the `k`-th. With `firstOnly`, the
    /// scan stops at the first occurrence of any needle.
    package func found(in bytes: UnsafeBufferPointer<UInt8>, firstOnly: Bool = false) -> UInt64 {
        var result: UInt64 = 0
        let n = bytes.count
        storage.withUnsafeBufferPointer { storage in
            ranges.withUnsafeBufferPointer { ranges in
                leads.withUnsafeBufferPointer { leads in
                    for i in 0..<n {
                        let b = bytes[i]
                        guard leads[Int(b) >> 6] & (1 << UInt64(b & 63)) != 0 else { continue }
                        for k in 0..<ranges.count where result & (1 << UInt64(k)) == 0 {
                            let range = ranges[k]
                            guard storage[range.lowerBound] == b, range.count <= n - i else { continue }
                            var j = 1
                            while j < range.count, storage[range.lowerBound + j] == bytes[i + j] { j += 1 }
                            if j == range.count {
                                result |= 1 << UInt64(k)
                                if firstOnly { return }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// Whether any needle occurs in `bytes`.
    package func occurInAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        found(in: bytes, firstOnly: true) != 0
    }
}
