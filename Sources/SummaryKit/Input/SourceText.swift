/// Decoded text of one input, with the facts every later stage needs to point back into it.
///
/// All positions downstream of `SourceText` are UTF-8 byte offsets into ``text`` plus 1-based
/// line numbers. Line breaks are kept as they were (LF, CRLF or CR), so line numbers stay true
/// to the source file.
///
/// ```swift
/// let source = SourceText("一、加强学习\r\n二、严肃纪律\n")
/// source.lineCount            // 2
/// source.line(atUTF8Offset: 20) // 2
/// ```
public struct SourceText: Sendable, Hashable {
    /// The decoded text.
    public let text: String
    /// The encoding the bytes were decoded from (an ICU converter name such as `UTF-8`, `GB18030`).
    public let encoding: String
    /// Where the text came from: a file path, `<stdin>`, or a caller-chosen name.
    public let origin: String
    /// UTF-8 offsets at which each line starts; the first is always 0.
    public let lineStarts: [Int]

    /// Wraps already-decoded text.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - encoding: The encoding it was decoded from, for reports.
    ///   - origin: A name for messages and reports.
    public init(_ text: String, encoding: String = "UTF-8", origin: String = "<text>") {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        self.encoding = encoding
        self.origin = origin
        self.lineStarts = SourceText.lineStarts(of: text)
    }

    /// The number of lines (a final line break does not start another line).
    public var lineCount: Int {
        let total = text.utf8.count
        if let last = lineStarts.last, last == total, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The 1-based line on which the byte at `offset` stands.
    ///
    /// - Complexity: O(log *lines*).
    public func line(atUTF8Offset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid }
        }
        return low + 1
    }

    /// The `String` range of UTF-8 byte offsets `range`.
    ///
    /// - Complexity: O(1).
    public func stringRange(_ range: Range<Int>) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return lower..<upper
    }

    /// The text between UTF-8 byte offsets `range`.
    public subscript(utf8 range: Range<Int>) -> Substring {
        text[stringRange(range)]
    }

    /// The text of line `line` (1-based), without its line break.
    public func lineText(_ line: Int) -> Substring {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : text.utf8.count
        let bytes = text.utf8
        while end > start {
            let c = bytes[bytes.index(bytes.startIndex, offsetBy: end - 1)]
            if c == 0x0A || c == 0x0D { end -= 1 } else { break }
        }
        return self[utf8: start..<end]
    }

    static func lineStarts(of text: String) -> [Int] {
        var text = text
        return text.withUTF8 { bytes in
            var starts = [0]
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                i += 1
                if byte == 0x0A {
                    starts.append(i)
                } else if byte == 0x0D {
                    if i < n, bytes[i] == 0x0A { i += 1 }
                    starts.append(i)
                }
            }
            return starts
        }
    }
}
