/// Headings and paragraphs inside a block: run-in headings, flattened lines, inline enumerations.
extension StructureParser {
    /// Longest run-in heading (text after the marker): 32 ideographs or 20 words.
    static let runInLimit = (wide: 32, words: 20)
    /// Longest stand-alone heading line: 60 ideographs or 30 words.
    static let standaloneLimit = (wide: 60, words: 30)

    /// Whether position `i` may start a marker: after white space or a clause end.
    func isBoundary(_ i: Int, lower: Int, allowComma: Bool = false) -> Bool {
        guard i > lower else { return true }
        let previous = text[i - 1]
        if previous.isBlank { return true }
        if previous.isClauseEnd { return !(previous == "." && i >= 2 && text[i - 2].isASCIIDigit) }
        if allowComma, previous == "，" || previous == "," { return true }
        if previous.isCloser, i >= 2, text[i - 2].isSentenceEnd { return true }
        return false
    }

    /// Cuts a content block at mid-line section markers (一、 二、 / First, Second, in
    /// flattened pages), then reads each section.
    mutating func content(_ block: Range<Int>) {
        guard !block.isEmpty else { return }
        var values = current.lastValue
        var starts: [(Int, MarkerMatch?)] = []
        let lead = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound)
        starts.append((block.lowerBound, lead))
        if let lead, lead.family.isMajor { values[lead.family] = lead.value }
        // A family whose mid-line marker breaks the sequence ("First, … Second, …" inside a
        // paragraph) enumerates locally: none of its markers in this block cut it.
        var local: Set<MarkerFamily> = []
        // Mid-line ordinal words, cut or not once the whole block is seen (`ordinalCuts`).
        var ordinals: [(Int, MarkerMatch)] = []
        var i = block.lowerBound + 1
        // In a long Chinese block (a flattened page), "1、" "2." mid-line are decided like ordinal
        // words: they cut the block where most of them run a short heading into a body.
        let flattened = block.count >= Self.flattenedArabicMinimum && text[block.lowerBound].isWide
        while i < block.upperBound {
            if flattened, MarkerScanner.digit(text[i]) != nil, isClauseStart(i, lower: block.lowerBound), !chunkNumbers.contains(i),
               let match = MarkerScanner.marker(in: text, at: i, end: block.upperBound), match.family == .arabic,
               let after = text.at(i + match.length), after.isIdeograph || after == "“" {
                if match.value == 1 { values[.arabic] = nil }
                ordinals.append((i, match))
                i += match.length
                continue
            }
            if MarkerScanner.mayStart(text[i]), isBoundary(i, lower: block.lowerBound) || closesShortHeading(i, after: starts.last?.0),
               !text[i].isBlank,
               let match = MarkerScanner.marker(in: text, at: i, end: block.upperBound), match.family.isMajor {
                if match.family.isOrdinalWord {
                    if isClauseStart(i, lower: block.lowerBound) { ordinals.append((i, match)) }
                    i += match.length
                    continue
                }
                if !local.contains(match.family) {
                    if follows(match, values[match.family]) {
                        values[match.family] = match.value
                        starts.append((i, match))
                        i += match.length
                        continue
                    }
                    local.insert(match.family)
                }
            }
            i += 1
        }
        var leadIsItem = false
        if !ordinals.isEmpty {
            let (cuts, leadItem) = ordinalCuts(block, lead: lead, ordinals: ordinals, others: starts, values: values)
            leadIsItem = leadItem
            if !cuts.isEmpty {
                starts += cuts
                starts.sort { $0.0 < $1.0 }
            }
        }
        for (k, (start, match)) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].0 : block.upperBound
            let following: Following
            if k + 1 < starts.count, let next = starts[k + 1].1 {
                following = .marker(next, starts[k + 1].0..<(k + 2 < starts.count ? starts[k + 2].0 : block.upperBound))
            } else {
                following = nextBlock.map(Following.block) ?? .end
            }
            section(text.trimmed(start..<end), match: match, item: k == 0 && leadIsItem, following: following)
        }
    }

    /// Shortest block in which mid-line arabic markers may head sections: a flattened page.
    static let flattenedArabicMinimum = 200

    /// Whether a bracketed marker at `i` follows a short heading run straight into it with no
    /// punctuation ("一、主要工作情况（一）全面加强…" in a page flattened without spaces): the
    /// section that starts at `previous` is at most 16 characters of text with no sentence end.
    func closesShortHeading(_ i: Int, after previous: Int?) -> Bool {
        guard text[i] == "（" || text[i] == "(" || text[i] == "〔", let previous, i - previous <= 18,
              text[i - 1].isIdeograph else { return false }
        for k in previous..<i where text[k].isClauseEnd || text[k] == "，" || text[k] == "," { return false }
        return MarkerScanner.marker(in: text, at: previous, end: i) != nil
    }

    /// Whether an ordinal word at `i` opens a clause: at the start of the range, after a
    /// clause end ("… problems. First, …", "as follows: First, …"), maybe behind a closing
    /// quote, or after white space behind an ideograph (Chinese lines flattened into one).
    /// Not after a plain word ("the Second, Third and Fourth groups").
    func isClauseStart(_ i: Int, lower: Int) -> Bool {
        var k = i
        while k > lower, text[k - 1].isBlank { k -= 1 }
        guard k > lower else { return true }
        let previous = text[k - 1]
        if previous.isClauseEnd || (k < i && previous.isIdeograph) { return true }
        return previous.isCloser && k - 2 >= lower && text[k - 2].isClauseEnd
    }

    /// Which mid-line ordinal words of a block cut it into sections. Ordinals that follow one
    /// another (First, Second, … Finally; a run may start at the block's own leading ordinal)
    /// are decided together, like 一是…二是…: they head the sections of a flattened page when
    /// most of them run a short heading into a body of their own ("First, the study is
    /// strengthened. 1. The branch …"), and are items of the paragraph otherwise ("… some
    /// problems. First, the members are aging, …. Second, …"): then none of them cuts the
    /// block and ``paragraphs(_:lead:)`` makes each its own paragraph. Sections follow the
    /// summary's sequence of the family as other mid-line markers do.
    /// Returns the cuts, and whether the block's leading ordinal is such an item.
    func ordinalCuts(_ block: Range<Int>, lead: MarkerMatch?, ordinals: [(Int, MarkerMatch)],
                     others: [(Int, MarkerMatch?)], values: [MarkerFamily: Int]) -> (cuts: [(Int, MarkerMatch?)], leadIsItem: Bool) {
        var runs: [[(Int, MarkerMatch)]] = []
        var run: [(Int, MarkerMatch)] = []
        if let lead, lead.family.isOrdinalWord { run.append((block.lowerBound, lead)) }
        for (position, match) in ordinals {
            if let last = run.last?.1, last.family == match.family, last.value != MarkerMatch.last,
               match.value == last.value + 1 || match.value == MarkerMatch.last {
                run.append((position, match))
            } else {
                if !run.isEmpty { runs.append(run) }
                run = [(position, match)]
            }
        }
        if !run.isEmpty { runs.append(run) }
        // Where each item ends: at the next ordinal or the next other cut.
        var bounds = ordinals.map(\.0) + others.map(\.0).filter { $0 > block.lowerBound }
        bounds.sort()
        var values = values
        var local: Set<MarkerFamily> = []
        var cuts: [(Int, MarkerMatch?)] = []
        var leadIsItem = false
        var b = 0
        for run in runs {
            var owning = 0
            for (position, match) in run {
                while b < bounds.count, bounds[b] <= position { b += 1 }
                let end = b < bounds.count ? bounds[b] : block.upperBound
                if ownsBody(text.trimmed(position..<end), match: match) { owning += 1 }
            }
            let startsBlock = run[0].0 == block.lowerBound
            if startsBlock && run.count == 1 { continue }  // the lead alone: an ordinary section
            guard owning * 2 > run.count else {
                if startsBlock { leadIsItem = true }
                continue
            }
            for (position, match) in run where position > block.lowerBound {
                guard !local.contains(match.family) else { break }
                if follows(match, values[match.family]) {
                    values[match.family] = match.value
                    cuts.append((position, match))
                } else {
                    local.insert(match.family)
                }
            }
        }
        return (cuts, leadIsItem)
    }

    /// Whether the section of a marker runs a heading into a body of its own.
    func ownsBody(_ range: Range<Int>, match: MarkerMatch) -> Bool {
        let bodyStart = min(range.upperBound, range.lowerBound + match.length)
        guard let cut = headingEnd(range, from: bodyStart), !text.trimmed(cut.body..<range.upperBound).isEmpty else { return false }
        return isHeadingText(text.trimmed(bodyStart..<cut.head), runIn: !cut.flattened, family: match.family, whole: range)
    }

    /// Whether `match` continues its family's sequence, whose last value was `last`.
    func follows(_ match: MarkerMatch, _ last: Int?) -> Bool {
        if match.value == MarkerMatch.last { return last != nil }
        return match.value == (last ?? 0) + 1
    }

    /// One section: a heading (maybe run into its text) and paragraphs, or paragraphs alone.
    /// `item`: the section starts with the first item of an inline enumeration of ordinals.
    mutating func section(_ range: Range<Int>, match: MarkerMatch?, item: Bool, following: Following) {
        guard !range.isEmpty else { return }
        guard let match, !item else {
            paragraphs(range, lead: match)
            return
        }
        // The marker may have been measured against a longer block than this section.
        let bodyStart = min(range.upperBound, range.lowerBound + match.length)
        let cut = headingEnd(range, from: bodyStart)
        let headText = text.trimmed(bodyStart..<(cut?.head ?? range.upperBound))
        let runIn = cut.map { !$0.flattened } ?? false
        let consistent = !runIn || runInFamilies[match.family] != false
        // 一是… with text after its first sentence is an item of its paragraph, never a heading.
        let item = cut != nil && match.family == .chineseIs
        // "1." right under a heading "1." of the same family starts a list of items.
        let nested = current.itemFamilies.contains(match.family) || startsNestedList(match)
        let heading = consistent && !item && !nested && isHeadingText(headText, runIn: runIn, family: match.family, whole: range)
            && !(cut == nil && isSentenceItem(headText, match: match, following: following))
        if nested { current.itemFamilies.insert(match.family) }
        current.lastSection[match.family] = (match.value, heading)
        if heading {
            let head = text.trimmed(range.lowerBound..<(cut?.head ?? range.upperBound))
            current.lastValue[match.family] = match.value
            let marker = range.lowerBound..<min(range.upperBound, range.lowerBound + match.textLength)
            emit(Piece(kind: .heading, range: head, level: level(of: match.family), marker: marker))
            if let cut { paragraphs(text.trimmed(cut.body..<range.upperBound), lead: nil) }
        } else {
            if match.family.isMajor { current.lastValue[match.family] = match.value }
            paragraphs(range, lead: match)
        }
    }

    /// Whether a marked section short enough for a heading, with no body run into it, is an
    /// item of a list instead: a full sentence of several clauses ("2. The development of
    /// members is slow, and the share of young teachers is only 38%.") with no body of its
    /// own after it. Siblings agree: after a heading 2. the full sentence 3. stays a heading;
    /// after an item 2., the full sentence 3. is an item even if text follows it.
    func isSentenceItem(_ head: Range<Int>, match: MarkerMatch, following: Following) -> Bool {
        // A line ending with a semicolon is one item of a list ("1. …, and … assured;").
        if let last = head.last, text[last] == ";" || text[last] == "；" { return true }
        guard isFullSentence(head) else {
            // After an item, a sibling that is a sentence, or of several clauses cut short by the
            // page, is an item too.
            if let previous = current.lastSection[match.family], previous.value == match.value - 1, !previous.heading,
               hasClauseBreak(head) || endsWithSentenceEnd(head) {
                return true
            }
            // A short sentence "（1）坚持每季度公开党务。" with no body is an item too.
            return match.family.isEnumeration && match.family != .chineseParen && endsWithSentenceEnd(head)
                && !hasBody(after: match, following: following)
        }
        if let previous = current.lastSection[match.family], previous.value == match.value - 1 {
            if previous.heading { return false }
            return true
        }
        return !hasBody(after: match, following: following)
    }

    /// Whether `match` is "1." right under a heading of its own family ("1. Build a learning
    /// mechanism" then "1. Establish a study system. …"): the list under that heading restarts
    /// the numbering, and its items are paragraphs.
    func startsNestedList(_ match: MarkerMatch) -> Bool {
        guard match.value == 1, let last = pieces.last, last.kind == .heading, let marker = last.marker,
              let previous = current.lastSection[match.family], previous.heading else { return false }
        return MarkerScanner.marker(in: text, at: marker.lowerBound, end: marker.upperBound + 1)?.family == match.family
    }

    /// Ends with a sentence end (maybe behind closing quotes).
    func endsWithSentenceEnd(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, text[end - 1].isCloser { end -= 1 }
        return end > range.lowerBound && text[end - 1].isSentenceEnd
    }

    /// Whether `range` holds a clause break (， , ： : 、).
    func hasClauseBreak(_ range: Range<Int>) -> Bool {
        for i in range {
            switch text[i] {
            case "，", ",", "：", ":", "、": return true
            default: continue
            }
        }
        return false
    }

    /// Ends with a sentence end and holds a clause break (， , ： : 、) before it.
    func isFullSentence(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, text[end - 1].isCloser { end -= 1 }
        guard end > range.lowerBound, text[end - 1].isSentenceEnd else { return false }
        for i in range.lowerBound..<(end - 1) {
            switch text[i] {
            case "，", ",", "：", ":", "、": return true
            default: continue
            }
        }
        return false
    }

    /// Whether what follows the section of `match` is its body: plain text, or markers of
    /// another family that is not an outer heading. A sibling (the next value of the family),
    /// an outer heading, a separator, a title, chrome or the end of the text is not; but a
    /// sibling that runs a heading into a body of its own makes this line a heading like it.
    func hasBody(after match: MarkerMatch, following: Following) -> Bool {
        let next: MarkerMatch
        let nextRange: Range<Int>
        switch following {
        case .end:
            return false
        case let .marker(marker, range):
            next = marker
            nextRange = range
        case let .block(block):
            if MarkerScanner.separator(in: text, at: block.lowerBound, end: block.upperBound) != nil { return false }
            guard let marker = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) else {
                return !isTitle(block) && (block.count > 400 || text.withUTF8(block) { Chrome.classify(utf8: $0, scalars: block.count) } == nil)
            }
            next = marker
            nextRange = block
        }
        if next.family == match.family {
            return next.value != match.value + 1 || ownsBody(text.trimmed(nextRange), match: next)
        }
        guard let outer = current.familyOrder.firstIndex(of: next.family) else { return true }
        let own = current.familyOrder.firstIndex(of: match.family) ?? current.familyOrder.count
        return outer > own
    }

    /// Per family, whether lines that start with its markers mostly run a short heading into
    /// their text ("1、抓实集体学习。支部…": true) or mostly open long paragraphs ("1. The
    /// branch insists on …, every Tuesday …": false). A family of paragraph openers keeps
    /// its occasional short first sentence in the paragraph.
    static func runInFamilies(_ text: ScalarText, blocks: [Range<Int>]) -> [MarkerFamily: Bool] {
        let probe = StructureParser(text: text)
        var eligible: [MarkerFamily: Int] = [:]
        var total: [MarkerFamily: Int] = [:]
        for block in blocks {
            guard let match = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) else { continue }
            let start = block.lowerBound + match.length
            let found = probe.headingEnd(block, from: start)
            if found?.flattened == true { continue }
            guard let cut = found else {
                // No sentence end near the start: a long paragraph, unless the line is a heading.
                let whole = text.trimmed(start..<block.upperBound)
                if !probe.isHeadingText(whole, runIn: false, family: match.family, whole: block) {
                    total[match.family, default: 0] += 1
                }
                continue
            }
            total[match.family, default: 0] += 1
            if probe.isHeadingText(text.trimmed(start..<cut.head), runIn: true, family: match.family, whole: block) {
                eligible[match.family, default: 0] += 1
            }
        }
        return total.reduce(into: [:]) { out, entry in
            out[entry.key] = (eligible[entry.key] ?? 0) * 2 >= entry.value
        }
    }

    /// Where a heading that runs into its text ends: at its first sentence end, at white space
    /// between ideographs (a flattened page), or before an enumeration that starts at 1.
    func headingEnd(_ range: Range<Int>, from start: Int) -> (head: Int, body: Int, flattened: Bool)? {
        let limit = min(range.upperBound, start + 240)
        var i = start
        while i < limit {
            let s = text[i]
            if s == "一", i > start, !text[i - 1].isIdeograph, !text[i - 1].isBlank,
               let match = MarkerScanner.marker(in: text, at: i, end: range.upperBound), match.family == .chineseIs {
                // "…夯实政治阵地”一是…": the heading ends where its items start.
                return (i, i, false)
            }
            if s == "。" || s == "！" || s == "？" {
                var k = i + 1
                while k < range.upperBound, text[k].isCloser { k += 1 }
                return k < range.upperBound ? (k, k, false) : nil
            }
            if s == "." || s == "!" || s == "?" {
                var k = i + 1
                while k < range.upperBound, text[k].isCloser { k += 1 }
                if k >= range.upperBound { return nil }
                if text[k].isBlank {
                    var n = k
                    while n < range.upperBound, text[n].isBlank { n += 1 }
                    if n < range.upperBound, text[n].isASCIIUpper || text[n].isASCIIDigit || text[n].isWide || text[n] == "(" || text[n] == "\"" || text[n] == "“" {
                        return (k, n, false)
                    }
                }
            }
            if s.isBlank {
                var n = i
                while n < range.upperBound, text[n].isBlank { n += 1 }
                guard n < range.upperBound else { return nil }
                let before = text[i - 1]
                let after = text[n]
                if before.isWide, after.isWide || after.isASCIIDigit { return (i, n, true) }
                if let match = MarkerScanner.marker(in: text, at: n, end: range.upperBound),
                   match.family.isEnumeration, match.value == 1 {
                    return (i, n, true)
                }
                i = n
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether the text after a marker is short enough to be a heading.
    func isHeadingText(_ head: Range<Int>, runIn: Bool, family: MarkerFamily, whole: Range<Int>) -> Bool {
        guard !head.isEmpty else { return !runIn }
        if !runIn {
            // A stand-alone line: no sentence inside it.
            for i in head.dropLast() where text[i] == "。" || text[i] == "；" || text[i] == ";" { return false }
        }
        if isWide(head) {
            let limit = runIn ? Self.runInLimit.wide : Self.standaloneLimit.wide
            return head.count <= (family == .sequenceWord ? limit / 2 : limit)
        }
        let words = wordCount(head)
        let limit = runIn ? Self.runInLimit.words : Self.standaloneLimit.words
        return words <= limit
    }

    /// Paragraphs, cut at inline enumerations ("1. … 2. …", "（1）…（2）…", "一是…二是…").
    /// `lead` is the marker the range starts with, if any.
    mutating func paragraphs(_ range: Range<Int>, lead: MarkerMatch?) {
        guard !range.isEmpty else { return }
        var expected: [MarkerFamily: Int] = [:]
        if let lead { expected[lead.family] = lead.value + 1 }
        var items: [(Int, MarkerMatch)] = []
        var counts: [MarkerFamily: Int] = [:]
        var i = min(range.upperBound, range.lowerBound + (lead?.length ?? 0))
        if lead == nil, let first = MarkerScanner.marker(in: text, at: i, end: range.upperBound),
           first.family.isInline, first.value == 1 {
            items.append((i, first))
            expected[first.family] = 2
            counts[first.family, default: 0] += 1
            i += first.length
        }
        // Colons right before 一: where a bare-numeral list may start (``bareNumeralItems``).
        var colons: [Int] = []
        while i < range.upperBound {
            let s = text[i]
            if s == "f" || s == "s" || s == "t" || s == "l", i > range.lowerBound, !text[i - 1].isASCIILetter,
               let word = lowerCaseOrdinal(at: i, expected: expected[.englishOrdinal]),
               isClauseStart(i, lower: range.lowerBound) {
                // "… three aspects: first, we should …; second, …": ordinals in lower case.
                items.append((i, word))
                expected[.englishOrdinal] = word.value + 1
                counts[.englishOrdinal, default: 0] += 1
                i += word.length
                continue
            }
            if !s.isBlank, !s.isASCIILower {
                if s == "：" || s == ":", i + 1 < range.upperBound, text[i + 1] == "一" { colons.append(i) }
                let allowComma = s == "（" || s == "(" || (0x2460...0x2487).contains(s.value) || !s.isASCIIDigit
                if isBoundary(i, lower: range.lowerBound, allowComma: allowComma), chunkNumbers.isEmpty || !chunkNumbers.contains(i),
                   let match = MarkerScanner.marker(in: text, at: i, end: range.upperBound) ?? continuation(at: i, expected: expected),
                   match.family.isInline || match.family == .sequenceWord {
                    let want = expected[match.family, default: 1]
                    // Ordinal and sequence words open a clause; a new "First," restarts them
                    // and "Finally," ends them.
                    let fits = match.family.isOrdinalWord || match.family == .sequenceWord
                        ? isClauseStart(i, lower: range.lowerBound)
                            && (match.value == want || match.value == 1 || (match.value == MarkerMatch.last && want >= 2 && want <= MarkerMatch.last)
                                || (match.value == 2 && want == 1 && match.family == .englishOrdinal))
                        : match.value == want
                    if fits {
                        items.append((i, match))
                        expected[match.family] = match.value + 1
                        counts[match.family, default: 0] += 1
                        i += match.length
                        continue
                    }
                }
            }
            i += 1
        }
        // A lone "1." is not an enumeration, unless it continues the lead's.
        items.removeAll { counts[$0.1.family, default: 0] < 2 && $0.1.family != lead?.family }
        var tail: Int?
        if items.isEmpty, !colons.isEmpty, let bare = bareNumeralItems(range, colons: colons) {
            items = bare.items
            tail = bare.tail
        }
        var starts: [(Int, MarkerMatch?)] = [(range.lowerBound, lead)]
        for item in items where item.0 > range.lowerBound { starts.append((item.0, item.1)) }
        if let first = items.first, first.0 == range.lowerBound { starts[0] = (range.lowerBound, first.1) }
        if let tail { starts.append((tail, nil)) }
        for (k, (start, match)) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].0 : range.upperBound
            let piece = text.trimmed(start..<end)
            guard !piece.isEmpty else { continue }
            let marker = match.map { start..<min(piece.upperBound, start + $0.textLength) }
            emit(Piece(kind: .paragraph, range: piece, marker: marker))
        }
    }

    static let lowerCaseOrdinals: [([Unicode.Scalar], Int)] = [
        ("firstly,", 1), ("first,", 1), ("secondly,", 2), ("second,", 2), ("thirdly,", 3), ("third,", 3),
        ("fourthly,", 4), ("fourth,", 4), ("fifthly,", 5), ("fifth,", 5), ("finally,", MarkerMatch.last), ("lastly,", MarkerMatch.last),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    /// An ordinal word in lower case at `i` ("first," "secondly," "finally,"), as machine
    /// translation writes the items of "…三个方面：一是…；二是…": "first," when no ordinal list is
    /// open (`expected` nil), else the value the open list expects next, or its end.
    func lowerCaseOrdinal(at i: Int, expected: Int?) -> MarkerMatch? {
        guard i > 0, !text[i - 1].isASCIILetter else { return nil }
        for (word, value) in Self.lowerCaseOrdinals where text.matches(word, at: i) {
            let fits = expected.map { value == $0 || (value == MarkerMatch.last && $0 >= 2 && $0 <= MarkerMatch.last) } ?? (value == 1)
            guard fits else { return nil }
            var length = word.count
            while let next = text.at(i + length), next.isBlank { length += 1 }
            return MarkerMatch(family: .englishOrdinal, value: value, textLength: word.count, length: length)
        }
        return nil
    }

    static let nextWord = Array("接下来".unicodeScalars)

    /// "接下来" continuing a 首先… enumeration in running text, as the sequence word it stands for.
    func continuation(at i: Int, expected: [MarkerFamily: Int]) -> MarkerMatch? {
        guard text[i] == "接", let want = expected[.sequenceWord], want >= 2, want < MarkerMatch.last,
              text.matches(Self.nextWord, at: i) else { return nil }
        var length = Self.nextWord.count
        if let next = text.at(i + length), next == "，" || next == "," { length += 1 }
        return MarkerMatch(family: .sequenceWord, value: want, textLength: length, length: length)
    }

    /// Longest item of a bare-numeral list: 20 characters.
    static let bareItemLimit = 20

    /// Items numbered by bare Chinese digits after a colon, each one short sentence
    /// ("提出四点要求：一态度要端正。二检查要深刻。三批评要直接。"): at least three, in order,
    /// the first right after the colon and each next one right after the previous item's
    /// sentence end. Text after the last item's sentence is a paragraph of its own (`tail`).
    /// `colons`: the positions of the colons before 一 in `range`.
    func bareNumeralItems(_ range: Range<Int>, colons: [Int]) -> (items: [(Int, MarkerMatch)], tail: Int?)? {
        for i in colons {
            var items: [(Int, MarkerMatch)] = []
            var k = i + 1
            var value = 1
            var end = k
            while k < range.upperBound, MarkerScanner.chineseDigit(text[k]) == value, k + 1 < range.upperBound, text[k + 1].isIdeograph,
                  MarkerScanner.chineseDigit(text[k + 1]) == nil {
                var j = k + 1
                while j < range.upperBound, j - k <= Self.bareItemLimit, text[j] != "。", text[j] != "；" { j += 1 }
                guard j < range.upperBound, j - k <= Self.bareItemLimit else { break }
                items.append((k, MarkerMatch(family: .chineseIs, value: value, textLength: 1, length: 1)))
                end = j + 1
                k = end
                value += 1
            }
            guard items.count >= 3 else { continue }
            let tail = text.trimmed(end..<range.upperBound)
            return (items, tail.isEmpty ? nil : tail.lowerBound)
        }
        return nil
    }
}
