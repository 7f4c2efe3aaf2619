/// Folds English inflections so that member/members, study/studied/studying and
/// strengthen/strengthening meet: a small suffix stripper applied alike to lexicon forms and to
/// the words of the text, so it needs to be consistent rather than linguistically exact.
package enum EnglishStemmer {
    private static let a = UInt16(UInt8(ascii: "a")), d = UInt16(UInt8(ascii: "d")), e = UInt16(UInt8(ascii: "e"))
    private static let g = UInt16(UInt8(ascii: "g")), h = UInt16(UInt8(ascii: "h")), i = UInt16(UInt8(ascii: "i"))
    private static let l = UInt16(UInt8(ascii: "l")), n = UInt16(UInt8(ascii: "n")), o = UInt16(UInt8(ascii: "o"))
    private static let s = UInt16(UInt8(ascii: "s")), u = UInt16(UInt8(ascii: "u")), x = UInt16(UInt8(ascii: "x"))
    private static let y = UInt16(UInt8(ascii: "y")), z = UInt16(UInt8(ascii: "z")), c = UInt16(UInt8(ascii: "c"))
    private static let apostrophe = UInt16(UInt8(ascii: "'")), rightQuote: UInt16 = 0x2019

    /// Stems the lower-case word in `w[0..<count]` in place and returns its new length.
    static func stem(_ w: inout [UInt16], count: Int) -> Int {
        var len = count
        // Suffix tests without building arrays: this runs once per English word of a text.
        func ends(_ c1: UInt16, _ c2: UInt16) -> Bool { len >= 2 && w[len - 2] == c1 && w[len - 1] == c2 }
        func ends(_ c1: UInt16, _ c2: UInt16, _ c3: UInt16) -> Bool { len >= 3 && w[len - 3] == c1 && ends(c2, c3) }
        func ends(_ c1: UInt16, _ c2: UInt16, _ c3: UInt16, _ c4: UInt16) -> Bool { len >= 4 && w[len - 4] == c1 && ends(c2, c3, c4) }
        if len >= 3, w[len - 1] == s, w[len - 2] == apostrophe || w[len - 2] == rightQuote { len -= 2 }
        if len >= 2, w[len - 1] == apostrophe || w[len - 1] == rightQuote { len -= 1 }
        if len > 4, ends(i, e, s) || ends(i, e, d) {
            len -= 2
            w[len - 1] = y
        } else if len > 4, ends(s, s, e, s) || ends(s, h, e, s) || ends(c, h, e, s) || ends(x, e, s) || ends(z, e, s) {
            len -= 2
        } else if len > 3, w[len - 1] == s, !ends(s, s), !ends(u, s), !ends(i, s) {
            len -= 1
        }
        if len > 5, ends(i, n, g) {
            len -= 3
            len = undouble(w, len)
        } else if len > 4, ends(e, d) {
            len -= 2
            len = undouble(w, len)
        }
        if len > 3, w[len - 1] == e { len -= 1 }
        return len
    }

    private static func undouble(_ w: [UInt16], _ len: Int) -> Int {
        guard len >= 3, w[len - 1] == w[len - 2] else { return len }
        let last = w[len - 1]
        let vowels: [UInt16] = [a, e, i, o, u, l, s, z]
        return vowels.contains(last) ? len : len - 1
    }

    /// The stem of `word` (lower-cased first), for building tables.
    package static func stem(_ word: String) -> [UInt16] {
        var units = Array(word.lowercased().utf16)
        let count = stem(&units, count: units.count)
        return Array(units[0..<count])
    }
}
