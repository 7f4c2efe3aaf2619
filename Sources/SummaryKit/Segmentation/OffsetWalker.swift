/// Maps increasing UTF-16 offsets of a text to UTF-8 offsets and 1-based lines in one forward
/// pass, so that mapping every token or match of a text costs O(n) in all. The walker keeps
/// only its position; callers pass the text's UTF-16 units to each step (from inside one
/// `withUnsafeBufferPointer`), which keeps the hot loop free of bounds checks and copies.
struct OffsetWalker {
    private(set) var utf16Offset = 0
    private(set) var utf8Offset = 0
    private(set) var line = 1
    private var lastWasCR = false

    /// Moves forward to UTF-16 offset `target` of `units`; a target behind the walker is ignored.
    /// A CRLF pair counts as one line break, like a lone CR or LF.
    @inline(__always)
    mutating func advance(to target: Int, in units: UnsafeBufferPointer<UInt16>) {
        let limit = min(target, units.count)
        while utf16Offset < limit {
            let u = units[utf16Offset]
            if u < 0x80 {
                utf8Offset += 1
                if u == 0x0A {
                    if !lastWasCR { line += 1 }
                    lastWasCR = false
                } else if u == 0x0D {
                    line += 1
                    lastWasCR = true
                } else {
                    lastWasCR = false
                }
            } else {
                lastWasCR = false
                if u < 0x800 {
                    utf8Offset += 2
                } else if u >= 0xD800, u < 0xDC00 {
                    utf8Offset += 4
                    utf16Offset += 1
                } else {
                    utf8Offset += 3
                }
            }
            utf16Offset += 1
        }
    }
}
