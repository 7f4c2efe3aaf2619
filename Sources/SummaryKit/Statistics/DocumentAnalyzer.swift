import Foundation

/// What one input gave: its records (one per summary) and its size.
public struct InputAnalysis: Sendable, Hashable {
    /// The path or id.
    public var id: String
    /// UTF-8 bytes of the decoded (or extracted) text.
    public var bytes: Int
    /// One record per summary, in file order.
    public var records: [DocumentRecord]
}

/// Turns one input into ``DocumentRecord``s: reads and structures it, tags and scores every
/// summary, counts its terms (domain-term layer on) and concepts, and signs it for
/// near-duplicate detection.
///
/// Build it once and share it across tasks (`Sendable`).
///
/// ```swift
/// let analyzer = try DocumentAnalyzer()
/// let analysis = try analyzer.analyze(.file(path: "Corpus/texts/zh-05-multi.txt")).get()
/// analysis.records.map(\.coverage)   // one coverage per summary
/// ```
public struct DocumentAnalyzer: Sendable {
    /// Reads, tags and scores.
    public let auditor: Auditor
    /// Signs summaries for near-duplicate detection.
    public let hasher: MinHasher
    let segmenter: WordSegmenter
    let normalizer: FormNormalizer
    /// The stop words (``builtInStopwords``, NFC) packed into keys that hold no reference: the set
    /// is read by every thread for every token, and reference counts shared between cores cost
    /// more than the lookup itself.
    let stopwordKeys: Set<ShortKey>

    /// Builds an analyzer.
    ///
    /// - Parameters:
    ///   - auditor: The reader, tagger and checklist scorer; the defaults when nil.
    ///   - terms: The domain-term layer for term counts.
    ///   - hasher: The MinHash settings.
    /// - Throws: ``LexiconError`` or ``SegmentationError`` when resources or ICU cannot be loaded.
    public init(auditor: Auditor? = nil, terms: TermDictionary = .builtIn, hasher: MinHasher = MinHasher()) throws {
        self.auditor = try auditor ?? Auditor()
        self.hasher = hasher
        segmenter = try WordSegmenter(options: .init(normalization: [], selection: .words, terms: terms))
        normalizer = try FormNormalizer()
        stopwordKeys = Set(try Self.loadedStopwords.get().compactMap { ShortKey($0.precomposedStringWithCanonicalMapping) })
    }

    /// The built-in stop words (`Resources/stopwords.txt`); empty when the file is missing, and
    /// then ``init(auditor:terms:hasher:)`` throws ``SegmentationError/missingResource(file:reason:)``.
    public static var builtInStopwords: Set<String> { (try? loadedStopwords.get()) ?? [] }

    private static let loadedStopwords: Result<Set<String>, SegmentationError> = {
        switch BuiltInResources.text("stopwords.txt") {
        case .failure(let missing): return .failure(.missingResource(file: missing.file, reason: missing.reason))
        case .success(let text):
            return .success(Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }))
        }
    }()

    /// Analyses one input; any failure is returned, never thrown.
    ///
    /// - Parameter input: A file, a text with its id, or an input already known to be invalid.
    /// - Returns: One record per summary, or the failure (an empty text fails as `empty`).
    public func analyze(_ input: StatisticsInput) -> Result<InputAnalysis, StatisticsFailure> {
        do {
            let document: Document
            switch input {
            case let .file(path):
                document = try auditor.reader.read(fileAt: path)
            case let .text(id, text):
                guard !text.isEmpty else { return .failure(.init(id: id, reason: .empty, message: "\(id): the text is empty.")) }
                // The document limit of a file holds for a text that came any other way.
                let limit = auditor.reader.decoder.maxBytes, bytes = text.utf8.count
                guard bytes <= limit else {
                    return .failure(.init(id: id, reason: .tooLarge,
                                          message: "\(id): the text has \(bytes) bytes, more than the limit of \(limit) bytes for one document."))
                }
                document = auditor.reader.read(SourceText(text, origin: id))
            case let .invalid(failure):
                return .failure(failure)
            }
            return .success(try analyze(document, id: input.id))
        } catch {
            return .failure(StatisticsFailure(id: input.id, error: error))
        }
    }

    /// Analyses a document already read.
    ///
    /// - Parameters:
    ///   - document: The read and structured document.
    ///   - id: The path or id that names it in records.
    /// - Returns: One record per summary, in file order, and the UTF-8 size of its text.
    /// - Throws: ``SegmentationError`` when ICU fails.
    public func analyze(_ document: Document, id: String) throws -> InputAnalysis {
        let tagged = try auditor.tagger.tag(document)
        let coverage = auditor.scorer.score(tagged)
        let content = try normalizedContent(document)
        let metadata = document.metadata
        var records = [DocumentRecord]()
        for (index, summary) in document.summaries.enumerated() {
            let units = summary.units
            var characters = 0, boilerplate = 0, all = 0, paragraphs = 0, headings = 0, tokens = 0
            var categoryParagraphs = [String: Int](), categoryScores = [String: Double]()
            var scalars = [UInt32]()
            var record = DocumentRecord(id: id, summary: index + 1, summariesInFile: document.summaries.count,
                                        title: summary.title, language: metadata.language.rawValue,
                                        organization: metadata.organization?.rawValue,
                                        year: summary.title.flatMap { MetadataDetector.years(in: $0).last } ?? metadata.years.last,
                                        format: document.format.rawValue, encoding: document.source.encoding,
                                        characters: 0, tokens: 0, paragraphs: 0, headings: 0, categoryParagraphs: [:],
                                        categoryScores: [:], coverage: coverage[index].coverage,
                                        sections: Dictionary(coverage[index].sections.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a }),
                                        placeholders: 0, boilerplateShare: 0)
            for i in units {
                let unit = document.units[i]
                let length = document.text(of: unit).count
                all += length
                if unit.kind == .boilerplate { boilerplate += length }
                guard unit.isContent else { continue }
                characters += length
                let taggedUnit = tagged.units[i]
                for category in Category.allCases {
                    let score = taggedUnit.scores[category]
                    categoryScores[category.rawValue] = max(categoryScores[category.rawValue] ?? 0, (score * 1000).rounded() / 1000)
                }
                for evidence in taggedUnit.evidence { record.concepts[evidence.concept, default: 0] += 1 }
                guard let normalized = content[i] else { continue }
                tokens += normalized.tokens
                scalars += normalized.scalars
                if unit.kind == .heading { headings += 1; continue }
                paragraphs += 1
                record.paragraphTerms += normalized.terms.values.reduce(0, +)
                record.terms.merge(normalized.terms, uniquingKeysWith: +)
                for category in taggedUnit.tags {
                    categoryParagraphs[category.rawValue, default: 0] += 1
                    record.categoryTermTotals[category.rawValue, default: 0] += normalized.terms.values.reduce(0, +)
                    record.categoryTerms[category.rawValue, default: [:]].merge(normalized.terms, uniquingKeysWith: +)
                }
            }
            if let first = units.first, let last = units.last {
                let span = document.units[first].utf8Range.lowerBound..<document.units[last].utf8Range.upperBound
                record.placeholders = document.placeholders.filter { span.contains($0.utf8Range.lowerBound) }.count
            }
            record.characters = characters
            record.tokens = tokens
            record.paragraphs = paragraphs
            record.headings = headings
            record.categoryParagraphs = categoryParagraphs
            record.categoryScores = categoryScores
            record.boilerplateShare = all > 0 ? (Double(boilerplate) / Double(all) * 1000).rounded() / 1000 : 0
            record.signature = hasher.signature(ofScalars: scalars)
            record.sectionOrder = coverage[index].sections.map(\.id)
            records.append(record)
        }
        return InputAnalysis(id: id, bytes: document.source.text.utf8.count, records: records)
    }

    /// A content unit as the statistics see it: its counted terms, its word-like token count
    /// and its shingle scalars, all of the normalised text.
    struct NormalizedUnit {
        var terms: [String: Int] = [:]
        var tokens = 0
        var scalars: [UInt32] = []
    }

    /// Every content unit normalised (NFKC, case folded, Simplified) and segmented in one pass:
    /// the units are joined one per line, so a token's line is its unit's ordinal.
    func normalizedContent(_ document: Document) throws -> [Int: NormalizedUnit] {
        let indices = document.units.indices.filter { document.units[$0].isContent }
        guard !indices.isEmpty else { return [:] }
        // The units joined one per line as UTF-16, built directly: every line break the
        // segmenter knows is one BMP code unit, so mapping code units is the same as mapping
        // scalars and no intermediate String is built.
        var joined = [UInt16]()
        joined.reserveCapacity(document.source.text.utf8.count)
        for (n, i) in indices.enumerated() {
            if n > 0 { joined.append(0x0A) }
            for unit in document.text(of: document.units[i]).utf16 {
                joined.append(Self.isLineBreak(unit) ? 0x20 : unit)
            }
        }
        let units = normalizer.view(of: joined).units
        let normalized = SourceText(units.withUnsafeBufferPointer(UTF8Scan.string(fromUTF16:)))
        // Lines split on the byte 0x0A (a line feed is always a grapheme of its own, so this is
        // the Character split without its cost); units gathered by line ordinal.
        let utf8 = normalized.text.utf8
        var byLine = [NormalizedUnit]()
        byLine.reserveCapacity(indices.count)
        var start = utf8.startIndex
        while true {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            var scalars = [UInt32]()
            scalars.reserveCapacity(utf8.distance(from: start, to: end) / 2)
            for scalar in normalized.text[start..<end].unicodeScalars where MinHasher.isShingleScalar(scalar) {
                scalars.append(scalar.value)
            }
            byLine.append(NormalizedUnit(scalars: scalars))
            guard end < utf8.endIndex else { break }
            start = utf8.index(after: end)
        }
        guard byLine.count == indices.count else { return [:] }
        for token in try segmenter.tokens(in: normalized) where token.line >= 1 && token.line <= indices.count {
            byLine[token.line - 1].tokens += 1
            let text = normalized[utf8: token.utf8Range]
            if isCounted(text, token) { byLine[token.line - 1].terms[String(text), default: 0] += 1 }
        }
        var result = [Int: NormalizedUnit](minimumCapacity: indices.count)
        for (n, unit) in byLine.enumerated() { result[indices[n]] = unit }
        return result
    }

    /// Whether a token counts as a term: Chinese words of two characters or more, English words
    /// of three letters or more, domain terms always; numbers and stop words never.
    func isCounted(_ text: Substring, _ token: Token) -> Bool {
        switch token.kind {
        case .ideographic: return (token.isTerm || text.unicodeScalars.count >= 2) && !isStopword(text)
        case .letter: return (token.isTerm || text.unicodeScalars.count >= 3) && !isStopword(text)
        default: return token.isTerm
        }
    }

    /// Whether `text` is a stop word (compared by bytes: the normalised text is NFC).
    func isStopword(_ text: Substring) -> Bool {
        guard let key = ShortKey(text) else { return false }
        return stopwordKeys.contains(key)
    }

    static func isLineBreak(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}

/// A string of at most 16 UTF-8 bytes packed into two words, hashed and compared by value with
/// no reference to count; nil for a longer string (no stop word is that long).
struct ShortKey: Hashable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count = 0

    init?<S: StringProtocol>(_ text: S) {
        guard let key = UTF8Scan.withBytes(of: Substring(text), { bytes -> ShortKey? in
            guard bytes.count <= 16 else { return nil }
            var key = ShortKey()
            for (i, byte) in bytes.enumerated() {
                if i < 8 { key.low |= UInt64(byte) << UInt64(8 * i) } else { key.high |= UInt64(byte) << UInt64(8 * (i - 8)) }
            }
            key.count = bytes.count
            return key
        }) else { return nil }
        self = key
    }

    private init() {}
}
