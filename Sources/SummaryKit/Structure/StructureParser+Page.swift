/// Page furniture that only its place on the page gives away: a document viewer's outline,
/// a site name above the title, bylines and dates under it, repeated titles, "篇1" markers
/// after a repeated title, and lines wholly in brackets.
extension StructureParser {
    /// Longest outline entry (a table-of-contents line), in scalars.
    static let outlineEntryLimit = 30
    /// Fewest entries that make an outline.
    static let outlineMinimum = 4
    /// How many blocks after an outline its first entry is looked for again.
    static let outlineReach = 400

    /// Indices of the blocks that form an outline: a run of at least four short marked lines
    /// with no text of their own ("一、履职尽责" "（一）理论武装" …) whose first entry comes back
    /// later as the start of a real heading. Document viewers print such a table of contents
    /// above the text; its entries are not the document's headings.
    static func outlineBlocks(_ text: ScalarText, blocks: [Range<Int>]) -> Set<Int> {
        var out = Set<Int>()
        var k = 0
        while k < blocks.count {
            var end = k
            while end < blocks.count, isOutlineEntry(text, blocks[end]) { end += 1 }
            if end - k >= outlineMinimum, recurs(text, blocks[k], in: blocks[end..<min(blocks.count, end + outlineReach)]) {
                out.formUnion(k..<end)
            }
            k = max(end, k + 1)
        }
        return out
    }

    /// Shortest chunk of a document viewer's numbered chunks.
    static let chunkMinimum = 100

    /// Document viewers print a flattened text in chunks of fixed length numbered "1、" "2、" …,
    /// each number at the start of a line that goes on in the middle of a sentence or a word.
    /// Finds such chunks (a long "1、" line with no sentence end at its end, followed by "2、" …)
    /// and joins each into the one before it. Returns the blocks and the index of the first
    /// chunk, whose number opens the page (and often its title).
    /// `numbers`: where the chunk numbers after the first stand.
    static func joiningPageChunks(_ text: ScalarText, blocks: [Range<Int>]) -> (blocks: [Range<Int>], first: Int?, numbers: Set<Int>) {
        func chunkNumber(_ block: Range<Int>) -> Int? {
            guard let match = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound),
                  match.family == .arabic, text[block.lowerBound + match.textLength - 1] == "、" else { return nil }
            return match.value
        }
        func runsOn(_ block: Range<Int>) -> Bool {
            guard block.count >= chunkMinimum, let last = block.last else { return false }
            let s = text[last]
            return !(s.isClauseEnd || s.isCloser)
        }
        var k = 0
        while k + 1 < blocks.count {
            if chunkNumber(blocks[k]) == 1, runsOn(blocks[k]), chunkNumber(blocks[k + 1]) == 2 { break }
            k += 1
        }
        guard k + 1 < blocks.count else { return (blocks, nil, []) }
        var numbers = Set<Int>()
        var out = Array(blocks[..<k])
        var merged = blocks[k]
        var value = 1
        var j = k + 1
        while j < blocks.count, runsOn(blocks[j - 1]), chunkNumber(blocks[j]) == value + 1 {
            merged = merged.lowerBound..<blocks[j].upperBound
            numbers.insert(blocks[j].lowerBound)
            value += 1
            j += 1
        }
        out.append(merged)
        out += blocks[j...]
        return (out, k, numbers)
    }

    /// The title at the start of the first numbered chunk ("1、某某工作总结根据…", "1、某某材料 某某…"):
    /// where it ends, after the chunk number.
    func chunkTitleEnd(_ block: Range<Int>) -> Int? {
        guard blockIndex == pageChunk, !current.hasContent, current.titlePiece == nil,
              let match = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) else { return nil }
        let body = block.lowerBound + match.length..<block.upperBound
        if let split = titlePrefix(body) { return split }
        // No title word: the words up to the first space, with no punctuation among them.
        var i = body.lowerBound
        while i < min(body.upperBound, body.lowerBound + 50) {
            let s = text[i]
            if s.isBlank { return i - body.lowerBound >= 6 ? i : nil }
            if s.isClauseEnd || s == "，" || s == "," || s == "、" { return nil }
            i += 1
        }
        return nil
    }

    /// A short line that starts with a marker and holds no sentence.
    static func isOutlineEntry(_ text: ScalarText, _ block: Range<Int>) -> Bool {
        guard block.count <= outlineEntryLimit,
              let match = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound),
              match.length < block.count else { return false }
        for i in block where text[i] == "。" || text[i] == "；" || text[i] == ";" || text[i] == "\n" { return false }
        return true
    }

    /// Whether some block of `later` starts like the outline entry `entry`: the same marker,
    /// then the same first characters (up to four) of its text.
    static func recurs(_ text: ScalarText, _ entry: Range<Int>, in later: ArraySlice<Range<Int>>) -> Bool {
        guard let match = MarkerScanner.marker(in: text, at: entry.lowerBound, end: entry.upperBound) else { return false }
        let marker = Array(text.scalars[entry.lowerBound..<entry.lowerBound + match.textLength])
        let bodyStart = entry.lowerBound + match.length
        let head = Array(text.scalars[bodyStart..<min(entry.upperBound, bodyStart + 4)])
        guard !head.isEmpty else { return false }
        for block in later where text.matches(marker, at: block.lowerBound) {
            guard let other = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound),
                  other.textLength == marker.count else { continue }
            let start = block.lowerBound + other.length
            if start + head.count <= block.upperBound, text.matches(head, at: start) { return true }
        }
        return false
    }

    /// Page furniture above the text that is chrome by its place: the site's name as the
    /// first line of the page ("某某范文网", a one-word site name), a "Site - Section - Title"
    /// trail before any text; anywhere, a short line wholly in brackets ("（2023年12月）",
    /// "(omitted)", "（某某党支部）").
    func isPageHeader(_ block: Range<Int>) -> Bool {
        // A document viewer's information box above the text: "- 202.68 KB", "- 2021-04-12 发布",
        // "- 1、本文档由用户上传…", one "- " line each.
        if !seenNonChrome, LineJoiner.isDashItem(text, block), block.count <= 200 { return true }
        guard block.count <= 120 else { return false }
        if isBracketedLine(block) || echoesBreadcrumb(block) { return true }
        if pieces.isEmpty, nextBlock != nil, block.count <= 24, isSiteName(block) { return true }
        return !seenNonChrome && isDashTrail(block)
    }

    /// A short line that repeats the last part of the breadcrumb right above it: the name of
    /// the site's section ("当前位置：首页 > 党建专栏 > 退休园地" then "退休园地").
    func echoesBreadcrumb(_ block: Range<Int>) -> Bool {
        guard block.count <= 16, !seenNonChrome, let last = pieces.last, last.kind == .boilerplate,
              last.range.count > block.count + 1 else { return false }
        let tail = last.range.upperBound - block.count
        guard text.scalars[tail..<last.range.upperBound] == text.scalars[block] else { return false }
        let before = text[tail - 1]
        return before.isBlank || before == ">" || before == "＞" || before == "»" || before == "›" || before == "→"
    }

    /// The download watermarks in `block` ("精品WORD文档下载可编缉使用"), as scalar ranges in order.
    /// One byte search rules out nearly every block.
    func watermarks(in block: Range<Int>) -> [Range<Int>] {
        guard let first = Chrome.watermarkCore.first, block.count >= Chrome.watermarkCore.count,
              text.withUTF8(block, { $0.containsBytes(Chrome.watermarkCoreBytes) }) else { return [] }
        var out: [Range<Int>] = []
        var i = block.lowerBound
        while i + Chrome.watermarkCore.count <= block.upperBound {
            guard text[i] == first, text.matches(Chrome.watermarkCore, at: i) else { i += 1; continue }
            var lower = i
            var upper = i + Chrome.watermarkCore.count
            for head in Chrome.watermarkHeads where lower - head.count >= block.lowerBound && text.matches(head, at: lower - head.count) {
                lower -= head.count
                break
            }
            for tail in Chrome.watermarkTails where upper + tail.count <= block.upperBound && text.matches(tail, at: upper) {
                upper += tail.count
                break
            }
            out.append(lower..<upper)
            i = upper
        }
        return out
    }

    /// A site name: at most six ideographs, or a single word, naming no summary.
    func isSiteName(_ block: Range<Int>) -> Bool {
        if isWide(block) {
            guard block.count <= 6 else { return false }
            for i in block where !text[i].isIdeograph { return false }
            return !text.withUTF8(block, Self.namesSummary(utf8:))
        }
        guard wordCount(block) == 1, block.count <= 24 else { return false }
        for i in block where !text[i].isASCIILetter && text[i] != "." && text[i] != "-" { return false }
        return true
    }

    /// "Site - Section - Title": two or more " - " between short parts.
    func isDashTrail(_ block: Range<Int>) -> Bool {
        var dashes = 0
        var words = 0
        var inWord = false
        var i = block.lowerBound
        while i < block.upperBound {
            let s = text[i]
            if s == "-", i > block.lowerBound, i + 1 < block.upperBound, text[i - 1].isBlank, text[i + 1].isBlank {
                guard words > 0, words <= 8 else { return false }
                dashes += 1
                words = 0
            } else if s.isSentenceEnd || s == "，" || s == "," {
                return false
            } else if !s.isBlank, !inWord {
                words += 1
            }
            inWord = !s.isBlank
            i += 1
        }
        return dashes >= 2 && words > 0 && words <= 8
    }

    /// A byline under a title, before any text: short (20 characters or 8 words), no marker,
    /// no clause punctuation, no title word ("某某村党总支书记 张某", "常州市某小学党支部",
    /// "2022-05-04 0 By").
    func isByline(_ block: Range<Int>) -> Bool {
        guard !current.hasContent, block.count <= 60, !endsSentence(block),
              MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) == nil else { return false }
        if isWide(block) {
            guard block.count <= 20 else { return false }
        } else {
            guard wordCount(block) <= 8 else { return false }
        }
        for i in block {
            switch text[i] {
            case "，", ",", "。", "；", ";", "：", ":", "、", "!", "！", "?", "？": return false
            default: continue
            }
        }
        return !isTitle(block) && !text.withUTF8(block, Self.namesSummary(utf8:))
    }

    /// A short line wholly in one pair of brackets, with no sentence inside and no marker at
    /// its start: a date, a source, an author's unit, an omission note.
    func isBracketedLine(_ block: Range<Int>) -> Bool {
        guard block.count >= 3, block.count <= 24 else { return false }
        let open = text[block.lowerBound]
        let close = text[block.upperBound - 1]
        guard (open == "（" || open == "(") && (close == "）" || close == ")") else { return false }
        if MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) != nil { return false }
        for i in (block.lowerBound + 1)..<(block.upperBound - 1) {
            let s = text[i]
            if s == "（" || s == "(" || s == "）" || s == ")" || s == "。" || s == "；" { return false }
        }
        return true
    }

    /// Longest heading without a marker: 20 ideographs or 5 words.
    static let unmarkedHeadingLimit = (wide: 20, words: 5)

    /// A heading without a marker: a short line with no punctuation at its end and no sentence
    /// inside, followed by a longer block of plain text ("共学共建，让基层组织强起来",
    /// "Branch Overview"). In a news report such lines are photo captions.
    func isUnmarkedHeading(_ block: Range<Int>) -> Bool {
        guard let next = nextBlock else { return false }
        return next.count > block.count * 2 || MarkerScanner.marker(in: text, at: next.lowerBound, end: next.upperBound) != nil
    }

    /// A short line with no marker, no punctuation at its end and no sentence inside: an
    /// unmarked heading or, in a news report, a photo caption.
    func isShortUnmarkedLine(_ block: Range<Int>) -> Bool {
        guard block.count <= 60, !endsSentence(block), nextBlock != nil,
              MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) == nil else { return false }
        if isWide(block) {
            guard block.count <= Self.unmarkedHeadingLimit.wide else { return false }
        } else {
            guard wordCount(block) <= Self.unmarkedHeadingLimit.words else { return false }
        }
        for i in block {
            switch text[i] {
            case "。", "；", ";", "：", ":", "!", "！", "?", "？", "\n": return false
            default: continue
            }
        }
        return true
    }

    /// Longest unmarked run-in heading: 16 ideographs.
    static let unmarkedRunInLimit = 16

    /// Indices of blocks that open with an unmarked run-in heading: a short first sentence
    /// with no clause break ("搞好基层组织自身建设。") before a body several times longer, where
    /// the block before or after opens the same way. Sections of some reports carry no
    /// numbers; one such block alone is an ordinary paragraph.
    static func unmarkedRunInBlocks(_ text: ScalarText, blocks: [Range<Int>]) -> Set<Int> {
        var candidates: [Bool] = []
        candidates.reserveCapacity(blocks.count)
        for block in blocks { candidates.append(runInEnd(text, block) != nil) }
        var out = Set<Int>()
        for k in blocks.indices where candidates[k] {
            if (k > 0 && candidates[k - 1]) || (k + 1 < blocks.count && candidates[k + 1]) { out.insert(k) }
        }
        return out
    }

    /// Where the short first sentence of an unmarked Chinese block ends (after its 。), if it
    /// is one: at most ``unmarkedRunInLimit`` ideographs, no clause break, no marker before
    /// it, and a body at least three times as long after it.
    static func runInEnd(_ text: ScalarText, _ block: Range<Int>) -> Int? {
        guard block.count >= 40, text[block.lowerBound].isIdeograph,
              MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) == nil else { return nil }
        var i = block.lowerBound
        let limit = min(block.upperBound, block.lowerBound + unmarkedRunInLimit + 1)
        while i < limit {
            let s = text[i]
            if s == "。" {
                let end = i + 1
                guard end - block.lowerBound >= 5, (block.upperBound - end) >= 3 * (end - block.lowerBound) else { return nil }
                return end
            }
            if !s.isIdeograph, s != "“", s != "”" { return nil }
            i += 1
        }
        return nil
    }

    /// The end of an unmarked run-in heading that opens `block`, if the block is one of
    /// ``runInBlocks``.
    func unmarkedRunIn(_ block: Range<Int>) -> Int? {
        guard runInBlocks.contains(blockIndex), current.hasContent || current.titlePiece != nil else { return nil }
        return Self.runInEnd(text, block)
    }

    /// Whether `range` opens with a date: "3月5日", "2023年3月5日", "On the afternoon of",
    /// "On March 16,".
    func opensWithDate(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = min(range.upperBound, range.lowerBound + 16)
        func digits() -> Int {
            var n = 0
            while i < end, MarkerScanner.digit(text[i]) != nil { i += 1; n += 1 }
            return n
        }
        if text.matches(Self.onWord, at: i) {
            let k = i + Self.onWord.count
            return Self.dateWords.contains { text.matches($0, at: k) }
        }
        var n = digits()
        if n == 4, i < end, text[i] == "年" { i += 1; n = digits() }
        guard n >= 1, n <= 2, i < end, text[i] == "月" else { return false }
        i += 1
        guard (1...2).contains(digits()), i < end, text[i] == "日" || text[i] == "号" else { return false }
        return true
    }

    static let onWord = Array("On ".unicodeScalars)
    static let dateWords: [[Unicode.Scalar]] = [
        "the morning", "the afternoon", "the evening", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ].map { Array($0.unicodeScalars) }

    /// The text of the current summary's title without a file extension (".docx"), if the
    /// summary has a title and no content yet.
    func titleText() -> Range<Int>? {
        guard !current.hasContent, let index = current.titlePiece, index < pieces.count else { return nil }
        var range = pieces[index].range
        for ext in Self.fileExtensions where range.count > ext.count + 2 && text.matches(ext, at: range.upperBound - ext.count) {
            range = range.lowerBound..<(range.upperBound - ext.count)
            break
        }
        return range
    }

    static let fileExtensions: [[Unicode.Scalar]] = [".docx", ".doc", ".pdf", ".txt", ".wps"].map { Array($0.unicodeScalars) }

    /// Whether `block` repeats the current title (pages print it two or three times).
    func repeatsTitle(_ block: Range<Int>) -> Bool {
        guard !current.hasContent, let index = current.titlePiece, index < pieces.count, let title = titleText() else { return false }
        let whole = pieces[index].range
        for range in [whole, title] where range.count == block.count && text.scalars[range] == text.scalars[block] { return true }
        return false
    }

    /// Where the text starts in a block that opens with the current title run straight into
    /// it ("某某党支部工作总结后勤党支部在…"): the end of the repeated title, or nil.
    func repeatedTitleEnd(_ block: Range<Int>) -> Int? {
        guard let title = titleText(), title.count >= 6, block.count > title.count + 4 else { return nil }
        guard text.scalars[title] == text.scalars[block.lowerBound..<block.lowerBound + title.count] else { return nil }
        return block.lowerBound + title.count
    }

    /// Whether a short block ends with "篇1" / "篇一" after a space ("某某工作总结 篇1"): a
    /// separator that repeats the page's title before each piece.
    func isTitledSeparator(_ block: Range<Int>) -> Bool {
        guard block.count <= 50 else { return false }
        var k = block.upperBound
        while k > block.lowerBound, MarkerScanner.digit(text[k - 1]) != nil || MarkerScanner.chineseDigit(text[k - 1]) != nil { k -= 1 }
        let digits = block.upperBound - k
        guard digits >= 1, digits <= 3, k - 2 > block.lowerBound, text[k - 1] == "篇", text[k - 2].isBlank else { return false }
        return text.withUTF8(block.lowerBound..<k - 1, Self.namesSummary(utf8:))
    }
}
