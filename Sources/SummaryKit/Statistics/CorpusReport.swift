/// The corpus report of `summarykit stats --format json`, computed from a
/// ``CorpusStatistics`` at the end (documented field by field in the README; `schema_version`
/// changes when a field is renamed or removed).
///
/// Every number is derived from exact counts, so the report of merged partials is the report
/// of a single run, byte for byte.
///
/// ```swift
/// let report = CorpusReport(statistics, top: 20)
/// report.coverage.mostMissing.first?.id   // the section most often missing
/// ```
public struct CorpusReport: Sendable, Hashable, Codable {
    /// A histogram bin: `lower ≤ value < upper`; nil bounds are open.
    public struct Bin: Sendable, Hashable, Codable {
        /// The inclusive lower bound, in the distribution's unit; nil for the first bin.
        public var lower: Double?
        /// The exclusive upper bound, in the distribution's unit; nil for the last bin.
        public var upper: Double?
        /// Summaries whose value falls in the bin: an exact count.
        public var count: Int
    }

    /// A distribution of a per-summary quantity, in the quantity's reporting unit (coverage
    /// in points 0–100, boilerplate as a share 0…1, other quantities as plain counts).
    public struct DistributionReport: Sendable, Hashable, Codable {
        /// Summaries observed: an exact count.
        public var count: Int
        /// The mean value, rounded to three decimals; 0 when no summary was observed.
        public var mean: Double
        /// The smallest value; nil when no summary was observed.
        public var min: Double?
        /// The largest value; nil when no summary was observed.
        public var max: Double?
        /// The fixed bins in ascending order, the first and last open-ended; their counts
        /// add up to ``count``.
        public var bins: [Bin]

        /// From integer observations stored in units of `1/scale`.
        init(_ distribution: Distribution, scale: Double = 1) {
            count = distribution.count
            mean = CorpusReport.round(distribution.mean / scale)
            min = distribution.min.map { Double($0) / scale }
            max = distribution.max.map { Double($0) / scale }
            bins = distribution.bins.map { Bin(lower: $0.lower.map { Double($0) / scale }, upper: $0.upper.map { Double($0) / scale }, count: $0.count) }
        }
    }

    /// Totals.
    public struct Counts: Sendable, Hashable, Codable {
        /// Inputs analysed without failure: an exact count.
        public var inputs: Int
        /// Summaries found in them: an exact count.
        public var summaries: Int
        /// UTF-8 bytes of their decoded (or extracted) text: an exact count.
        public var bytes: Int
        /// Inputs that failed: an exact count, not included in ``inputs``.
        public var failed: Int
        /// Failed inputs per ``FailureReason`` raw value (`failures_by_reason`): exact counts.
        public var failuresByReason: [String: Int]

        enum CodingKeys: String, CodingKey { case inputs, summaries, bytes, failed, failuresByReason = "failures_by_reason" }
    }

    /// Summaries by language, organisation kind, year, format and encoding.
    public struct Mix: Sendable, Hashable, Codable {
        /// Summaries per language of their file (`zh`, `en`, `mixed`): exact counts.
        public var languages: [String: Int]
        /// Summaries per ``OrganizationKind`` raw value, `unknown` when none was recognised:
        /// exact counts.
        public var organizations: [String: Int]
        /// Summaries per year they are about (`2023`), `unknown` when none was found: exact
        /// counts.
        public var years: [String: Int]
        /// Summaries per input format (`text`, `docx`, `html`): exact counts.
        public var formats: [String: Int]
        /// Summaries per encoding their file was decoded from: exact counts.
        public var encodings: [String: Int]
    }

    /// Lengths per summary.
    public struct Lengths: Sendable, Hashable, Codable {
        /// Characters per summary in its headings and paragraphs.
        public var characters: DistributionReport
        /// Word-like tokens per summary in its headings and paragraphs.
        public var tokens: DistributionReport
        /// Paragraph units per summary.
        public var paragraphs: DistributionReport
    }

    /// How often a category is present.
    public struct CategoryPrevalence: Sendable, Hashable, Codable {
        /// The ``Category`` raw value.
        public var category: String
        /// Summaries with at least one paragraph tagged with it: an exact count.
        public var summaries: Int
        /// Their share of all summaries, 0…1, rounded to three decimals (0 when there are no
        /// summaries).
        public var share: Double
        /// Paragraphs tagged with it, over all summaries: an exact count.
        public var paragraphs: Int
        /// The mean over all summaries of each one's best heading or paragraph score for the
        /// category, 0…1, rounded to three decimals.
        public var meanScore: Double

        enum CodingKeys: String, CodingKey { case category, summaries, share, paragraphs, meanScore = "mean_score" }
    }

    /// One checklist section across the corpus.
    public struct SectionCounts: Sendable, Hashable, Codable {
        /// The checklist section's id.
        public var id: String
        /// Summaries in which the section is covered: an exact count.
        public var covered: Int
        /// Summaries in which the section is only mentioned in passing: an exact count.
        public var thin: Int
        /// Summaries in which the section is missing: an exact count.
        public var missing: Int
    }

    /// A section with how often it has one status.
    public struct SectionShare: Sendable, Hashable, Codable {
        /// The checklist section's id.
        public var id: String
        /// Summaries in which the section has the status: an exact count, at least 1.
        public var summaries: Int
        /// Their share of all summaries, 0…1, rounded to three decimals.
        public var share: Double
    }

    /// Coverage across the corpus.
    public struct Coverage: Sendable, Hashable, Codable {
        /// Coverage 0–100 per summary, in bins of ten points (the last holds 90–100).
        public var distribution: DistributionReport
        /// Per section, in checklist order (sections the checklist does not name last, by id).
        public var sections: [SectionCounts]
        /// Sections by how often they are missing, most often first, ties by id (never-missing
        /// left out).
        public var mostMissing: [SectionShare]
        /// Sections by how often they are thin, most often first, ties by id (never-thin left
        /// out).
        public var mostThin: [SectionShare]

        enum CodingKeys: String, CodingKey { case distribution, sections, mostMissing = "most_missing", mostThin = "most_thin" }
    }

    /// Unfilled template slots.
    public struct Placeholders: Sendable, Hashable, Codable {
        /// Summaries with at least one: an exact count.
        public var summaries: Int
        /// Their share of all summaries, 0…1, rounded to three decimals.
        public var share: Double
        /// Placeholders per summary.
        public var distribution: DistributionReport
    }

    /// A term with its counts.
    public struct TermScore: Sendable, Hashable, Codable {
        /// The term, normalised (NFKC, case folded, Simplified).
        public var term: String
        /// Occurrences in the paragraphs tagged with the category: an exact count.
        public var count: Int
        /// Dunning's log-likelihood (G²) of the count against the paragraphs not tagged with
        /// the category, rounded to three decimals; negative when the term is rarer in the
        /// category than elsewhere (see ``CorpusReport/logLikelihood(_:inside:other:outside:)``).
        public var keyness: Double
    }

    /// The top terms of one category.
    public struct CategoryTerms: Sendable, Hashable, Codable {
        /// The ``Category`` raw value.
        public var category: String
        /// Counted term occurrences in the paragraphs tagged with the category: an exact count.
        public var terms: Int
        /// At most `top` terms, most frequent first, ties by term.
        public var byFrequency: [TermScore]
        /// At most `top` terms overused relative to the rest of the corpus (positive keyness,
        /// counted at least twice), most characteristic first, ties by term.
        public var byKeyness: [TermScore]

        enum CodingKeys: String, CodingKey { case category, terms, byFrequency = "by_frequency", byKeyness = "by_keyness" }
    }

    /// A lexicon concept's frequency.
    public struct ConceptFrequency: Sendable, Hashable, Codable {
        /// The lexicon concept's id.
        public var concept: String
        /// Its matches in the headings and paragraphs of all summaries: an exact count.
        public var matches: Int
        /// Summaries with at least one match: an exact count.
        public var summaries: Int
    }

    /// Near-duplicate summaries.
    public struct NearDuplicates: Sendable, Hashable, Codable {
        /// Summaries long enough to sign and compare: an exact count.
        public var signed: Int
        /// Summaries in some cluster: an exact count, at most ``signed``.
        public var clustered: Int
        /// The clusters of two or more near-duplicate summaries, `dup-1` first.
        public var clusters: [NearDuplicateCluster]
    }

    /// The version of this report's schema.
    public static let currentSchemaVersion = 1

    /// The schema version the report was made with (`schema_version`).
    public var schemaVersion = CorpusReport.currentSchemaVersion
    /// Inputs, summaries, bytes and failures in total.
    public var counts: Counts
    /// Every failed input, ordered by id.
    public var failures: [StatisticsFailure]
    /// Summaries by language, organisation kind, year, format and encoding.
    public var mix: Mix
    /// Length distributions per summary.
    public var lengths: Lengths
    /// One entry per ``Category``, in category order.
    public var categories: [CategoryPrevalence]
    /// Coverage per summary and per checklist section.
    public var coverage: Coverage
    /// Unfilled template slots per summary.
    public var placeholders: Placeholders
    /// Boilerplate share 0…1 per summary, in bins with upper bounds 0.001, 0.05, 0.1, 0.2, 0.3
    /// and 0.5 and an open last bin (the first bin holds the summaries without boilerplate).
    public var boilerplate: DistributionReport
    /// One entry per ``Category``, in category order: its top terms.
    public var terms: [CategoryTerms]
    /// Every matched concept, most matches first, ties by id.
    public var concepts: [ConceptFrequency]
    /// The near-duplicate clusters among the signed summaries.
    public var nearDuplicates: NearDuplicates

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", counts, failures, mix, lengths, categories, coverage, placeholders
        case boilerplate, terms, concepts, nearDuplicates = "near_duplicates"
    }

    /// Rounds to three decimals, for stable and readable JSON.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
