/// A match found in the normalised view, before offsets are mapped back.
package struct RawHit {
    package var start: Int
    package var end: Int
    package var form: Int
}

extension KeywordMatcher {
    // MARK: - Chinese: characters

    /// Leftmost-longest matches of the Chinese forms over normalised UTF-16 units.
    package func scanChinese(_ units: [UInt16]) -> [RawHit] {
        var hits = [RawHit]()
        if chineseTrie.isEmpty { return hits }
        let n = units.count
        var i = 0
        units.withUnsafeBufferPointer { text in
            while i < n {
                var node = chineseTrie.child(0, text[i])
                if node < 0 {
                    i += 1
                    continue
                }
                var position = i + 1
                var best = -1
                var bestEnd = i
                while true {
                    let value = chineseTrie.value(node)
                    if value >= 0, !isSuppressedChinese(text, form: Int(value), start: i) {
                        best = Int(value)
                        bestEnd = position
                    }
                    if position >= n { break }
                    node = chineseTrie.child(node, text[position])
                    if node < 0 { break }
                    position += 1
                }
                if best >= 0 {
                    hits.append(RawHit(start: i, end: bestEnd, form: best))
                    i = bestEnd
                } else {
                    i += 1
                }
            }
        }
        return hits
    }

    @inline(__always)
    private func isSuppressedChinese(_ text: UnsafeBufferPointer<UInt16>, form: Int, start: Int) -> Bool {
        for context in unlessChinese[form] {
            let from = start - context.offset
            guard from >= 0, from + context.units.count <= text.count else { continue }
            var same = true
            for k in 0..<context.units.count where text[from + k] != context.units[k] {
                same = false
                break
            }
            if same { return true }
        }
        return false
    }

    // MARK: - English: stemmed ICU words

    struct Word {
        var start: Int
        var end: Int
        var id: Int32
        /// Whether only spaces, hyphens and apostrophes separate it from the previous word, with
        /// at most one line break among them (a blank line ends a phrase).
        var joinsPrevious: Bool
    }

    /// The words in the stretches `spans` (from ``latinSpans(_:)``) of the text: ICU word
    /// segments of letters and digits, with their stem ids.
    func words(_ units: [UInt16], spans: [Range<Int>]) throws(SegmentationError) -> [Word] {
        var words = [Word]()
        // About one word per six units of English; reserved pages that stay unused cost nothing.
        words.reserveCapacity(spans.reduce(0) { $0 + $1.count } / 4 + 16)
        var ids = StemIDCache()
        var scratch = [UInt16](repeating: 0, count: 64)
        var start = 0
        var lastEnd = -1
        var gapIsSoft = false
        var gapLineBreaks = 0
        // The ICU boundaries a batch at a time, straight from the iterator.
        try segmenter.forEachBoundaryBatch(of: units, spans: spans) { text, ends, statuses in
            for b in 0..<ends.count {
                let end = Int(ends[b])
                let status = statuses[b]
                defer { start = end }
                guard status >= 100, status < 300 else {
                    if lastEnd >= 0, gapIsSoft {
                        for k in start..<end {
                            let u = text[k]
                            guard Self.isSoftGap(u) else {
                                gapIsSoft = false
                                break
                            }
                            // A blank line ends a phrase: two line breaks (LF, CRLF or lone CR).
                            if u == 0x0A || (u == 0x0D && (k + 1 >= text.count || text[k + 1] != 0x0A)) {
                                gapLineBreaks += 1
                                if gapLineBreaks >= 2 {
                                    gapIsSoft = false
                                    break
                                }
                            }
                        }
                    }
                    continue
                }
                let length = end - start
                if Self.isArticle(text, start, length) {
                    // Machine translation sprinkles articles ("develop the party members"): they
                    // neither match nor break a form, and the gap around them stays as it was.
                    continue
                }
                var id: Int32 = -1
                // Stemming keeps a word's first unit, so a word whose first unit starts no stem
                // has none; the others are stemmed once per distinct word of the text.
                if length <= scratch.count, stemTrie.child(0, text[start]) >= 0 {
                    id = ids.id(of: text, start, length) { stemID(text, start, length, scratch: &scratch) }
                }
                words.append(Word(start: start, end: end, id: id, joinsPrevious: lastEnd >= 0 && gapIsSoft))
                lastEnd = end
                gapIsSoft = true
                gapLineBreaks = 0
            }
        }
        return words
    }

    /// The id of the stem of `text[start..<start + length]` (at most `scratch.count` units) in
    /// `stemTrie`, or -1.
    private func stemID(_ text: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int, scratch: inout [UInt16]) -> Int32 {
        for k in 0..<length { scratch[k] = text[start + k] }
        let stemmed = EnglishStemmer.stem(&scratch, count: length)
        var node: Int32 = 0
        for k in 0..<stemmed {
            node = stemTrie.child(node, scratch[k])
            if node < 0 { break }
        }
        return node > 0 ? stemTrie.value(node) : -1
    }

    /// The stretches between CJK characters (U+2E80–U+9FFF, U+F900–U+FAFF) that hold an ASCII
    /// letter: the only places an English form can match. Empty exactly when the text has no
    /// ASCII letter.
    static func latinSpans(_ units: [UInt16]) -> [Range<Int>] {
        var spans = [Range<Int>]()
        units.withUnsafeBufferPointer { text in
            let n = text.count
            var start = 0
            var hasLetter = false
            @inline(__always) func step(_ i: Int) {
                let u = text[i]
                if (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) {
                    if hasLetter { spans.append(start..<i) }
                    start = i + 1
                    hasLetter = false
                } else if (u | 0x20) &- 0x61 < 26 {
                    hasLetter = true
                }
            }
            // Blocks of 16 units all below U+2E80 (most of an English text) hold no CJK
            // character: only whether they hold a letter matters, and only until one is seen.
            let block = 16
            var i = 0
            while i + block <= n {
                var highest: UInt16 = 0
                for k in i..<(i + block) { highest = max(highest, text[k]) }
                if highest < 0x2E80 {
                    if !hasLetter {
                        for k in i..<(i + block) where (text[k] | 0x20) &- 0x61 < 26 {
                            hasLetter = true
                            break
                        }
                    }
                } else {
                    for k in i..<(i + block) { step(k) }
                }
                i += block
            }
            while i < n {
                step(i)
                i += 1
            }
            if hasLetter { spans.append(start..<n) }
        }
        return spans
    }

    /// Whether the word at `start` is "the", "a" or "an" (the text is case-folded).
    @inline(__always)
    static func isArticle(_ units: UnsafeBufferPointer<UInt16>, _ start: Int, _ length: Int) -> Bool {
        switch length {
        case 1: return units[start] == 0x61
        case 2: return units[start] == 0x61 && units[start + 1] == 0x6E
        case 3: return units[start] == 0x74 && units[start + 1] == 0x68 && units[start + 2] == 0x65
        default: return false
        }
    }

    @inline(__always)
    static func isSoftGap(_ u: UInt16) -> Bool {
        switch u {
        // Apostrophes too: ICU leaves the one of a plural possessive outside the word
        // ("workers' congress" is workers · ' · congress).
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2D, 0x2010, 0x2011, 0x3000, 0x27, 0x2019: return true
        default: return false
        }
    }

    /// Leftmost-longest matches of the English forms over the text's words.
    package func scanEnglish(_ units: [UInt16]) throws(SegmentationError) -> [RawHit] {
        try scanEnglish(units, spans: Self.latinSpans(units))
    }

    /// ``scanEnglish(_:)`` with the text's ``latinSpans(_:)`` at hand.
    func scanEnglish(_ units: [UInt16], spans: [Range<Int>]) throws(SegmentationError) -> [RawHit] {
        let words = try words(units, spans: spans)
        var hits = [RawHit]()
        var i = 0
        while i < words.count {
            var node = words[i].id >= 0 ? wordTrie.child(0, words[i].id) : -1
            var best = -1
            var bestLast = i
            var j = i
            while node >= 0 {
                let value = wordTrie.value(node)
                if value >= 0, !isSuppressedEnglish(words, form: Int(value), first: i) {
                    best = Int(value)
                    bestLast = j
                }
                j += 1
                guard j < words.count, words[j].joinsPrevious, words[j].id >= 0 else { break }
                node = wordTrie.child(node, words[j].id)
            }
            if best >= 0 {
                hits.append(RawHit(start: words[i].start, end: words[bestLast].end, form: best))
                i = bestLast + 1
            } else {
                i += 1
            }
        }
        return hits
    }

    private func isSuppressedEnglish(_ words: [Word], form: Int, first: Int) -> Bool {
        for context in unlessEnglish[form] {
            let from = first - context.offset
            guard from >= 0, from + context.words.count <= words.count else { continue }
            var same = true
            for k in 0..<context.words.count {
                if words[from + k].id != context.words[k] || (k > 0 && !words[from + k].joinsPrevious) {
                    same = false
                    break
                }
            }
            if same { return true }
        }
        return false
    }
}
