/// Precision, recall and F1 of paragraph tags and checklist statuses against the gold labels.
package struct Evaluation: Sendable, Hashable, Codable {
    /// Counts for one category.
    package struct Counts: Sendable, Hashable, Codable {
        /// Units that both the gold labels and the tagger give the category.
        package var truePositives = 0
        /// Units the tagger gives the category although the gold labels do not.
        package var falsePositives = 0
        /// Units the gold labels give the category although the tagger does not.
        package var falseNegatives = 0

        /// Zero counts.
        package init() {}

        /// TP / (TP + FP), 0…1; 0 when the tagger never gave the category.
        package var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// TP / (TP + FN), 0…1; 0 when the gold labels never give the category.
        package var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of ``precision`` and ``recall``, 0…1; 0 when both are 0.
        package var f1: Double {
            let p = precision, r = recall
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }

        enum CodingKeys: String, CodingKey {
            case truePositives = "tp", falsePositives = "fp", falseNegatives = "fn"
        }

        /// Adds one decision: whether the gold labels and the prediction hold the item.
        package mutating func count(gold: Bool, predicted: Bool) {
            switch (gold, predicted) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): break
            }
        }

        /// The sum of two sets of counts.
        package static func + (a: Counts, b: Counts) -> Counts {
            var sum = a
            sum.truePositives += b.truePositives
            sum.falsePositives += b.falsePositives
            sum.falseNegatives += b.falseNegatives
            return sum
        }
    }

    /// One unit where the tagger and the gold labels disagree.
    package struct Disagreement: Sendable, Hashable, Codable {
        /// The corpus id of the file (``GoldLabels/id``), e.g. `zh-07-government`.
        package var file: String
        /// 1-based line on which the gold unit starts in the text file.
        package var line: Int
        /// The gold unit's first characters, as written in the labels file.
        package var prefix: String
        /// The gold categories, sorted.
        package var gold: [Category]
        /// The categories the gold gives as optional (`cat?`), sorted.
        package var optional: [Category] = []
        /// The tagger's categories for the unit found at that place, sorted; empty when no unit
        /// was found there.
        package var predicted: [Category]
    }

    /// Files evaluated.
    package var files: [String] = []
    /// Per-category counts over every gold unit (a category written `cat?` counts neither way).
    package var categories: [Category: Counts] = [:]
    /// Per-category counts over documents: whether any unit of the file has the category, in
    /// the gold labels and among all the tagger's units (what an audit's coverage sees). A
    /// category that the gold gives a file only as optional counts neither way.
    package var presence: [Category: Counts] = [:]
    /// Counts over gold units of whether the unit is web chrome (`boilerplate`): gold kind
    /// against the kind of the unit the structure found at that place.
    package var boilerplate = Counts()
    /// Gold units whose unit was found starting at the same place with the same kind.
    package var unitsMatched = 0
    /// Gold units in all.
    package var unitsTotal = 0
    /// (summary, section) statuses equal to the gold ones.
    package var statusesCorrect = 0
    /// (summary, section) pairs compared.
    package var statusesTotal = 0
    /// How often each gold status (outer key) came out as each found status (inner key).
    package var statusConfusion: [SectionStatus: [SectionStatus: Int]] = [:]
    /// Summaries found versus expected, file by file, where the counts differ.
    package var summaryCountMismatches: [String] = []
    /// The disagreements, for error analysis.
    package var disagreements: [Disagreement] = []
    /// Shortcoming–plan pairs against the gold `pair` records (files with pairing records only).
    package var pairs = Counts()
    /// Shortcomings reported as unaddressed against the gold `none` records.
    package var unaddressed = Counts()
    /// Pairing records whose units were not found.
    package var pairingProblems: [String] = []
    /// Pairs found but not in the gold, and gold pairs not found, one line each.
    package var pairingDisagreements: [String] = []

    /// An empty evaluation, to accumulate into.
    package init() {}

    /// Adds another evaluation's files and counts to this one.
    package mutating func add(_ other: Evaluation) {
        files += other.files
        categories.merge(other.categories, uniquingKeysWith: +)
        presence.merge(other.presence, uniquingKeysWith: +)
        boilerplate = boilerplate + other.boilerplate
        unitsMatched += other.unitsMatched
        unitsTotal += other.unitsTotal
        statusesCorrect += other.statusesCorrect
        statusesTotal += other.statusesTotal
        statusConfusion.merge(other.statusConfusion) { a, b in a.merging(b, uniquingKeysWith: +) }
        summaryCountMismatches += other.summaryCountMismatches
        disagreements += other.disagreements
        pairs = pairs + other.pairs
        unaddressed = unaddressed + other.unaddressed
        pairingProblems += other.pairingProblems
        pairingDisagreements += other.pairingDisagreements
    }

    /// Micro-averaged F1 over all categories.
    package var microF1: Double {
        categories.values.reduce(Counts(), +).f1
    }

    /// The mean F1 of `categories` in `table`, over those that occur at all (in the gold labels
    /// or the predictions): a category with no gold and no predicted item has no F1, and
    /// counting it as 0 would punish a set of files for not containing it.
    static func macro(_ categories: [Category], _ table: [Category: Counts]) -> Double {
        let scored = categories.compactMap { table[$0] }.filter { $0.truePositives + $0.falsePositives + $0.falseNegatives > 0 }
        return scored.isEmpty ? 0 : scored.map(\.f1).reduce(0, +) / Double(scored.count)
    }

    /// Macro-averaged F1 over the six categories.
    package var macroF1: Double { Self.macro(Category.allCases, categories) }

    /// Macro-averaged F1 over the four content categories (study, discipline,
    /// member_development, mass_work): the figure the tagger is judged by.
    package var contentMacroF1: Double { Self.macro(Category.content, categories) }

    /// Macro-averaged F1 over the two structural sections (shortcomings, plans).
    package var structuralMacroF1: Double { Self.macro(Category.structural, categories) }

    /// Macro-averaged F1 of per-document presence over the six categories.
    package var presenceMacroF1: Double { Self.macro(Category.allCases, presence) }

    /// The share of checklist statuses that agree with the gold labels.
    package var statusAccuracy: Double { ratio(statusesCorrect, statusesTotal) }

    /// The share of gold units the structure found with the same start and kind.
    package var unitAgreement: Double { ratio(unitsMatched, unitsTotal) }
}

func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
