/// Precision, recall and F1 of paragraph tags and checklist statuses against the gold labels.
public struct Evaluation: Sendable, Hashable, Codable {
    /// Counts for one category.
    public struct Counts: Sendable, Hashable, Codable {
        /// Units that both the gold labels and the tagger give the category.
        public var truePositives = 0
        /// Units the tagger gives the category although the gold labels do not.
        public var falsePositives = 0
        /// Units the gold labels give the category although the tagger does not.
        public var falseNegatives = 0

        /// Zero counts.
        public init() {}

        /// TP / (TP + FP), 0…1; 0 when the tagger never gave the category.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// TP / (TP + FN), 0…1; 0 when the gold labels never give the category.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of ``precision`` and ``recall``, 0…1; 0 when both are 0.
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
        /// The corpus id of the file (``GoldLabels/id``), e.g. `zh-07-government`.
        public var file: String
        /// 1-based line on which the gold unit starts in the text file.
        public var line: Int
        /// The gold unit's first characters, as written in the labels file.
        public var prefix: String
        /// The gold categories, sorted.
        public var gold: [Category]
        /// The tagger's categories for the unit found at that place, sorted; empty when no unit
        /// was found there.
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
