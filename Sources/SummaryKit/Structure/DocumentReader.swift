import Foundation

/// Reads files into ``Document`` values: plain text in any encoding ``TextDecoder`` accepts,
/// Word `.docx` and saved `.html` pages.
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
    /// The decoder for plain-text and HTML input.
    public var decoder: TextDecoder
    /// The largest `word/document.xml` accepted, unpacked: 64 MiB.
    public static let maxDocumentXMLBytes = 64 << 20

    /// Creates a reader.
    ///
    /// - Parameter decoder: Decodes plain-text and HTML bytes (encoding detection, size limit).
    public init(decoder: TextDecoder = TextDecoder()) {
        self.decoder = decoder
    }

    /// Reads the file at `path`, choosing the format by extension and by content.
    ///
    /// A ZIP file is read as `.docx` whatever its name; a file named `.docx` that is not a ZIP
    /// is refused; `.html`/`.htm` files and text that starts like markup are read as HTML.
    ///
    /// - Throws: ``DocumentError`` naming the file: unreadable or undecodable bytes, a corrupt
    ///   or unsupported container, a missing or oversized `word/document.xml`, malformed XML.
    public func read(fileAt path: String) throws(DocumentError) -> Document {
        try read(try fileBytes(path), origin: path)
    }

    func fileBytes(_ path: String) throws(DocumentError) -> [UInt8] {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.readFile(path, limit: decoder.maxBytes)
        } catch {
            throw .decoding(error)
        }
        if bytes.isEmpty { throw .decoding(.empty(file: path)) }
        return bytes
    }

    /// Reads bytes that came from `origin` (a path or name, whose extension is a hint).
    public func read(_ bytes: [UInt8], origin: String) throws(DocumentError) -> Document {
        let (source, format, hints) = try extract(bytes, origin: origin)
        return document(source, format: format, hints: hints)
    }

    /// The text of `bytes` (decoded, or extracted from `.docx`/`.html`), its format and the
    /// structure hints of a `.docx`.
    func extract(_ bytes: [UInt8], origin: String) throws(DocumentError) -> (SourceText, SourceFormat, [Int: LineHint]) {
        let ext = (origin as NSString).pathExtension.lowercased()
        if Self.isZIP(bytes) {
            let extracted = try DocxExtractor(file: origin, limit: Self.maxDocumentXMLBytes).extract(bytes)
            return (SourceText(extracted.text, encoding: "UTF-8", origin: origin), .docx, extracted.hints)
        }
        if ext == "docx" || ext == "docm" || ext == "dotx" {
            throw .corruptContainer(file: origin, format: .docx, reason: "it is not a ZIP archive")
        }
        if let format = Self.unsupportedFormat(bytes: bytes, ext: ext) {
            throw .unsupportedFormat(file: origin, format: format)
        }
        let source: SourceText
        do {
            source = try decoder.decode(bytes, origin: origin)
        } catch {
            throw .decoding(error)
        }
        if ext == "html" || ext == "htm" || ext == "xhtml" || HTMLExtractor.looksLikeHTML(source.text) {
            let extracted = HTMLExtractor.extract(source.text)
            return (SourceText(extracted, encoding: source.encoding, origin: origin), .html, [:])
        }
        return (source, .text, [:])
    }

    /// Builds the document structure of already-decoded text.
    ///
    /// - Parameters:
    ///   - source: The text (for `.docx`/`.html`, the extracted text).
    ///   - format: Where the text came from, for reports.
    public func read(_ source: SourceText, format: SourceFormat = .text) -> Document {
        document(source, format: format, hints: [:])
    }

    func document(_ source: SourceText, format: SourceFormat, hints: [Int: LineHint]) -> Document {
        let scalars = ScalarText(source)
        var parser = StructureParser(text: scalars, hints: hints)
        let (units, summaries) = parser.parse()
        let placeholders = PlaceholderScanner(text: scalars).scan()
        let metadata = MetadataDetector(text: scalars, units: units).detect()
        return Document(source: source, format: format, units: units, summaries: summaries,
                        placeholders: placeholders, metadata: metadata)
    }

    static func isZIP(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 0x03 || bytes[2] == 0x05) && (bytes[3] == 0x04 || bytes[3] == 0x06)
    }

    /// Formats recognised by signature or extension that the toolkit does not read.
    static func unsupportedFormat(bytes: [UInt8], ext: String) -> String? {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return "Legacy Word (.doc) or other OLE2" }
        if bytes.starts(with: Array("%PDF".utf8)) { return "PDF" }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return "RTF" }
        switch ext {
        case "doc": return "Legacy Word (.doc)"
        case "pdf": return "PDF"
        case "xls", "xlsx", "ppt", "pptx": return "Spreadsheet and presentation (.\(ext))"
        default: return nil
        }
    }
}
