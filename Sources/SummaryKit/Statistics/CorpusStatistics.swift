/// Everything a corpus report is computed from, kept as exact integer counts so that it forms
/// a commutative monoid: ``empty`` is the identity and ``merging(_:)`` is associative and
/// commutative. That is what makes `--jobs`, `--shard K/N` + `stats merge`, and a Spark or
/// Hadoop reduce give exactly the report of a single run.
///
/// Memory is bounded by the vocabulary (term and concept counts), the fixed bins, and one
/// fixed-size MinHash signature per summary — never by the text of the corpus.
///
/// ```swift
/// var left = CorpusStatistics.empty, right = CorpusStatistics.empty
/// left.add(analysisOfFileA); right.add(analysisOfFileB)
/// left.merging(right) == right.merging(left)   // true
/// ```
///
/// Scores are held in thousandths and coverage in tenths, so sums never depend on the order of
/// floating-point additions. The JSON encoding (sorted keys) is the partial result format.
public struct CorpusStatistics: Sendable, Codable {
    /// Per status, how many summaries have a section in it.
    public struct StatusCounts: Sendable, Hashable, Codable {
        /// Summaries in which the section is covered: an exact count, 0 or more.
        public var covered = 0
        /// Summaries in which the section is only mentioned in passing: an exact count.
        public var thin = 0
        /// Summaries in which the section is missing: an exact count.
        public var missing = 0

        mutating func add(_ status: SectionStatus) {
            switch status {
            case .covered: covered += 1
            case .thin: thin += 1
            case .missing: missing += 1
            }
        }

        func merging(_ other: StatusCounts) -> StatusCounts {
            StatusCounts(covered: covered + other.covered, thin: thin + other.thin, missing: missing + other.missing)
        }
    }

    /// Per category: in how many summaries it tags a paragraph, how many paragraphs, and the sum
    /// of the summaries' best scores in thousandths.
    public struct CategoryCounts: Sendable, Hashable, Codable {
        /// Summaries with at least one paragraph tagged with the category: an exact count.
        public var summaries = 0
        /// Paragraphs tagged with the category, over all summaries: an exact count.
        public var paragraphs = 0
        /// The sum over all summaries of each one's best heading or paragraph score for the
        /// category, each rounded to thousandths (0–1000 per summary).
        public var scoreThousandths = 0

        func merging(_ other: CategoryCounts) -> CategoryCounts {
            CategoryCounts(summaries: summaries + other.summaries, paragraphs: paragraphs + other.paragraphs,
                           scoreThousandths: scoreThousandths + other.scoreThousandths)
        }

        enum CodingKeys: String, CodingKey { case summaries, paragraphs, scoreThousandths = "score_thousandths" }
    }

    /// The version of this partial-result format; partials of another version are refused.
    /// Version 2 added the identity (run id, shards, configuration) and the checksum.
    public static let currentSchemaVersion = 2

    /// The identity of ``merging(_:)``: no inputs.
    public static let empty = CorpusStatistics()

    /// The partial-result format version this value was made or read with
    /// (`schema_version`; ``currentSchemaVersion`` for a new value).
    public var schemaVersion = CorpusStatistics.currentSchemaVersion
    /// The checklist's section ids, in report order (empty until a record is added).
    public var sectionOrder: [String] = []
    /// Inputs analysed without failure (files or JSONL records), an exact count; failed inputs
    /// are counted in ``failureCounts`` instead.
    public var inputs = 0
    /// Summaries found in those inputs: an exact count.
    public var summaries = 0
    /// UTF-8 bytes of the decoded (or extracted) texts of those inputs: an exact count.
    public var bytes = 0
    /// Failed inputs per ``FailureReason`` raw value (`too_large` …): exact counts.
    public var failureCounts: [String: Int] = [:]
    /// Every failed input, ordered by id.
    public var failures: [StatisticsFailure] = []
    /// Summaries per language of their file (`zh`, `en`, `mixed`): exact counts.
    public var languages: [String: Int] = [:]
    /// Summaries per ``OrganizationKind`` raw value of their file, `unknown` when none was
    /// recognised: exact counts.
    public var organizations: [String: Int] = [:]
    /// Summaries per year they are about, as a decimal string (`2023`), `unknown` when none
    /// was found: exact counts.
    public var years: [String: Int] = [:]
    /// Summaries per input format (`text`, `docx`, `html`): exact counts.
    public var formats: [String: Int] = [:]
    /// Summaries per encoding their file was decoded from: exact counts.
    public var encodings: [String: Int] = [:]
    /// Characters per summary in its headings and paragraphs, in bins below 200, 500, 1000,
    /// 2000, 3000, 5000, 8000 and 12 000, and an open bin from 12 000.
    public var characters = Distribution(upperBounds: [200, 500, 1000, 2000, 3000, 5000, 8000, 12000])
    /// Word-like tokens per summary in its headings and paragraphs, in bins below 100, 250,
    /// 500, 1000, 1500, 2500 and 4000, and an open bin from 4000.
    public var tokens = Distribution(upperBounds: [100, 250, 500, 1000, 1500, 2500, 4000])
    /// Paragraph units per summary, in bins below 2, 5, 10, 20, 30 and 50, and an open bin
    /// from 50.
    public var paragraphs = Distribution(upperBounds: [2, 5, 10, 20, 30, 50])
    /// Checklist coverage per summary in tenths of a point (0–1000, rounded), in bins of ten
    /// points; the last bin holds 900–1000.
    public var coverage = Distribution(upperBounds: [100, 200, 300, 400, 500, 600, 700, 800, 900])
    /// Unfilled template slots per summary, in bins 0, 1, 2–4, 5–9, 10–19 and 20 or more.
    public var placeholders = Distribution(upperBounds: [1, 2, 5, 10, 20])
    /// Boilerplate share per summary in thousandths (0–1000, rounded), in bins 0, 1–49,
    /// 50–99, 100–199, 200–299, 300–499 and 500 or more.
    public var boilerplate = Distribution(upperBounds: [1, 50, 100, 200, 300, 500])
    /// Per ``Category`` raw value, its prevalence and summed best scores; every category has
    /// an entry once a summary has been added.
    public var categories: [String: CategoryCounts] = [:]
    /// Per checklist section id, how many summaries have it covered, thin or missing.
    public var sections: [String: StatusCounts] = [:]
    /// Occurrences of each counted term (normalised) over the paragraphs of all summaries,
    /// headings left out: exact counts.
    public var terms: [String: Int] = [:]
    /// Per ``Category`` raw value, occurrences of each counted term over the paragraphs tagged
    /// with that category: exact counts.
    public var categoryTerms: [String: [String: Int]] = [:]
    /// Counted term occurrences over the paragraphs of all summaries (the sum of ``terms``).
    public var paragraphTerms = 0
    /// Per ``Category`` raw value, counted term occurrences over the paragraphs tagged with it.
    public var categoryTermTotals: [String: Int] = [:]
    /// Per lexicon concept id, its matches in the headings and paragraphs of all summaries
    /// (at most ``Tagger/maxEvidence`` per unit): exact counts.
    public var conceptMatches: [String: Int] = [:]
    /// Per lexicon concept id, the summaries with at least one match of it: exact counts.
    public var conceptSummaries: [String: Int] = [:]
    /// One MinHash signature per summary long enough to sign, in the order added (merging
    /// sorts them by id, then summary).
    public var signatures: [SignatureEntry] = []
    /// Which run, shards and configuration these statistics are of (nil until a run writes
    /// them as a partial result: ``identified(runID:shard:configuration:)``).
    package var identity: PartialIdentity?
    /// `sha256:` and the SHA-256 of the partial-result JSON without this field, as written by
    /// ``partialJSON()``; nil in memory (``CorpusStatistics/readPartial(_:source:line:)`` checks
    /// and drops it).
    public var checksum: String?

    /// Creates statistics of no inputs, equal to ``empty``; the section order is taken from
    /// the first record added.
    public init() {}

    /// Creates statistics of no inputs with the checklist's section ids in report order.
    ///
    /// - Parameter sectionOrder: The checklist's section ids, in the order reports list them.
    public init(sectionOrder: [String]) {
        self.sectionOrder = sectionOrder
    }

    /// Folds in one input's analysis: counts the input and its bytes, and adds each of its
    /// records.
    ///
    /// - Parameter analysis: What one input gave.
    public mutating func add(_ analysis: InputAnalysis) {
        inputs += 1
        bytes += analysis.bytes
        for record in analysis.records { add(record) }
    }

    /// Folds in one summary: its counts, distributions, category and section tallies, terms,
    /// concepts and signature. Does not count an input or bytes (``add(_:)-(InputAnalysis)``
    /// does).
    ///
    /// - Parameter record: The statistics of one summary.
    public mutating func add(_ record: DocumentRecord) {
        summaries += 1
        if sectionOrder.isEmpty { sectionOrder = record.sectionOrder.isEmpty ? record.sections.keys.sorted() : record.sectionOrder }
        languages[record.language, default: 0] += 1
        organizations[record.organization ?? "unknown", default: 0] += 1
        years[record.year.map(String.init) ?? "unknown", default: 0] += 1
        formats[record.format, default: 0] += 1
        encodings[record.encoding, default: 0] += 1
        characters.add(record.characters)
        tokens.add(record.tokens)
        paragraphs.add(record.paragraphs)
        coverage.add(Self.rounded(record.coverage * 10, in: 0...1000))
        placeholders.add(record.placeholders)
        boilerplate.add(Self.rounded(record.boilerplateShare * 1000, in: 0...1000))
        for category in Category.allCases.map(\.rawValue) {
            var counts = categories[category] ?? CategoryCounts()
            let tagged = record.categoryParagraphs[category] ?? 0
            if tagged > 0 { counts.summaries += 1 }
            counts.paragraphs += tagged
            counts.scoreThousandths += Self.rounded((record.categoryScores[category] ?? 0) * 1000, in: 0...1000)
            categories[category] = counts
        }
        for (id, status) in record.sections { sections[id, default: StatusCounts()].add(status) }
        terms.merge(record.terms, uniquingKeysWith: +)
        for (category, counts) in record.categoryTerms { categoryTerms[category, default: [:]].merge(counts, uniquingKeysWith: +) }
        paragraphTerms += record.paragraphTerms
        categoryTermTotals.merge(record.categoryTermTotals, uniquingKeysWith: +)
        conceptMatches.merge(record.concepts, uniquingKeysWith: +)
        for concept in record.concepts.keys { conceptSummaries[concept, default: 0] += 1 }
        if let signature = record.signature {
            signatures.append(SignatureEntry(id: record.id, summary: record.summary, signature: signature))
        }
    }

    /// `value` rounded to the nearest integer and clamped to `range`; 0 (or the range's lower
    /// bound) when it is not a finite number, so that no record can trap the conversion.
    package static func rounded(_ value: Double, in range: ClosedRange<Int>) -> Int {
        guard value.isFinite else { return range.lowerBound }
        let r = value.rounded()
        if r <= Double(range.lowerBound) { return range.lowerBound }
        if r >= Double(range.upperBound) { return range.upperBound }
        return Int(r)
    }

    /// Records an input that produced no summaries, under its reason in ``failureCounts`` and
    /// in ``failures``.
    ///
    /// - Parameter failure: The failed input.
    public mutating func add(_ failure: StatisticsFailure) {
        failureCounts[failure.reason.rawValue, default: 0] += 1
        failures.append(failure)
    }

    /// Both corpora together. Associative and commutative; ``empty`` is its identity.
    ///
    /// When the section orders differ, the receiver's is kept (an empty one takes `other`'s);
    /// distributions with other bins are not added (see ``Distribution/merging(_:)``). Counts
    /// are added unchecked, for statistics computed in this process; partial results read from
    /// outside are merged with ``PartialMerger``, which checks their identities, their counts
    /// and every addition. Of two identities of the same run the shards are joined; otherwise
    /// the receiver's identity is kept.
    ///
    /// - Parameter other: The statistics to add to these.
    public func merging(_ other: CorpusStatistics) -> CorpusStatistics {
        var result = self
        if result.sectionOrder.isEmpty { result.sectionOrder = other.sectionOrder }
        result.inputs += other.inputs
        result.summaries += other.summaries
        result.bytes += other.bytes
        result.failureCounts.merge(other.failureCounts, uniquingKeysWith: +)
        result.failures = (failures + other.failures).sorted()
        for (key, value) in other.languages { result.languages[key, default: 0] += value }
        result.organizations.merge(other.organizations, uniquingKeysWith: +)
        result.years.merge(other.years, uniquingKeysWith: +)
        result.formats.merge(other.formats, uniquingKeysWith: +)
        result.encodings.merge(other.encodings, uniquingKeysWith: +)
        result.characters = characters.merging(other.characters)
        result.tokens = tokens.merging(other.tokens)
        result.paragraphs = paragraphs.merging(other.paragraphs)
        result.coverage = coverage.merging(other.coverage)
        result.placeholders = placeholders.merging(other.placeholders)
        result.boilerplate = boilerplate.merging(other.boilerplate)
        result.categories.merge(other.categories) { $0.merging($1) }
        result.sections.merge(other.sections) { $0.merging($1) }
        result.terms.merge(other.terms, uniquingKeysWith: +)
        result.categoryTerms.merge(other.categoryTerms) { $0.merging($1, uniquingKeysWith: +) }
        result.paragraphTerms += other.paragraphTerms
        result.categoryTermTotals.merge(other.categoryTermTotals, uniquingKeysWith: +)
        result.conceptMatches.merge(other.conceptMatches, uniquingKeysWith: +)
        result.conceptSummaries.merge(other.conceptSummaries, uniquingKeysWith: +)
        result.signatures = (signatures + other.signatures).sorted()
        if let mine = identity, let theirs = other.identity, mine.runID == theirs.runID, mine.shardCount == theirs.shardCount {
            result.identity?.shards = Array(Set(mine.shards + theirs.shards)).sorted()
        } else if identity == nil {
            result.identity = other.identity
        }
        result.checksum = nil
        return result
    }

    /// The same statistics with their lists in canonical order (failures and signatures by
    /// id): two values describe the same corpus exactly when their canonical forms are equal.
    public func canonical() -> CorpusStatistics {
        var result = self
        result.failures.sort()
        result.signatures.sort()
        return result
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", sectionOrder = "section_order", inputs, summaries, bytes
        case failureCounts = "failure_counts", failures, languages, organizations, years, formats, encodings
        case characters, tokens, paragraphs, coverage, placeholders, boilerplate, categories, sections, terms
        case categoryTerms = "category_terms", paragraphTerms = "paragraph_terms"
        case categoryTermTotals = "category_term_totals", conceptMatches = "concept_matches"
        case conceptSummaries = "concept_summaries", signatures, identity, checksum
    }
}

extension CorpusStatistics: Equatable {
    /// Equal when they describe the same corpus, whatever order lists were filled in: their
    /// canonical partial-result encodings are the same bytes.
    ///
    /// - Complexity: O(*size*): both values are encoded.
    public static func == (a: CorpusStatistics, b: CorpusStatistics) -> Bool {
        guard let left = try? a.partialJSON(), let right = try? b.partialJSON() else { return false }
        return left == right
    }
}
