/// Extracts the text of a saved web page: one line per block element, scripts, styles and
/// comments dropped, character references decoded, runs of white space collapsed.
///
/// HTML as saved by browsers is tag soup, not XML, so this is a small tolerant tokenizer
/// rather than an XML parser: unclosed tags, stray `<` and unknown entities are kept as text.
package enum HTMLExtractor {
    package static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "nav", "blockquote", "pre", "dd", "dt", "dl", "hr", "form",
        "title", "main", "aside", "figure", "figcaption", "center", "address", "caption", "tbody", "thead",
        "option", "body", "html",
    ]
    package static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select"]

    /// Whether decoded text starts like markup.
    package static func looksLikeHTML(_ text: String) -> Bool {
        // Every HTML opening starts with '<' after white space: most texts fail here, at their
        // first scalar, without the head being copied and lower-cased.
        guard let first = text.unicodeScalars.prefix(2048).first(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }),
              first == "<" else { return false }
        let head = text.unicodeScalars.prefix(2048)
        var string = String(String.UnicodeScalarView(head)).lowercased()
        while let first = string.first, first.isWhitespace || first == "\u{FEFF}" { string.removeFirst() }
        return string.hasPrefix("<!doctype html") || string.hasPrefix("<html") || string.hasPrefix("<?xml") && string.contains("<html")
            || (string.hasPrefix("<") && (string.contains("<body") || string.contains("<head")))
    }

    /// The text of `html`, one line per block.
    ///
    /// Reads the page's UTF-8 in place, in one pass, and writes the text straight into its
    /// output: besides the page, memory holds only the text (at most as long as the page) and
    /// its final copy. No stack of open elements is kept, so nesting depth costs nothing. (It
    /// used to copy the page into an array of scalars, 4 bytes each: a 63 MB page took 250 MB
    /// more.)
    package static func extract(_ html: String) -> String {
        var html = html
        let out = html.withUTF8 { bytes in
            var extraction = Extraction(bytes)
            return extraction.run()
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One pass over a page's UTF-8 bytes. Every character of the syntax is ASCII, which never
    /// occurs inside the encoding of another scalar, so tags and references are found byte by byte.
    struct Extraction {
        let s: UnsafeBufferPointer<UInt8>
        /// The text: the lines so far, separated by `\n`, then the current line.
        var out: [UInt8] = []
        /// Where the current line starts in ``out``.
        var lineStart = 0
        var pendingSpace = false
        var preformatted = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { s = bytes }

        /// Ends the current line: kept when it holds anything (it never starts or ends with a
        /// space: a space is written only before what follows it).
        mutating func breakLine() {
            if out.count > lineStart {
                out.append(0x0A)
                lineStart = out.count
            }
            pendingSpace = false
        }

        /// Appends one scalar, given by its UTF-8 bytes `range` of `bytes`, collapsing white space.
        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            let b = bytes[range.lowerBound]
            if range.count == 1 {
                if b == 0x0A || b == 0x0D, preformatted > 0 { breakLine(); return }
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
                    pendingSpace = true
                    return
                }
            } else if range.count == 2, b == 0xC2, bytes[range.lowerBound + 1] == 0xA0 {  // U+00A0
                pendingSpace = true
                return
            }
            if pendingSpace, out.count > lineStart { out.append(0x20) }
            pendingSpace = false
            for k in range { out.append(bytes[k]) }
        }

        /// Appends decoded text (a character reference), scalar by scalar.
        mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                UTF8Scan.forEachScalar(bytes) { _, start, length in append(bytes, start..<(start + length)) }
            }
        }

        mutating func run() -> [UInt8] {
            var i = 0
            let n = s.count
            while i < n {
                let b = s[i]
                if b == UInt8(ascii: "&"), let (decoded, length) = HTMLEntities.decode(s, at: i) {
                    append(decoded)
                    i += length
                    continue
                }
                guard b == UInt8(ascii: "<"), let tag = Tag.parse(s, at: i) else {
                    let length = b < 0x80 ? 1 : UTF8Scan.scalar(in: s, at: i).length
                    append(s, i..<min(n, i + length))
                    i += length
                    continue
                }
                i = tag.end
                if tag.isComment { continue }
                if !tag.isClosing, skippedTags.contains(tag.name) {
                    i = Tag.skipContent(of: tag.name, in: s, from: i)
                    continue
                }
                if tag.name == "pre" { preformatted += tag.isClosing ? -1 : 1; preformatted = max(0, preformatted) }
                if blockTags.contains(tag.name) { breakLine() }
            }
            breakLine()
            // The last line break written ends the last line: drop it.
            if out.last == 0x0A { out.removeLast() }
            return out
        }
    }

    /// One tag (or comment, doctype, processing instruction) of a page.
    struct Tag {
        var name: String
        var isClosing: Bool
        var isComment: Bool
        var end: Int

        static func parse(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Tag? {
            guard i + 1 < s.count else { return nil }
            let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), dash = UInt8(ascii: "-"), close = UInt8(ascii: ">")
            if s[i + 1] == bang || s[i + 1] == question {
                if i + 3 < s.count, s[i + 2] == dash, s[i + 3] == dash {
                    var k = i + 4
                    while k + 2 < s.count, !(s[k] == dash && s[k + 1] == dash && s[k + 2] == close) { k += 1 }
                    return Tag(name: "", isClosing: false, isComment: true, end: min(s.count, k + 3))
                }
                var k = i + 2
                while k < s.count, s[k] != close { k += 1 }
                return Tag(name: "", isClosing: false, isComment: true, end: min(s.count, k + 1))
            }
            var k = i + 1
            let closing = s[k] == UInt8(ascii: "/")
            if closing { k += 1 }
            let nameStart = k
            while k < s.count, isNameByte(s[k]) { k += 1 }
            guard k > nameStart, isASCIILetter(s[nameStart]) else { return nil }
            // ASCII only: lower-cased byte by byte.
            let name = String(decoding: UnsafeBufferPointer(rebasing: s[nameStart..<k]).lazy.map { b in
                (0x41...0x5A).contains(b) ? b + 32 : b
            }, as: UTF8.self)
            var quote: UInt8?
            while k < s.count {
                let c = s[k]
                if let q = quote {
                    if c == q { quote = nil }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == close {
                    break
                }
                k += 1
            }
            return Tag(name: name, isClosing: closing, isComment: false, end: min(s.count, k + 1))
        }

        static func isASCIILetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

        /// A byte of a tag name: an ASCII letter or digit, `-` or `:`.
        static func isNameByte(_ b: UInt8) -> Bool {
            isASCIILetter(b) || (0x30...0x39).contains(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":")
        }

        /// The position after `</name>`, skipping everything before it (script and style bodies).
        static func skipContent(of name: String, in s: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let close = Array("</\(name)".utf8)
            var k = start
            while k + close.count <= s.count {
                if s[k] == UInt8(ascii: "<") {
                    var matched = true
                    for (n, c) in close.enumerated() {
                        let actual = s[k + n]
                        let lower = (0x41...0x5A).contains(actual) ? actual + 32 : actual
                        if lower != c { matched = false; break }
                    }
                    if matched {
                        var e = k + close.count
                        while e < s.count, s[e] != UInt8(ascii: ">") { e += 1 }
                        return min(s.count, e + 1)
                    }
                }
                k += 1
            }
            return s.count
        }
    }
}
