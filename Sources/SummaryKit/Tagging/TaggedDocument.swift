/// A lexicon match quoted as evidence for a tag.
public struct Evidence: Sendable, Hashable, Codable {
    /// The concept's id.
    public var concept: String
    /// The lexicon form that matched.
    public var form: String
    /// The matched text as written.
    public var text: String
    /// 1-based line of the match's first character.
    public var line: Int
    /// UTF-8 byte offset into the document's text (`Document.source.text`) where the match starts.
    public var start: Int
    /// UTF-8 byte offset into the document's text just past the match's end (exclusive).
    public var end: Int
    /// Whether a negation or criticism cue stands in the same clause.
    public var negated: Bool
    /// The concept's category weights.
    public var categories: CategoryScores
}

/// The tagger's verdict on one unit of a document.
public struct TaggedUnit: Sendable, Hashable {
    /// Index of the unit in `Document.units`.
    public var unit: Int
    /// Scores in 0…1 for every category.
    public var scores: CategoryScores
    /// The unit's own lexicon evidence alone, before headings and neighbours, 0…1.
    public var lexicalScores: CategoryScores
    /// The categories whose score reached their threshold, in category order.
    public var tags: [Category]
    /// The lexicon matches inside the unit (the first ``Tagger/maxEvidence`` of them).
    public var evidence: [Evidence]
    /// How many lexicon matches the unit holds in all.
    public var matchCount: Int
}

/// A document with every unit scored and tagged.
public struct TaggedDocument: Sendable, Hashable {
    /// The document.
    public var document: Document
    /// One entry per unit of `document.units`, in the same order.
    public var units: [TaggedUnit]

    /// The tagged units of summary `index`.
    public func units(ofSummary index: Int) -> ArraySlice<TaggedUnit> {
        guard document.summaries.indices.contains(index) else { return [] }
        return units[document.summaries[index].units]
    }
}

extension Evidence {
    /// Whether this match counts towards `category`: a concept weighted for it, or, for
    /// `shortcomings`, any negated content match ("理论学习**不够深入**").
    public func supports(_ category: Category) -> Bool {
        if negated { return category == .shortcomings || (categories[category] > 0 && category.isStructural) }
        return categories[category] > 0
    }
}
