import Foundation

/// The numbers behind the paragraph tagger: how evidence, headings and neighbours combine, and
/// the threshold above which a category becomes a tag.
///
/// The lexical parameters (how matches add up to a unit's evidence) were set on the training
/// split of the bundled corpus (ids whose number is not divisible by 3); the learned part
/// (``linear``) and the thresholds are trained by `scripts/train-tagger.py` on the training
/// splits of the corpus and of the real development set. Test splits are only ever evaluated.
public struct TaggerModel: Sendable, Hashable, Codable {
    /// Concept weights below this are context words (党员, "branch"): they do not count as evidence.
    public var minWeight: Double = 0.3
    /// How much each further match of the same concept in a unit adds, relative to the one before.
    public var repeatDecay: Double = 0.5
    /// Length (in Han characters, an English word counting 1.5) over which evidence is spread:
    /// evidence is divided by `1 + length / lengthScale`.
    public var lengthScale: Double = 150
    /// How strongly length dilutes evidence: 1 divides by `1 + length / lengthScale`, 0.5 by its square root.
    public var lengthExponent: Double = 1.0
    /// Steepness of the saturation `1 - exp(-gain * evidence)`.
    public var gain: Double = 1.6
    /// How much a negated content match counts as evidence of `shortcomings`.
    public var negatedToShortcomings: Double = 0.6
    /// Weight of a unit's own lexical score.
    public var ownWeight: Double = 1.0
    /// Weight of the enclosing heading's topic (its own lexical score) in a paragraph's content
    /// scores.
    public var headingWeight: Double = 0.55
    /// Weight of the topic (own lexical score) of the heading above the enclosing heading in a
    /// paragraph's content scores.
    public var grandHeadingWeight: Double = 0.25
    /// For shortcomings and plans, how strongly a heading that announces them carries over.
    public var structuralHeadingWeight: Double = 0.9
    /// Weight of the stronger neighbour's lexical score.
    public var neighbourWeight: Double = 0.15
    /// Weight of the mean of a heading's direct children's lexical scores, for the heading itself.
    public var childrenWeight: Double = 0.5
    /// Content scores are multiplied by this when the unit is tagged shortcomings or plans.
    public var structuralDamping: Double = 0.45
    /// A heading's own lexical score in a content category at or above this announces that
    /// topic: the audit reports a heading whose paragraphs never take up the topic it announces.
    public var topicThreshold: Double = 0.6
    /// Tag thresholds per category.
    public var thresholds: CategoryScores = CategoryScores([
        .study: 0.5, .discipline: 0.5, .memberDevelopment: 0.5, .massWork: 0.5, .shortcomings: 0.5, .plans: 0.5,
    ])

    /// Per category, the score one unit of a summary must reach before any unit of that summary
    /// keeps the category's tag (0: no such condition). Shortcomings and plans are sections a
    /// branch writes as a block — a 存在问题 list, a 下一步 plan, a meeting's requirements — so
    /// a summary that has one holds at least one unit that is plainly it; a lone weak score in
    /// the report of the year's work (一个“要”字 in a paragraph of achievements) is not a
    /// section. The unit keeps its score; only the tag goes. Trained with the thresholds by
    /// `scripts/train-tagger.py` (structural categories only: a content topic may fill a
    /// single paragraph).
    public var anchors: CategoryScores = CategoryScores()

    /// The learned part, when the model has one: per category, a logistic regression over
    /// ``Tagger``'s unit features, which then replaces the hand-set combination of evidence,
    /// headings and neighbours above (the lexical parameters still shape the `own.*` features).
    public var linear: LinearModel?

    /// A logistic regression per category over the tagger's feature vector: a unit's score is
    /// `1 / (1 + exp(-(bias + Σ weight·feature)))`.
    public struct LinearModel: Sendable, Hashable, Codable {
        /// The feature names, in vector order; they must equal the tagger's.
        public var features: [String]
        /// One weight per feature, per category (keyed by raw value).
        public var weights: [String: [Double]]
        /// The intercept per category (keyed by raw value).
        public var bias: [String: Double]

        /// A model over `features`.
        public init(features: [String], weights: [String: [Double]], bias: [String: Double]) {
            self.features = features
            self.weights = weights
            self.bias = bias
        }
    }

    /// The default, hand-tuned model.
    public init() {}

    /// The model shipped with the package: the defaults with `Resources/tagger-model.json` (the
    /// lexical values tuned earlier, the learned weights and thresholds of
    /// `scripts/train-tagger.py`) laid over them. Read once per process.
    ///
    /// - Throws: ``LexiconError`` naming the file (and every path tried) when it is missing or
    ///   malformed: a broken installation, never silently replaced by the hand-set defaults.
    public static func builtIn() throws(LexiconError) -> TaggerModel { try loadedBuiltIn.get() }

    private static let loadedBuiltIn: Result<TaggerModel, LexiconError> = {
        let file = "tagger-model.json"
        switch BuiltInResources.data(file) {
        case .failure(let missing):
            return .failure(.unreadable(file: missing.file, reason: missing.reason))
        case .success(let data):
            do {
                return .success(try TaggerModel(json: data))
            } catch {
                let path = (try? BuiltInResources.url(file).get().path) ?? file
                return .failure(.unreadable(file: path, reason: "the built-in tagger model is malformed: \(error)"))
            }
        }
    }()

    /// Reads a model from JSON (the keys are the property names; missing keys keep their defaults).
    public init(json: Data) throws {
        let defaults = try JSONSerialization.jsonObject(with: JSONEncoder().encode(TaggerModel())) as? [String: Any] ?? [:]
        guard let given = try JSONSerialization.jsonObject(with: json) as? [String: Any] else {
            throw Swift.DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "A tagger model is a JSON object."))
        }
        for key in given.keys where defaults[key] == nil && key != "linear" {
            throw Swift.DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Unknown tagger model key '\(key)'."))
        }
        let merged = defaults.merging(given) { $1 }
        self = try JSONDecoder().decode(TaggerModel.self, from: JSONSerialization.data(withJSONObject: merged))
    }
}
