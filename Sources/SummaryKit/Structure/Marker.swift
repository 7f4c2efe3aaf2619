/// A family of heading or enumeration markers. Heading levels follow the order in which
/// families first appear as headings in a summary.
enum MarkerFamily: String, Sendable, Hashable, CaseIterable {
    /// 一、 二、 and their machine-translated form "One, " "Two, "
    case chineseNumeral
    /// （一） (一) and the bracket variants 〔一〕 ［一］ ㈠, and the machine-translated "(two)"
    case chineseParen
    /// 第一， 第二、
    case chineseOrdinal
    /// 一是 二是
    case chineseIs
    /// 首先 其次 再次 最后
    case sequenceWord
    /// 1. 1、 1． ⒈ and, in English, "1, "
    case arabic
    /// （1） (1) 1） ⑴
    case arabicParen
    /// ① ②
    case circled
    /// A、 B、 (A) （B）: capital letters, the innermost level of Chinese outlines and the
    /// machine-translated form of （一） in some English pages.
    case letter
    /// First, Second, … Finally,
    case englishOrdinal
    /// I. II. III.
    case roman
    /// (I) (II) （III）: the English form of （一） (二), one level under I.
    case romanParen
    /// A Word heading style without a textual marker (docx only).
    case style

    /// Families that head sections: they may start a heading in the middle of a flattened line.
    var isMajor: Bool {
        switch self {
        case .chineseNumeral, .chineseParen, .chineseOrdinal, .englishOrdinal, .roman, .romanParen: return true
        default: return false
        }
    }

    /// Families that enumerate items inside running text.
    var isEnumeration: Bool {
        switch self {
        case .chineseIs, .arabic, .arabicParen, .circled, .chineseParen, .romanParen, .letter: return true
        default: return false
        }
    }

    /// Ordinal words (First, … Second, …; 第一，… 第二，…): they head the sections of a
    /// flattened page, or enumerate the items of a paragraph when they follow one another in
    /// running text. Within a paragraph they enumerate like ``isEnumeration`` families.
    var isOrdinalWord: Bool { self == .englishOrdinal || self == .chineseOrdinal }

    /// Families whose markers may start an item inside a paragraph.
    var isInline: Bool { isEnumeration || isOrdinalWord }
}

/// A marker found at a position: its family, its ordinal value, and how many scalars it
/// takes (white space after it included in ``length`` but not in ``textLength``).
struct MarkerMatch: Sendable, Hashable {
    var family: MarkerFamily
    /// 1 for 一、/First,/①…; ``MarkerMatch/last`` for 最后/Finally.
    var value: Int
    /// Scalars of the marker itself.
    var textLength: Int
    /// Scalars of the marker and the white space after it.
    var length: Int

    static let last = 99
}

/// Recognises markers at a scalar position. Pure functions over ``ScalarText``.
enum MarkerScanner {
    /// The value of a Chinese digit (一 … 十, 两, and the financial 壹 贰 叁), or nil. A switch
    /// rather than a dictionary: ``marker(in:at:end:)`` asks at every plausible marker start,
    /// and hashing a scalar per call cost more than the rest of the test.
    @inline(__always)
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "一", "壹": return 1
        case "二", "两", "贰": return 2
        case "三", "叁": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    /// Parses a Chinese numeral 1…99 at `i`: returns value and length.
    static func chineseNumber(_ t: ScalarText, at i: Int) -> (Int, Int)? {
        guard let first = t.at(i), let d1 = chineseDigit(first), first != "两" else { return nil }
        if d1 == 10 {
            if let next = t.at(i + 1), let d2 = chineseDigit(next), d2 < 10 { return (10 + d2, 2) }
            return (10, 1)
        }
        if let next = t.at(i + 1), next == "十" {
            if let third = t.at(i + 2), let d3 = chineseDigit(third), d3 < 10 { return (d1 * 10 + d3, 3) }
            return (d1 * 10, 2)
        }
        return (d1, 1)
    }

    /// Parses 1–2 ASCII or full-width digits at `i`.
    static func arabicNumber(_ t: ScalarText, at i: Int) -> (Int, Int)? {
        var value = 0
        var length = 0
        while let s = t.at(i + length), let d = digit(s) {
            value = value * 10 + d
            length += 1
            if length > 2 { return nil }
        }
        return length == 0 || value == 0 ? nil : (value, length)
    }

    static func digit(_ s: Unicode.Scalar) -> Int? {
        if s.isASCIIDigit { return Int(s.value - 0x30) }
        if (0xFF10...0xFF19).contains(s.value) { return Int(s.value - 0xFF10) }
        return nil
    }

    static let sequenceWords: [([Unicode.Scalar], Int)] = [
        (Array("首先".unicodeScalars), 1), (Array("其次".unicodeScalars), 2),
        (Array("再次".unicodeScalars), 3), (Array("最后".unicodeScalars), MarkerMatch.last),
    ]

    static let englishOrdinals: [([Unicode.Scalar], Int)] = {
        let words = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
        var out: [([Unicode.Scalar], Int)] = []
        for (k, word) in words.enumerated() {
            out.append((Array((word + "ly").unicodeScalars), k + 1))
            out.append((Array(word.unicodeScalars), k + 1))
        }
        out.append((Array("Finally".unicodeScalars), MarkerMatch.last))
        out.append((Array("Lastly".unicodeScalars), MarkerMatch.last))
        return out
    }()

    /// "One, " … "Ten, ": the machine-translated form of 一、…十、.
    static let englishNumbers: [([Unicode.Scalar], Int)] = {
        let words = ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
        return words.enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1) }
    }()

    static let romans: [(String, Int)] = [
        ("VIII", 8), ("III", 3), ("VII", 7), ("II", 2), ("IV", 4), ("VI", 6), ("IX", 9),
        ("I", 1), ("V", 5), ("X", 10),
    ]

    /// The marker starting at `i`, if any. The caller decides whether the position is a
    /// plausible start (line start, after white space or a clause end).
    /// Whether a marker can start with `s`: not a lower-case letter, ASCII punctuation other
    /// than "(", or white space — the cheap test before ``marker(in:at:end:)``.
    @inline(__always)
    static func mayStart(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x80 || s == "(" || s.isASCIIDigit || s.isASCIIUpper
    }

    static func marker(in t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard i < end, let s = t.at(i) else { return nil }
        // Most positions hold a lower-case letter or punctuation: no marker starts there.
        if !mayStart(s) { return nil }
        var result: MarkerMatch?
        if s == "（" || s == "(" || s == "〔" || s == "［" {
            result = parenthesised(t, at: i, end: end)
        } else if (0x2460...0x2473).contains(s.value) {
            result = MarkerMatch(family: .circled, value: Int(s.value - 0x2460) + 1, textLength: 1, length: 1)
        } else if (0x2474...0x2487).contains(s.value) {
            // ⑴ ⑵: one scalar for （1） (2).
            result = MarkerMatch(family: .arabicParen, value: Int(s.value - 0x2474) + 1, textLength: 1, length: 1)
        } else if (0x2488...0x249B).contains(s.value) {
            // ⒈ ⒉: one scalar for 1. 2.
            result = MarkerMatch(family: .arabic, value: Int(s.value - 0x2488) + 1, textLength: 1, length: 1)
        } else if (0x3220...0x3229).contains(s.value) {
            // ㈠ ㈡: one scalar for （一） （二）.
            result = MarkerMatch(family: .chineseParen, value: Int(s.value - 0x3220) + 1, textLength: 1, length: 1)
        } else if s == "第" {
            result = chineseOrdinal(t, at: i, end: end)
        } else if chineseDigit(s) != nil {
            result = chineseNumeralMarker(t, at: i, end: end)
        } else if digit(s) != nil {
            result = arabicMarker(t, at: i, end: end)
        } else if s == "首" || s == "其" || s == "再" || s == "最" {
            for (word, value) in sequenceWords where t.matches(word, at: i) {
                var length = word.count
                if let next = t.at(i + length), next == "，" || next == "," || next == "：" { length += 1 }
                result = MarkerMatch(family: .sequenceWord, value: value, textLength: length, length: length)
                break
            }
        } else if s.isASCIIUpper {
            result = englishOrdinal(t, at: i, end: end) ?? englishNumber(t, at: i, end: end) ?? roman(t, at: i, end: end)
                ?? letter(t, at: i, end: end)
        } else if (0xFF21...0xFF3A).contains(s.value) {
            result = letter(t, at: i, end: end)
        }
        guard var match = result, i + match.textLength <= end else { return nil }
        var k = i + match.textLength
        while k < end, t[k].isBlank { k += 1 }
        match.length = k - i
        return match
    }

    /// The closing bracket of each opening bracket a parenthesised marker may use.
    @inline(__always)
    static func closing(_ open: Unicode.Scalar) -> (Unicode.Scalar, Unicode.Scalar) {
        switch open {
        case "〔": return ("〕", "〕")
        case "［": return ("］", "］")
        default: return ("）", ")")
        }
    }

    /// Lower-case number words in brackets, "(two)": the machine-translated （二）.
    static let bracketedNumbers: [([Unicode.Scalar], Int)] = {
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.enumerated().map { (Array($0.element.unicodeScalars), $0.offset + 1) }
    }()

    static func parenthesised(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard let open = t.at(i) else { return nil }
        var k = i + 1
        let family: MarkerFamily
        let value: Int
        if let (v, n) = chineseNumber(t, at: k) {
            family = .chineseParen; value = v; k += n
        } else if let (v, n) = arabicNumber(t, at: k) {
            family = .arabicParen; value = v; k += n
        } else if let (v, n) = romanNumber(t, at: k) {
            family = .romanParen; value = v; k += n
        } else if let s = t.at(k), let v = letterValue(s), let close = t.at(k + 1), close == ")" || close == "）" {
            family = .letter; value = v; k += 1
        } else if let s = t.at(k), s.isASCIILower || s.isASCIIUpper,
                  let (word, v) = bracketedNumbers.first(where: { t.matches($0.0, at: k) || t.matchesCapitalised($0.0, at: k) }) {
            family = .chineseParen; value = v; k += word.count
        } else {
            return nil
        }
        let (close1, close2) = closing(open)
        guard let close = t.at(k), close == close1 || close == close2 else { return nil }
        k += 1
        if let next = t.at(k), next == "、" || next == "，" || next == "." || next == "．" { k += 1 }
        return MarkerMatch(family: family, value: value, textLength: k - i, length: k - i)
    }

    static func chineseOrdinal(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard let (value, n) = chineseNumber(t, at: i + 1) else { return nil }
        let k = i + 1 + n
        guard let delimiter = t.at(k) else { return nil }
        switch delimiter {
        case "，", "、", ",", "：", "是": return MarkerMatch(family: .chineseOrdinal, value: value, textLength: k + 1 - i, length: 0)
        default: return nil
        }
    }

    static func chineseNumeralMarker(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard let (value, n) = chineseNumber(t, at: i) else { return nil }
        let k = i + n
        guard let delimiter = t.at(k) else { return nil }
        switch delimiter {
        case "、", "．": return MarkerMatch(family: .chineseNumeral, value: value, textLength: n + 1, length: 0)
        case "是":
            // 一是… but not 一是否
            if t.at(k + 1) == "否" { return nil }
            return MarkerMatch(family: .chineseIs, value: value, textLength: n + 1, length: 0)
        default: return nil
        }
    }

    static func arabicMarker(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard let (value, n) = arabicNumber(t, at: i) else { return nil }
        let k = i + n
        guard let delimiter = t.at(k) else { return nil }
        let after = t.at(k + 1)
        switch delimiter {
        case "、", "．":
            return MarkerMatch(family: .arabic, value: value, textLength: n + 1, length: 0)
        case ".":
            // 1. Text / 1.坚持 — but not 3.5 or 1.2公里
            if let after, digit(after) != nil || after == "." || after.isASCIILower { return nil }
            return MarkerMatch(family: .arabic, value: value, textLength: n + 1, length: 0)
        case ",":
            // English "1, improve …": a space, then a lower-case word.
            guard after == " ", let word = t.at(k + 2), word.isASCIILower else { return nil }
            return MarkerMatch(family: .arabic, value: value, textLength: n + 1, length: 0)
        case ")", "）":
            if let after, digit(after) != nil { return nil }
            return MarkerMatch(family: .arabicParen, value: value, textLength: n + 1, length: 0)
        default:
            return nil
        }
    }

    /// Bit `k` is set when some word of `words` starts with the letter A + `k` (ASCII upper case).
    static func initials(_ words: [[Unicode.Scalar]]) -> UInt32 {
        words.reduce(0) { mask, word in
            guard let first = word.first, first.isASCIIUpper else { return ~0 }  // no filtering then
            return mask | 1 << (first.value - 0x41)
        }
    }

    static let englishOrdinalInitials = initials(englishOrdinals.map(\.0))
    static let englishNumberInitials = initials(englishNumbers.map(\.0))
    static let romanInitials = initials(romanScalars.map(\.0))

    /// Whether the scalar at `i` is an upper-case letter in `mask` (``initials(_:)``): the cheap
    /// test that spares most capitalised words the loop over every ordinal, number and numeral.
    @inline(__always)
    static func startsWithInitial(_ t: ScalarText, at i: Int, _ mask: UInt32) -> Bool {
        guard let s = t.at(i), s.isASCIIUpper else { return mask == ~0 }
        return mask & (1 << (s.value - 0x41)) != 0
    }

    static func englishOrdinal(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard startsWithInitial(t, at: i, englishOrdinalInitials) else { return nil }
        for (word, value) in englishOrdinals where t.matches(word, at: i) {
            let k = i + word.count
            guard let delimiter = t.at(k), delimiter == "," || delimiter == ":" || delimiter == "，" else { continue }
            return MarkerMatch(family: .englishOrdinal, value: value, textLength: k + 1 - i, length: 0)
        }
        return nil
    }

    /// "One, Strengthen …": a capitalised number word, a comma (or 、 ：) and a capitalised
    /// heading ("One, however, refused" is a sentence).
    static func englishNumber(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard startsWithInitial(t, at: i, englishNumberInitials) else { return nil }
        for (word, value) in englishNumbers where t.matches(word, at: i) {
            let k = i + word.count
            guard let delimiter = t.at(k), delimiter == "," || delimiter == "，" || delimiter == "、" || delimiter == ":" else { continue }
            var n = k + 1
            while n < end, t[n].isBlank { n += 1 }
            guard n < end, t[n].isASCIIUpper || t[n].isASCIIDigit || t[n].isWide || t[n] == "\"" else { return nil }
            return MarkerMatch(family: .chineseNumeral, value: value, textLength: k + 1 - i, length: 0)
        }
        return nil
    }

    /// The value of a capital letter A…J (ASCII or full-width) as a list marker.
    @inline(__always)
    static func letterValue(_ s: Unicode.Scalar) -> Int? {
        if (0x41...0x4A).contains(s.value) { return Int(s.value - 0x40) }
        if (0xFF21...0xFF2A).contains(s.value) { return Int(s.value - 0xFF20) }
        return nil
    }

    /// "A、" "B、" (a capital letter and an enumeration comma): the innermost outline level.
    /// Not "A." or "A,": initials and words.
    static func letter(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard let s = t.at(i), let value = letterValue(s), let delimiter = t.at(i + 1), delimiter == "、" else { return nil }
        return MarkerMatch(family: .letter, value: value, textLength: 2, length: 0)
    }

    static let romanScalars: [([Unicode.Scalar], Int)] = romans.map { (Array($0.0.unicodeScalars), $0.1) }

    /// An upper-case Roman numeral I…X at `i` (longest first): value and length.
    static func romanNumber(_ t: ScalarText, at i: Int) -> (Int, Int)? {
        for (numeral, value) in romanScalars where t.matches(numeral, at: i) { return (value, numeral.count) }
        return nil
    }

    static func roman(_ t: ScalarText, at i: Int, end: Int) -> MarkerMatch? {
        guard startsWithInitial(t, at: i, romanInitials) else { return nil }
        for (numeral, value) in romanScalars where t.matches(numeral, at: i) {
            let k = i + numeral.count
            guard let delimiter = t.at(k), delimiter == "." || delimiter == "、" || delimiter == "．" else { continue }
            if delimiter == ".", let after = t.at(k + 1), !after.isBlank { continue }
            return MarkerMatch(family: .roman, value: value, textLength: k + 1 - i, length: 0)
        }
        return nil
    }

    /// A separator (【篇一】, 【第一篇】, 第1篇, 篇一：, 范文(一), [Part One]) at `i`: its length, white space after included.
    static func separator(in t: ScalarText, at i: Int, end: Int) -> Int? {
        var k = i
        if let n = englishSeparator(t, at: i, end: end) {
            k += n
        } else if t.at(k) == "【" || t.at(k) == "[" {
            var j = k + 1
            var hasPian = false
            var hasNumber = false
            while j < end, j - k <= 10, t[j] != "】", t[j] != "]" {
                if t[j] == "篇" { hasPian = true }
                if chineseDigit(t[j]) != nil || digit(t[j]) != nil { hasNumber = true }
                j += 1
            }
            guard j < end, hasPian || (hasNumber && j - k <= 4) else { return nil }
            k = j + 1
        } else if t.matches(Array("篇".unicodeScalars), at: k) {
            guard let (_, n) = chineseNumber(t, at: k + 1) ?? arabicNumber(t, at: k + 1) else { return nil }
            k += 1 + n
            guard let d = t.at(k), d == "：" || d == ":" || d.isBlank else { return nil }
            k += 1
        } else if t.at(k) == "第" {
            guard let (_, n) = chineseNumber(t, at: k + 1) ?? arabicNumber(t, at: k + 1),
                  t.at(k + 1 + n) == "篇" else { return nil }
            k += 2 + n
            if let d = t.at(k), d == "：" || d == ":" { k += 1 }
        } else if t.matches(Array("范文".unicodeScalars), at: k) {
            guard let open = t.at(k + 2), open == "（" || open == "(",
                  let (_, n) = chineseNumber(t, at: k + 3) ?? arabicNumber(t, at: k + 3),
                  let close = t.at(k + 3 + n), close == "）" || close == ")" else { return nil }
            k += 4 + n
            if let d = t.at(k), d == "：" || d == ":" { k += 1 }
        } else {
            return nil
        }
        while k < end, t[k].isBlank { k += 1 }
        return k - i
    }

    static let separatorWords: [[Unicode.Scalar]] = ["Part", "Article", "Chapter"].map { Array($0.unicodeScalars) }

    /// The machine-translated form of 【篇一】: "[Part One]", "【Part 2】", "[Article III]". Its
    /// length up to the closing bracket.
    static func englishSeparator(_ t: ScalarText, at i: Int, end: Int) -> Int? {
        guard let open = t.at(i), open == "[" || open == "【" else { return nil }
        var k = i + 1
        while k < end, t[k].isBlank { k += 1 }
        guard let word = separatorWords.first(where: { t.matches($0, at: k) }) else { return nil }
        k += word.count
        guard k < end, t[k].isBlank else { return nil }
        while k < end, t[k].isBlank { k += 1 }
        if let (_, n) = arabicNumber(t, at: k) ?? romanNumber(t, at: k) {
            k += n
        } else if let (word, _) = englishNumbers.first(where: { t.matches($0.0, at: k) }) {
            k += word.count
        } else {
            return nil
        }
        while k < end, t[k].isBlank { k += 1 }
        guard k < end, t[k] == "]" || t[k] == "】" else { return nil }
        return k + 1 - i
    }
}
