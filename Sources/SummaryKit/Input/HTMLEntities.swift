/// Character references met in saved web pages.
package enum HTMLEntities {
    package static let named: [String: String] = [
        "nbsp": "\u{A0}", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "\u{201C}",
        "rdquo": "\u{201D}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}",
        "hellip": "\u{2026}", "middot": "\u{B7}", "bull": "\u{2022}", "copy": "\u{A9}", "reg": "\u{AE}",
        "trade": "\u{2122}", "times": "\u{D7}", "divide": "\u{F7}", "laquo": "\u{AB}", "raquo": "\u{BB}",
        "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "emsp": "\u{2003}", "ensp": "\u{2002}", "thinsp": "\u{2009}",
        "deg": "\u{B0}", "plusmn": "\u{B1}", "sup2": "\u{B2}", "para": "\u{B6}", "sect": "\u{A7}", "yen": "\u{A5}",
        "rarr": "\u{2192}", "larr": "\u{2190}", "zwsp": "\u{200B}", "shy": "\u{AD}",
    ]

    /// Decodes the reference that starts with `&` at byte `i` of UTF-8 `bytes`: the text and how
    /// many bytes it takes, or nil when it is not a reference (the `&` is then literal).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (String, Int)? {
        var k = i + 1
        while k < bytes.count, k - i <= 12, bytes[k] != UInt8(ascii: ";") {
            let b = bytes[k]
            guard (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == UInt8(ascii: "#") else { return nil }
            k += 1
        }
        guard k < bytes.count, bytes[k] == UInt8(ascii: ";"), k > i + 1 else { return nil }
        // ASCII only, checked above.
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<k]), as: UTF8.self)
        let length = k + 1 - i
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let text = named[name] ?? named[name.lowercased()] else { return nil }
        return (text, length)
    }
}
