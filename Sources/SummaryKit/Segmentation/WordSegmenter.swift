import CICU

/// Splits Chinese, English and mixed text into tokens with ICU's word break iterator, then
/// keeps domain terms whole.
///
/// Build it once and share it: it is `Sendable`, and each call clones its own ICU iterator
/// from a prototype, so any number of tasks may segment at the same time.
///
/// ```swift
/// let segmenter = try WordSegmenter()
/// let source = SourceText("加强党风廉政建设，落实三会一课制度。")
/// let words = try segmenter.tokens(in: source).map { source[utf8: $0.utf8Range] }
/// // ["加强", "党风廉政建设", "落实", "三会一课", "制度"]
/// ```
///
/// - Complexity: O(*n*) in the length of the text, plus ICU's dictionary work for Han runs.
public struct WordSegmenter: Sendable {
    /// How the segmenter is built.
    public struct Options: Sendable, Hashable {
        /// Which segments ``WordSegmenter/tokens(in:)-(SourceText)`` returns.
        public enum Selection: String, Sendable, Hashable, CaseIterable {
            /// Word-like segments only: words, numbers, terms.
            case words
            /// Every segment, punctuation and white space included.
            case all
        }

        /// Normalisations applied to the text ICU sees (offsets never move).
        public var normalization: Normalization
        /// Which segments to return.
        public var selection: Selection
        /// The term dictionary; ``TermDictionary/empty`` turns the term layer off.
        public var terms: TermDictionary
        /// The ICU locale of the break iterator.
        public var locale: String

        /// Options with the built-in term list, no normalisation, words only.
        public init(normalization: Normalization = [], selection: Selection = .words,
                    terms: TermDictionary = .builtIn, locale: String = "zh") {
            self.normalization = normalization
            self.selection = selection
            self.terms = terms
            self.locale = locale
        }
    }

    /// The options the segmenter was built with.
    public let options: Options
    private let prototype: ICUBreakPrototype
    private let simplified: SimplifiedTable?

    /// Builds a segmenter.
    ///
    /// - Throws: ``SegmentationError/icu(operation:code:)`` when ICU cannot open a word break
    ///   iterator or the `Hant-Hans` transliterator; the error of the built-in term list when
    ///   `options.terms` was made from ``TermDictionary/builtIn`` and that could not be loaded.
    public init(options: Options = Options()) throws(SegmentationError) {
        if let failure = options.terms.loadFailure { throw failure }
        self.options = options
        self.prototype = try ICUBreakPrototype(locale: options.locale)
        self.simplified = options.normalization.contains(.simplified) ? try SimplifiedTable.shared() : nil
    }

    /// Segments `source`.
    ///
    /// - Returns: Tokens in text order, with offsets into `source.text`.
    /// - Throws: ``SegmentationError`` when ICU fails or the text is over 2^31 UTF-16 units.
    public func tokens(in source: SourceText) throws(SegmentationError) -> [Token] {
        let original = try Self.utf16(of: source)
        let view = NormalizedText(original: original, normalization: options.normalization, simplified: simplified)
        let (ends, statuses) = try boundaries(of: view.units)
        return assemble(source: source, original: original, view: view, ends: ends, statuses: statuses)
    }

    /// Segments a string; a convenience for ``tokens(in:)-(SourceText)``.
    public func tokens(in text: String) throws(SegmentationError) -> [Token] {
        try tokens(in: SourceText(text))
    }

    /// The text of each token, for quick inspection and tests.
    public func words(in text: String) throws(SegmentationError) -> [String] {
        let source = SourceText(text)
        return try tokens(in: source).map { String(source[utf8: $0.utf8Range]) }
    }

    // MARK: - Boundaries (the package API the keyword matcher reads)

    /// The text of `source` as UTF-16 code units, what ICU iterates; refused past `Int32.max` bytes.
    package static func utf16(of source: SourceText) throws(SegmentationError) -> [UInt16] {
        var text = source.text
        let byteCount = text.utf8.count
        guard byteCount < Int(Int32.max) else {
            throw .textTooLong(origin: source.origin, units: byteCount)
        }
        if byteCount == 0 { return [] }
        var units = [UInt16](repeating: 0, count: byteCount + 1)
        var status: Int32 = 0
        let written = text.withUTF8 { utf8 in
            units.withUnsafeMutableBufferPointer { dest in
                sk_utf8_to_utf16(utf8.baseAddress, Int32(utf8.count), dest.baseAddress!, Int32(dest.count), &status)
            }
        }
        guard written >= 0 else { throw .icu(operation: "u_strFromUTF8", code: String(cString: sk_error_name(status))) }
        units.removeSubrange(Int(written)...)
        return units
    }

    /// Every boundary after 0 and the rule status of the segment ending there.
    package func boundaries(of units: [UInt16]) throws(SegmentationError) -> ([Int32], [Int32]) {
        try boundaries(of: units, spans: [0..<units.count])
    }

    /// ``boundaries(of:)`` for the stretches `spans` of `units` only (sorted, disjoint), with
    /// one iterator. Each skipped stretch before a span comes back as one segment of status 0,
    /// so the result still tiles `0..<spans.last.upperBound`. The English matcher uses this to
    /// run ICU over the Latin stretches of a Chinese text instead of all of it (Han and Latin
    /// letters never share a word, so the words inside each span are the same).
    package func boundaries(of units: [UInt16], spans: [Range<Int>]) throws(SegmentationError) -> ([Int32], [Int32]) {
        var ends = [Int32]()
        var statuses = [Int32]()
        let estimate = spans.reduce(0) { $0 + $1.count } / 2 + 16
        ends.reserveCapacity(estimate)
        statuses.reserveCapacity(estimate)
        try forEachBoundaryBatch(of: units, spans: spans) { _, batchEnds, batchStatuses in
            ends.append(contentsOf: batchEnds)
            statuses.append(contentsOf: batchStatuses)
        }
        return (ends, statuses)
    }

    /// The boundaries of ``boundaries(of:spans:)`` handed to `body` a batch at a time, in order,
    /// with the text: a caller that walks them once need not hold them all (two arrays of half
    /// the text's length). `ends` are offsets into the text, like those of the arrays. When ICU
    /// fails, `body` may have seen some batches before the error is thrown.
    package func forEachBoundaryBatch(
        of units: [UInt16], spans: [Range<Int>],
        _ body: (_ text: UnsafeBufferPointer<UInt16>, _ ends: UnsafeBufferPointer<Int32>, _ statuses: UnsafeBufferPointer<Int32>) -> Void
    ) throws(SegmentationError) {
        guard spans.contains(where: { !$0.isEmpty }) else { return }
        let iterator = try prototype.makeIterator()
        defer { sk_brk_close(iterator) }
        let batch = 4096
        let endBuffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: batch)
        let statusBuffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: batch)
        defer {
            endBuffer.deallocate()
            statusBuffer.deallocate()
        }
        guard let ends = endBuffer.baseAddress, let statuses = statusBuffer.baseAddress else { return }
        var status: Int32 = 0
        var covered = 0
        units.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            for span in spans where !span.isEmpty && span.lowerBound >= covered && span.upperBound <= text.count {
                if span.lowerBound > covered {
                    ends[0] = Int32(span.lowerBound)
                    statuses[0] = 0
                    body(text, UnsafeBufferPointer(start: ends, count: 1), UnsafeBufferPointer(start: statuses, count: 1))
                }
                sk_brk_set_utf16(iterator, base + span.lowerBound, Int32(span.count), &status)
                if status > 0 { return }
                let offset = Int32(span.lowerBound)
                while true {
                    let n = Int(sk_brk_next_batch(iterator, ends, statuses, Int32(batch)))
                    if n <= 0 { break }
                    if offset != 0 {
                        for k in 0..<n { ends[k] += offset }
                    }
                    body(text, UnsafeBufferPointer(start: ends, count: n), UnsafeBufferPointer(start: statuses, count: n))
                }
                covered = span.upperBound
            }
        }
        guard status <= 0 else { throw .icu(operation: "ubrk_setText", code: String(cString: sk_error_name(status))) }
    }

    @inline(__always)
    static func kind(status: Int32, firstUnit: UInt16) -> Token.Kind {
        switch status {
        case 0..<100:
            return UTF8Scan.isWhiteSpace(UInt32(firstUnit)) ? .whitespace : .punctuation
        case 100..<200: return .number
        case 200..<300: return .letter
        case 300..<400: return .kana
        case 400..<500: return .ideographic
        default: return .other
        }
    }

    /// Merges segments into domain terms, filters, and maps every boundary back to UTF-8 offsets
    /// and lines of the original text in one forward pass.
    func assemble(source: SourceText, original: [UInt16], view: NormalizedText,
                  ends: [Int32], statuses: [Int32]) -> [Token] {
        var tokens = [Token]()
        let wordsOnly = options.selection == .words
        tokens.reserveCapacity(wordsOnly ? ends.count / 2 + 8 : ends.count)
        let trie = options.terms.trie
        let useTerms = !trie.isEmpty
        let text = source.text
        let utf8 = text.utf8
        let base = utf8.startIndex

        var walker = OffsetWalker()

        original.withUnsafeBufferPointer { orig in
            view.units.withUnsafeBufferPointer { units in
                ends.withUnsafeBufferPointer { ends in
                    statuses.withUnsafeBufferPointer { statuses in
                        let count = ends.count
                        var i = 0
                        var start = 0
                        while i < count {
                            var last = i
                            var isTerm = false
                            var kind = Self.kind(status: statuses[i], firstUnit: units[start])
                            if useTerms, kind.isWordLike {
                                // Longest dictionary term that starts here and ends on a boundary.
                                var node: Int32 = 0
                                var position = start
                                var j = i
                                var best = -1
                                while position < units.count {
                                    node = trie.child(node, units[position])
                                    if node < 0 { break }
                                    position += 1
                                    while j < count, Int(ends[j]) < position { j += 1 }
                                    if j >= count { break }
                                    if Int(ends[j]) == position, trie.isTerminal(node) { best = j }
                                }
                                if best >= 0 {
                                    last = best
                                    isTerm = true
                                    if best > i { kind = .ideographic }
                                }
                            }
                            let end = Int(ends[last])
                            if !wordsOnly || kind.isWordLike {
                                walker.advance(to: view.originalOffset(start), in: orig)
                                let startLine = walker.line
                                let start8 = walker.utf8Offset
                                walker.advance(to: view.originalOffset(end), in: orig)
                                let walk8 = walker.utf8Offset
                                if walk8 == start8 {  // inside one normalisation chunk
                                    start = end
                                    i = last + 1
                                    continue
                                }
                                let lower = utf8.index(base, offsetBy: start8)
                                let upper = utf8.index(base, offsetBy: walk8)
                                tokens.append(Token(utf8Range: start8..<walk8, range: lower..<upper,
                                                    line: startLine, kind: kind, isTerm: isTerm))
                            }
                            start = end
                            i = last + 1
                        }
                    }
                }
            }
        }
        return tokens
    }
}
