/// The decoded text as an array of Unicode scalars, with enough of their UTF-8 offsets to find
/// any of them quickly, so that the structure stage can look around any position in O(1) and
/// still report exact byte ranges.
///
/// Built once per document in O(*n*); every scan of the structure stage is linear in it.
package struct ScalarText: Sendable {
    /// The scalars of the text.
    let scalars: [Unicode.Scalar]
    /// `checkpoints[k]` is the UTF-8 offset of scalar `k << checkpointShift` (the last one may
    /// be that of the end of the text). The offset of any other scalar is its checkpoint's plus
    /// the UTF-8 widths of the scalars in between (fewer than 32). A full table of offsets
    /// would cost 8 bytes per scalar: 40 MB written, and faulted in, for a 5 MB English file.
    let checkpoints: [Int]
    /// Scalars between two checkpoints: `1 << checkpointShift`.
    static let checkpointShift = 5
    /// `lineStarts[k]` is the scalar index at which line `k + 1` starts.
    let lineStarts: [Int]
    /// The text itself, for slicing strings out by byte range.
    let source: SourceText

    /// Decodes `source` in one pass over its UTF-8, writing scalars, checkpoints and line
    /// starts straight into buffers allocated once at their final size (appending scalar by
    /// scalar made this the structure stage's most expensive step on large inputs).
    package init(_ source: SourceText) {
        self.source = source
        var text = source.text
        let byteLineStarts = source.lineStarts
        let shift = Self.checkpointShift
        let mask = (1 << shift) - 1
        var starts = [Int](repeating: 0, count: byteLineStarts.count)
        var scalars: [Unicode.Scalar] = []
        var checkpoints: [Int] = []
        text.withUTF8 { bytes in
            // Every byte that is not a continuation byte starts a scalar.
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            var written = 0
            scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalarBuffer, scalarCount in
                // One checkpoint per full stride of scalars, and one for the end of the text.
                let checkpointCapacity = (count >> shift) + 1
                checkpoints = [Int](unsafeUninitializedCapacity: checkpointCapacity) { checkpointBuffer, checkpointCount in
                    starts.withUnsafeMutableBufferPointer { lineBuffer in
                        // `lineBuffer[k]` is the first scalar at or after byte `byteLineStarts[k]`.
                        var line = 0
                        UTF8Scan.forEachScalar(bytes) { value, start, _ in
                            guard written < count else { return }
                            while line < lineBuffer.count, byteLineStarts[line] <= start {
                                lineBuffer[line] = written
                                line += 1
                            }
                            if written & mask == 0 { checkpointBuffer[written >> shift] = start }
                            scalarBuffer[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                            written += 1
                        }
                        while line < lineBuffer.count {
                            lineBuffer[line] = written
                            line += 1
                        }
                    }
                    // The end of the text is a checkpoint when it falls on a stride boundary.
                    var filled = (written + mask) >> shift
                    if written & mask == 0, filled < checkpointCapacity {
                        checkpointBuffer[filled] = bytes.count
                        filled += 1
                    }
                    checkpointCount = filled
                }
                scalarCount = written
            }
        }
        self.scalars = scalars
        self.checkpoints = checkpoints
        self.lineStarts = starts
    }

    package var count: Int { scalars.count }

    subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    /// The scalar at `i`, or nil outside the text.
    func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < scalars.count ? scalars[i] : nil }

    /// The UTF-8 offset of scalar `i` (`0...count`; `count` gives the length of the text).
    package func byteOffset(_ i: Int) -> Int {
        let shift = Self.checkpointShift
        var k = (i >> shift) << shift
        var offset = checkpoints[i >> shift]
        while k < i {
            offset += UTF8.width(scalars[k])
            k += 1
        }
        return offset
    }

    /// The UTF-8 byte range of scalar range `range`.
    func byteRange(_ range: Range<Int>) -> Range<Int> { byteOffset(range.lowerBound)..<byteOffset(range.upperBound) }

    /// The text of scalar range `range`.
    func string(_ range: Range<Int>) -> String {
        String(source[utf8: byteRange(range)])
    }

    /// Runs `body` over the UTF-8 bytes of scalar range `range` in place (no `String` is made).
    func withUTF8<R>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = source.text
        let bytes = byteRange(range)
        return text.withUTF8 { body(UnsafeBufferPointer(rebasing: $0[bytes])) }
    }

    /// The 1-based line of scalar index `i`.
    func line(of i: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= i { low = mid } else { high = mid }
        }
        return low + 1
    }

    /// The scalar range of line `line` (1-based) without its line break.
    func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > start, scalars[end - 1] == "\n" || scalars[end - 1] == "\r" { end -= 1 }
        return start..<end
    }

    /// `range` without white space at either end.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].isBlank { lower += 1 }
        while upper > lower, scalars[upper - 1].isBlank { upper -= 1 }
        return lower..<upper
    }

    /// Whether the scalars at `i` spell `word`.
    func matches(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + word.count <= scalars.count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// Whether the scalars at `i` spell `word` (lower-case ASCII) with its first letter capitalised.
    func matchesCapitalised(_ word: [Unicode.Scalar], at i: Int) -> Bool {
        guard let first = word.first, first.isASCIILower, i >= 0, i + word.count <= scalars.count,
              scalars[i].value == first.value - 0x20 else { return false }
        for k in 1..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    /// Display width of `range`: ideographs and full-width forms count 2, everything else 1.
    func width(_ range: Range<Int>) -> Int {
        var total = 0
        for i in range {
            let s = scalars[i]
            // Nothing below U+1100 is wide: one compare for Latin text.
            total += s.value < 0x1100 ? 1 : (s.isWide ? 2 : 1)
        }
        return total
    }
}

extension Unicode.Scalar {
    /// White space of any kind, including the ideographic space used to indent paragraphs.
    var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFEFF, 0x200B, 0x2002...0x200A, 0x202F, 0x205F:
            return true
        default:
            return false
        }
    }

    /// A Han ideograph (CJK Unified Ideographs and their extensions and compatibility forms).
    package var isIdeograph: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true
        default: return false
        }
    }

    /// Wide in a terminal: ideographs, CJK punctuation, full-width forms, kana, Hangul.
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    package var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    package var isASCIIUpper: Bool { (0x41...0x5A).contains(value) }
    var isASCIILower: Bool { (0x61...0x7A).contains(value) }
    package var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
    package var isAlphanumericASCII: Bool { isASCIILetter || isASCIIDigit }

    /// Punctuation that ends a sentence: 。！？ . ! ? and their full-width forms.
    var isSentenceEnd: Bool {
        switch self {
        case "。", "！", "？", ".", "!", "?", "．", "｡": return true
        default: return false
        }
    }

    /// Punctuation that ends a clause strongly enough for an enumeration item to follow.
    var isClauseEnd: Bool {
        switch self {
        case "。", "！", "？", ".", "!", "?", "；", ";", "：", ":", "．": return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow a sentence end.
    var isCloser: Bool {
        switch self {
        case "”", "’", "\"", "'", "）", ")", "」", "』", "》", "】", "]": return true
        default: return false
        }
    }
}
