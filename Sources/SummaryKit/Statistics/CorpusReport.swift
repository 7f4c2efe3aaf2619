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
        public var lower: Double?
        public var upper: Double?
        public var count: Int
    }

    /// A distribution of a per-summary quantity.
    public struct DistributionReport: Sendable, Hashable, Codable {
        public var count: Int
        public var mean: Double
        public var min: Double?
        public var max: Double?
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
        /// Inputs read.
        public var inputs: Int
        /// Summaries found.
        public var summaries: Int
        /// UTF-8 bytes of decoded text.
        public var bytes: Int
        /// Inputs that failed.
        public var failed: Int
        /// Failed inputs by reason.
        public var failuresByReason: [String: Int]

        enum CodingKeys: String, CodingKey { case inputs, summaries, bytes, failed, failuresByReason = "failures_by_reason" }
    }

    /// Summaries by language, organisation kind, year, format and encoding.
    public struct Mix: Sendable, Hashable, Codable {
        public var languages: [String: Int]
        public var organizations: [String: Int]
        public var years: [String: Int]
        public var formats: [String: Int]
        public var encodings: [String: Int]
    }

    /// Lengths per summary.
    public struct Lengths: Sendable, Hashable, Codable {
        public var characters: DistributionReport
        public var tokens: DistributionReport
        public var paragraphs: DistributionReport
    }

    /// How often a category is present.
    public struct CategoryPrevalence: Sendable, Hashable, Codable {
        public var category: String
        /// Summaries with at least one paragraph tagged with it.
        public var summaries: Int
        /// Their share of all summaries, 0…1.
        public var share: Double
        /// Paragraphs tagged with it.
        public var paragraphs: Int
        /// The mean over summaries of the best unit score, 0…1.
        public var meanScore: Double

        enum CodingKeys: String, CodingKey { case category, summaries, share, paragraphs, meanScore = "mean_score" }
    }

    /// One checklist section across the corpus.
    public struct SectionCounts: Sendable, Hashable, Codable {
        public var id: String
        public var covered: Int
        public var thin: Int
        public var missing: Int
    }

    /// A section with how often it has one status.
    public struct SectionShare: Sendable, Hashable, Codable {
        public var id: String
        public var summaries: Int
        public var share: Double
    }

    /// Coverage across the corpus.
    public struct Coverage: Sendable, Hashable, Codable {
        /// Coverage 0–100 per summary, in bins of ten points (the last holds 90–100).
        public var distribution: DistributionReport
        /// Per section, in checklist order.
        public var sections: [SectionCounts]
        /// Sections by how often they are missing, most often first (never-missing left out).
        public var mostMissing: [SectionShare]
        /// Sections by how often they are thin, most often first.
        public var mostThin: [SectionShare]

        enum CodingKeys: String, CodingKey { case distribution, sections, mostMissing = "most_missing", mostThin = "most_thin" }
    }

    /// Unfilled template slots.
    public struct Placeholders: Sendable, Hashable, Codable {
        /// Summaries with at least one.
        public var summaries: Int
        /// Their share of all summaries.
        public var share: Double
        /// Placeholders per summary.
        public var distribution: DistributionReport
    }

    /// A term with its counts.
    public struct TermScore: Sendable, Hashable, Codable {
        public var term: String
        /// Occurrences in the category's paragraphs.
        public var count: Int
        /// Log-likelihood (G²) of the count against all other paragraphs; positive terms only.
        public var keyness: Double
    }

    /// The top terms of one category.
    public struct CategoryTerms: Sendable, Hashable, Codable {
        public var category: String
        /// Counted terms in the category's paragraphs.
        public var terms: Int
        /// Most frequent first.
        public var byFrequency: [TermScore]
        /// Most characteristic first: overused relative to the rest of the corpus.
        public var byKeyness: [TermScore]

        enum CodingKeys: String, CodingKey { case category, terms, byFrequency = "by_frequency", byKeyness = "by_keyness" }
    }

    /// A lexicon concept's frequency.
    public struct ConceptFrequency: Sendable, Hashable, Codable {
        public var concept: String
        public var matches: Int
        /// Summaries with at least one match.
        public var summaries: Int
    }

    /// Near-duplicate summaries.
    public struct NearDuplicates: Sendable, Hashable, Codable {
        /// Summaries long enough to sign and compare.
        public var signed: Int
        /// Summaries in some cluster.
        public var clustered: Int
        public var clusters: [NearDuplicateCluster]
    }

    /// The version of this report's schema.
    public static let currentSchemaVersion = 1

    public var schemaVersion = CorpusReport.currentSchemaVersion
    public var counts: Counts
    public var failures: [StatisticsFailure]
    public var mix: Mix
    public var lengths: Lengths
    public var categories: [CategoryPrevalence]
    public var coverage: Coverage
    public var placeholders: Placeholders
    /// Boilerplate share 0…1 per summary.
    public var boilerplate: DistributionReport
    public var terms: [CategoryTerms]
    public var concepts: [ConceptFrequency]
    public var nearDuplicates: NearDuplicates

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", counts, failures, mix, lengths, categories, coverage, placeholders
        case boilerplate, terms, concepts, nearDuplicates = "near_duplicates"
    }

    /// Rounds to three decimals, for stable and readable JSON.
    static func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
