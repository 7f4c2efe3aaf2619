/// Finds unfilled template slots in one linear pass: runs of x/X (x村, xx中学, 20xx年,
/// 《x》, "XX District", "Zheng X"), 某某, underscores (____, 20__年), asterisks (`**`),
/// ○○ and □□. An x that is part of a word ("Xi Jinping", "x-ray", "Max") or of a number
/// ("3x4", "0x1F") is not a slot.
struct PlaceholderScanner {
    let text: ScalarText

    static func isX(_ s: Unicode.Scalar) -> Bool {
        s == "x" || s == "X" || s == "ｘ" || s == "Ｘ" || s == "×"
    }

    static func isFiller(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s == "＿" || s == "*" || s == "＊" || s == "○" || s == "□"
    }

    /// Whether a slot can start with `s`: an x (``isX(_:)``), 某 or a filler
    /// (``isFiller(_:)``). The first test of ``scan()``, which most scalars fail.
    @inline(__always)
    static func mayStartSlot(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == "x" || s == "X" || s == "_" || s == "*" }
        return isX(s) || s == "某" || isFiller(s)
    }

    func scan() -> [Placeholder] {
        var found: [Placeholder] = []
        var i = 0
        let n = text.count
        while i < n {
            let s = text[i]
            guard Self.mayStartSlot(s) else {
                i += 1
                continue
            }
            if Self.isX(s) {
                var j = i
                while j < n, Self.isX(text[j]) { j += 1 }
                if let start = xSlot(i, j) { add(start..<j, to: &found) }
                i = j
                continue
            }
            if s == "某", text.at(i + 1) == "某" {
                var j = i
                while j < n, text[j] == "某" { j += 1 }
                add(i..<j, to: &found)
                i = j
                continue
            }
            if Self.isFiller(s) {
                var j = i
                while j < n, text[j] == s { j += 1 }
                if j - i >= 2 {
                    add(yearPrefix(i).map { $0..<j } ?? i..<j, to: &found)
                }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    /// The start of a year written as "20" or "19" just before `i` ("20xx", "20__"), if any.
    func yearPrefix(_ i: Int) -> Int? {
        guard i >= 2, let a = text.at(i - 2), let b = text.at(i - 1), a == "2" || a == "1",
              b == "0" || b == "9" else { return nil }
        if let before = text.at(i - 3), before.isAlphanumericASCII { return nil }
        return i - 2
    }

    /// Where the slot for the x-run `i..<j` starts, or nil when the run is not a slot.
    func xSlot(_ i: Int, _ j: Int) -> Int? {
        guard j - i <= 6 else { return nil }
        let previous = text.at(i - 1)
        let next = text.at(j)
        if let previous, previous.isASCIILetter { return nil }
        if let next, next.isASCIILetter { return nil }
        if let year = yearPrefix(i) { return year }
        if let previous, previous.isASCIIDigit { return nil }
        if let next, next.isASCIIDigit { return nil }
        if next == "-", let after = text.at(j + 1), after.isASCIILetter { return nil }
        if previous == "-", let before = text.at(i - 2), before.isASCIILetter { return nil }
        // × between numbers ("3 × 4") is multiplication.
        if text[i] == "×" {
            if let p = previousNonBlank(i), p.isASCIIDigit { return nil }
            if j - i == 1, let previous, previous.isBlank { return nil }
        }
        // A Roman numeral X heading ("X. Tenth …") at a line start.
        if text[i] == "X", j - i == 1, next == "." || next == "、",
           previous == nil || previous == "\n" || previous == "\r" { return nil }
        return i
    }

    func previousNonBlank(_ i: Int) -> Unicode.Scalar? {
        var k = i - 1
        while k >= 0, text[k].isBlank, text[k] != "\n" { k -= 1 }
        return text.at(k)
    }

    func add(_ range: Range<Int>, to found: inout [Placeholder]) {
        let line = text.line(of: range.lowerBound)
        let column = range.lowerBound - text.lineStarts[line - 1] + 1
        found.append(Placeholder(text: text.string(range), utf8Range: text.byteRange(range), line: line, column: column))
    }
}
