import CICU

/// Recognises web chrome: the parts of a saved page that are not the author's text.
package enum Chrome {
    /// What a chrome line is, when it is one.
    enum Kind: Sendable, Hashable {
        /// A single line of chrome (breadcrumb, share line, date, lead-in, stray number …).
        case line
        /// A header that starts a list of links ("recommended article", 推荐文章, 热门文章).
        case linkListHeader
    }

    /// The word lists of `Resources/page-chrome.txt` (``Words``), read once per process; empty
    /// lists when the file is missing or malformed, which ``BuiltInLists/checkBuiltInData()``
    /// reports.
    static let words: Words = (try? BuiltInLists.pageChrome.get()) ?? Words()

    static let breadcrumbStarts = words.breadcrumbStarts
    package static let leadInMarks = words.leadInMarks
    package static let englishLeadInMarks = words.englishLeadInMarks
    static let lineStarts = words.lineStarts
    package static let lineContains = words.lineContains
    /// Openings of the content farm's stock definition of a summary placed above the text
    /// ("总结是指…对一定时期的工作…加以回顾和分析…", "Work summary mainly includes …"): chrome
    /// however long (up to a block of 400 scalars).
    static let definitionStarts = words.definitionStarts
    static let linkListHeaders = words.linkListHeaders

    /// Whether `text` (one trimmed block) is chrome, and of which kind.
    static func classify(_ text: String) -> Kind? {
        var text = text
        return text.withUTF8 { classify(utf8: $0) }
    }

    /// Whether the block whose UTF-8 bytes are `bytes` (valid UTF-8, trimmed) is chrome, and of
    /// which kind: ``classify(_:)`` without building a `String` and two arrays per block, which
    /// the structure stage did for every short block of a large file.
    static func classify(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Kind? {
        // Scalars: every byte that is not a continuation byte starts one.
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return classify(utf8: bytes, scalars: count)
    }

    /// ``classify(utf8:)`` of a block whose number of scalars, `count`, the caller knows.
    static func classify(utf8 bytes: UnsafeBufferPointer<UInt8>, scalars count: Int) -> Kind? {
        guard count > 0, count <= 400 else { return nil }
        // Everything below compares UTF-8 bytes: every mark is ASCII or CJK, so folding ASCII
        // case is the whole of `lowercased()` that matters, and a byte match of a valid UTF-8
        // needle is a match of its characters. (Character-wise `hasPrefix`/`contains` made this
        // the structure stage's hottest function.)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for i in 0..<bytes.count {
                let byte = bytes[i]
                buffer[i] = byte | (byte &- 0x41 < 26 ? 0x20 : 0)  // branch-free, so it vectorises
            }
            return classify(bytes: bytes, folded: UnsafeBufferPointer(buffer), count: count)
        }
    }

    /// The body of ``classify(utf8:scalars:)``: `folded` is `bytes` with ASCII case folded, `count`
    /// its number of scalars (1…400).
    private static func classify(bytes: UnsafeBufferPointer<UInt8>, folded: UnsafeBufferPointer<UInt8>, count: Int) -> Kind? {
        if count <= 40 {
            var bare = folded[...]
            while true {  // trailing ':' and '：' in any order
                if bare.last == 0x3A {
                    bare = bare.dropLast()
                } else if bare.count >= 3, bare.suffix(3).elementsEqual(fullWidthColon) {
                    bare = bare.dropLast(3)
                } else {
                    break
                }
            }
            if linkListHeaderBytes.contains(where: { $0.elementsEqual(bare) }) { return .linkListHeader }
        }
        if count <= 12, isStrayNumber(utf8: bytes) { return .line }
        if count <= 24, isPageNumber(utf8: folded) { return .line }
        if count <= 30, isCountLine(utf8: folded) { return .line }
        if count <= 80, isContentsEntry(utf8: bytes) { return .line }
        if count <= 4, contentsHeaders.contains(where: { $0.elementsEqual(bytes) }) { return .line }
        // "（此处已省略1200字）", "……省略部分共3000字……": a preview's paywall marker.
        if count <= 40, bytes.containsBytes(omittedBytes), bytes.containsBytes(characterBytes) { return .line }
        for start in definitionBytes where folded.starts(with: start) { return .line }
        if count <= 120, isBreadcrumb(utf8: bytes) || isNavigationBar(utf8: bytes) { return .line }
        // One pass over the bytes rules out most lines before the per-mark searches.
        let candidate = mayContainMark(folded)
        if count <= 150 {
            if mayStartWithMark(bytes) {
                for start in lineStartBytes where bytes.starts(with: start) { return .line }
            }
            if candidate {
                for mark in lineContainsBytes where bytes.containsBytes(mark) { return .line }
            }
            if count <= 10, bytes.ends(with: shareBytes) { return .line }  // author tags: 自畅分享
            if count <= 60, folded.starts(with: byBytes) || folded.starts(with: authorBytes) { return .line }
        }
        guard candidate else { return nil }
        for mark in leadInBytes where bytes.containsBytes(mark) { return .line }
        for mark in englishLeadInBytes where folded.containsBytes(mark) { return .line }
        if folded.starts(with: followingBytes),
           followingTails.contains(where: { folded.containsBytes($0) }) {
            return .line
        }
        return nil
    }

    /// A filter over a window at the start of every mark that `classify` searches for anywhere
    /// in a line (ASCII case folded; ``windowKey(_:at:)``): a line none of whose windows is in
    /// the filter holds none of them. 65,536 bits, two hashed bits per window. (Four-byte
    /// windows let a third of the long Chinese lines through, for which the mark searches then
    /// ran in vain: 小组 starts like 小编, 本的 like 本站.)
    static let markFilter: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        let marks = leadInMarks + englishLeadInMarks + lineContains + ["the following is"]
        for mark in marks {
            // The window is the start of the mark's longest word ("refe" of "for your
            // reference"), not its first bytes: "for " or "the " would pass every English line.
            let longest = mark.split(separator: " ").max { $0.utf8.count < $1.utf8.count } ?? Substring(mark)
            let word = longest.utf8.count >= 4 ? Substring(longest) : Substring(mark)
            let folded = word.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            guard let key = folded.withUnsafeBufferPointer({ windowKey($0, at: 0) }) else {
                return [UInt64](repeating: ~0, count: 1024)  // a mark shorter than its window: no filtering
            }
            let (h1, h2) = windowHashes(key)
            bits[h1 >> 6] |= 1 << UInt64(h1 & 63)
            bits[h2 >> 6] |= 1 << UInt64(h2 & 63)
        }
        return bits
    }()

    /// The window of `b` that starts at `i`, as an integer: four bytes from an ASCII byte, six
    /// (two ideographs) from any other; nil where it would run past the end.
    @inline(__always)
    static func windowKey(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt64? {
        let length = b[i] < 0x80 ? 4 : 6
        guard length <= b.count - i else { return nil }
        var key: UInt64 = 0
        for k in 0..<length { key = key << 8 | UInt64(b[i + k]) }
        return key
    }

    /// Two independent 16-bit hashes of a window.
    @inline(__always)
    static func windowHashes(_ key: UInt64) -> (Int, Int) {
        (Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48),
         Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 48))
    }

    /// Whether some window of `folded` passes ``markFilter`` (false: no mark is there). Only
    /// windows that start a character are tried: every filtered window starts one (it is the
    /// start of a mark or of one of its words).
    package static func mayContainMark(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        markFilter.withUnsafeBufferPointer { bits in
            for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
                guard let key = windowKey(b, at: i) else { continue }
                let (h1, h2) = windowHashes(key)
                if bits[h1 >> 6] & (1 << UInt64(h1 & 63)) != 0, bits[h2 >> 6] & (1 << UInt64(h2 & 63)) != 0 {
                    return true
                }
            }
            return false
        }
    }

    /// The first two bytes of every ``lineStarts`` mark, as a 65,536-bit set: a line whose
    /// first two bytes are not in it starts with none of them (every mark has at least two).
    static let lineStartPairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for mark in lineStartBytes {
            guard mark.count >= 2 else { return [UInt64](repeating: ~0, count: 1024) }  // no filtering then
            let pair = Int(mark[0]) << 8 | Int(mark[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    /// Whether `bytes` may start with one of the ``lineStarts`` marks (false: it starts with none).
    static func mayStartWithMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return lineStartBytes.contains { $0.count <= bytes.count } }
        let pair = Int(bytes[0]) << 8 | Int(bytes[1])
        return lineStartPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0
    }

    /// The core of the download watermark that document sites stamp into a text at every page
    /// ("精品WORD文档下载可编缉使用"), often run straight into the text around it.
    static let watermarkCore = Array(words.watermarkCore.unicodeScalars)
    static let watermarkCoreBytes = Array(words.watermarkCore.utf8)
    /// What may stand around the core: before it ("精品"), after it ("可编缉使用", "可编辑").
    static let watermarkHeads: [[Unicode.Scalar]] = words.watermarkHeads.map { Array($0.unicodeScalars) }
    static let watermarkTails: [[Unicode.Scalar]] = words.watermarkTails.map { Array($0.unicodeScalars) }

    static let fullWidthColon = Array("：".utf8)
    static let omittedBytes = Array("省略".utf8)
    static let characterBytes = Array("字".utf8)
    static let linkListHeaderBytes = linkListHeaders.map { Array($0.utf8) }
    static let lineStartBytes = lineStarts.map { Array($0.utf8) }
    static let definitionBytes = definitionStarts.map { Array($0.utf8) }
    static let lineContainsBytes = lineContains.map { Array($0.utf8) }
    static let leadInBytes = leadInMarks.map { Array($0.utf8) }
    static let englishLeadInBytes = englishLeadInMarks.map { Array($0.utf8) }
    static let breadcrumbStartBytes = breadcrumbStarts.map { Array($0.utf8) }
    /// The breadcrumb separators > ＞ » › →, searched for in one pass.
    static let separatorNeedles = ByteNeedles([">", "＞", "»", "›", "→"].map { Array($0.utf8) })
    static let shareBytes = Array("分享".utf8)
    static let byBytes = Array("by ".utf8)
    static let authorBytes = Array("author".utf8)
    static let followingBytes = Array("the following is".utf8)
    static let followingTails = ["for everyone", "for you", "editor"].map { Array($0.utf8) }

    /// Whether the bytes (the start of a block) open with a stock definition of a summary
    /// (``definitionStarts``), ASCII case folded.
    static func isDefinition(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        definitionBytes.contains { start in
            bytes.count >= start.count && zip(bytes, start).allSatisfy { $0 | ($0 &- 0x41 < 26 ? 0x20 : 0) == $1 }
        }
    }

    /// A short line that could be a link under a "recommended" header.
    static func isLinkLine(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        if last == "。" || last == "；" || last == "：" { return false }
        let wide = scalars.filter(\.isWide).count
        if wide > scalars.count / 2 { return scalars.count <= 40 }
        let words = text.split(separator: " ").count
        return words <= 16 && !(last == "." && words > 10)
    }

    /// Digits alone (a page number, a view count), with at most some punctuation around.
    static func isStrayNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isStrayNumber(utf8: $0) }
    }

    /// ``isStrayNumber(_:)`` of the text whose UTF-8 bytes are `bytes`.
    static func isStrayNumber(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var scalars = 0
        var other = false
        UTF8Scan.forEachScalar(bytes) { value, _, _ in
            scalars += 1
            guard !other, let s = Unicode.Scalar(value) else { other = true; return }
            if s.isASCIIDigit { digits += 1; return }
            if s.isBlank || s == "." || s == "," || s == "-" || s == "/" { return }
            other = true
        }
        return !other && digits > 0 && scalars <= 12
    }

    /// A site's navigation bar: three or more short parts between "|" or "｜" ("首页|新闻|客户端|邮箱 某某网"),
    /// none ending with clause punctuation. (One bar is a title's "… | site name".)
    static func isNavigationBar(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most lines hold no bar at all: one byte scan answers that before any decoding.
        var any = false
        for i in 0..<bytes.count where bytes[i] == 0x7C || (bytes[i] == 0x9C && i >= 2 && bytes[i - 1] == 0xBD && bytes[i - 2] == 0xEF) {
            any = true
            break
        }
        guard any else { return false }
        var bars = 0
        var part = 0
        var previous: Unicode.Scalar = " "
        var ok = true
        UTF8Scan.forEachScalar(bytes) { value, _, _ in
            guard ok, let s = Unicode.Scalar(value) else { ok = false; return }
            if s == "|" || s == "｜" {
                if part == 0 || previous.isClauseEnd || previous == "，" || previous == "," { ok = false }
                bars += 1
                part = 0
            } else if !s.isBlank || part > 0 {
                part += 1
                if part > 30 { ok = false }
                if !s.isBlank { previous = s }
            }
        }
        return ok && bars >= 2 && part > 0
    }

    /// A page number in words: "第2页/共5页", "第 3 页 共 8 页", "共5页 第2页", "Page 2 of 5", "- 第1页 -"
    /// (`bytes` ASCII case folded): only digits, 第 页 共, "page"/"of", and blanks and - / ， , around them.
    static func isPageNumber(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var pages = 0
        var ok = true
        var letters: [UInt8] = []
        UTF8Scan.forEachScalar(bytes) { value, _, _ in
            guard ok, let s = Unicode.Scalar(value) else { ok = false; return }
            if s.isASCIIDigit {
                digits += 1
            } else if s == "页" || s == "頁" {
                pages += 1
            } else if s.isASCIILetter {
                letters.append(UInt8(value))
            } else if !(s == "第" || s == "共" || s.isBlank || s == "-" || s == "/" || s == "，" || s == "," || s == "|") {
                ok = false
            }
        }
        guard ok, digits > 0 else { return false }
        if letters.isEmpty { return pages > 0 }
        return pages == 0 && (letters == Array("pageof".utf8) || letters == Array("page".utf8))
    }

    /// Words of a count or file-size line.
    static let countWords: [[UInt8]] = words.countWords.map { Array($0.utf8) }

    /// A count or a file size and little else (`bytes` ASCII case folded): "阅读 1234",
    /// "1234次浏览", "浏览次数(56)", "202.68 KB", "2021-04-12 发布", "Views 10": digits, count words,
    /// and only blanks and punctuation between them.
    static func isCountLine(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var words = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 { digits += 1; i += 1; continue }
            if b == 0x20 || b == 0x3A || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x28 || b == 0x29 || b == 0x7C || b == 0x2C {
                i += 1
                continue
            }
            if let word = countWords.first(where: { i + $0.count <= bytes.count && bytes[i..<(i + $0.count)].elementsEqual($0) }) {
                words += 1
                i += word.count
                continue
            }
            if let punct = countPunctuation.first(where: { i + $0.count <= bytes.count && bytes[i..<(i + $0.count)].elementsEqual($0) }) {
                i += punct.count
                continue
            }
            return false
        }
        // Not a marked heading such as "1.阅读": a lone digit must not open the line.
        return words > 0 && (digits >= 2 || (digits == 1 && !(bytes[0] >= 0x30 && bytes[0] <= 0x39)))
    }

    static let countPunctuation: [[UInt8]] = ["：", "（", "）", "，", "　", "·"].map { Array($0.utf8) }

    /// An entry of a table of contents with dot leaders and a page number:
    /// "一、党支部的设置 ............ (1)", "第二章 组织生活……………… 3".
    static func isContentsEntry(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = bytes.last, (last >= 0x30 && last <= 0x39) || last == 0x29 || last == 0xBC /* ） */ else { return false }
        var run = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x2E {  // .
                run += 1
                i += 1
            } else if i + 2 < bytes.count, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {  // …
                run += 3
                i += 3
            } else if i + 1 < bytes.count, bytes[i] == 0xC2, bytes[i + 1] == 0xB7 {  // ·
                run += 1
                i += 2
            } else {
                if run >= 6 { return true }
                run = 0
                i += 1
            }
        }
        return false
    }

    /// A table of contents' header alone on a line.
    static let contentsHeaders: [[UInt8]] = words.contentsHeaders.map { Array($0.utf8) }

    /// "学习啦>实用范文>工作总结>", "Summary of Work > Summary of Party Work", "首页 » 范文";
    /// `bytes` are the UTF-8 of a block. Only a block with a separator is decoded into a `String`.
    static func isBreadcrumb(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in breadcrumbStartBytes where bytes.starts(with: start) { return true }
        // No separator (> ＞ » › →), no breadcrumb: a byte scan answers that for most lines.
        guard separatorNeedles.occurInAny(bytes) else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        let separators: Set<Character> = [">", "＞", "»", "›", "→"]
        let parts = text.split(whereSeparator: { separators.contains($0) })
        let count = text.filter { separators.contains($0) }.count
        guard count >= 1, !parts.isEmpty else { return false }
        // The last part may be the page's title: longer than the sections before it.
        for (k, part) in parts.enumerated() {
            let trimmed = part.trimmingCharacters(in: " 　")
            if trimmed.isEmpty || trimmed.unicodeScalars.count > (k == parts.count - 1 && k > 0 ? 60 : 30) { return false }
            if let last = trimmed.unicodeScalars.last, last.isClauseEnd { return false }
        }
        return true
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (`memmem`).
    func containsBytes(_ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { n in
            sk_contains_bytes(baseAddress, Int64(count), n.baseAddress, Int64(n.count)) != 0
        }
    }

    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}

extension StringProtocol {
    func trimmingTrailing(_ characters: String) -> String {
        var s = String(self)
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return s
    }

    package func trimmingCharacters(in characters: String) -> String {
        var s = Substring(self)
        while let first = s.first, characters.contains(first) { s.removeFirst() }
        while let last = s.last, characters.contains(last) { s.removeLast() }
        return String(s)
    }
}
