/// Precision, recall and F1 of paragraph tags and checklist statuses against the gold labels.
public struct Evaluation: Sendable, Hashable, Codable {
    /// Counts for one category.
    public struct Counts: Sendable, Hashable, Codable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        /// Zero counts.
        public init() {}

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }

        enum CodingKeys: String, CodingKey {
            case truePositives = "tp", falsePositives = "fp", falseNegatives = "fn"
        }
    }

    /// One unit where the tagger and the gold labels disagree.
    public struct Disagreement: Sendable, Hashable, Codable {
        public var file: String
        public var line: Int
        public var prefix: String
        public var gold: [Category]
        public var predicted: [Category]
    }

    /// Files evaluated.
    public var files: [String] = []
    /// Per-category counts over every gold unit.
    public var categories: [Category: Counts] = [:]
    /// Gold units whose unit was found starting at the same place with the same kind.
    public var unitsMatched = 0
    /// Gold units in all.
    public var unitsTotal = 0
    /// (summary, section) statuses equal to the gold ones.
    public var statusesCorrect = 0
    /// (summary, section) pairs compared.
    public var statusesTotal = 0
    /// Summaries found versus expected, file by file, where the counts differ.
    public var summaryCountMismatches: [String] = []
    /// The disagreements, for error analysis.
    public var disagreements: [Disagreement] = []

    /// An empty evaluation, to accumulate into.
    public init() {}

    /// Micro-averaged F1 over all categories.
    public var microF1: Double {
        var total = Counts()
        for counts in categories.values {
            total.truePositives += counts.truePositives
            total.falsePositives += counts.falsePositives
            total.falseNegatives += counts.falseNegatives
        }
        return total.f1
    }

    /// Macro-averaged F1 over the six categories.
    public var macroF1: Double {
        Category.allCases.map { categories[$0]?.f1 ?? 0 }.reduce(0, +) / Double(Category.allCases.count)
    }

    /// Macro-averaged F1 over the four content categories (study, discipline,
    /// member_development, mass_work): the figure the tagger is judged by.
    public var contentMacroF1: Double {
        Category.content.map { categories[$0]?.f1 ?? 0 }.reduce(0, +) / Double(Category.content.count)
    }

    /// The share of checklist statuses that agree with the gold labels.
    public var statusAccuracy: Double { ratio(statusesCorrect, statusesTotal) }

    /// The share of gold units the structure found with the same start and kind.
    public var unitAgreement: Double { ratio(unitsMatched, unitsTotal) }
}

func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
