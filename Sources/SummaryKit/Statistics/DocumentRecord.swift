/// The statistics of one summary: a line of `summarykit stats --per-doc` (JSON Lines,
/// snake_case keys), and what ``CorpusStatistics/add(_:)-(DocumentRecord)`` folds into a corpus.
///
/// ```json
/// {"boilerplate_share":0.041,"category_paragraphs":{"study":3,…},"characters":2310,
///  "cluster":null,"coverage":91.7,"id":"Corpus/texts/zh-01-village.txt","language":"zh",…}
/// ```
///
/// Besides the fields written per document, a record carries what the corpus report needs and
/// no line shows: its paragraphs' term counts, its concept matches and its MinHash signature.
public struct DocumentRecord: Sendable, Hashable, Codable {
    /// The file path as given, or the JSONL id.
    public var id: String
    /// 1-based index of the summary in its file.
    public var summary: Int
    /// How many summaries the file holds.
    public var summariesInFile: Int
    /// The summary's title, if it has one.
    public var title: String?
    /// `zh`, `en` or `mixed` (of the file).
    public var language: String
    /// The kind of organisation, when recognisable (of the file).
    public var organization: String?
    /// The year the summary is about: from its title, else the latest year the file states.
    public var year: Int?
    /// `text`, `docx` or `html`.
    public var format: String
    /// The encoding the file was decoded from.
    public var encoding: String
    /// Characters (grapheme clusters) in its headings and paragraphs: an exact count.
    public var characters: Int
    /// Word-like tokens in its headings and paragraphs (ICU words, domain terms kept whole).
    public var tokens: Int
    /// Paragraph units: an exact count.
    public var paragraphs: Int
    /// Heading units: an exact count.
    public var headings: Int
    /// Per category (raw value), the paragraphs tagged with it.
    public var categoryParagraphs: [String: Int]
    /// Per category (raw value), the best score of any of its headings or paragraphs, 0…1,
    /// rounded to three decimals; empty when it has no headings or paragraphs.
    public var categoryScores: [String: Double]
    /// Weighted checklist coverage in points, 0–100.
    public var coverage: Double
    /// Per checklist section id, its status.
    public var sections: [String: SectionStatus]
    /// Unfilled template slots in its units.
    public var placeholders: Int
    /// The share of its characters that are web chrome, 0…1, rounded to three decimals.
    public var boilerplateShare: Double
    /// The near-duplicate cluster it belongs to (`dup-N`), filled in once the whole corpus is
    /// known; nil when it has no near-duplicate.
    public var cluster: String?

    /// Term counts over its paragraphs (normalised: NFKC, case folded, Simplified).
    public var terms: [String: Int] = [:]
    /// Per category (raw value), term counts over its paragraphs tagged with that category.
    public var categoryTerms: [String: [String: Int]] = [:]
    /// Counted terms in its paragraphs.
    public var paragraphTerms: Int = 0
    /// Per category, counted terms in its paragraphs tagged with that category.
    public var categoryTermTotals: [String: Int] = [:]
    /// Lexicon concept ids matched in its headings and paragraphs, with counts.
    public var concepts: [String: Int] = [:]
    /// The checklist's section ids in checklist order (``sections`` is keyed, so unordered).
    public var sectionOrder: [String] = []
    /// Its MinHash signature; nil when the text is too short to compare.
    public var signature: [UInt32]? = nil

    /// Creates a record; the corpus-only fields start empty.
    public init(id: String, summary: Int, summariesInFile: Int, title: String?, language: String, organization: String?,
                year: Int?, format: String, encoding: String, characters: Int, tokens: Int, paragraphs: Int, headings: Int,
                categoryParagraphs: [String: Int], categoryScores: [String: Double], coverage: Double,
                sections: [String: SectionStatus], placeholders: Int, boilerplateShare: Double, cluster: String? = nil) {
        self.id = id
        self.summary = summary
        self.summariesInFile = summariesInFile
        self.title = title
        self.language = language
        self.organization = organization
        self.year = year
        self.format = format
        self.encoding = encoding
        self.characters = characters
        self.tokens = tokens
        self.paragraphs = paragraphs
        self.headings = headings
        self.categoryParagraphs = categoryParagraphs
        self.categoryScores = categoryScores
        self.coverage = coverage
        self.sections = sections
        self.placeholders = placeholders
        self.boilerplateShare = boilerplateShare
        self.cluster = cluster
    }

    /// The fields written per document; the corpus-only ones are left out.
    enum CodingKeys: String, CodingKey {
        case id, summary, summariesInFile = "summaries_in_file", title, language, organization, year, format, encoding
        case characters, tokens, paragraphs, headings, categoryParagraphs = "category_paragraphs"
        case categoryScores = "category_scores", coverage, sections, placeholders
        case boilerplateShare = "boilerplate_share", cluster
    }

    /// Encodes the fields written per document, `null` included for absent optionals (a
    /// per-document line always has every key); the corpus-only fields are left out.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever `encoder` throws.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(summary, forKey: .summary)
        try container.encode(summariesInFile, forKey: .summariesInFile)
        try container.encode(title, forKey: .title)
        try container.encode(language, forKey: .language)
        try container.encode(organization, forKey: .organization)
        try container.encode(year, forKey: .year)
        try container.encode(format, forKey: .format)
        try container.encode(encoding, forKey: .encoding)
        try container.encode(characters, forKey: .characters)
        try container.encode(tokens, forKey: .tokens)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(headings, forKey: .headings)
        try container.encode(categoryParagraphs, forKey: .categoryParagraphs)
        try container.encode(categoryScores, forKey: .categoryScores)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(sections, forKey: .sections)
        try container.encode(placeholders, forKey: .placeholders)
        try container.encode(boilerplateShare, forKey: .boilerplateShare)
        try container.encode(cluster, forKey: .cluster)
    }

    /// The key that orders records and signatures: id, then summary.
    public var key: String { "\(id)#\(summary)" }
}
