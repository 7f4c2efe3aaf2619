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
        public var covered = 0
        public var thin = 0
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
        public var summaries = 0
        public var paragraphs = 0
        public var scoreThousandths = 0

        func merging(_ other: CategoryCounts) -> CategoryCounts {
            CategoryCounts(summaries: summaries + other.summaries, paragraphs: paragraphs + other.paragraphs,
                           scoreThousandths: scoreThousandths + other.scoreThousandths)
        }

        enum CodingKeys: String, CodingKey { case summaries, paragraphs, scoreThousandths = "score_thousandths" }
    }

    /// The version of this partial-result format; partials of another version are refused.
    public static let currentSchemaVersion = 1

    /// The identity of ``merging(_:)``: no inputs.
    public static let empty = CorpusStatistics()

    public var schemaVersion = CorpusStatistics.currentSchemaVersion
    /// The checklist's section ids, in report order (empty until a record is added).
    public var sectionOrder: [String] = []
    /// Inputs read (files or JSONL records that gave at least one summary).
    public var inputs = 0
    /// Summaries found in them.
    public var summaries = 0
    /// UTF-8 bytes of the decoded texts.
    public var bytes = 0
    /// Failed inputs by reason.
    public var failureCounts: [String: Int] = [:]
    /// Every failed input, ordered by id.
    public var failures: [StatisticsFailure] = []
    /// Summaries per language, organisation kind (`unknown` when none), year (`unknown`),
    /// format and encoding.
    public var languages: [String: Int] = [:]
    public var organizations: [String: Int] = [:]
    public var years: [String: Int] = [:]
    public var formats: [String: Int] = [:]
    public var encodings: [String: Int] = [:]
    /// Distributions per summary.
    public var characters = Distribution(upperBounds: [200, 500, 1000, 2000, 3000, 5000, 8000, 12000])
    public var tokens = Distribution(upperBounds: [100, 250, 500, 1000, 1500, 2500, 4000])
    public var paragraphs = Distribution(upperBounds: [2, 5, 10, 20, 30, 50])
    /// Coverage in tenths of a point (0–1000), in bins of ten points.
    public var coverage = Distribution(upperBounds: [100, 200, 300, 400, 500, 600, 700, 800, 900])
    public var placeholders = Distribution(upperBounds: [1, 2, 5, 10, 20])
    /// Boilerplate share in thousandths.
    public var boilerplate = Distribution(upperBounds: [1, 50, 100, 200, 300, 500])
    /// Per category raw value.
    public var categories: [String: CategoryCounts] = [:]
    /// Per checklist section id.
    public var sections: [String: StatusCounts] = [:]
    /// Term counts over all paragraphs, and per category over the paragraphs tagged with it.
    public var terms: [String: Int] = [:]
    public var categoryTerms: [String: [String: Int]] = [:]
    /// Counted terms over all paragraphs, and per category.
    public var paragraphTerms = 0
    public var categoryTermTotals: [String: Int] = [:]
    /// Per concept id: matches, and summaries with at least one match.
    public var conceptMatches: [String: Int] = [:]
    public var conceptSummaries: [String: Int] = [:]
    /// One MinHash signature per summary long enough to sign.
    public var signatures: [SignatureEntry] = []

    /// No inputs.
    public init() {}

    /// No inputs yet, with the checklist's section ids in report order.
    public init(sectionOrder: [String]) {
        self.sectionOrder = sectionOrder
    }

    /// Folds in one input's analysis.
    public mutating func add(_ analysis: InputAnalysis) {
        inputs += 1
        bytes += analysis.bytes
        for record in analysis.records { add(record) }
    }

    /// Folds in one summary.
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
        coverage.add(Int((record.coverage * 10).rounded()))
        placeholders.add(record.placeholders)
        boilerplate.add(Int((record.boilerplateShare * 1000).rounded()))
        for category in Category.allCases.map(\.rawValue) {
            var counts = categories[category] ?? CategoryCounts()
            let tagged = record.categoryParagraphs[category] ?? 0
            if tagged > 0 { counts.summaries += 1 }
            counts.paragraphs += tagged
            counts.scoreThousandths += Int(((record.categoryScores[category] ?? 0) * 1000).rounded())
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

    /// Records an input that produced no summaries.
    public mutating func add(_ failure: StatisticsFailure) {
        failureCounts[failure.reason.rawValue, default: 0] += 1
        failures.append(failure)
    }

    /// Both corpora together. Associative and commutative; ``empty`` is its identity.
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
        case conceptSummaries = "concept_summaries", signatures
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
