/// The tokens of a text, segmented a stretch of lines at a time as they are read: the same
/// tokens, in the same order, with the same offsets and lines as
/// ``WordSegmenter/tokens(in:)-(SourceText)``, without holding them all (nor ICU's boundaries
/// for the whole text) at once.
///
/// ```swift
/// let segmenter = try WordSegmenter()
/// let source = SourceText(longText)
/// for token in try segmenter.lazyTokens(in: source) where token.isTerm {
///     print(token.line, token.text(in: source))
/// }
/// ```
///
/// A stretch is about ``pieceBytes`` of UTF-8 and ends at a line break, which is always a word
/// boundary, and no domain term holds one. ICU fails only when it cannot work at all (it
/// already opened when the segmenter was built); should it fail on a stretch, iteration ends
/// there and the iterator's ``Iterator/error`` tells why.
public struct TokenSequence: Sequence, Sendable {
    /// The segmenter.
    public let segmenter: WordSegmenter
    /// The text.
    public let source: SourceText
    /// About how many UTF-8 bytes are segmented at a time.
    public let pieceBytes: Int

    /// The default stretch: 64 KiB.
    public static let defaultPieceBytes = 64 * 1024

    /// A sequence over `source`, segmented `pieceBytes` (at least 1) at a time.
    public init(segmenter: WordSegmenter, source: SourceText, pieceBytes: Int = TokenSequence.defaultPieceBytes) {
        self.segmenter = segmenter
        self.source = source
        self.pieceBytes = Swift.max(1, pieceBytes)
    }

    public func makeIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Walks the tokens, segmenting the next stretch when the last one is used up.
    public struct Iterator: IteratorProtocol {
        let sequence: TokenSequence
        var start = 0
        var buffer: [Token] = []
        var index = 0
        /// Why iteration ended early, when ICU failed on a stretch; nil otherwise.
        public private(set) var error: SegmentationError?

        init(sequence: TokenSequence) {
            self.sequence = sequence
        }

        public mutating func next() -> Token? {
            while index == buffer.count {
                let total = sequence.source.text.utf8.count
                guard error == nil, start < total else { return nil }
                let end = Self.lineStart(in: sequence.source, atOrAfter: start + sequence.pieceBytes)
                do {
                    buffer = try sequence.segmenter.tokens(in: sequence.source, piece: start..<end)
                } catch {
                    self.error = error
                    buffer = []
                    return nil
                }
                index = 0
                start = end
            }
            defer { index += 1 }
            return buffer[index]
        }

        /// The first line start at or after `offset`, or the end of the text.
        static func lineStart(in source: SourceText, atOrAfter offset: Int) -> Int {
            let total = source.text.utf8.count
            guard offset < total else { return total }
            // The line holding `offset` (SourceText's own search); it starts there, or the next does.
            let line = source.line(atUTF8Offset: offset)
            if source.lineStarts[line - 1] == offset { return offset }
            return line < source.lineStarts.count ? Swift.min(source.lineStarts[line], total) : total
        }
    }
}

extension WordSegmenter {
    /// The tokens of `source` as a lazy sequence (``TokenSequence``): segmented a stretch of
    /// lines at a time as the caller reads them.
    public func lazyTokens(in source: SourceText, pieceBytes: Int = TokenSequence.defaultPieceBytes) -> TokenSequence {
        TokenSequence(segmenter: self, source: source, pieceBytes: pieceBytes)
    }

    /// The tokens of the lines `piece` of `source` (a range from one line start to another, or
    /// to the end), with offsets and lines of the whole text.
    func tokens(in source: SourceText, piece: Range<Int>) throws(SegmentationError) -> [Token] {
        if piece.lowerBound == 0, piece.upperBound >= source.text.utf8.count { return try tokens(in: source) }
        let part = SourceText(String(source[utf8: piece]), encoding: source.encoding, origin: source.origin)
        let lines = source.line(atUTF8Offset: piece.lowerBound) - 1
        let shift = piece.lowerBound
        return try tokens(in: part).map { token in
            let range = (token.utf8Range.lowerBound + shift)..<(token.utf8Range.upperBound + shift)
            return Token(utf8Range: range, range: source.stringRange(range), line: token.line + lines, kind: token.kind, isTerm: token.isTerm)
        }
    }
}

extension Token {
    /// The token's text in `source`, the text it was segmented from.
    public func text(in source: SourceText) -> Substring {
        source[utf8: utf8Range]
    }
}
