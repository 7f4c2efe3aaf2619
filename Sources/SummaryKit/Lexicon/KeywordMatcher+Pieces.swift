// Large texts in pieces: cut between lines no match crosses, matched in parallel.
extension KeywordMatcher {
    /// A text at least twice this long (UTF-8 bytes) is matched in pieces of about this size.
    static let pieceBytes = 256 * 1024

    /// Where `source` may be cut so that its pieces can be matched apart with the same result:
    /// at the start of a line that no match can reach across. No form holds a line break and a
    /// polarity clause ends at one; an English phrase runs across a single line break (hard-
    /// wrapped text) but not across a blank line or punctuation. So a line may start a piece
    /// when a blank line precedes it, or when the line before ends (trailing spaces aside) in a
    /// Han character, CJK punctuation or ASCII `.,;:!?)`. Pieces are about `size` bytes; one
    /// piece when the text is short or has no such line.
    package static func pieces(of source: SourceText, size: Int = pieceBytes) -> [Range<Int>] {
        let utf8 = source.text.utf8
        guard size > 0, utf8.count >= 2 * size else { return [0..<utf8.count] }
        return utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>] in
            var cuts = [0]
            var from = size
            while from < bytes.count {
                guard let cut = safeLineStart(in: bytes, from: from) else { break }
                if bytes.count - cut < size / 2 { break }  // no tiny last piece
                cuts.append(cut)
                from = cut + size
            }
            cuts.append(bytes.count)
            return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        } ?? [0..<utf8.count]
    }

    /// The first offset at or after `from` that starts a line no match reaches across (see
    /// ``pieces(of:size:)``).
    static func safeLineStart(in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var i = max(from, 0)
        while i < bytes.count {
            defer { i += 1 }
            guard bytes[i] == 0x0A, i + 1 < bytes.count else { continue }
            var p = i - 1
            while p >= 0, bytes[p] == 0x20 || bytes[p] == 0x09 || bytes[p] == 0x0D { p -= 1 }
            if p < 0 || bytes[p] == 0x0A { return i + 1 }  // a blank line
            switch bytes[p] {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29: return i + 1
            case 0x80...0xBF where p >= 2 && bytes[p - 2] & 0xF0 == 0xE0 && bytes[p - 1] & 0xC0 == 0x80:
                let v = UInt32(bytes[p - 2] & 0x0F) << 12 | UInt32(bytes[p - 1] & 0x3F) << 6 | UInt32(bytes[p] & 0x3F)
                switch v {
                case 0x3001...0x303F, 0x4E00...0x9FFF, 0xFF01, 0xFF09, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F: return i + 1
                default: continue
                }
            default: continue
            }
        }
        return nil
    }

    /// The matches in `piece` of `source` (a range from ``pieces(of:size:)``), with offsets and
    /// lines of the whole text.
    package func matches(in source: SourceText, piece: Range<Int>) throws(SegmentationError) -> [Match] {
        if piece == 0..<source.text.utf8.count { return try matches(in: source) }
        let utf8 = source.text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: piece.upperBound)
        let part = SourceText(String(source.text[lower..<upper]), encoding: source.encoding, origin: source.origin)
        let firstLine = source.line(atUTF8Offset: piece.lowerBound)
        return try matches(in: part).map { match in
            var shifted = match
            shifted.utf8Range = (match.utf8Range.lowerBound + piece.lowerBound)..<(match.utf8Range.upperBound + piece.lowerBound)
            shifted.line = match.line + firstLine - 1
            return shifted
        }
    }

    /// All matches in `source`, like ``matches(in:)-(SourceText)``, with a large text (over half a
    /// megabyte) cut between lines (see ``pieces(of:size:)``) and its pieces matched in parallel
    /// on the machine's cores.
    ///
    /// - Throws: ``SegmentationError`` when ICU fails on any piece.
    public func matchesInParallel(in source: SourceText) throws(SegmentationError) -> [Match] {
        try matchesInParallel(in: source, pieceSize: Self.pieceBytes)
    }

    package func matchesInParallel(in source: SourceText, pieceSize: Int) throws(SegmentationError) -> [Match] {
        let pieces = Self.pieces(of: source, size: pieceSize)
        if pieces.count == 1 { return try matches(in: source) }
        let results = Concurrently.map(pieces.count) { i in
            Result { () throws(SegmentationError) -> [Match] in try matches(in: source, piece: pieces[i]) }
        }
        var all = [Match]()
        for result in results { all += try result.get() }
        return all
    }
}
