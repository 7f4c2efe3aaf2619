import CICU

extension String {
    /// Whether `needle` occurs in the string, by a byte search over UTF-8 (`memmem`). UTF-8 is
    /// self-synchronising, so a byte match of a whole valid string is a match of its characters
    /// (up to canonical equivalence, which these callers do not need). Foundation's `contains`
    /// compares characters and costs ~50× more per call on the structure stage's hot paths.
    func fastContains(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { h in
            pattern.withUTF8 { n in
                sk_contains_bytes(h.baseAddress, Int64(h.count), n.baseAddress, Int64(n.count)) != 0
            }
        }
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
