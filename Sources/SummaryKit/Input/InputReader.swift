import Foundation

/// The input stage: reads a file, or bytes that came from one, into an ``InputText``. Plain
/// text in any encoding ``TextDecoder`` accepts, Word `.docx` (the text of `word/document.xml`,
/// with its paragraph styles as layout hints) and saved `.html` pages (the text of their block
/// elements).
///
/// ```swift
/// let input = try InputReader().read(fileAt: "submissions/branch-07.docx")
/// input.format          // .docx
/// ```
///
/// `InputReader` is a `Sendable` value; share one across tasks.
public struct InputReader: Sendable {
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
    public func read(fileAt path: String) throws(DocumentError) -> InputText {
        try read(try fileBytes(path), origin: path)
    }

    /// The bytes of the file at `path`, at most the decoder's limit; an empty file is an error.
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

    /// Reads bytes that came from `origin` (a path or name, whose extension is a hint): the text
    /// (decoded, or extracted from `.docx`/`.html`), its format and the layout hints of a `.docx`.
    ///
    /// - Throws: ``DocumentError`` naming `origin`.
    public func read(_ bytes: [UInt8], origin: String) throws(DocumentError) -> InputText {
        let ext = (origin as NSString).pathExtension.lowercased()
        if Self.isZIP(bytes) {
            let extracted = try DocxExtractor(file: origin, limit: Self.maxDocumentXMLBytes).extract(bytes)
            return InputText(SourceText(extracted.text, encoding: "UTF-8", origin: origin), format: .docx, hints: extracted.hints)
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
            return InputText(SourceText(extracted, encoding: source.encoding, origin: origin), format: .html)
        }
        return InputText(source)
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
