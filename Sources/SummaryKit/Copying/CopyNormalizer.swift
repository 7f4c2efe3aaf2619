/// Reduces a text to the characters that survive what copiers change, with a map from every
/// normalised character back to the bytes of the original.
///
/// The normalised text keeps letters and ideographs only:
/// - Traditional ideographs become Simplified (the table of ``Normalization/simplified``);
/// - full-width letters and digits become ASCII, Latin letters lower case;
/// - white space, punctuation and symbols are dropped;
/// - every run of digits (ASCII, full-width, Chinese numerals 〇一二…十百千万亿两, circled
///   digits) and every unfilled template slot (x村, 20xx, XX, 某某, ____, ○○ — the shapes of
///   ``Document/placeholders``) becomes one ``CopyNormalizer/numberSymbol``, runs that touch
///   (`20xx`, `2023`, `二〇二三`) merging into one.
///
/// ```swift
/// let text = try CopyNormalizer().normalize(SourceText("２０２３年，學習貫徹！ XX村"))
/// String(text.characters)  // "#年学习贯彻#村"
/// text.utf8Range(of: 0..<1) // 0..<6: the bytes of "２０２３"
/// ```
///
/// - Complexity: O(*n*) in the length of the text.
public struct CopyNormalizer: Sendable {
    /// The version of the normalisation rules: an index records the version its fingerprints
    /// were made with (``ReferenceIndex/normalizerVersion``) and is refused by a build that
    /// normalises differently. Raised whenever a change to the rules changes any normalised text.
    public static let version = 1

    /// What a number or a template slot becomes: `#`.
    public static let numberSymbol: Unicode.Scalar = "#"

    private let simplified: SimplifiedTable?

    /// Creates a normaliser.
    ///
    /// - Throws: ``SegmentationError`` when the Traditional→Simplified table cannot be loaded
    ///   or built from ICU.
    public init() throws(SegmentationError) {
        simplified = try SimplifiedTable.shared()
    }

    /// Normalises `source`, or the part of it between UTF-8 offsets `range`.
    ///
    /// - Parameters:
    ///   - source: The text.
    ///   - range: The bytes to normalise (whole scalars); nil for the whole text.
    /// - Returns: The normalised characters with their byte ranges in `source`.
    public func normalize(_ source: SourceText, range: Range<Int>? = nil) -> CopyText {
        let scalarText = ScalarText(source)
        let slots = PlaceholderScanner(text: scalarText).scan().map(\.utf8Range)
        let total = source.text.utf8.count
        let bounds = range.map { max(0, $0.lowerBound)..<min(total, $0.upperBound) } ?? 0..<total
        var characters: [Unicode.Scalar] = []
        var starts: [Int32] = []
        var ends: [Int32] = []
        characters.reserveCapacity(scalarText.count)
        starts.reserveCapacity(scalarText.count)
        ends.reserveCapacity(scalarText.count)
        var slotIndex = 0
        // Whether the last character written is a number symbol that a following digit or
        // slot joins.
        var openNumber = false
        var i = 0
        var offset = 0
        let n = scalarText.count
        while i < n {
            let scalar = scalarText[i]
            let width = UTF8.width(scalar)
            defer { offset += width; i += 1 }
            if offset < bounds.lowerBound { continue }
            if offset >= bounds.upperBound { break }
            while slotIndex < slots.count, slots[slotIndex].upperBound <= offset { slotIndex += 1 }
            if slotIndex < slots.count, slots[slotIndex].contains(offset) {
                appendNumber(offset, offset + width, &characters, &starts, &ends, &openNumber)
                continue
            }
            switch classify(scalar) {
            case .dropped:
                // Punctuation between digits ("3.6", "1,200") keeps the number whole; any
                // other dropped character ends it.
                if openNumber, !(scalar == "." || scalar == "," || scalar == "，" || scalar == "．") { openNumber = false }
            case .digit:
                appendNumber(offset, offset + width, &characters, &starts, &ends, &openNumber)
            case let .kept(value):
                characters.append(value)
                starts.append(Int32(truncatingIfNeeded: offset))
                ends.append(Int32(truncatingIfNeeded: offset + width))
                openNumber = false
            }
        }
        return CopyText(characters: characters, starts: starts, ends: ends)
    }

    private func appendNumber(_ start: Int, _ end: Int, _ characters: inout [Unicode.Scalar], _ starts: inout [Int32],
                              _ ends: inout [Int32], _ openNumber: inout Bool) {
        if openNumber, let last = ends.indices.last {
            ends[last] = Int32(truncatingIfNeeded: end)
            return
        }
        characters.append(Self.numberSymbol)
        starts.append(Int32(truncatingIfNeeded: start))
        ends.append(Int32(truncatingIfNeeded: end))
        openNumber = true
    }

    enum Class: Equatable {
        case dropped
        case digit
        case kept(Unicode.Scalar)
    }

    /// Whether `v` is a Chinese numeral (〇零一二三四五六七八九十百千万亿两), read as a digit so
    /// that "十二次" and "12次" normalise alike.
    @inline(__always)
    static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343,
             0x4E07, 0x4EBF, 0x4E24:
            return true
        default:
            return false
        }
    }

    /// What one scalar of the original becomes.
    func classify(_ scalar: Unicode.Scalar) -> Class {
        var v = scalar.value
        // Full-width ASCII (！ to ～) is ASCII.
        if v >= 0xFF01, v <= 0xFF5E { v -= 0xFEE0 }
        if v < 0x80 {
            if v >= 0x30, v <= 0x39 { return .digit }
            if v >= 0x61, v <= 0x7A { return .kept(Unicode.Scalar(UInt8(v))) }
            if v >= 0x41, v <= 0x5A { return .kept(Unicode.Scalar(UInt8(v | 0x20))) }
            return .dropped
        }
        if (v >= 0x3400 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) {
            if Self.isChineseNumeral(v) { return .digit }
            if let simplified, let mapped = Unicode.Scalar(UInt32(simplified.map[Int(v)])), mapped.value != 0 {
                if Self.isChineseNumeral(mapped.value) { return .digit }
                return .kept(mapped)
            }
            return .kept(scalar)
        }
        if v >= 0x20000, v <= 0x3FFFF { return .kept(scalar) }
        let properties = scalar.properties
        if properties.numericType != nil { return .digit }
        if properties.isAlphabetic {
            let lower = properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let first = lower.first { return .kept(first) }
            return .kept(scalar)
        }
        return .dropped
    }
}

/// A text as ``CopyNormalizer`` leaves it: the characters compared when looking for copied
/// text, each with the bytes of the original it stands for.
public struct CopyText: Sendable, Hashable {
    /// The normalised characters.
    public let characters: [Unicode.Scalar]
    /// `starts[i]` and `ends[i]` bound the UTF-8 bytes of the original that character `i`
    /// stands for (a whole digit run or slot for ``CopyNormalizer/numberSymbol``).
    let starts: [Int32]
    let ends: [Int32]

    init(characters: [Unicode.Scalar], starts: [Int32], ends: [Int32]) {
        self.characters = characters
        self.starts = starts
        self.ends = ends
    }

    /// The number of normalised characters.
    public var count: Int { characters.count }

    /// The UTF-8 byte range of the original that normalised characters `range` stand for
    /// (from the first one's first byte to the last one's last byte).
    ///
    /// - Parameter range: Indices into ``characters``; clamped to them.
    public func utf8Range(of range: Range<Int>) -> Range<Int> {
        let lower = max(0, min(range.lowerBound, count))
        let upper = max(lower, min(range.upperBound, count))
        guard lower < upper else {
            let at = lower < count ? Int(starts[lower]) : (ends.last.map { Int($0) } ?? 0)
            return at..<at
        }
        return Int(starts[lower])..<Int(ends[upper - 1])
    }

    /// How much a character weighs in a fingerprint or a passage: an ideograph or other
    /// non-Latin letter carries about as much information as three Latin letters.
    @inline(__always)
    static func weight(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x80 { return v == 0x23 ? 2 : 1 }
        return v < 0x250 ? 1 : 3
    }

    /// The summed ``weight(_:)`` of characters `range`.
    package func weight(_ range: Range<Int>) -> Int {
        var total = 0
        for i in range { total += Self.weight(characters[i]) }
        return total
    }
}
