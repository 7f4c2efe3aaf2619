/// Title lines: …工作总结, "Summary of the work of …", "… Work Summary 2021".
extension StructureParser {
    package static let titleWords: [String] = ["总结", "總結", "述职报告", "述職報告", "工作汇报", "工作彙報", "情况汇报", "情況彙報"]
    /// Words that open the first sentence of a translated summary run into its title
    /// (`Resources/english-openers.txt`); empty when the file is missing or malformed, which
    /// ``BuiltInLists/checkBuiltInData()`` reports.
    static let englishOpeners: Set<String> = (try? BuiltInLists.englishOpeners.get()) ?? []

    /// Whether `range` ends with sentence or clause punctuation.
    func endsSentence(_ range: Range<Int>) -> Bool {
        guard let last = range.last else { return false }
        let s = text[last]
        return s.isClauseEnd || s == "，" || s == ","
    }

    /// Whether `range` is mostly ideographs (measured in characters) rather than words.
    func isWide(_ range: Range<Int>) -> Bool {
        var wide = 0
        var letters = 0
        for i in range {
            if text[i].isWide { wide += 1 } else if text[i].isASCIILetter { letters += 1 }
        }
        return wide * 3 >= letters
    }

    /// The number of words (runs of non-blank scalars) in `range`.
    func wordCount(_ range: Range<Int>) -> Int {
        var count = 0
        var inWord = false
        for i in range {
            let blank = text[i].isBlank
            if !blank, !inWord { count += 1 }
            inWord = !blank
        }
        return count
    }

    /// A stand-alone title line: short, no leading marker, no sentence inside, naming a summary.
    func isTitle(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 200 else { return false }
        if MarkerScanner.marker(in: text, at: range.lowerBound, end: range.upperBound) != nil { return false }
        if endsSentence(range) { return false }
        if isWide(range) {
            guard range.count <= 50 else { return false }
            return text.withUTF8(range, Self.namesSummary(utf8:))
        }
        guard wordCount(range) <= 30, !hasSentenceBreak(range) else { return false }
        return containsFolded(Self.summaryWord, in: range) && !containsFolded(Self.breadcrumbWord, in: range)
    }

    /// What ``namesSummary(utf8:)`` looks for in one pass: 。 and ； (bits 0 and 1), the title
    /// words, and U+2F857, a compatibility ideograph canonically equivalent to 報: the one
    /// scalar through which Foundation's `contains` finds a title word whose bytes are not in
    /// the line.
    static let titleNeedles = ByteNeedles((["。", "；"] + titleWords + ["\u{2F857}"]).map { Array($0.utf8) })

    /// Whether a wide line (UTF-8 `bytes`) holds no 。 or ； and names a summary: contains a
    /// title word as Foundation's `String.contains` sees it (canonical equivalence, whole
    /// characters). That search costs microseconds per call and ran on nearly every short
    /// Chinese line, so a byte search rules lines out first: Foundation can find a word only
    /// where its bytes occur, or through U+2F857. It still decides the rare remaining lines.
    package static func namesSummary(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let found = titleNeedles.found(in: bytes)
        guard found & 0b11 == 0, found != 0 else { return false }
        let string = String(decoding: bytes, as: UTF8.self)
        return titleWords.contains { string.contains($0) }
    }

    static let summaryWord = Array("summary".unicodeScalars)
    static let breadcrumbWord = Array("summary of work >".unicodeScalars)
    /// Words that end with a full stop inside a name ("Co., Ltd. (2023)", "No. 3 Middle School").
    static let abbreviations: Set<String> = [
        "co", "ltd", "inc", "corp", "no", "nos", "st", "dept", "mr", "mrs", "ms", "dr", "jr", "sr", "prof",
        "univ", "govt", "vs", "etc", "rd", "ave", "mt",
    ]

    /// Whether `range` holds a sentence break: "; " or ". " after a word that is no
    /// abbreviation or initial.
    func hasSentenceBreak(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            let s = text[i]
            if (s == ";" || s == ".") && text[i + 1].isBlank {
                if s == ";" { return true }
                var start = i
                while start > range.lowerBound, text[start - 1].isASCIILetter { start -= 1 }
                let letters = i - start
                let initial = letters == 1 && text[start].isASCIIUpper
                if !initial, letters > 4 || !Self.abbreviations.contains(text.string(start..<i).lowercased()) { return true }
            }
            i += 1
        }
        return false
    }

    /// Whether `range` contains `word` (lower-case ASCII), ignoring ASCII case.
    func containsFolded(_ word: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard !word.isEmpty, range.count >= word.count else { return false }
        var i = range.lowerBound
        while i + word.count <= range.upperBound {
            var k = 0
            while k < word.count {
                let s = text[i + k]
                let folded = s.isASCIIUpper ? Unicode.Scalar(UInt8(s.value) | 0x20) : s
                if folded != word[k] { break }
                k += 1
            }
            if k == word.count { return true }
            i += 1
        }
        return false
    }

    /// The first line of a document that has no title yet, short and unpunctuated
    /// ("清溪镇中心小学党支部", "Party Branch of …"), or, when text follows, a headline: a
    /// longer line with no sentence inside or at its end (a news page's "某某支部召开…会",
    /// "Check problems, find gaps - the branch held …", a report's long 关于…的报告).
    func isLeadingTitle(_ range: Range<Int>) -> Bool {
        guard !seenNonChrome, current.titlePiece == nil, !current.hasContent else { return false }
        if MarkerScanner.marker(in: text, at: range.lowerBound, end: range.upperBound) != nil { return false }
        if endsSentence(range) { return false }
        let wide = isWide(range)
        let string = text.string(range)
        if !(string.fastContains("：") || string.fastContains(":") || string.fastContains("，")) {
            if wide ? range.count <= 30 : wordCount(range) <= 12 { return true }
        }
        guard nextBlock != nil else { return false }
        if wide {
            guard range.count <= Self.headlineLimit.wide else { return false }
            for i in range where text[i] == "。" || text[i] == "；" || text[i] == "！" || text[i] == "？" { return false }
            return true
        }
        return wordCount(range) <= Self.headlineLimit.words && !hasSentenceBreak(range)
    }

    /// Longest headline: 50 ideographs or 45 words.
    static let headlineLimit = (wide: 50, words: 45)

    static let titleWordScalars: [[Unicode.Scalar]] = titleWords.map { Array($0.unicodeScalars) }

    /// Ideographs that, right after a title word, continue a sentence rather than start the
    /// text ("工作总结如下", "总结了", "总结会", "汇报材料").
    static func continuesTitleWord(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "如", "了", "的", "和", "与", "及", "中", "时", "会", "大", "表", "报", "材", "范", "篇", "暨", "精", "是", "在", "等", "得", "经":
            return true
        default:
            return false
        }
    }

    /// For a flattened first line ("…2023年度工作总结 2023年，…", "…工作情况的总结学校党支部自从…",
    /// "Summary of … in 2016 Since the beginning …"): where the title ends and the text starts.
    /// A Chinese title may run straight into the text when nothing before its title word is
    /// punctuated and what follows starts a new phrase.
    func titlePrefix(_ block: Range<Int>) -> Int? {
        guard block.count > 50 else { return nil }
        let limit = min(block.upperBound, block.lowerBound + 200)
        if isWide(block.lowerBound..<min(block.upperBound, block.lowerBound + 60)) {
            var i = block.lowerBound
            var punctuated = false
            while i < min(limit, block.lowerBound + 60) {
                for word in Self.titleWordScalars where text.matches(word, at: i) {
                    var k = i + word.count
                    guard k < block.upperBound else { continue }
                    if text[k].isBlank {
                        while k < block.upperBound, text[k].isBlank { k += 1 }
                        return k
                    }
                    let next = text[k]
                    if !punctuated, k - block.lowerBound >= 8,
                       (next.isIdeograph && !Self.continuesTitleWord(next)) || MarkerScanner.digit(next) != nil
                        || next == "X" || next == "x" || next == "×" {  // a placeholder: "X区共有…"
                        return k
                    }
                }
                switch text[i] {
                case "，", ",", "。", "：", ":", "；", ";", "、", "！", "？", "!", "?": punctuated = true
                default: break
                }
                i += 1
            }
            return nil
        }
        var words = 0
        var sawSummary = false
        var i = block.lowerBound
        while i < limit, words <= 35 {
            guard text[i].isBlank else { i += 1; continue }
            let prefix = text.string(block.lowerBound..<i).lowercased()
            sawSummary = sawSummary || prefix.contains("summary")
            var k = i
            while k < limit, text[k].isBlank { k += 1 }
            var e = k
            while e < limit, text[e].isASCIILetter { e += 1 }
            let word = text.string(k..<e)
            if sawSummary, Self.englishOpeners.contains(word), e < limit, text[e] == " " || text[e] == "," {
                let last = text[i - 1]
                if !last.isClauseEnd, last != "," { return k }
            }
            words += 1
            i = k
        }
        return nil
    }
}
