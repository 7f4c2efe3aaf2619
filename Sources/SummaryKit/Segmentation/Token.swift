/// One segment of a text: a word, a number, a domain term, or (on request) punctuation and space.
///
/// Offsets always refer to the original decoded text, whatever normalisation the segmenter
/// applied, so `source[utf8: token.utf8Range]` is the token's text as written.
public struct Token: Sendable, Hashable {
    /// What kind of segment this is, from ICU's word rule status.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Han characters (ICU status 400–499).
        case ideographic
        /// Letters of alphabetic scripts (200–299).
        case letter
        /// Numbers (100–199).
        case number
        /// Kana (300–399).
        case kana
        /// Punctuation and symbols (status below 100, not white space).
        case punctuation
        /// White space and line breaks (status below 100).
        case whitespace
        /// Any other status.
        case other

        /// Whether the segment is a word in the sense of ICU's word-like segments.
        public var isWordLike: Bool {
            switch self {
            case .ideographic, .letter, .number, .kana, .other: return true
            case .punctuation, .whitespace: return false
            }
        }
    }

    /// UTF-8 byte offsets into the decoded text.
    public var utf8Range: Range<Int>
    /// The same range as `String` indices into ``SourceText/text``.
    public var range: Range<String.Index>
    /// 1-based line of the token's first character.
    public var line: Int
    /// The segment's kind.
    public var kind: Kind
    /// Whether the term layer produced this token (several ICU segments merged, or one segment
    /// that is itself a dictionary term).
    public var isTerm: Bool

    /// Creates a token.
    public init(utf8Range: Range<Int>, range: Range<String.Index>, line: Int, kind: Kind, isTerm: Bool = false) {
        self.utf8Range = utf8Range
        self.range = range
        self.line = line
        self.kind = kind
        self.isTerm = isTerm
    }
}
