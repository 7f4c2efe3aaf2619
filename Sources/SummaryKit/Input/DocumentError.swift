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
    /// `a.pdf: PDF files are not supported; save it as .docx, .html or plain text.` (from the
    /// English table of report strings; ``description(in:)`` in another language).
    public var description: String { ReportStrings(.en).describe(self) }

    /// The sentence in `language`.
    public func description(in language: ReportLanguage) -> String { ReportStrings(language).describe(self) }
}
