/// Scalar-by-scalar walks over valid UTF-8 bytes, for the hot loops that would otherwise go
/// through `String.unicodeScalars` (several times slower per scalar).
package enum UTF8Scan {
    /// Calls `body(value, start, length)` for every scalar of `bytes`, which must be valid
    /// UTF-8 (the bytes of a Swift string are), decoded by ``scalar(in:at:)``.
    @inline(__always)
    static func forEachScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt32, Int, Int) -> Void) {
        var i = 0
        while i < bytes.count {
            let (value, length) = scalar(in: bytes, at: i)
            body(value, i, length)
            i += length
        }
    }

    /// The scalar starting at `i` of valid UTF-8 `bytes` and its length in bytes (a truncated
    /// sequence, which a Swift string cannot hold, counts as its first byte alone).
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let n = bytes.count
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if i + 3 < n {
            return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (b0, 1)
    }

    /// Runs `body` over the UTF-8 bytes of `text` without copying when the storage allows.
    @inline(__always)
    static func withBytes<R>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// White space as `Character.isWhitespace` sees it (the White_Space property); also what
    /// makes a non-word ICU segment `.whitespace` rather than `.punctuation`.
    @inline(__always)
    static func isWhiteSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Characters of `text` as a reader counts them: scalars, with a combining mark
    /// (U+0300–U+036F), a zero-width joiner or variation selector joined to the one before, and
    /// CR LF counted once. The same as `String.count` for the text of these documents, at a
    /// fraction of the cost of grapheme breaking.
    static func characterCount(_ text: Substring) -> Int {
        withBytes(of: text) { bytes in
            var count = 0
            var previous: UInt32 = 0
            forEachScalar(bytes) { v, _, _ in
                let joins = (v >= 0x300 && v <= 0x36F) || v == 0x200D || (v >= 0xFE00 && v <= 0xFE0F) || (v == 0x0A && previous == 0x0D)
                if !joins { count += 1 }
                previous = v
            }
            return count
        }
    }

    /// `String(decoding: units, as: UTF16.self)` by one transcoding loop into the new string's
    /// storage (the standard library's generic path decodes a scalar at a time through several
    /// layers, a twentieth of a statistics run). A lone surrogate becomes U+FFFD, as there.
    package static func string(fromUTF16 units: UnsafeBufferPointer<UInt16>) -> String {
        String(unsafeUninitializedCapacity: units.count * 3) { out in
            var o = 0
            var i = 0
            let n = units.count
            while i < n {
                var v = UInt32(units[i])
                i += 1
                if v < 0x80 {
                    out[o] = UInt8(v)
                    o += 1
                    continue
                }
                if v < 0x800 {
                    out[o] = UInt8(0xC0 | (v >> 6))
                    out[o + 1] = UInt8(0x80 | (v & 0x3F))
                    o += 2
                    continue
                }
                if v & 0xF800 == 0xD800 {
                    if v < 0xDC00, i < n, units[i] & 0xFC00 == 0xDC00 {
                        v = 0x10000 + ((v - 0xD800) << 10) + (UInt32(units[i]) - 0xDC00)
                        i += 1
                        out[o] = UInt8(0xF0 | (v >> 18))
                        out[o + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                        out[o + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                        out[o + 3] = UInt8(0x80 | (v & 0x3F))
                        o += 4
                        continue
                    }
                    v = 0xFFFD
                }
                out[o] = UInt8(0xE0 | (v >> 12))
                out[o + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                out[o + 2] = UInt8(0x80 | (v & 0x3F))
                o += 3
            }
            return o
        }
    }
}
