/// Groups the lines of a text into blocks: one per non-empty line, except that lines broken
/// in the middle of a paragraph (hard-wrapped text, indented continuation lines) are joined.
///
/// A file counts as hard-wrapped when most of its lines fill nearly the same width (at most
/// 180 columns, ideographs counting two). In such a file a line that fills at least 3/4 of
/// that width continues into the next non-empty line unless the next one starts with a
/// marker or a separator. Anywhere, an unfinished line (no sentence end) continues into a
/// next line that is indented deeper and starts with no marker.
struct LineJoiner {
    let text: ScalarText
    /// Lines (1-based) that must stand alone (docx headings and titles).
    var fixedLines: Set<Int> = []

    struct Line {
        var number: Int
        var content: Range<Int>   // trimmed
        var indent: Int           // display columns of leading white space
        var width: Int
    }

    func lines() -> [Line?] {
        var out: [Line?] = []
        out.reserveCapacity(text.lineStarts.count)
        for number in 1...max(1, text.lineStarts.count) {
            guard number <= text.lineStarts.count else { break }
            let raw = text.lineRange(number)
            let content = text.trimmed(raw)
            if content.isEmpty { out.append(nil); continue }
            let indent = text.width(raw.lowerBound..<content.lowerBound)
            out.append(Line(number: number, content: content, indent: indent, width: text.width(content)))
        }
        return out
    }

    /// The wrap width if the file is hard-wrapped, else nil.
    static func wrapWidth(_ lines: [Line]) -> Int? {
        guard lines.count >= 5 else { return nil }
        let widths = lines.map(\.width).sorted()
        let w = widths[min(widths.count - 1, Int(Double(widths.count) * 0.9))]
        guard w <= 180, w >= 30 else { return nil }
        let full = widths.filter { $0 >= w * 3 / 4 && $0 <= w + 4 }.count
        return full * 10 >= lines.count * 4 ? w : nil
    }

    /// The blocks of the text, as trimmed scalar ranges, in order.
    func blocks() -> [Range<Int>] {
        let all = lines()
        let present = all.compactMap { $0 }
        let wrap = Self.wrapWidth(present)
        var blocks: [Range<Int>] = []
        var current: Range<Int>?
        var previous: Line?
        for entry in all {
            guard let line = entry else {
                if let block = current { blocks.append(block) }
                current = nil
                previous = nil
                continue
            }
            if let block = current, let last = previous, joins(last, line, wrap: wrap) {
                current = block.lowerBound..<line.content.upperBound
            } else {
                if let block = current { blocks.append(block) }
                current = line.content
            }
            previous = line
        }
        if let block = current { blocks.append(block) }
        return blocks
    }

    /// Whether `range` starts with "- " or "• " (a bullet and white space), as document viewers
    /// print the lines of their information box ("- 202.68 KB", "• 资源大小:515KB 全文页数:75页").
    static func isDashItem(_ text: ScalarText, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, text[range.lowerBound + 1].isBlank else { return false }
        let s = text[range.lowerBound]
        return s == "-" || s == "•"
    }

    func joins(_ last: Line, _ next: Line, wrap: Int?) -> Bool {
        if fixedLines.contains(last.number) || fixedLines.contains(next.number) { return false }
        let start = next.content.lowerBound
        if MarkerScanner.marker(in: text, at: start, end: next.content.upperBound) != nil { return false }
        if MarkerScanner.separator(in: text, at: start, end: next.content.upperBound) != nil { return false }
        if Self.isDashItem(text, next.content) { return false }
        let end = text[last.content.upperBound - 1]
        let finished = end.isSentenceEnd || end == "；" || end == "：" || end == ":" || end == ";" || end.isCloser
        if let wrap, last.width >= wrap * 3 / 4 {
            // A full line in a wrapped file continues, unless it ends a sentence and the next
            // line is indented like a new paragraph.
            return !(finished && next.indent > last.indent)
        }
        return !finished && next.indent > last.indent && last.width >= 40
    }
}
