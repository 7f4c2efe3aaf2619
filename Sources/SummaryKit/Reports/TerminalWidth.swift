/// How many terminal columns text takes: East Asian wide and fullwidth characters (CJK
/// ideographs, kana, hangul, fullwidth punctuation such as `，` and `（`, most emoji) take two,
/// combining marks and format characters none, everything else one. Used to keep the text
/// report's columns aligned when file names, section ids or quotes are Chinese.
package enum TerminalWidth {
    /// The columns `text` takes.
    package static func columns<S: StringProtocol>(of text: S) -> Int {
        text.reduce(0) { $0 + columns(of: $1) }
    }

    /// The columns one character (grapheme cluster) takes: the sum over its scalars, at most 2.
    package static func columns(of character: Character) -> Int {
        min(2, character.unicodeScalars.reduce(0) { $0 + columns(of: $1) })
    }

    /// The columns one scalar takes.
    package static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 { return 0 }
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

    /// `text` followed by spaces up to `width` columns (unchanged when already as wide).
    package static func pad<S: StringProtocol>(_ text: S, to width: Int) -> String {
        String(text) + String(repeating: " ", count: max(0, width - columns(of: text)))
    }

    /// The longest prefix of `text` that fits in `width` columns.
    static func prefix<S: StringProtocol>(_ text: S, columns width: Int) -> Substring {
        let text = Substring(text)
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + columns(of: text[index])
            if next > width { break }
            used = next
            end = text.index(after: index)
        }
        return text[..<end]
    }

    /// The longest suffix of `text` that fits in `width` columns.
    package static func suffix<S: StringProtocol>(_ text: S, columns width: Int) -> Substring {
        let text = Substring(text)
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let next = used + columns(of: text[previous])
            if next > width { break }
            used = next
            start = previous
        }
        return text[start...]
    }

    /// `text` shortened to `width` columns, with `…` at the end when something was cut.
    package static func truncate<S: StringProtocol>(_ text: S, columns width: Int) -> String {
        guard columns(of: text) > width else { return String(text) }
        return String(prefix(text, columns: max(0, width - 1))) + "…"
    }

    /// `text` broken into lines of at most `width` columns, the first starting after `first`
    /// (already on the line) columns and the others indented by `indent` spaces. Lines break at
    /// a space where there is one (English), else next to a wide character (Chinese), so that
    /// a run of Latin letters and digits in Chinese text (`L4:42`) stays whole; a word longer
    /// than a line is cut.
    package static func wrap(_ text: String, width: Int, first: Int, indent: Int) -> String {
        var lines = [String]()
        var rest = Substring(text)
        var room = max(8, width - first)
        while columns(of: rest) > room {
            var head = prefix(rest, columns: room)
            // Prefer the last space in the second half of the line, else the last place next to
            // a wide character there.
            if let space = head.lastIndex(of: " "), columns(of: head[..<space]) >= room / 2 {
                head = head[..<space]
            } else if head.endIndex < rest.endIndex, let last = head.last, !canBreak(before: rest[head.endIndex], after: last) {
                var end = head.index(before: head.endIndex)
                while end > head.startIndex, !canBreak(before: head[end], after: head[head.index(before: end)]) {
                    end = head.index(before: end)
                }
                if end > head.startIndex, columns(of: head[..<end]) >= room / 2 { head = head[..<end] }
            }
            lines.append(String(head))
            rest = rest[head.endIndex...].drop { $0 == " " }
            room = max(8, width - indent)
        }
        lines.append(String(rest))
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// Whether a line may break between `previous` and `next` in text without a space there:
    /// next to a wide character, but not before closing punctuation (`、`, `，`, `。`, `）` …,
    /// which a line must not start with).
    static func canBreak(before next: Character, after previous: Character) -> Bool {
        if noLineStart.contains(next) { return false }
        return columns(of: next) >= 2 || columns(of: previous) >= 2
    }

    /// Characters a wrapped line does not start with.
    private static let noLineStart: Set<Character> = [
        "、", "，", "。", "；", "：", "！", "？", "）", "」", "』", "》", "〉", "】", "〕", "”", "’", "…",
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
    ]

    /// East Asian Width W and F ranges (Unicode 15; the emoji blocks are taken whole).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
