/// Turns text into units and summaries. One parser per document; not shared.
///
/// The pass is linear: lines are grouped into blocks (``LineJoiner``), each block is checked
/// for a separator, chrome and a title, and the rest is cut into headings and paragraphs at
/// markers (``MarkerScanner``), keeping document-wide state for marker sequences, heading
/// levels and summary boundaries.
package struct StructureParser {
    let text: ScalarText
    let hints: [Int: LineHint]

    /// An emitted unit before it is turned into a public ``TextUnit``.
    struct Piece {
        var kind: UnitKind
        var range: Range<Int>
        var level: Int = 0
        var marker: Range<Int>? = nil
        var heading: Int? = nil
        var summary: Int = 0
    }

    /// What the parser knows about the summary it is filling.
    struct SummaryState {
        var firstPiece: Int
        var anchor: Int?
        var hasContent = false
        var hasSeparator = false
        var familyOrder: [MarkerFamily] = []
        var lastValue: [MarkerFamily: Int] = [:]
        var headings: [(level: Int, piece: Int)] = []
        var titlePiece: Int?
        /// Per family, the last marked section: its value and whether it became a heading.
        var lastSection: [MarkerFamily: (value: Int, heading: Bool)] = [:]
        /// Families whose markers number items under a heading of the same family, not sections.
        var itemFamilies: Set<MarkerFamily> = []
    }

    /// What follows a section: the next section in its block (with its marker), the next
    /// block, or nothing.
    enum Following {
        case marker(MarkerMatch, Range<Int>)
        case block(Range<Int>)
        case end
    }

    var pieces: [Piece] = []
    var summaries: [SummaryState] = []
    var runInFamilies: [MarkerFamily: Bool] = [:]
    var linkList = false
    var seenNonChrome = false
    /// The block after the one being processed.
    var nextBlock: Range<Int>?
    /// Blocks of a page outline (``outlineBlocks(_:blocks:)``), by index.
    var outline: Set<Int> = []
    /// The index of the block being processed.
    var blockIndex = 0
    /// Blocks that open with an unmarked run-in heading (``unmarkedRunInBlocks(_:blocks:)``).
    var runInBlocks: Set<Int> = []
    /// Whether the last piece is a byline under a title (``isByline(_:)``).
    var bylineRun = false
    /// Whether the text opens like a news report ("3月5日上午，…", "On the afternoon of …"):
    /// its short unpunctuated lines between paragraphs are photo captions, not headings.
    var newsReport = false
    /// Whether the first paragraph has been seen (it decides ``newsReport``).
    var sawParagraph = false
    /// The index of the block that opens a document viewer's numbered chunks
    /// (``joiningPageChunks(_:blocks:)``), if any.
    var pageChunk: Int?
    /// Where the numbers of those chunks stand: never markers.
    var chunkNumbers: Set<Int> = []

    init(text: ScalarText, hints: [Int: LineHint] = [:]) {
        self.text = text
        self.hints = hints
        self.summaries = [SummaryState(firstPiece: 0)]
    }

    var current: SummaryState {
        get { summaries[summaries.count - 1] }
        set { summaries[summaries.count - 1] = newValue }
    }

    /// Parses the whole text.
    mutating func parse() -> (units: [TextUnit], summaries: [Summary]) {
        var joiner = LineJoiner(text: text)
        joiner.fixedLines = Set(hints.keys)
        let chunks = Self.joiningPageChunks(text, blocks: joiner.blocks())
        let blocks = chunks.blocks
        pageChunk = chunks.first
        chunkNumbers = chunks.numbers
        runInFamilies = Self.runInFamilies(text, blocks: blocks)
        outline = Self.outlineBlocks(text, blocks: blocks)
        runInBlocks = Self.unmarkedRunInBlocks(text, blocks: blocks)
        for (index, block) in blocks.enumerated() {
            blockIndex = index
            nextBlock = index + 1 < blocks.count ? blocks[index + 1] : nil
            process(block)
        }
        return finish()
    }

    /// Starts a new summary at a separator (【篇一】, "某某工作总结 篇1") spanning `range`.
    mutating func separate(_ range: Range<Int>) {
        if current.hasContent || current.hasSeparator { beginSummary() }
        current.hasSeparator = true
        current.anchor = pieces.count
        current.titlePiece = nil
        emit(Piece(kind: .separator, range: range))
        linkList = false
    }

    mutating func process(_ block: Range<Int>) {
        var start = block.lowerBound
        if outline.contains(blockIndex) {
            emit(Piece(kind: .boilerplate, range: block))
            return
        }
        let marks = watermarks(in: block)
        if !marks.isEmpty {
            // The text between the watermarks is read as blocks of its own.
            var start = block.lowerBound
            for mark in marks {
                let before = text.trimmed(start..<mark.lowerBound)
                if !before.isEmpty { process(before) }
                emit(Piece(kind: .boilerplate, range: mark))
                start = mark.upperBound
            }
            let rest = text.trimmed(start..<block.upperBound)
            if !rest.isEmpty { process(rest) }
            return
        }
        if isTitledSeparator(block) {
            separate(block)
            return
        }
        if let n = MarkerScanner.separator(in: text, at: start, end: block.upperBound) {
            let marker = text.trimmed(start..<start + n)
            separate(marker)
            start += n
            let rest = text.trimmed(start..<block.upperBound)
            if rest.isEmpty { return }
            if isTitle(rest) || (text.width(rest) <= 60 && !endsSentence(rest)) {
                emitTitle(rest)
                return
            }
            content(rest)
            return
        }
        let line = text.line(of: block.lowerBound)
        switch hints[line] {
        case .title?:
            emitTitle(block)
            return
        case let .heading(level)?:
            styledHeading(block, level: level)
            return
        default:
            break
        }
        if let chrome = chrome(block) {
            emit(Piece(kind: .boilerplate, range: block))
            linkList = chrome == .linkListHeader || linkList
            return
        }
        linkList = false
        let afterTitle = pieces.last.map { $0.kind == .title || bylineRun } ?? false
        bylineRun = false
        if isPageHeader(block) {
            emit(Piece(kind: .boilerplate, range: block))
            return
        }
        if let split = chunkTitleEnd(block) {
            emitTitle(text.trimmed(block.lowerBound..<split))
            content(text.trimmed(split..<block.upperBound))
            return
        }
        if repeatsTitle(block) || isTitle(block) || isLeadingTitle(block) {
            emitTitle(block)
            return
        }
        if afterTitle, isByline(block) {
            emit(Piece(kind: .boilerplate, range: block))
            bylineRun = true
            return
        }
        if current.hasContent || current.titlePiece != nil, isShortUnmarkedLine(block) {
            if newsReport {
                // Photo captions between the paragraphs of a news report.
                emit(Piece(kind: .boilerplate, range: block))
                return
            }
            if isUnmarkedHeading(block) {
                emit(Piece(kind: .heading, range: block, level: level(of: .style)))
                return
            }
        }
        if let split = unmarkedRunIn(block) {
            emit(Piece(kind: .heading, range: text.trimmed(block.lowerBound..<split), level: level(of: .style)))
            content(text.trimmed(split..<block.upperBound))
            return
        }
        if let split = repeatedTitleEnd(block) {
            emitTitle(text.trimmed(block.lowerBound..<split))
            content(text.trimmed(split..<block.upperBound))
            return
        }
        if !current.hasContent, current.titlePiece == nil, let split = titlePrefix(block) {
            emitTitle(text.trimmed(block.lowerBound..<split))
            var rest = text.trimmed(split..<block.upperBound)
            // A title printed twice in a row, both run into the text.
            if let again = titlePrefix(rest), again - rest.lowerBound <= 50 {
                emitTitle(text.trimmed(rest.lowerBound..<again))
                rest = text.trimmed(again..<block.upperBound)
            }
            content(rest)
            return
        }
        content(block)
    }

    mutating func chrome(_ block: Range<Int>) -> Chrome.Kind? {
        guard block.count <= 400 else {
            // The content farm's stock definition of a summary may run long.
            return text.withUTF8(block.lowerBound..<block.lowerBound + 40, Chrome.isDefinition(utf8:)) ? .line : nil
        }
        if let kind = text.withUTF8(block, { Chrome.classify(utf8: $0, scalars: block.count) }) { return kind }
        if linkList, Chrome.isLinkLine(text.string(block)) { return .line }
        return nil
    }

    mutating func beginSummary() {
        summaries.append(SummaryState(firstPiece: pieces.count))
    }

    mutating func emitTitle(_ range: Range<Int>) {
        if current.hasContent { beginSummary() }
        if current.anchor == nil { current.anchor = pieces.count }
        current.titlePiece = pieces.count
        seenNonChrome = true
        emit(Piece(kind: .title, range: range))
    }

    /// Appends a piece to the current summary, linking it to its enclosing heading.
    mutating func emit(_ piece: Piece) {
        var piece = piece
        piece.summary = summaries.count - 1
        switch piece.kind {
        case .heading:
            current.itemFamilies.removeAll()
            while let top = current.headings.last, top.level >= piece.level { current.headings.removeLast() }
            piece.heading = current.headings.last?.piece
            current.headings.append((piece.level, pieces.count))
            markContent()
        case .paragraph:
            if !sawParagraph {
                sawParagraph = true
                newsReport = opensWithDate(piece.range)
            }
            piece.heading = current.headings.last?.piece
            markContent()
        default:
            break
        }
        pieces.append(piece)
    }

    mutating func markContent() {
        if current.anchor == nil { current.anchor = pieces.count }
        current.hasContent = true
        seenNonChrome = true
    }

    /// The heading level of `family` in the current summary, registering it if new.
    mutating func level(of family: MarkerFamily) -> Int {
        if let index = current.familyOrder.firstIndex(of: family) { return index + 1 }
        current.familyOrder.append(family)
        return current.familyOrder.count
    }

    mutating func styledHeading(_ block: Range<Int>, level: Int) {
        if let match = MarkerScanner.marker(in: text, at: block.lowerBound, end: block.upperBound) {
            current.lastValue[match.family] = match.value
            let marker = block.lowerBound..<block.lowerBound + match.textLength
            emit(Piece(kind: .heading, range: block, level: self.level(of: match.family), marker: marker))
        } else {
            emit(Piece(kind: .heading, range: block, level: max(1, level)))
        }
    }

    func finish() -> (units: [TextUnit], summaries: [Summary]) {
        var units: [TextUnit] = []
        units.reserveCapacity(pieces.count)
        for piece in pieces {
            let bytes = text.byteRange(piece.range)
            let first = text.line(of: piece.range.lowerBound)
            let last = text.line(of: max(piece.range.lowerBound, piece.range.upperBound - 1))
            units.append(TextUnit(kind: piece.kind, utf8Range: bytes, lines: first...last, level: piece.level,
                              marker: piece.marker.map { text.string($0) }, heading: piece.heading,
                              summary: piece.summary))
        }
        var out: [Summary] = []
        for (index, state) in summaries.enumerated() {
            let end = index + 1 < summaries.count ? summaries[index + 1].firstPiece : pieces.count
            let range = state.firstPiece..<end
            let anchor = state.anchor ?? state.firstPiece
            let lastContent = range.last { pieces[$0].kind != .boilerplate } ?? (range.isEmpty ? anchor : range.upperBound - 1)
            let title = state.titlePiece.map { text.string(pieces[$0].range) }
            if range.isEmpty || anchor >= pieces.count {
                out.append(Summary(title: title, units: range, utf8Range: 0..<0, lines: 1...1))
                continue
            }
            let startUnit = units[min(anchor, lastContent)]
            let endUnit = units[max(anchor, lastContent)]
            out.append(Summary(title: title, units: range,
                               utf8Range: startUnit.utf8Range.lowerBound..<endUnit.utf8Range.upperBound,
                               lines: startUnit.lines.lowerBound...endUnit.lines.upperBound))
        }
        return (units, out)
    }
}
