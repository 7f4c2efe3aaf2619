/// One entry of a lexicon: a notion with its Chinese and English surface forms.
///
/// ```
/// [three-meetings-one-lesson]
/// categories = member_development:1.0, study:0.4
/// zh = 三会一课 | 三会一课制度
/// en = three sessions and one lesson | three meetings and one lesson
/// ```
public struct Concept: Sendable, Hashable, Codable {
    /// The concept's stable id, e.g. `three-meetings-one-lesson`.
    public var id: String
    /// The categories it is evidence for, each with a weight in (0, 1].
    public var weights: [Category: Double]
    /// Simplified Chinese forms (Traditional input reaches them through normalisation).
    public var chinese: [String]
    /// English forms in lower case; inflections are folded when matching.
    public var english: [String]
    /// Longer strings containing a form, in whose presence that form does not count.
    public var unless: [String]
    /// A disabled concept stays in the lexicon but never matches.
    public var isDisabled: Bool
    /// Where the concept was last defined: `file:line`.
    public var origin: String

    /// Creates a concept.
    public init(id: String, weights: [Category: Double], chinese: [String] = [], english: [String] = [],
                unless: [String] = [], isDisabled: Bool = false, origin: String = "") {
        self.id = id
        self.weights = weights
        self.chinese = chinese
        self.english = english
        self.unless = unless
        self.isDisabled = isDisabled
        self.origin = origin
    }

    /// The category with the largest weight (ties go to the earlier category).
    public var primaryCategory: Category? {
        weights.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key
    }
}
