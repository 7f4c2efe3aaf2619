import Foundation

extension Auditor {
    /// Findings per summary index.
    static func findings(_ tagged: TaggedDocument, coverage: [SummaryCoverage], checklist: Checklist) -> [[Finding]] {
        let document = tagged.document
        let source = document.source
        var result = [[Finding]](repeating: [], count: max(1, document.summaries.count))
        func add(_ summary: Int, _ rule: String, _ severity: Finding.Severity, _ range: Range<Int>, _ message: String) {
            let line = source.line(atUTF8Offset: range.lowerBound)
            let lineStart = source.lineStarts[line - 1]
            let column = source[utf8: lineStart..<range.lowerBound].unicodeScalars.count + 1
            let index = min(max(0, summary), result.count - 1)
            result[index].append(Finding(rule: rule, severity: severity, line: line, column: column,
                                         start: range.lowerBound, end: range.upperBound, message: message))
        }
        // Sections.
        for summary in coverage {
            let range = document.summaries[summary.index].utf8Range
            let start = range.lowerBound..<min(range.upperBound, range.lowerBound + 1)
            for (section, verdict) in zip(checklist.sections, summary.sections) {
                switch verdict.status {
                case .missing:
                    add(summary.index, "section-missing", section.required ? .error : .warning, start,
                        "The section '\(section.id)' (\(section.titleZh) / \(section.titleEn)) is missing.")
                case .thin:
                    add(summary.index, "section-thin", .warning, start,
                        "The section '\(section.id)' (\(section.titleZh) / \(section.titleEn)) is only mentioned in passing (best score \(String(format: "%.2f", verdict.score))).")
                case .covered:
                    break
                }
            }
        }
        // Placeholders.
        for placeholder in document.placeholders {
            let summary = document.summaries.firstIndex { $0.utf8Range.contains(placeholder.utf8Range.lowerBound) }
                ?? summaryIndex(at: placeholder.utf8Range.lowerBound, in: document)
            add(summary, "placeholder", .warning, placeholder.utf8Range,
                "The template placeholder '\(placeholder.text)' was never filled in.")
        }
        var seen = RepeatIndex()
        // Repeat keys and their hashes, the costly part, on all cores for a large document.
        let units = document.units
        let repeatKeys = Concurrently.chunkedMap(units.count, grain: Tagger.parallelGrain) { i -> (key: [UInt8], hash: UInt64)? in
            guard units[i].kind == .paragraph, let key = repeatKey(document.text(of: units[i])) else { return nil }
            return (key, RepeatIndex.hash(key))
        }
        var paragraphsUnder = [Int: [Int]]()
        for (i, unit) in document.units.enumerated() where unit.kind == .paragraph {
            if let h = unit.heading, h != i { paragraphsUnder[h, default: []].append(i) }
        }
        for (i, unit) in document.units.enumerated() {
            let text = document.text(of: unit)
            switch unit.kind {
            case .boilerplate:
                add(unit.summary, "boilerplate", .note, unit.utf8Range,
                    "Web-page chrome is left in the text: '\(excerpt(text))'.")
            case .heading:
                if isEmptyHeading(i, in: document) {
                    add(unit.summary, "empty-heading", .warning, unit.utf8Range, "The heading '\(excerpt(text))' has no text under it.")
                }
                for category in unsupportedTopics(of: i, children: paragraphsUnder[i] ?? [], in: tagged) {
                    add(unit.summary, "heading-unsupported", .warning, unit.utf8Range,
                        "The heading '\(excerpt(text))' announces \(category.rawValue), but no paragraph under it is about \(category.rawValue).")
                }
            case .paragraph:
                guard let (key, hash) = repeatKeys[i] else { continue }
                if let first = seen.first(key, hash: hash, unit: i) {
                    add(unit.summary, "repeated-paragraph", .warning, unit.utf8Range,
                        "This paragraph repeats the one on line \(document.units[first].lines.lowerBound) word for word.")
                }
            case .title, .separator:
                break
            }
        }
        return result
    }

    /// The paragraph's UTF-8 bytes without white space, the key under which repeats are found;
    /// nil for paragraphs under 20 characters (short lines repeat innocently).
    static func repeatKey(_ text: Substring) -> [UInt8]? {
        UTF8Scan.withBytes(of: text) { bytes in
            var key = [UInt8]()
            key.reserveCapacity(bytes.count)
            var characters = 0
            // Copied run by run: the bytes since the last white space go in at once.
            var run = 0
            UTF8Scan.forEachScalar(bytes) { v, start, length in
                if UTF8Scan.isWhiteSpace(v) {
                    if run < start { key.append(contentsOf: bytes[run..<start]) }
                    run = start + length
                } else if !(0x300...0x36F).contains(v) {
                    characters += 1  // combining marks join a character
                }
            }
            if run < bytes.count { key.append(contentsOf: bytes[run..<bytes.count]) }
            return characters >= 20 ? key : nil
        }
    }

    static func summaryIndex(at offset: Int, in document: Document) -> Int {
        document.units.first { $0.utf8Range.contains(offset) }?.summary ?? 0
    }

    static func excerpt(_ text: Substring, limit: Int = 30) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }

    /// A heading is empty when the next content unit is a heading of the same or an outer level,
    /// or the summary ends.
    static func isEmptyHeading(_ i: Int, in document: Document) -> Bool {
        let heading = document.units[i]
        var j = i + 1
        while j < document.units.count, document.units[j].summary == heading.summary {
            let next = document.units[j]
            if next.kind == .paragraph { return false }
            if next.kind == .heading { return next.level <= heading.level }
            j += 1
        }
        return true
    }

    /// Content categories a heading's own words announce but none of its paragraphs is tagged with.
    static func unsupportedTopics(of i: Int, children: [Int], in tagged: TaggedDocument) -> [Category] {
        let own = tagged.units[i].lexicalScores
        guard !children.isEmpty else { return [] }
        let threshold = 0.6
        return Category.content.filter { category in
            own[category] >= threshold && !children.contains { tagged.units[$0].tags.contains(category) }
        }
    }
}

/// Paragraph keys seen so far, by a 64-bit FNV-1a hash of their bytes (hashing a `[UInt8]`
/// through `Hasher` costs a call per byte); a hash hit is confirmed on the bytes.
struct RepeatIndex {
    private var buckets = [UInt64: [Int]]()
    private var keys = [Int: [UInt8]]()

    /// The 64-bit FNV-1a hash of `key`.
    static func hash(_ key: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The unit that first had `key` (whose ``hash(_:)`` is `hash`), or nil after recording
    /// `unit` as its first.
    mutating func first(_ key: [UInt8], hash: UInt64, unit: Int) -> Int? {
        if let candidates = buckets[hash] {
            for candidate in candidates where keys[candidate] == key { return candidate }
        }
        buckets[hash, default: []].append(unit)
        keys[unit] = key
        return nil
    }
}
