/// One occurrence of a lexicon form in a text.
///
/// A match refers to its concept and form by index, so that finding matches allocates nothing
/// per match; ``KeywordMatcher/concept(of:)`` and ``KeywordMatcher/form(of:)`` resolve them.
public struct Match: Sendable, Hashable {
    /// Index of the concept in ``KeywordMatcher/lexicon``'s `concepts`.
    public var concept: Int
    /// Index of the form in ``KeywordMatcher/forms``.
    public var form: Int
    /// UTF-8 byte offsets into the original text.
    public var utf8Range: Range<Int>
    /// 1-based line of the match's first character.
    public var line: Int
    /// Whether a negation or criticism cue stands in the same clause ("理论学习不够深入").
    public var isNegated: Bool

    /// Creates a match.
    public init(concept: Int, form: Int, utf8Range: Range<Int>, line: Int, isNegated: Bool) {
        self.concept = concept
        self.form = form
        self.utf8Range = utf8Range
        self.line = line
        self.isNegated = isNegated
    }
}

/// A surface form of a concept, as compiled into the matcher.
public struct LexiconForm: Sendable, Hashable, Codable {
    /// Which language's matcher the form belongs to.
    public enum Script: String, Sendable, Hashable, Codable {
        /// A Chinese form, matched on normalised characters (not on ICU tokens).
        case chinese
        /// An English form, matched on ICU words with inflections folded.
        case english
    }
    /// The form as written in the lexicon.
    public var text: String
    /// Index of its concept.
    public var concept: Int
    /// Chinese forms match on characters; English ones on ICU words with inflections folded.
    public var script: Script
}
