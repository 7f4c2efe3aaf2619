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
/// with inflections folded, across spaces and hyphens but not across other punctuation.
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
        for (conceptIndex, concept) in lexicon.concepts.enumerated() where !concept.isDisabled {
            // Each unless-context normalised once per concept, not once per form.
            let chineseContexts = concept.chinese.isEmpty ? [] : concept.unless.map { normalizer.normalize($0) }
            let englishContexts = concept.english.isEmpty ? [] : concept.unless.map { Self.englishWords($0).map(wordID) }
            for text in concept.chinese {
                let units = normalizer.normalize(text)
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
            for text in concept.english {
                let words = Self.englishWords(text)
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
        let view = try normalizer.view(of: original)
        var found = scanChinese(view.units)
        if view.units.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            let english = try scanEnglish(view.units)
            if !english.isEmpty {
                found = (found + english).sorted { $0.start < $1.start }
            }
        }
        let cues = found.isEmpty ? [] : cueHits(view.units)
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

    /// The matches of a string; a convenience for ``matches(in:)``.
    public func matches(in text: String) throws(SegmentationError) -> [Match] {
        try matches(in: SourceText(text))
    }

    // MARK: - Building helpers

    static func englishWords(_ text: String) -> [[UInt16]] {
        // Words: runs of letters, digits and apostrophes, without apostrophes at either end
        // ("workers'" of "workers' congress"), as ICU segments the text.
        let lower = text.lowercased()
        var words = [String]()
        if lower.utf8.allSatisfy({ $0 < 0x80 }) {
            // Nearly every form: a byte loop, no Unicode property lookups.
            let bytes = Array(lower.utf8)
            var start = 0
            func flush(_ end: Int) {
                var lo = start
                var hi = end
                while lo < hi, bytes[lo] == 0x27 { lo += 1 }
                while hi > lo, bytes[hi - 1] == 0x27 { hi -= 1 }
                if lo < hi { words.append(String(decoding: bytes[lo..<hi], as: UTF8.self)) }
            }
            for (i, b) in bytes.enumerated() where !((b | 0x20) &- 0x61 < 26 || (b &- 0x30) < 10 || b == 0x27) {
                flush(i)
                start = i + 1
            }
            flush(bytes.count)
        } else {
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

    static func firstIndex<T: Equatable>(of needle: [T], in haystack: [T]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        for k in 0...(haystack.count - needle.count) where Array(haystack[k..<(k + needle.count)]) == needle {
            return k
        }
        return nil
    }
}

/// Normalises lexicon forms and texts alike: NFKC, case folding, Traditional→Simplified.
struct FormNormalizer: Sendable {
    let transliterator: ICUTransliteratorPrototype

    init() throws(SegmentationError) {
        transliterator = try ICUTransliteratorPrototype(identifier: "Hant-Hans")
    }

    func view(of units: [UInt16]) throws(SegmentationError) -> NormalizedText {
        try NormalizedText(original: units, normalization: .all, transliterator: transliterator)
    }

    func normalize(_ text: String) -> [UInt16] {
        (try? view(of: Array(text.utf16)).units) ?? Array(text.lowercased().utf16)
    }
}

/// A trie over sequences of word ids (stemmed English words).
struct WordTrie: Sendable {
    private var children: [[Int32: Int32]] = [[:]]
    private var terminal: [Int32] = [-1]

    init(sequences: [[Int32]], values: [Int]) {
        for (sequence, value) in zip(sequences, values) where !sequence.isEmpty {
            var node: Int32 = 0
            for id in sequence {
                if let next = children[Int(node)][id] {
                    node = next
                } else {
                    children.append([:])
                    terminal.append(-1)
                    let next = Int32(children.count - 1)
                    children[Int(node)][id] = next
                    node = next
                }
            }
            if terminal[Int(node)] < 0 { terminal[Int(node)] = Int32(value) }
        }
    }

    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32 { children[Int(node)][id] ?? -1 }

    @inline(__always)
    func value(_ node: Int32) -> Int32 { terminal[Int(node)] }
}
