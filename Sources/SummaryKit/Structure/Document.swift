/// A decoded file as the rest of the toolkit sees it: summaries made of titles, headings,
/// paragraphs, web chrome and separators, each pointing at its exact bytes and lines.
///
/// For `.docx` and `.html` input, ``source`` holds the extracted text (one line per paragraph
/// or block) and every range refers to it.
///
/// ```swift
/// let document = DocumentReader().read(SourceText("一、加强学习\n支部坚持每月学习。"))
/// document.units.map(\.kind)          // [.heading, .paragraph]
/// document.text(of: document.units[0]) // "一、加强学习"
/// ```
public struct Document: Sendable, Hashable {
    /// The text all ranges refer to.
    public var source: SourceText
    /// The container the text came from.
    public var format: SourceFormat
    /// Every unit of the document in reading order.
    public var units: [TextUnit]
    /// The summaries the units belong to; there is always at least one.
    public var summaries: [Summary]
    /// Unfilled template slots (x村, 20xx年, XXX, 某某, ____ …), in text order.
    public var placeholders: [Placeholder]
    /// Language, title, years and kind of organisation.
    public var metadata: DocumentMetadata

    /// Creates a document from its parts.
    public init(source: SourceText, format: SourceFormat, units: [TextUnit], summaries: [Summary],
                placeholders: [Placeholder], metadata: DocumentMetadata) {
        self.source = source
        self.format = format
        self.units = units
        self.summaries = summaries
        self.placeholders = placeholders
        self.metadata = metadata
    }

    /// The exact text of `unit`: `source[utf8: unit.utf8Range]`.
    public func text(of unit: TextUnit) -> Substring {
        source[utf8: unit.utf8Range]
    }

    /// The units of `summary`, in order.
    public func units(of summary: Summary) -> ArraySlice<TextUnit> {
        units[summary.units]
    }
}
