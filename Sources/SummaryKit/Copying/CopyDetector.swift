/// Finds the reference documents that a summary copies from, and the copied passages.
///
/// 1. The summary is normalised (``CopyNormalizer``) and winnowed with the index's
///    ``Fingerprinter``.
/// 2. Each fingerprint is looked up in the index. Stock phrases are no evidence: a hash in the
///    index's stock table, or in more than ``stockDocumentShare`` of its documents (and more
///    than ``stockMinimumDocuments``), is skipped.
/// 3. For each reference with at least ``minimumSharedFingerprints`` hits (at most
///    ``maximumCandidates`` of them, the most hit first), its text is read
///    from the index and normalised, and every hit is verified and grown into a maximal run of
///    identical normalised characters (a hash collision grows into nothing and is dropped).
/// 4. Runs close together in both texts (gaps of at most ``maximumGapWeight``, the reference
///    side moving forward) are chained into passages: changed names, numbers and single
///    sentences are gaps, reordered paragraphs start new passages.
/// 5. A passage counts when its identical characters weigh at least ``minimumPassageWeight``
///    (30 ideographs or 90 letters by default) and make up at least
///    ``minimumPassageSimilarity`` of it; a reference is reported when its passages cover at
///    least ``minimumShare`` of the summary.
///
/// ```swift
/// let index = try ReferenceIndex(contentsOf: "refs.skidx")
/// let detector = try CopyDetector()
/// for match in try detector.matches(of: document, in: index) {
///     print(match.reference, match.share, match.passages.map(\.lines))
/// }
/// ```
///
/// - Complexity: O(*f* log *r*) lookups for *f* fingerprints in an index of *r* records, plus
///   O(*m*) per candidate reference of *m* characters (read and normalised once).
public struct CopyDetector: Sendable {
    /// The smallest weight of identical characters a passage needs (``CopyText`` weights:
    /// ideograph 3, letter 1, number 2): 90.
    public var minimumPassageWeight = 90
    /// The largest gap, by weight, between two runs of one passage, in either text: 150
    /// (50 ideographs, a sentence or two).
    public var maximumGapWeight = 150
    /// The smallest share of a passage's characters that must be identical in the reference: 0.5.
    public var minimumPassageSimilarity = 0.5
    /// The smallest share of the summary the passages must cover for the reference to be
    /// reported: 0.05.
    public var minimumShare = 0.05
    /// The fewest fingerprint hits a reference needs to be checked: 2.
    public var minimumSharedFingerprints = 2
    /// A hash found in more than this share of the index's documents is a stock phrase: 0.01.
    public var stockDocumentShare = 0.01
    /// … and in more than this many documents: 20 (a small index has no common phrases).
    public var stockMinimumDocuments = 20
    /// The most references verified per query, those with the most fingerprint hits first:
    /// 100. Each costs reading and normalising its text (about 10 ms per MB).
    public var maximumCandidates = 100

    let normalizer: CopyNormalizer
    let stockPhrases: StockPhrases

    /// Creates a detector with the default thresholds and the built-in stock phrases
    /// (`Resources/copy-stock-phrases.txt` and the domain terms of `Resources/terms.txt`).
    ///
    /// - Throws: ``SegmentationError`` when the Traditional→Simplified table or a built-in file
    ///   cannot be loaded.
    public init() throws(SegmentationError) {
        normalizer = try CopyNormalizer()
        stockPhrases = try StockPhrases(normalizer: normalizer)
    }

    /// Which characters of `text` are stock: inside a built-in stock phrase or a k-gram of the
    /// index's stock table. They never count towards a passage's or a match's shared text.
    func stockMask(_ text: CopyText, index: ReferenceIndex) -> [Bool] {
        var mask = [Bool](repeating: false, count: text.count)
        stockPhrases.mark(text, in: &mask)
        guard index.stockCount > 0 else { return mask }
        let hashes = index.fingerprinter.gramHashes(text)
        for (start, hash) in hashes.enumerated() where index.isStock(hash) {
            guard let end = index.fingerprinter.gramEnd(text, from: start) else { break }
            for j in start..<end { mask[j] = true }
        }
        return mask
    }

    /// The references `document` copies from, most copied first.
    ///
    /// - Throws: ``CopyIndexError`` when the index turns out damaged while being read.
    public func matches(of document: Document, in index: ReferenceIndex) throws(CopyIndexError) -> [CopyMatch] {
        try matches(of: document.source, in: index)
    }

    /// The references one summary of `document` copies from, most copied first.
    ///
    /// - Throws: ``CopyIndexError`` when the index turns out damaged while being read.
    public func matches(of summary: Summary, in document: Document, index: ReferenceIndex) throws(CopyIndexError) -> [CopyMatch] {
        try matches(of: document.source, range: summary.utf8Range, in: index)
    }

    /// The references `source` (or its bytes `range`) copies from, most copied first.
    ///
    /// - Parameters:
    ///   - source: The text checked.
    ///   - range: The UTF-8 bytes to check; nil for all of it.
    ///   - index: The references.
    ///   - excluding: Reference numbers to leave out (the summary itself, when checking the
    ///     submissions of one run against each other).
    /// - Throws: ``CopyIndexError`` when the index turns out damaged while being read.
    public func matches(of source: SourceText, range: Range<Int>? = nil, in index: ReferenceIndex,
                        excluding: Set<Int> = []) throws(CopyIndexError) -> [CopyMatch] {
        let query = normalizer.normalize(source, range: range)
        guard query.count > 0 else { return [] }
        let fingerprints = index.fingerprinter.fingerprints(of: query)
        let stock = stockMask(query, index: index)
        var positions: [UInt64: [Int]] = [:]
        for fingerprint in fingerprints { positions[fingerprint.hash, default: []].append(fingerprint.position) }
        let stockLimit = max(stockMinimumDocuments, Int(stockDocumentShare * Double(index.documentCount)))
        var hits: [Int: [Hit]] = [:]
        for (hash, queryPositions) in positions {
            if index.stockCount > 0, index.isStock(hash) { continue }
            let records = index.records(of: hash)
            if records.count > stockLimit, Self.distinctDocuments(records, in: index, above: stockLimit) { continue }
            for record in records {
                let target = index.recordTarget(record)
                if excluding.contains(target.document) { continue }
                for position in queryPositions { hits[target.document, default: []].append(Hit(query: position, reference: target.position)) }
            }
        }
        var candidates: [(document: Int, hits: [Hit], distinct: Int)] = []
        for (document, documentHits) in hits {
            let distinct = Set(documentHits.map(\.query)).count
            if distinct >= minimumSharedFingerprints { candidates.append((document, documentHits, distinct)) }
        }
        candidates.sort { ($0.distinct, $1.document) > ($1.distinct, $0.document) }
        var found: [CopyMatch] = []
        for (document, documentHits, _) in candidates.prefix(max(0, maximumCandidates)) {
            let reference = try index.document(document)
            let referenceText = normalizer.normalize(reference)
            let runs = Self.runs(documentHits, query: query, reference: referenceText, minimumWeight: index.fingerprinter.gramWeight)
            let passages = chain(runs, query: query, reference: referenceText, stock: stock)
            guard !passages.isEmpty else { continue }
            var shared = 0
            var original = 0
            var reported: [CopyPassage] = []
            for passage in passages {
                shared += passage.shared
                original += passage.original
                let queryRange = Self.trimmed(passage.query, in: query, source: source)
                let queryBytes = query.utf8Range(of: queryRange)
                let referenceBytes = referenceText.utf8Range(of: Self.trimmed(passage.reference, in: referenceText, source: reference))
                reported.append(CopyPassage(
                    utf8Range: queryBytes,
                    lines: Self.lines(queryBytes, in: source),
                    referenceUTF8Range: referenceBytes,
                    referenceLines: Self.lines(referenceBytes, in: reference),
                    characters: queryRange.count,
                    sharedCharacters: passage.shared))
            }
            let share = Double(shared) / Double(query.count)
            guard Double(original) >= minimumShare * Double(query.count) else { continue }
            found.append(CopyMatch(reference: reference.origin, referenceNumber: document, share: share,
                                   sharedCharacters: shared, characters: query.count, passages: reported))
        }
        return found.sorted { ($0.share, $1.referenceNumber) > ($1.share, $0.referenceNumber) }
    }

    struct Hit: Hashable {
        var query: Int
        var reference: Int
    }

    /// A maximal run of identical normalised characters.
    struct Run {
        var query: Int
        var reference: Int
        var length: Int
        var queryEnd: Int { query + length }
        var referenceEnd: Int { reference + length }
    }

    struct Passage {
        var query: Range<Int>
        var reference: Range<Int>
        /// Characters identical in both texts.
        var shared: Int
        /// Of those, the ones outside stock phrases.
        var original: Int
    }

    /// Whether `records` name more than `limit` distinct documents (they are sorted by document).
    static func distinctDocuments(_ records: Range<Int>, in index: ReferenceIndex, above limit: Int) -> Bool {
        var count = 0
        var last = -1
        for record in records {
            let document = index.recordTarget(record).document
            if document != last {
                count += 1
                last = document
                if count > limit { return true }
            }
        }
        return false
    }

    /// Grows every hit into the maximal run of identical characters through it; runs that
    /// weigh less than a k-gram (hash collisions) are dropped, and each run is kept once.
    static func runs(_ hits: [Hit], query: CopyText, reference: CopyText, minimumWeight: Int) -> [Run] {
        let q = query.characters
        let r = reference.characters
        var runs: [Run] = []
        // Hits on one diagonal in order, so that a hit inside the previous run is skipped.
        let ordered = hits.sorted { ($0.query - $0.reference, $0.query) < ($1.query - $1.reference, $1.query) }
        var last: Run?
        for hit in ordered {
            guard hit.query >= 0, hit.query < q.count, hit.reference >= 0, hit.reference < r.count else { continue }
            if let last, last.query - last.reference == hit.query - hit.reference, hit.query < last.queryEnd { continue }
            var qs = hit.query
            var rs = hit.reference
            guard q[qs] == r[rs] else { continue }
            while qs > 0, rs > 0, q[qs - 1] == r[rs - 1] {
                qs -= 1
                rs -= 1
            }
            var qe = hit.query
            var re = hit.reference
            while qe < q.count, re < r.count, q[qe] == r[re] {
                qe += 1
                re += 1
            }
            let run = Run(query: qs, reference: rs, length: qe - qs)
            last = run
            guard query.weight(qs..<qe) >= minimumWeight else { continue }
            runs.append(run)
        }
        return runs
    }

    /// Chains runs into passages and keeps those that pass the thresholds.
    func chain(_ runs: [Run], query: CopyText, reference: CopyText, stock: [Bool]) -> [Passage] {
        // Longest first among runs that start together, so that shorter echoes are covered.
        let sorted = runs.sorted { ($0.query, -$0.length, $0.reference) < ($1.query, -$1.length, $1.reference) }
        var passages: [Passage] = []
        var current: [Run] = []
        func close() {
            defer { current = [] }
            guard let first = current.first else { return }
            var queryEnd = first.queryEnd
            var referenceStart = first.reference
            var referenceEnd = first.referenceEnd
            var shared = 0
            var covered = first.query
            for run in current {
                queryEnd = max(queryEnd, run.queryEnd)
                referenceStart = min(referenceStart, run.reference)
                referenceEnd = max(referenceEnd, run.referenceEnd)
                let start = max(covered, run.query)
                if run.queryEnd > start {
                    shared += run.queryEnd - start
                    covered = run.queryEnd
                }
            }
            let span = first.query..<queryEnd
            var sharedWeight = 0
            var originalWeight = 0
            var original = 0
            covered = first.query
            for run in current {
                let start = max(covered, run.query)
                if run.queryEnd > start {
                    for i in start..<run.queryEnd {
                        let weight = CopyText.weight(query.characters[i])
                        sharedWeight += weight
                        if !stock[i] {
                            originalWeight += weight
                            original += 1
                        }
                    }
                    covered = run.queryEnd
                }
            }
            guard originalWeight >= minimumPassageWeight,
                  Double(sharedWeight) >= minimumPassageSimilarity * Double(query.weight(span)) else { return }
            passages.append(Passage(query: span, reference: referenceStart..<referenceEnd, shared: shared, original: original))
        }
        var queryEnd = 0
        var referenceEnd = 0
        for run in sorted {
            if let _ = current.first {
                if run.queryEnd <= queryEnd { continue }  // covered already
                let queryGap = run.query > queryEnd ? query.weight(queryEnd..<run.query) : 0
                let referenceGap: Int
                if run.reference >= referenceEnd {
                    referenceGap = reference.weight(referenceEnd..<run.reference)
                } else if referenceEnd - run.reference <= run.length, run.reference >= (current.last?.reference ?? 0) {
                    referenceGap = 0  // overlaps the previous run a little: the same text read again
                } else {
                    referenceGap = Int.max
                }
                if queryGap <= maximumGapWeight, referenceGap <= maximumGapWeight {
                    current.append(run)
                    queryEnd = max(queryEnd, run.queryEnd)
                    referenceEnd = max(referenceEnd, run.referenceEnd)
                    continue
                }
                close()
            }
            current = [run]
            queryEnd = run.queryEnd
            referenceEnd = run.referenceEnd
        }
        close()
        return passages
    }

    /// `range` of `text` without a number symbol at either end that stands on a line of its own
    /// side of the rest: a run that reaches the next heading's numeral (`…总结如下。\n二、` reads
    /// `…总结如下#`) is shared text, but the passage does not end on that heading's line.
    static func trimmed(_ range: Range<Int>, in text: CopyText, source: SourceText) -> Range<Int> {
        var range = range
        func line(_ i: Int) -> Int { source.line(atUTF8Offset: text.utf8Range(of: i..<(i + 1)).lowerBound) }
        while range.count > 1, text.characters[range.upperBound - 1] == CopyNormalizer.numberSymbol,
              line(range.upperBound - 1) > line(range.upperBound - 2) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        while range.count > 1, text.characters[range.lowerBound] == CopyNormalizer.numberSymbol,
              line(range.lowerBound) < line(range.lowerBound + 1) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        return range
    }

    /// The 1-based lines of bytes `range` of `source`.
    static func lines(_ range: Range<Int>, in source: SourceText) -> ClosedRange<Int> {
        let first = source.line(atUTF8Offset: range.lowerBound)
        let last = source.line(atUTF8Offset: max(range.lowerBound, range.upperBound - 1))
        return first...max(first, last)
    }
}
