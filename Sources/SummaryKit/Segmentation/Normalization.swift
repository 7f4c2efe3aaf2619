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
    /// Traditional to Simplified Chinese through ICU's `Hant-Hans` transliterator.
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
    init(original: [UInt16], normalization: Normalization, transliterator: ICUTransliteratorPrototype?) throws(SegmentationError) {
        units = original
        origin = nil
        guard !original.isEmpty else { return }
        if normalization.contains(.nfkc) { applyNFKC() }
        if normalization.contains(.caseFold) { applyCaseFold() }
        if normalization.contains(.simplified), let transliterator { try applyTransliteration(transliterator) }
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

    private mutating func applyNFKC() {
        let input = units
        let n = input.count
        var status: Int32 = 0
        let firstSpan = Int(input.withUnsafeBufferPointer { sk_nfkc_span($0.baseAddress!, Int32(n), &status) })
        if status > 0 || firstSpan == n { return }
        let inputOrigin = origin
        var out = [UInt16]()
        out.reserveCapacity(n + 16)
        var map = [Int32]()
        map.reserveCapacity(n + 17)
        func mapped(_ i: Int) -> Int32 { inputOrigin.map { $0[i] } ?? Int32(i) }
        var p = 0
        var span = firstSpan
        var scratch = [UInt16](repeating: 0, count: 64)
        while p < n {
            if p > 0 {
                span = Int(input.withUnsafeBufferPointer { sk_nfkc_span($0.baseAddress! + p, Int32(n - p), &status) })
                if status > 0 { span = n - p }
            }
            if span == n - p {
                for i in p..<n { out.append(input[i]); map.append(mapped(i)) }
                break
            }
            // Back up to a normalisation boundary before the first unit that needs work.
            var s = p + span
            while s > p {
                let (c, _) = Self.codePoint(input, at: s)
                if sk_nfkc_boundary_before(c) == 1 { break }
                s -= 1
                if s > p, input[s] >= 0xDC00, input[s] < 0xE000 { s -= 1 }
            }
            for i in p..<s { out.append(input[i]); map.append(mapped(i)) }
            // The chunk runs to the next boundary.
            var e = s + Self.codePoint(input, at: s).1
            while e < n, sk_nfkc_boundary_before(Self.codePoint(input, at: e).0) == 0 {
                e += Self.codePoint(input, at: e).1
            }
            let chunkLength = Int32(e - s)
            var written: Int32 = 0
            while true {
                status = 0
                let capacity = Int32(scratch.count)
                written = input.withUnsafeBufferPointer { src in
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
                for i in s..<e { out.append(input[i]); map.append(mapped(i)) }
            } else {
                let o = mapped(s)
                for k in 0..<Int(written) { out.append(scratch[k]); map.append(o) }
            }
            p = e
        }
        map.append(mapped(n))
        units = out
        origin = map
    }

    private mutating func applyCaseFold() {
        let n = units.count
        var i = 0
        while i < n {
            let u = units[i]
            if u < 0x80 {
                if u >= 0x41, u <= 0x5A { units[i] = u | 0x20 }
                i += 1
                continue
            }
            if u < 0x100 || (u >= 0x370 && u < 0x530) || (u >= 0xFF21 && u <= 0xFF3A) {
                let folded = sk_fold_case(Int32(u))
                if folded >= 0, folded < 0xD800 || (folded >= 0xE000 && folded < 0x10000) { units[i] = UInt16(folded) }
            }
            i += 1
        }
    }

    private mutating func applyTransliteration(_ prototype: ICUTransliteratorPrototype) throws(SegmentationError) {
        let table = try SimplifiedTable.shared(prototype)
        for i in units.indices {
            let u = units[i]
            if u >= 0x3400, u < 0xFB00 {
                let mapped = table[Int(u)]
                if mapped != 0 { units[i] = mapped }
            }
        }
    }
}

/// Traditional→Simplified as a table of BMP Han characters, built once per process by running
/// ICU's `Hant-Hans` transliterator over every ideograph (U+3400–U+9FFF, U+F900–U+FAFF) and
/// keeping the one-to-one results. Applying it is a table lookup per character, which keeps
/// offsets unchanged and costs nothing on text that is already Simplified; running the
/// transliterator over whole documents cost ~100 ms per MB.
enum SimplifiedTable {
    private static let built: Result<[UInt16], SegmentationError> = Result { () throws(SegmentationError) -> [UInt16] in
        try build(ICUTransliteratorPrototype(identifier: "Hant-Hans"))
    }

    static func shared(_ prototype: ICUTransliteratorPrototype) throws(SegmentationError) -> [UInt16] {
        try built.get()
    }

    static func build(_ prototype: ICUTransliteratorPrototype) throws(SegmentationError) -> [UInt16] {
        var table = [UInt16](repeating: 0, count: 0x10000)
        let ranges: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]
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
        return table
    }
}
