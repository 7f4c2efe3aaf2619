/// Finds the forms of a lexicon in a text: every Chinese form compiled into one character trie,
/// every English form into one trie over stemmed ICU words; leftmost-longest, with polarity.
///
/// Build it once and share it (`Sendable`); each call keeps its scratch state to itself.
///
/// ```swift
/// let matcher = try KeywordMatcher(lexicon: try Lexicon.builtIn())
/// let source = SourceText("严格落实三会一课制度，但理论学习不够深入。")
/// for match in try matcher.matches(in: source) {
///     print(matcher.concept(of: match).id, source[utf8: match.utf8Range], match.isNegated)
/// }
/// // three-meetings-one-lesson 三会一课 false
/// // theoretical-study 理论学习 true
/// ```
///
/// Text is matched after NFKC, case folding and Traditional→Simplified normalisation; offsets
/// always point at the original characters. Chinese forms match on characters (a keyword need
/// not line up with ICU's tokens); a shorter form never matches inside a longer one that starts
/// at the same place or earlier. English forms match only on whole ICU words, case-insensitively,
/// with inflections folded, across spaces, hyphens and single line breaks but not across other
/// punctuation or a blank line.
///
/// - Complexity: O(*n* · *L*) for a text of *n* UTF-16 units and a longest form of *L* units,
///   plus ICU word segmentation when the text contains Latin letters.
public struct KeywordMatcher: Sendable {
    /// The lexicon the matcher was compiled from.
    public let lexicon: Lexicon
    /// Every enabled form, indexed by ``Match/form``.
    public let forms: [LexiconForm]

    let chineseTrie: UnitTrie
    let stemTrie: UnitTrie
    let wordTrie: WordTrie
    let cueTrie: UnitTrie
    /// Per distinct cue text: bit 0 before, bit 1 after, bit 2 English (word-bounded).
    let cueFlags: [UInt8]
    /// Whether every cue starting with a Latin letter is word-bounded (see `cueHits`).
    let latinCuesAreWords: Bool
    /// For each form: its unless-contexts, normalised (Chinese: units; English: word ids).
    let unlessChinese: [[(offset: Int, units: [UInt16])]]
    let unlessEnglish: [[(offset: Int, words: [Int32])]]
    /// Whether a concept's matches can be negated (content categories only).
    let negatable: [Bool]
    let segmenter: WordSegmenter
    let normalizer: FormNormalizer

    /// Compiles `lexicon`.
    ///
    /// - Throws: ``SegmentationError`` when ICU cannot open its break iterator or transliterator.
    public init(lexicon: Lexicon) throws(SegmentationError) {
        self.lexicon = lexicon
        let normalizer = try FormNormalizer()
        self.normalizer = normalizer
        self.segmenter = try WordSegmenter(options: .init(normalization: [], selection: .all, terms: .empty, locale: "en"))
        var forms = [LexiconForm]()
        var chineseKeys = [[UInt16]]()
        var chineseFormOfKey = [Int]()
        var englishForms = [(form: Int, words: [[UInt16]])]()
        var unlessChinese = [[(offset: Int, units: [UInt16])]]()
        var unlessEnglish = [[(offset: Int, words: [Int32])]]()
        var stems = [[UInt16]]()
        var stemIndex = [[UInt16]: Int32]()
        func wordID(_ stem: [UInt16]) -> Int32 {
            if let id = stemIndex[stem] { return id }
            let id = Int32(stems.count)
            stems.append(stem)
            stemIndex[stem] = id
            return id
        }
        var englishSequences = [[Int32]]()
        // Normalising and stemming every form, the costly part, runs on all cores; the ids and
        // tables are then built in concept order, exactly as one thread would.
        let concepts = lexicon.concepts
        let prepared = Concurrently.chunkedMap(concepts.count, grain: 128) { i in
            PreparedConcept(concepts[i], normalizer: normalizer)
        }
        for (conceptIndex, concept) in concepts.enumerated() where !concept.isDisabled {
            let ready = prepared[conceptIndex]
            // Each unless-context normalised once per concept, not once per form.
            let chineseContexts = ready.chineseContexts
            let englishContexts = ready.englishContexts.map { $0.map(wordID) }
            for (text, units) in zip(concept.chinese, ready.chinese) {
                if units.isEmpty { continue }
                let formIndex = forms.count
                forms.append(LexiconForm(text: text, concept: conceptIndex, script: .chinese))
                chineseKeys.append(units)
                chineseFormOfKey.append(formIndex)
                var contexts = [(offset: Int, units: [UInt16])]()
                for u in chineseContexts {
                    if let k = Self.firstIndex(of: units, in: u) { contexts.append((k, u)) }
                }
                unlessChinese.append(contexts)
                unlessEnglish.append([])
            }
            for (text, words) in zip(concept.english, ready.english) {
                if words.isEmpty { continue }
                let formIndex = forms.count
                forms.append(LexiconForm(text: text, concept: conceptIndex, script: .english))
                let ids = words.map(wordID)
                englishForms.append((formIndex, words))
                englishSequences.append(ids)
                var contexts = [(offset: Int, words: [Int32])]()
                for ctx in englishContexts {
                    if let k = Self.firstIndex(of: ids, in: ctx) { contexts.append((k, ctx)) }
                }
                unlessEnglish.append(contexts)
                unlessChinese.append([])
            }
        }
        self.forms = forms
        // UnitTrie stores the first key index at each terminal: map back to form indices.
        let trie = UnitTrie(chineseKeys)
        self.chineseTrie = trie.remappingValues { chineseFormOfKey[Int($0)] }
        self.stemTrie = UnitTrie(stems)
        self.wordTrie = WordTrie(sequences: englishSequences, values: englishForms.map(\.form))
        self.unlessChinese = unlessChinese
        self.unlessEnglish = unlessEnglish
        var cueTexts = [[UInt16]]()
        var cueIndex = [[UInt16]: Int]()
        var cueFlags = [UInt8]()
        for cue in lexicon.polarity.cues {
            let key = normalizer.normalize(cue.text)
            if key.isEmpty { continue }
            let slot: Int
            if let known = cueIndex[key] {
                slot = known
            } else {
                slot = cueTexts.count
                cueIndex[key] = slot
                cueTexts.append(key)
                cueFlags.append(0)
            }
            cueFlags[slot] |= (cue.position == .before ? 1 : 2) | (cue.isEnglish ? 4 : 0)
        }
        self.cueTrie = UnitTrie(cueTexts)
        self.cueFlags = cueFlags
        // When every cue that starts with a Latin letter must stand as whole words (the English
        // ones), the cue scan may skip positions inside a word.
        self.latinCuesAreWords = zip(cueTexts, cueFlags).allSatisfy { text, flags in
            guard let first = text.first, Self.isLatinLetter(first) else { return true }
            return flags & 4 != 0
        }
        self.negatable = lexicon.concepts.map { concept in
            guard let primary = concept.primaryCategory else { return false }
            return !primary.isStructural
        }
    }

    /// The concept a match belongs to.
    public func concept(of match: Match) -> Concept { lexicon.concepts[match.concept] }

    /// The lexicon form a match was found by.
    public func form(of match: Match) -> LexiconForm { forms[match.form] }

    /// All matches in `source`, in text order.
    ///
    /// - Throws: ``SegmentationError`` when ICU fails or the text is too long.
    public func matches(in source: SourceText) throws(SegmentationError) -> [Match] {
        let original = try WordSegmenter.utf16(of: source)
        let view = normalizer.view(of: original)
        var found = scanChinese(view.units)
        let spans = Self.latinSpans(view.units)
        if !spans.isEmpty {
            let english = try scanEnglish(view.units, spans: spans)
            if !english.isEmpty {
                found = found.isEmpty ? english : Self.merged(found, english)
            }
        }
        // Only the cues within reach of a match can negate one: scan those stretches alone.
        let cues = found.isEmpty ? [] : cueHits(view.units, in: Self.cueWindows(around: found, count: view.units.count))
        var walker = OffsetWalker()
        var result = [Match]()
        result.reserveCapacity(found.count)
        original.withUnsafeBufferPointer { text in
            for hit in found {
                let negated = negatable[forms[hit.form].concept] && isNegated(view.units, start: hit.start, end: hit.end, cues: cues)
                walker.advance(to: view.originalOffset(hit.start), in: text)
                let line = walker.line
                let start8 = walker.utf8Offset
                walker.advance(to: view.originalOffset(hit.end), in: text)
                result.append(Match(concept: forms[hit.form].concept, form: hit.form,
                                    utf8Range: start8..<walker.utf8Offset, line: line, isNegated: negated))
            }
        }
        return result
    }

    /// Two lists of hits sorted by start as one, `first`'s hit before `second`'s at the same
    /// start (what a stable sort of `first + second` gives).
    package static func merged(_ first: [RawHit], _ second: [RawHit]) -> [RawHit] {
        var out = [RawHit]()
        out.reserveCapacity(first.count + second.count)
        var i = 0
        var j = 0
        while i < first.count, j < second.count {
            if second[j].start < first[i].start {
                out.append(second[j])
                j += 1
            } else {
                out.append(first[i])
                i += 1
            }
        }
        out.append(contentsOf: first[i...])
        out.append(contentsOf: second[j...])
        return out
    }

    /// The matches of a string; a convenience for ``matches(in:)``.
    public func matches(in text: String) throws(SegmentationError) -> [Match] {
        try matches(in: SourceText(text))
    }

    // MARK: - Building helpers

    package static func englishWords(_ text: String) -> [[UInt16]] {
        // Words: runs of letters, digits and apostrophes, without apostrophes at either end
        // ("workers'" of "workers' congress"), as ICU segments the text.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // Nearly every form: a byte loop straight to stemmed UTF-16 words, no Unicode
            // property lookups and no String per word.
            var stems = [[UInt16]]()
            var bytes = Array(text.utf8)
            for k in bytes.indices where bytes[k] &- 0x41 < 26 { bytes[k] |= 0x20 }  // ASCII lowercase
            var start = 0
            func flush(_ end: Int) {
                var lo = start
                var hi = end
                while lo < hi, bytes[lo] == 0x27 { lo += 1 }
                while hi > lo, bytes[hi - 1] == 0x27 { hi -= 1 }
                guard lo < hi, !isArticle(bytes[lo..<hi]) else { return }
                var units = bytes[lo..<hi].map { UInt16($0) }
                let count = EnglishStemmer.stem(&units, count: units.count)
                if count > 0 { stems.append(Array(units[0..<count])) }
            }
            for (i, b) in bytes.enumerated() where !((b | 0x20) &- 0x61 < 26 || (b &- 0x30) < 10 || b == 0x27) {
                flush(i)
                start = i + 1
            }
            flush(bytes.count)
            return stems
        }
        let lower = text.lowercased()
        var words = [String]()
        do {
            let scalars = Array(lower.unicodeScalars)
            func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
            var start = 0
            func flush(_ end: Int) {
                var lo = start
                var hi = end
                while lo < hi, isApostrophe(scalars[lo]) { lo += 1 }
                while hi > lo, isApostrophe(scalars[hi - 1]) { hi -= 1 }
                if lo < hi {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[lo..<hi])
                    words.append(String(view))
                }
            }
            for (i, scalar) in scalars.enumerated() {
                let v = scalar.value
                let inWord = v < 0x80
                    ? ((v | 0x20) &- 0x61 < 26 || (v &- 0x30) < 10 || v == 0x27)
                    : (v == 0x2019 || scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                if !inWord {
                    flush(i)
                    start = i + 1
                }
            }
            flush(scalars.count)
        }
        return words.filter { $0 != "the" && $0 != "a" && $0 != "an" }
            .map { EnglishStemmer.stem($0) }
            .filter { !$0.isEmpty }
    }

    /// Whether lowercase ASCII `word` is "the", "a" or "an".
    private static func isArticle(_ word: ArraySlice<UInt8>) -> Bool {
        word.elementsEqual("the".utf8) || word.elementsEqual("a".utf8) || word.elementsEqual("an".utf8)
    }

    static func firstIndex<T: Equatable>(of needle: [T], in haystack: [T]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for k in 0...(haystack.count - needle.count) where Array(haystack[k..<(k + needle.count)]) == needle {
            return k
        }
        return nil
    }
}

/// One concept's forms and unless-contexts normalised (Chinese) and split into stemmed words
/// (English), ready for the matcher's tables.
private struct PreparedConcept: Sendable {
    var chineseContexts: [[UInt16]] = []
    var englishContexts: [[[UInt16]]] = []
    var chinese: [[UInt16]] = []
    var english: [[[UInt16]]] = []

    init(_ concept: Concept, normalizer: FormNormalizer) {
        guard !concept.isDisabled else { return }
        if !concept.chinese.isEmpty {
            chineseContexts = concept.unless.map { normalizer.normalize($0) }
            chinese = concept.chinese.map { normalizer.normalize($0) }
        }
        if !concept.english.isEmpty {
            englishContexts = concept.unless.map { KeywordMatcher.englishWords($0) }
            english = concept.english.map { KeywordMatcher.englishWords($0) }
        }
    }
}
