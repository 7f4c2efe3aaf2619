/// Strict UTF-8 validation (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid sequence, or nil when all is valid.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let need: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; upper = 0x9F
            case 0xF0: need = 3; lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; upper = 0x8F
            default: return i
            }
            if i + need >= n { return i }  // truncated sequence at the end
            let b1 = bytes[i + 1]
            if b1 < lower || b1 > upper { return i }
            var k = 2
            while k <= need {
                let b = bytes[i + k]
                if b < 0x80 || b > 0xBF { return i }
                k += 1
            }
            i += need + 1
        }
        return nil
    }

    /// The share of non-ASCII bytes that stand in valid UTF-8 sequences, scanning past errors.
    /// Text in a legacy Chinese encoding rarely forms valid UTF-8 sequences (well under half);
    /// UTF-8 with a few damaged bytes stays close to 1.
    static func validMultibyteShare(_ bytes: UnsafeBufferPointer<UInt8>) -> Double {
        var valid = 0
        var total = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[i..<min(bytes.count, i + 4)])
            let width: Int
            switch bytes[i] {
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: width = 0
            }
            if width > 0, rest.count >= width, firstInvalidOffset(UnsafeBufferPointer(rebasing: rest[0..<width])) == nil {
                valid += width
                total += width
                i += width
            } else {
                total += 1
                i += 1
            }
        }
        return total == 0 ? 1 : Double(valid) / Double(total)
    }
}
