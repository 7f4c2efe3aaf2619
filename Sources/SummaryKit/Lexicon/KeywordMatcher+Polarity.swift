// Polarity: whether a negation or criticism cue stands in the same clause as a match.
extension KeywordMatcher {
    /// The widest stretch of a clause examined on each side of a match, in UTF-16 units.
    static let clauseReach = 60

    @inline(__always)
    static func isClauseBreak(_ u: UInt16) -> Bool {
        switch u {
        case 0x0A, 0x0D, 0x21, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF0E:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isLatinLetter(_ u: UInt16) -> Bool { (u | 0x20) >= 0x61 && (u | 0x20) <= 0x7A }

    /// A cue occurrence. The cues near the matches are found in one linear scan, so that the
    /// polarity of any number of matches costs a binary search each rather than a scan of its clause.
    package struct CueHit {
        var start: Int
        var end: Int
        var flags: UInt8
    }

    package func cueHits(_ units: [UInt16]) -> [CueHit] {
        cueHits(units, in: [0..<units.count])
    }

    /// The cues that start inside `windows` (sorted, disjoint ranges of the text), in order.
    package func cueHits(_ units: [UInt16], in windows: [Range<Int>]) -> [CueHit] {
        var hits = [CueHit]()
        if cueTrie.isEmpty { return hits }
        let skipInsideWords = latinCuesAreWords
        units.withUnsafeBufferPointer { text in
            for window in windows {
                for i in window.clamped(to: 0..<text.count) {
                    // A word-bounded cue cannot start inside a word.
                    if skipInsideWords, i > 0, Self.isLatinLetter(text[i]), Self.isLatinLetter(text[i - 1]) { continue }
                    var node = cueTrie.child(0, text[i])
                    var k = i + 1
                    while node >= 0 {
                        let value = cueTrie.value(node)
                        if value >= 0 {
                            let flags = cueFlags[Int(value)]
                            if flags & 4 == 0 || isWordBounded(units, i, k) { hits.append(CueHit(start: i, end: k, flags: flags)) }
                        }
                        guard k < text.count else { break }
                        node = cueTrie.child(node, text[k])
                        k += 1
                    }
                }
            }
        }
        return hits
    }

    /// The stretches of text whose cues can decide the polarity of `hits` (sorted by start):
    /// the widest clause around each (``clauseReach`` units on either side), merged.
    package static func cueWindows(around hits: [RawHit], count: Int) -> [Range<Int>] {
        var windows = [Range<Int>]()
        for hit in hits {
            let lower = max(0, hit.start - clauseReach)
            let upper = min(count, hit.end + clauseReach)
            if let last = windows.last, lower <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, upper)
            } else {
                windows.append(lower..<upper)
            }
        }
        return windows
    }

    /// Whether a cue of the right position stands in the same clause as `start..<end`.
    package func isNegated(_ units: [UInt16], start: Int, end: Int, cues: [CueHit]) -> Bool {
        if cues.isEmpty { return false }
        var clauseStart = start
        while clauseStart > 0, start - clauseStart < Self.clauseReach, !Self.isClauseBreak(units[clauseStart - 1]) {
            clauseStart -= 1
        }
        var clauseEnd = end
        while clauseEnd < units.count, clauseEnd - end < Self.clauseReach, !Self.isClauseBreak(units[clauseEnd]) {
            clauseEnd += 1
        }
        // First cue starting at or after the clause start.
        var low = 0
        var high = cues.count
        while low < high {
            let mid = (low + high) / 2
            if cues[mid].start < clauseStart { low = mid + 1 } else { high = mid }
        }
        var i = low
        while i < cues.count, cues[i].start < clauseEnd {
            let cue = cues[i]
            if cue.flags & 1 != 0, cue.end <= start { return true }
            if cue.flags & 2 != 0, cue.start >= end, cue.end <= clauseEnd { return true }
            i += 1
        }
        return false
    }

    private func isWordBounded(_ units: [UInt16], _ start: Int, _ end: Int) -> Bool {
        (start == 0 || !Self.isLatinLetter(units[start - 1])) && (end >= units.count || !Self.isLatinLetter(units[end]))
    }
}
