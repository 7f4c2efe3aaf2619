import SummaryKit

/// The HTML extractor as it was before it read UTF-8 bytes in place (it copied the page into an
/// array of scalars, 4 bytes each): the reference its output must equal, byte for byte.
enum ReferenceHTMLExtractor {
    static let blockTags = HTMLExtractor.blockTags
    static let skippedTags = HTMLExtractor.skippedTags

    /// The text of `html`, one line per block.
    static func extract(_ html: String) -> String {
        let scalars = Array(html.unicodeScalars)
        var lines: [String] = []
        var line = ""
        var pendingSpace = false
        var preformatted = 0
        func breakLine() {
            let trimmed = line.trimmingCharacters(in: " ")
            if !trimmed.isEmpty { lines.append(trimmed) }
            line = ""
            pendingSpace = false
        }
        func append(_ piece: String) {
            for s in piece.unicodeScalars {
                if s == "\n" || s == "\r", preformatted > 0 { breakLine(); continue }
                if s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{A0}" || s == "\u{0C}" {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, !line.isEmpty { line.append(" ") }
                pendingSpace = false
                line.unicodeScalars.append(s)
            }
        }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "&", let (decoded, length) = decodeEntity(scalars, at: i) {
                append(decoded)
                i += length
                continue
            }
            guard s == "<", let tag = Tag.parse(scalars, at: i) else {
                append(String(Character(s)))
                i += 1
                continue
            }
            i = tag.end
            if tag.isComment { continue }
            if !tag.isClosing, skippedTags.contains(tag.name) {
                i = Tag.skipContent(of: tag.name, in: scalars, from: i)
                continue
            }
            if tag.name == "pre" { preformatted += tag.isClosing ? -1 : 1; preformatted = max(0, preformatted) }
            if blockTags.contains(tag.name) { breakLine() }
        }
        breakLine()
        return lines.joined(separator: "\n")
    }

    /// One tag (or comment, doctype, processing instruction) of a page.
    struct Tag {
        var name: String
        var isClosing: Bool
        var isComment: Bool
        var end: Int

        static func parse(_ s: [Unicode.Scalar], at i: Int) -> Tag? {
            guard i + 1 < s.count else { return nil }
            if s[i + 1] == "!" || s[i + 1] == "?" {
                if i + 3 < s.count, s[i + 2] == "-", s[i + 3] == "-" {
                    var k = i + 4
                    while k + 2 < s.count, !(s[k] == "-" && s[k + 1] == "-" && s[k + 2] == ">") { k += 1 }
                    return Tag(name: "", isClosing: false, isComment: true, end: min(s.count, k + 3))
                }
                var k = i + 2
                while k < s.count, s[k] != ">" { k += 1 }
                return Tag(name: "", isClosing: false, isComment: true, end: min(s.count, k + 1))
            }
            var k = i + 1
            let closing = s[k] == "/"
            if closing { k += 1 }
            var name = ""
            while k < s.count, s[k].isAlphanumericASCII || s[k] == "-" || s[k] == ":" {
                name.unicodeScalars.append(s[k])
                k += 1
            }
            guard !name.isEmpty, name.unicodeScalars.first?.isASCIILetter == true else { return nil }
            var quote: Unicode.Scalar?
            while k < s.count {
                let c = s[k]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == ">" {
                    break
                }
                k += 1
            }
            return Tag(name: name.lowercased(), isClosing: closing, isComment: false, end: min(s.count, k + 1))
        }

        /// The position after `</name>`, skipping everything before it (script and style bodies).
        static func skipContent(of name: String, in s: [Unicode.Scalar], from start: Int) -> Int {
            let close = Array("</\(name)".unicodeScalars)
            var k = start
            while k + close.count <= s.count {
                if s[k] == "<" {
                    var matched = true
                    for (n, c) in close.enumerated() {
                        let actual = s[k + n]
                        let lower = actual.isASCIIUpper ? Unicode.Scalar(actual.value + 32) ?? actual : actual
                        if lower != c { matched = false; break }
                    }
                    if matched {
                        var e = k + close.count
                        while e < s.count, s[e] != ">" { e += 1 }
                        return min(s.count, e + 1)
                    }
                }
                k += 1
            }
            return s.count
        }
    }

    /// Decodes the reference that starts with `&` at `i` in `scalars`: the text and how many
    /// scalars it takes, or nil when it is not a reference (the `&` is then literal).
    static func decodeEntity(_ scalars: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        var k = i + 1
        var name = ""
        while k < scalars.count, k - i <= 12, scalars[k] != ";" {
            let s = scalars[k]
            guard s.isAlphanumericASCII || s == "#" else { return nil }
            name.unicodeScalars.append(s)
            k += 1
        }
        guard k < scalars.count, scalars[k] == ";", !name.isEmpty else { return nil }
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
        guard let text = HTMLEntities.named[name] ?? HTMLEntities.named[name.lowercased()] else { return nil }
        return (text, length)
    }
}
