/// What the input stage hands to the structure stage: the text of a file (decoded, or
/// extracted from a `.docx` or `.html` container), the container's format, and the layout the
/// container stated (a `.docx` paragraph's Title, Heading or list style) by line.
///
/// ```swift
/// let input = try InputReader().read(fileAt: "Corpus/texts/zh-05-multi.txt")
/// input.format                 // .text
/// input.source.encoding        // "UTF-8"
/// let document = DocumentReader().read(input)
/// ```
public struct InputText: Sendable {
    /// The text, with its encoding and origin.
    public let source: SourceText
    /// The container it came from.
    public let format: SourceFormat
    /// Layout stated by the container, by 1-based line number of ``source``: what a `.docx`
    /// paragraph style says a line is. Empty for plain text and HTML.
    package let hints: [Int: LineHint]

    /// Text already in memory, as if read from a file of `format`, with no layout hints.
    public init(_ source: SourceText, format: SourceFormat = .text) {
        self.init(source, format: format, hints: [:])
    }

    package init(_ source: SourceText, format: SourceFormat, hints: [Int: LineHint]) {
        self.source = source
        self.format = format
        self.hints = hints
    }
}

/// The container a ``Document`` was read from.
public enum SourceFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text in any encoding ``TextDecoder`` accepts.
    case text
    /// A Word `.docx` file (Office Open XML); the text is that of `word/document.xml`.
    case docx
    /// A saved web page (`.html`, `.htm`); the text is that of its block elements.
    case html
}

/// A structure hint for one line of extracted text (from Word styles and numbering).
package enum LineHint: Sendable, Hashable {
    /// A paragraph in the Title style.
    case title
    /// A paragraph in a heading style (level 1 is outermost).
    case heading(level: Int)
    /// A paragraph of a numbered or bulleted list (level 1 is outermost).
    case listItem(level: Int)
}

