import Foundation

extension Auditor {
    /// Findings per summary index.
    /// `topicThreshold` is the tagger model's ``TaggerModel/topicThreshold``.
    static func findings(_ tagged: TaggedDocument, coverage: [SummaryCoverage], checklist: Checklist,
                         topicThreshold: Double, pairings: [SummaryPairing]? = nil) -> [[Finding]] {
        var columns = ColumnCursor(tagged.document.source)
        return findings(tagged, coverage: coverage, checklist: checklist, topicThreshold: topicThreshold, pairings: pairings,
                        columns: &columns)
    }

    /// Findings per summary index, their columns counted by `columns` (whose ``ColumnCursor/scanned``
    /// then tells the work done).
    package static func findings(_ tagged: TaggedDocument, coverage: [SummaryCoverage], checklist: Checklist,
                         topicThreshold: Double, pairings: [SummaryPairing]? = nil,
                         columns: inout ColumnCursor) -> [[Finding]] {
        let document = tagged.document
        var result = [[Finding]](repeating: [], count: max(1, document.summaries.count))
        // Columns are counted from the last finding's position on the same line, not from the
        // line's start: on one long line with many findings, counting from the start each time
        // was quadratic (a 1 MB line of placeholders took 50 s). Findings come in three runs in
        // text order (sections, placeholders, units), so all of them cost three passes at most.
        // The message is the English one of the rule's template (ReportStrings) with `arguments`.
        let english = ReportStrings(.en)
        func add(_ summary: Int, _ rule: FindingRule, _ severity: Finding.Severity, _ range: Range<Int>, _ arguments: [String]) {
            let (line, column) = columns.position(ofUTF8Offset: range.lowerBound)
            let index = min(max(0, summary), result.count - 1)
            let message = ReportStrings.message(rule: rule, arguments: arguments, in: english) ?? rule.summary
            result[index].append(Finding(rule: rule, severity: severity, line: line, column: column,
                                         start: range.lowerBound, end: range.upperBound, message: message,
                                         arguments: arguments))
        }
        // Sections.
        // A missing section points at the summary's title line; a thin one at the paragraph that
        // mentions it in passing (its best evidence), else at the title line too.
        for summary in coverage {
            let titleLine = titleLine(of: summary.index, in: document)
            for (section, verdict) in zip(checklist.sections, summary.sections) {
                switch verdict.status {
                case .missing:
                    add(summary.index, .sectionMissing, section.required ? .error : .warning, titleLine,
                        [section.id, section.titleZh, section.titleEn])
                case .thin:
                    let evidence = verdict.evidence.first.map { $0.start..<$0.end } ?? titleLine
                    add(summary.index, .sectionThin, .warning, evidence,
                        [section.id, section.titleZh, section.titleEn, String(format: "%.2f", verdict.score)])
                case .covered:
                    break
                }
            }
        }
        // Placeholders.
        for placeholder in document.placeholders {
            let summary = summaryIndex(containing: placeholder.utf8Range.lowerBound, in: document)
                ?? summaryIndex(at: placeholder.utf8Range.lowerBound, in: document)
            add(summary, .placeholder, .warning, placeholder.utf8Range, [placeholder.text])
        }
        var seen = RepeatIndex()
        // Repeat keys and their hashes, the costly part, on all cores for a large document.
        let units = document.units
        let repeatHashes = Concurrently.chunkedMap(units.count, grain: Concurrently.unitGrain) { i -> UInt64? in
            units[i].kind == .paragraph ? repeatHash(document.text(of: units[i])) : nil
        }
        var paragraphsUnder = [Int: [Int]]()
        for (i, unit) in document.units.enumerated() where unit.kind == .paragraph {
            if let h = unit.heading, h != i { paragraphsUnder[h, default: []].append(i) }
        }
        for (i, unit) in document.units.enumerated() {
            let text = document.text(of: unit)
            switch unit.kind {
            case .boilerplate:
                add(unit.summary, .boilerplate, .note, unit.utf8Range, [excerpt(text)])
            case .heading:
                if isEmptyHeading(i, in: document) {
                    add(unit.summary, .emptyHeading, .warning, unit.utf8Range, [excerpt(text)])
                }
                for category in unsupportedTopics(of: i, children: paragraphsUnder[i] ?? [], in: tagged, threshold: topicThreshold) {
                    add(unit.summary, .headingUnsupported, .warning, unit.utf8Range, [excerpt(text), category.rawValue])
                }
            case .paragraph:
                guard let hash = repeatHashes[i] else { continue }
                let first = seen.first(hash: hash, unit: i) { candidate in
                    sameWithoutWhiteSpace(document.text(of: document.units[candidate]), text)
                }
                if let first {
                    add(unit.summary, .repeatedParagraph, .warning, unit.utf8Range,
                        [String(document.units[first].lines.lowerBound)])
                }
            case .title, .separator:
                break
            }
        }
        // Problems and measures, a fourth run in text order.
        var pairingFindings = [(unit: Int, rule: FindingRule)]()
        for pairing in pairings ?? ProblemMeasurePairer().pairings(tagged) {
            // Without any plan the missing plans section is the finding, not each problem.
            if !pairing.measures.isEmpty { pairingFindings += pairing.unaddressed.map { ($0, .shortcomingUnaddressed) } }
            pairingFindings += pairing.unanchored.map { ($0, .measureUnanchored) }
        }
        for (i, rule) in pairingFindings.sorted(by: { $0.unit < $1.unit }) {
            let unit = document.units[i]
            let text = excerpt(document.text(of: unit))
            add(unit.summary, rule, rule == .shortcomingUnaddressed ? .warning : .note, unit.utf8Range, [text])
        }
        return result
    }

    /// `findings` (of one summary, in text order) with repeats merged: findings of the same
    /// rule, severity and message (e.g. the same placeholder) become one finding at the first's
    /// place, with every place in ``Finding/places``; the order is that of each first occurrence.
    static func grouped(_ findings: [Finding]) -> [Finding] {
        struct Key: Hashable {
            var rule: FindingRule
            var severity: Finding.Severity
            var message: String
        }
        var index = [Key: Int]()
        var out = [Finding]()
        out.reserveCapacity(findings.count)
        for finding in findings {
            let key = Key(rule: finding.rule, severity: finding.severity, message: finding.message)
            if let at = index[key] {
                out[at].places += finding.places
            } else {
                index[key] = out.count
                out.append(finding)
            }
        }
        return out
    }

    /// The byte range of summary `index`'s title line: its title unit's first line, or, in a
    /// summary without a title, its first line that is not chrome (its first line at all when
    /// every line is), without the line break and surrounding white space.
    static func titleLine(of index: Int, in document: Document) -> Range<Int> {
        guard document.summaries.indices.contains(index) else { return 0..<0 }
        let summary = document.summaries[index]
        let units = summary.units.clamped(to: document.units.indices).map { document.units[$0] }
        let unit = units.first { $0.kind == .title } ?? units.first { $0.isContent }
        let source = document.source
        let start = unit?.utf8Range.lowerBound ?? summary.utf8Range.lowerBound
        let line = source.line(atUTF8Offset: start)
        let lineText = source.lineText(line)
        let lineEnd = source.lineStarts.indices.contains(line - 1) ? source.lineStarts[line - 1] + lineText.utf8.count : start
        let end = min(lineEnd, unit?.utf8Range.upperBound ?? summary.utf8Range.upperBound)
        return start..<max(start, end)
    }

    /// The 64-bit FNV-1a hash of the paragraph's UTF-8 bytes without white space, under which
    /// repeats are found (confirmed by ``sameWithoutWhiteSpace(_:_:)``); nil for paragraphs under
    /// 20 characters (short lines repeat innocently). Nothing is copied.
    package static func repeatHash(_ text: Substring) -> UInt64? {
        UTF8Scan.withBytes(of: text) { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var characters = 0
            UTF8Scan.forEachScalar(bytes) { v, start, length in
                guard !UTF8Scan.isWhiteSpace(v) else { return }
                for k in start..<(start + length) { hash = (hash ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3 }
                if !(0x300...0x36F).contains(v) { characters += 1 }  // combining marks join a character
            }
            return characters >= 20 ? hash : nil
        }
    }

    /// Whether `a` and `b` have the same UTF-8 bytes once white space is left out.
    package static func sameWithoutWhiteSpace(_ a: Substring, _ b: Substring) -> Bool {
        UTF8Scan.withBytes(of: a) { a in
            UTF8Scan.withBytes(of: b) { b in
                // Most repeats are byte for byte the same: one memcmp settles them.
                if a.count == b.count, let x = a.baseAddress, let y = b.baseAddress, memcmp(x, y, a.count) == 0 {
                    return true
                }
                var i = NonWhiteSpaceBytes(a)
                var j = NonWhiteSpaceBytes(b)
                while true {
                    let x = i.next(), y = j.next()
                    if x != y { return false }
                    if x == nil { return true }
                }
            }
        }
    }

    /// The summary whose range holds `offset`, by binary search (summaries are in text order and
    /// do not overlap).
    package static func summaryIndex(containing offset: Int, in document: Document) -> Int? {
        let summaries = document.summaries
        var low = 0, high = summaries.count
        while low < high {
            let mid = (low + high) / 2
            if summaries[mid].utf8Range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < summaries.count && summaries[low].utf8Range.contains(offset) ? low : nil
    }

    /// The summary of the first unit whose range holds `offset`, else 0.
    package static func summaryIndex(at offset: Int, in document: Document) -> Int {
        let units = document.units
        // Units are in text order and do not overlap: the first unit that does not end at or
        // before `offset` is the only candidate (found by binary search, not a scan per
        // placeholder).
        var low = 0, high = units.count
        while low < high {
            let mid = (low + high) / 2
            if units[mid].utf8Range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        if low < units.count, units[low].utf8Range.contains(offset) { return units[low].summary }
        // Not sorted after all (no reader builds such a document): the plain scan.
        return units.first { $0.utf8Range.contains(offset) }?.summary ?? 0
    }

    static func excerpt(_ text: Substring, limit: Int = 30) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// A heading is empty when the next content unit is a heading of the same or an outer level,
    /// or the summary ends.
    static func isEmptyHeading(_ i: Int, in document: Document) -> Bool {
        let heading = document.units[i]
        if carriesOwnContent(document.text(of: heading)) { return false }
        var j = i + 1
        while j < document.units.count, document.units[j].summary == heading.summary {
            let next = document.units[j]
            if next.kind == .paragraph { return false }
            if next.kind == .heading { return next.level <= heading.level }
            j += 1
        }
        return true
    }

    /// Whether a heading line is a complete item with content of its own, not a title waiting
    /// for text: a sentence that ends like one (`1、抓常规管理，开展了…活动。`), or a long line of
    /// clauses (`四是民族团结教育，开展了…`). A short heading of two phrases
    /// (`（一）坚持党建引领，推动高质量发展`) is still a heading.
    static func carriesOwnContent(_ text: Substring) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let last = trimmed.last else { return false }
        let count = trimmed.count
        if "。！？.!?".contains(last), count >= 12 { return true }
        let clauses = trimmed.reduce(0) { $0 + ("，,；;".contains($1) ? 1 : 0) }
        return count >= 40 && clauses >= 1
    }

    /// Content categories a heading's own words announce but none of its paragraphs is tagged with.
    static func unsupportedTopics(of i: Int, children: [Int], in tagged: TaggedDocument, threshold: Double) -> [Category] {
        let own = tagged.units[i].lexicalScores
        guard !children.isEmpty else { return [] }
        return Category.content.filter { category in
            own[category] >= threshold && !children.contains { tagged.units[$0].tags.contains(category) }
        }
    }
}

/// Paragraphs seen so far, by the hash of their bytes without white space.
struct RepeatIndex {
    private var buckets = [UInt64: [Int]]()

    /// The first unit recorded under `hash` for which `isSame` holds, or nil after recording
    /// `unit` under it.
    mutating func first(hash: UInt64, unit: Int, isSame: (Int) -> Bool) -> Int? {
        if let candidates = buckets[hash] {
            for candidate in candidates where isSame(candidate) { return candidate }
        }
        buckets[hash, default: []].append(unit)
        return nil
    }
}

/// The bytes of UTF-8 text with its white-space scalars left out, one at a time.
struct NonWhiteSpaceBytes: IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    /// Bytes of the current (kept) scalar still to hand out.
    private var pending = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> UInt8? {
        while pending == 0 {
            guard index < bytes.count else { return nil }
            let (value, length) = UTF8Scan.scalar(in: bytes, at: index)
            if UTF8Scan.isWhiteSpace(value) {
                index += length
            } else {
                pending = length
            }
        }
        pending -= 1
        defer { index += 1 }
        return bytes[index]
    }
}

/// The 1-based line and column (in Unicode scalars) of UTF-8 offsets of one text, counted from
/// the previous position asked for when it is on the same line: a run of positions in text
/// order costs one pass over the text, however long its lines are.
package struct ColumnCursor {
    private let source: SourceText
    private var line = 0
    private var offset = 0
    private var column = 0
    /// Bytes counted so far, all calls together: the work done, for tests.
    package private(set) var scanned = 0

    package init(_ source: SourceText) { self.source = source }

    /// The line and column of the scalar that starts at byte `target` (`0...count`).
    package mutating func position(ofUTF8Offset target: Int) -> (line: Int, column: Int) {
        let found = source.line(atUTF8Offset: target)
        if found != line {
            line = found
            offset = source.lineStarts[found - 1]
            column = 1
        }
        if target >= offset {
            column += Self.scalars(in: source, offset..<target)
        } else {
            column -= Self.scalars(in: source, target..<offset)
        }
        scanned += abs(target - offset)
        offset = target
        return (line, column)
    }

    /// The number of scalars that start in `range`: the bytes that are not continuation bytes.
    static func scalars(in source: SourceText, _ range: Range<Int>) -> Int {
        let utf8 = source.text.utf8
        if let count = utf8.withContiguousStorageIfAvailable({ bytes -> Int in
            var count = 0
            for byte in bytes[range] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }) {
            return count
        }
        return source[utf8: range].unicodeScalars.count
    }
}
