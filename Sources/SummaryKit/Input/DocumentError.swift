/// Why a file could not be turned into a ``Document``. Every case names the file.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes could not be read or decoded as text.
    case decoding(TextDecodingError)
    /// The file claims a container format (by extension or content) but is not a valid one.
    case corruptContainer(file: String, format: SourceFormat, reason: String)
    /// The container lacks the part that holds the text (`word/document.xml`).
    case missingPart(file: String, part: String)
    /// A part of the container is larger than the limit.
    case partTooLarge(file: String, part: String, bytes: UInt64, limit: Int)
    /// A part of the container is not well-formed XML.
    case malformedXML(file: String, part: String, line: Int, reason: String)
    /// The file is in a format the toolkit does not read (legacy `.doc`, PDF, images …).
    case unsupportedFormat(file: String, format: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case let .decoding(error): return error.file
        case let .corruptContainer(file, _, _), let .missingPart(file, _), let .partTooLarge(file, _, _, _),
             let .malformedXML(file, _, _, _), let .unsupportedFormat(file, _):
            return file
        }
    }

    /// A full sentence for the user, starting with the file, e.g.
    /// `a.pdf: PDF files are not supported; save it as .docx, .html or plain text.`
    public var description: String {
        switch self {
        case let .decoding(error):
            return error.description
        case let .corruptContainer(file, format, reason):
            let name: String
            switch format {
            case .docx: name = "Word .docx document"
            case .html: name = "HTML page"
            case .text: name = "text file"
            }
            return "\(file): the file is not a valid \(name) (\(reason))."
        case let .missingPart(file, part):
            return "\(file): the Word document has no \(part), so it holds no text to read."
        case let .partTooLarge(file, part, bytes, limit):
            return "\(file): \(part) unpacks to \(bytes) bytes, more than the limit of \(limit) bytes."
        case let .malformedXML(file, part, line, reason):
            return "\(file): \(part) is not well-formed XML (line \(line): \(reason))."
        case let .unsupportedFormat(file, format):
            return "\(file): \(format) files are not supported; save it as .docx, .html or plain text."
        }
    }
}
