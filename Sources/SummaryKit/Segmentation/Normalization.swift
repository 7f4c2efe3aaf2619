import CICU
import Foundation

/// Normalisations applied to the text that the segmenter and matchers see. None of them moves
/// an offset: tokens always point at the original characters.
///
/// ```swift
/// let options: Normalization = [.nfkc, .caseFold, .simplified]
/// ```
public struct Normalization: OptionSet, Sendable, Hashable {
    /// The bit set: bit 0 ``nfkc``, bit 1 ``caseFold``, bit 2 ``simplified``.
    public let rawValue: Int
    /// Creates the set with the bits of `rawValue`.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Unicode NFKC: full-width letters, digits and punctuation to their usual forms.
    public static let nfkc = Normalization(rawValue: 1 << 0)
    /// Simple Unicode case folding (Latin, Greek, Cyrillic …) to lower case.
    public static let caseFold = Normalization(rawValue: 1 << 1)
    /// Traditional to Simplified Chinese through ICU's `Hant-Hans` transliterator; pinyin
    /// annotations run into the text after a character ("學(xué)習(xí)") are read through.
    public static let simplified = Normalization(rawValue: 1 << 2)

    /// What the keyword engine uses: all three.
    public static let all: Normalization = [.nfkc, .caseFold, .simplified]

    /// Parses a comma-separated list such as `nfkc,fold,simplified` (also `none`, `all`).
    ///
    /// - Returns: nil when a name is unknown.
    public init?(list: String) {
        var result: Normalization = []
        for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            switch name {
            case "nfkc": result.insert(.nfkc)
            case "fold", "casefold", "case-fold": result.insert(.caseFold)
            case "simplified", "hans", "t2s": result.insert(.simplified)
            case "all": result.formUnion(.all)
            case "none", "": break
            default: return nil
            }
        }
        self = result
    }
}

/// A normalised UTF-16 view of a text with a map back to the original UTF-16 offsets.
struct NormalizedText {
    /// The normalised text.
    var units: [UInt16]
    /// `origin[i]` is the original UTF-16 offset of normalised unit `i`; it has `units.count + 1`
    /// entries and never decreases. Nil when the view is the original (identity map).
    var origin: [Int32]?

    @inline(__always)
    func originalOffset(_ i: Int) -> Int {
        guard let origin else { return i }
        return Int(origin[i])
    }

    /// Builds the view of `original` (UTF-16 units) under `normalization`.
    init(original: [UInt16], normalization: Normalization, simplified: SimplifiedTable?) {
        units = original
        origin = nil
        guard !original.isEmpty else { return }
        if normalization.contains(.nfkc) { applyNFKC() }
        if normalization.contains(.caseFold) { applyCaseFold() }
        if normalization.contains(.simplified), let simplified {
            applySimplified(simplified)
            removePinyinAnnotations()
        }
    }

    /// Whether a UTF-16 unit is a BMP Han ideograph.
    @inline(__always)
    private static func isHan(_ u: UInt16) -> Bool { (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) }

    /// Whether a UTF-16 unit is a pinyin vowel with a tone mark (or ü).
    @inline(__always)
    private static func isToneVowel(_ u: UInt16) -> Bool {
        switch u {
        case 0xE0, 0xE1, 0xE8, 0xE9, 0xEC, 0xED, 0xF2, 0xF3, 0xF9, 0xFA, 0xFC,
             0x101, 0x113, 0x11B, 0x12B, 0x14D, 0x16B, 0x1CE, 0x1D0, 0x1D2, 0x1D4, 0x1D6, 0x1D8, 0x1DA, 0x1DC:
            return true
        default:
            return false
        }
    }

    /// Toneless syllables that pages annotate without a mark: 的(de) 了(le) 们(men) 子(zi) ….
    private static let neutralSyllables: [[UInt16]] = ["de", "le", "men", "zi", "me", "ne", "ma", "ba", "zhe", "guo"].map { Array($0.utf16) }

    /// Where a pinyin annotation that opens at `open` ("(xué)") ends (after its closing
    /// bracket), or nil: one syllable of lower-case letters, with a tone mark or toneless.
    private static func pinyinEnd(_ units: [UInt16], open: Int) -> Int? {
        var j = open + 1
        var toned = false
        while j < units.count, j - open <= 7 {
            let u = units[j]
            if u == 0x29 || u == 0xFF09 {
                let length = j - open - 1
                guard length >= 1 else { return nil }
                if toned || neutralSyllables.contains(where: { $0.elementsEqual(units[(open + 1)..<j]) }) { return j + 1 }
                return nil
            }
            if isToneVowel(u) {
                toned = true
            } else if !(u >= 0x61 && u <= 0x7A) {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// Removes pinyin annotations run into Chinese text after a character (學(xué)習(xí), 聯(lián)系: a
    /// page's ruby text flattened), so that words read whole; the map keeps every offset.
    private mutating func removePinyinAnnotations() {
        let n = units.count
        var out: [UInt16]?
        var map: [Int32] = []
        var copied = 0
        var i = 1
        while i < n {
            let u = units[i]
            if u == 0x28 || u == 0xFF08, Self.isHan(units[i - 1]), let end = Self.pinyinEnd(units, open: i) {
                if out == nil {
                    out = []
                    out?.reserveCapacity(n)
                    map.reserveCapacity(n + 1)
                }
                out?.append(contentsOf: units[copied..<i])
                for k in copied..<i { map.append(Int32(originalOffset(k))) }
                copied = end
                i = end
                continue
            }
            i += 1
        }
        guard out != nil else { return }
        out?.append(contentsOf: units[copied..<n])
        for k in copied...n { map.append(Int32(originalOffset(k))) }
        units = out ?? units
        origin = map
    }

    private static func codePoint(_ units: [UInt16], at i: Int) -> (Int32, Int) {
        let u = units[i]
        if u >= 0xD800, u < 0xDC00, i + 1 < units.count {
            let l = units[i + 1]
            if l >= 0xDC00, l < 0xE000 {
                return (0x10000 + ((Int32(u) - 0xD800) << 10) + (Int32(l) - 0xDC00), 2)
            }
        }
        return (Int32(u), 1)
    }

    /// NFKC, the first normalisation (on the identity map). A chunk that stays one unit long
    /// (full-width punctuation, U+3000, circled digits …) is replaced in place and keeps the
    /// identity map; from the first chunk that changes length on, the text is rebuilt with a map,
    /// each unit of a normalised chunk pointing at the chunk's start.
    private mutating func applyNFKC() {
        let n = units.count
        guard n > 0 else { return }
        var status: Int32 = 0
        let firstSpan = Int(units.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return Int32(n) }
            return sk_nfkc_span(base, Int32(n), &status)
        })
        if status > 0 || firstSpan == n { return }
        // `units` holds the input from `p` on; before `p`, the normalised text while `out` is
        // nil, the original text (left as it was) once `out` collects the normalised one.
        var out: [UInt16]?
        var map = [Int32]()
        var p = 0
        var span = firstSpan
        var scratch = [UInt16](repeating: 0, count: 64)
        while p < n {
            if p > 0 {
                span = Int(units.withUnsafeBufferPointer { sk_nfkc_span($0.baseAddress! + p, Int32(n - p), &status) })
                if status > 0 { span = n - p }
            }
            if span == n - p {
                if out != nil {
                    out?.append(contentsOf: units[p..<n])
                    map.append(contentsOf: Int32(p)..<Int32(n))
                }
                break
            }
            // Back up to a normalisation boundary before the first unit that needs work.
            var s = p + span
            while s > p {
                let (c, _) = Self.codePoint(units, at: s)
                if sk_nfkc_boundary_before(c) == 1 { break }
                s -= 1
                if s > p, units[s] >= 0xDC00, units[s] < 0xE000 { s -= 1 }
            }
            if out != nil {
                out?.append(contentsOf: units[p..<s])
                map.append(contentsOf: Int32(p)..<Int32(s))
            }
            // The chunk runs to the next boundary.
            var e = s + Self.codePoint(units, at: s).1
            while e < n, sk_nfkc_boundary_before(Self.codePoint(units, at: e).0) == 0 {
                e += Self.codePoint(units, at: e).1
            }
            let chunkLength = Int32(e - s)
            var written: Int32 = 0
            while true {
                status = 0
                let capacity = Int32(scratch.count)
                written = units.withUnsafeBufferPointer { src in
                    scratch.withUnsafeMutableBufferPointer { dst in
                        sk_nfkc(src.baseAddress! + s, chunkLength, dst.baseAddress!, capacity, &status)
                    }
                }
                if status > 0, written > capacity {
                    scratch = [UInt16](repeating: 0, count: Int(written) + 16)
                    continue
                }
                break
            }
            if status > 0 {
                // ICU failed on the chunk: it stays as it was.
                if out != nil {
                    out?.append(contentsOf: units[s..<e])
                    map.append(contentsOf: Int32(s)..<Int32(e))
                }
            } else if out == nil, e - s == 1, written == 1 {
                units[s] = scratch[0]
            } else {
                if out == nil {
                    // The first chunk that changes length: the normalised text so far, whose map
                    // is the identity. (Writing `out` below leaves `units` as the input.)
                    var prefix = [UInt16]()
                    prefix.reserveCapacity(n + 16)
                    prefix.append(contentsOf: units[0..<s])
                    out = prefix
                    map.reserveCapacity(n + 17)
                    map.append(contentsOf: 0..<Int32(s))
                }
                out?.append(contentsOf: scratch[0..<Int(written)])
                map.append(contentsOf: repeatElement(Int32(s), count: Int(written)))
            }
            p = e
        }
        guard let out else { return }
        map.append(Int32(n))
        units = out
        origin = map
    }

    private mutating func applyCaseFold() {
        units.withUnsafeMutableBufferPointer { units in
            for i in 0..<units.count {
                let u = units[i]
                if u < 0x80 {
                    if u >= 0x41, u <= 0x5A { units[i] = u | 0x20 }
                    continue
                }
                if u < 0x100 || (u >= 0x370 && u < 0x530) || (u >= 0xFF21 && u <= 0xFF3A) {
                    let folded = sk_fold_case(Int32(u))
                    if folded >= 0, folded < 0xD800 || (folded >= 0xE000 && folded < 0x10000) { units[i] = UInt16(folded) }
                }
            }
        }
    }

    private mutating func applySimplified(_ table: SimplifiedTable) {
        table.map.withUnsafeBufferPointer { map in
            for i in units.indices {
                let u = units[i]
                if u >= 0x3400, u < 0xFB00 {
                    let mapped = map[Int(u)]
                    if mapped != 0 { units[i] = mapped }
                }
            }
        }
    }
}

/// Traditional→Simplified as a table of BMP Han characters: what ICU's `Hant-Hans`
/// transliterator makes of every ideograph (U+3400–U+9FFF, U+F900–U+FAFF), the one-to-one
/// results kept. Applying it is a table lookup per character, which keeps offsets unchanged and
/// costs nothing on text that is already Simplified; running the transliterator over whole
/// documents cost ~100 ms per MB.
///
/// Building the table means compiling the transliterator and running it over 28,000 characters
/// (~35 ms, most of a start-up), so the result for the ICU version the project is developed on
/// ships as `Resources/hant-hans.txt` and is loaded instead when the running ICU is that
/// version (a test compares the file with ICU's own output); with any other ICU the table is
/// built from the transliterator, once per process.
package struct SimplifiedTable: Sendable {
    /// For each BMP unit, its Simplified form, or 0 when it has none of its own.
    package let map: [UInt16]

    private static let loaded: Result<SimplifiedTable, SegmentationError> = Result { () throws(SegmentationError) -> SimplifiedTable in
        if let cached = bundled() { return cached }
        return try built()
    }

    /// The table for the running ICU, once per process.
    ///
    /// - Throws: ``SegmentationError`` when the file does not fit the running ICU and ICU cannot
    ///   open or run `Hant-Hans`.
    package static func shared() throws(SegmentationError) -> SimplifiedTable { try loaded.get() }

    /// The table shipped in `Resources/hant-hans.txt`, when it was made by the running ICU (a
    /// cache only: when it is missing or was made by another ICU, the table is built from ICU,
    /// with the same result).
    static func bundled() -> SimplifiedTable? {
        guard case .success(let text) = BuiltInResources.text("hant-hans.txt") else { return nil }
        return parse(text, icuVersion: SummaryKitInfo.icuVersion)
    }

    /// Reads the file format: `#` comments, a line `icu VERSION`, then one line per pair, the
    /// Traditional character followed by its Simplified one. Nil when the version differs or a
    /// line is malformed (the caller then builds the table from ICU).
    package static func parse(_ text: String, icuVersion: String) -> SimplifiedTable? {
        var map = [UInt16](repeating: 0, count: 0x10000)
        var versionMatches = false
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("icu ") {
                versionMatches = line.dropFirst(4) == icuVersion[...]
                continue
            }
            let units = Array(line.utf16)
            guard versionMatches, units.count == 2, units[0] >= 0x3400, units[0] < 0xFB00 else { return nil }
            map[Int(units[0])] = units[1]
        }
        return versionMatches ? SimplifiedTable(map: map) : nil
    }

    /// Runs ICU's `Hant-Hans` over every ideograph.
    package static func built() throws(SegmentationError) -> SimplifiedTable {
        let prototype = try ICUTransliteratorPrototype(identifier: "Hant-Hans")
        var table = [UInt16](repeating: 0, count: 0x10000)
        var input = [UInt16]()
        var chars = [UInt16]()
        for range in ranges {
            for c in range {
                input.append(c)
                input.append(0x0A)
                chars.append(c)
            }
        }
        let t = try prototype.makeTransliterator()
        defer { sk_trans_close(t) }
        var buffer = input + [UInt16](repeating: 0, count: input.count)
        var length = Int32(input.count)
        var status: Int32 = 0
        let result = buffer.withUnsafeMutableBufferPointer { sk_trans_apply(t, $0.baseAddress!, &length, Int32($0.count), &status) }
        guard result == 0 else { throw .icu(operation: "utrans_transUChars(Hant-Hans)", code: String(cString: sk_error_name(status))) }
        let lines = buffer[0..<Int(length)].split(separator: 0x0A, omittingEmptySubsequences: false)
        for (c, line) in zip(chars, lines) where line.count == 1 {
            if let mapped = line.first, mapped != c { table[Int(c)] = mapped }
        }
        return SimplifiedTable(map: table)
    }

    /// The ideograph blocks the table covers.
    static let ranges: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// The file format of ``parse(_:icuVersion:)``.
    package func fileText(icuVersion: String) -> String {
        var out = """
        # Traditional→Simplified pairs: ICU's Hant-Hans transliterator run over U+3400–U+4DBF,
        # U+4E00–U+9FFF and U+F900–U+FAFF, one-to-one results that change the character only.
        # Loaded at start-up instead of compiling and running the transliterator, and only when
        # the running ICU has the version below; with any other ICU the table is built live.
        # Generated, do not edit: SUMMARYKIT_UPDATE_TABLES=1 swift test --filter SimplifiedTable
        icu \(icuVersion)

        """
        for range in Self.ranges {
            for c in range where map[Int(c)] != 0 {
                out += String(decoding: [c, map[Int(c)]], as: UTF16.self) + "\n"
            }
        }
        return out
    }
}
