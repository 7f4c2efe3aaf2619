/// What a ``TextUnit`` of a document is.
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The title of a summary or of the page (…工作总结, "Summary of the work of …").
    case title
    /// A section heading (一、…, （一）…, "First, …", "1. …" standing alone or run into its text).
    case heading
    /// Body text: a paragraph, or one item of an inline enumeration.
    case paragraph
    /// Web chrome: breadcrumbs, share lines, lead-ins, view counts, link lists, stray numbers.
    /// Kept in the tree, excluded from scoring.
    case boilerplate
    /// A marker that only divides summaries (【篇一】, 第1篇, 范文(一), [Part One]).
    case separator
}

/// One structural unit of a ``Document``, pointing at its exact bytes and lines.
public struct TextUnit: Sendable, Hashable {
    /// What the unit is.
    public var kind: UnitKind
    /// The unit's bytes in `document.source.text`, trimmed of surrounding white space. For a
    /// joined hard-wrapped paragraph it spans first to last line, line breaks included.
    public var utf8Range: Range<Int>
    /// The 1-based lines the unit spans.
    public var lines: ClosedRange<Int>
    /// The heading level (1 is outermost) for headings; 0 for every other kind.
    public var level: Int
    /// The enumeration or heading marker the unit starts with ("一、", "（1）", "First,", "1."), if any.
    public var marker: String?
    /// The index in `Document.units` of the nearest enclosing heading, if any.
    public var heading: Int?
    /// The index in `Document.summaries` of the summary the unit belongs to.
    public var summary: Int

    /// Creates a unit.
    public init(kind: UnitKind, utf8Range: Range<Int>, lines: ClosedRange<Int>, level: Int = 0,
                marker: String? = nil, heading: Int? = nil, summary: Int = 0) {
        self.kind = kind
        self.utf8Range = utf8Range
        self.lines = lines
        self.level = level
        self.marker = marker
        self.heading = heading
        self.summary = summary
    }

    /// Whether the unit counts for scoring (not chrome, not a separator).
    public var isContent: Bool { kind == .heading || kind == .paragraph }
}
