/// The structure stage: builds a ``Document`` (summaries, titles, headings, paragraphs, chrome,
/// placeholders, metadata) from an ``InputText``. For convenience it also reads files and
/// bytes through its ``input`` reader.
///
/// ```swift
/// let reader = DocumentReader()
/// let document = try reader.read(fileAt: "Corpus/texts/zh-05-multi.txt")
/// document.summaries.count          // 3
/// document.units.filter { $0.kind == .heading }.count
/// ```
///
/// `DocumentReader` is a `Sendable` value; share one across tasks.
public struct DocumentReader: Sendable {
    /// The input stage it reads files and bytes with.
    public var input: InputReader

    /// The decoder for plain-text and HTML input.
    public var decoder: TextDecoder {
        get { input.decoder }
        set { input.decoder = newValue }
    }

    /// Creates a reader.
    ///
    /// - Parameter decoder: Decodes plain-text and HTML bytes (encoding detection, size limit).
    public init(decoder: TextDecoder = TextDecoder()) {
        self.input = InputReader(decoder: decoder)
    }

    /// Builds the structure of `input`: the structure stage proper.
    public func read(_ input: InputText) -> Document {
        let scalars = ScalarText(input.source)
        var parser = StructureParser(text: scalars, hints: input.hints)
        let (units, summaries) = parser.parse()
        let placeholders = PlaceholderScanner(text: scalars).scan()
        let metadata = MetadataDetector(text: scalars, units: units).detect()
        return Document(source: input.source, format: input.format, units: units, summaries: summaries,
                        placeholders: placeholders, metadata: metadata)
    }

    /// Reads the file at `path` (``InputReader/read(fileAt:)``) and builds its structure.
    ///
    /// - Throws: ``DocumentError`` naming the file.
    public func read(fileAt path: String) throws(DocumentError) -> Document {
        read(try input.read(fileAt: path))
    }

    /// Reads bytes that came from `origin` (a path or name, whose extension is a hint) and
    /// builds their structure.
    ///
    /// - Throws: ``DocumentError`` naming `origin`.
    public func read(_ bytes: [UInt8], origin: String) throws(DocumentError) -> Document {
        read(try input.read(bytes, origin: origin))
    }

    /// Builds the structure of already-decoded text.
    ///
    /// - Parameters:
    ///   - source: The text (for `.docx`/`.html`, the extracted text).
    ///   - format: Where the text came from, for reports.
    public func read(_ source: SourceText, format: SourceFormat = .text) -> Document {
        read(InputText(source, format: format))
    }
}
