/// Why an input could not be read or decoded. Every case names the input.
public enum TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist, is not readable, or is not a regular file.
    case unreadable(file: String, reason: String)
    /// The file holds no bytes.
    case empty(file: String)
    /// The file is larger than the configured limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The bytes look like a binary file (control bytes that no text encoding produces).
    case binary(file: String, offset: Int)
    /// The bytes are not valid in the encoding they were read as.
    case invalidBytes(file: String, encoding: String, offset: Int)
    /// No supported text encoding fits the bytes.
    case undetectable(file: String, guess: String?)
    /// `--encoding` named a converter ICU does not know.
    case unknownEncoding(file: String, name: String)

    /// The input the error is about.
    public var file: String {
        switch self {
        case let .unreadable(file, _), let .empty(file), let .tooLarge(file, _, _), let .binary(file, _),
             let .invalidBytes(file, _, _), let .undetectable(file, _), let .unknownEncoding(file, _):
            return file
        }
    }

    /// A full sentence for the user, starting with the file, e.g. `a.txt: the file is empty.`
    /// (from the English table of report strings; ``description(in:)`` in another language).
    public var description: String { ReportStrings(.en).describe(self) }

    /// The sentence in `language`, e.g. `a.txt：文件是空的。`
    public func description(in language: ReportLanguage) -> String { ReportStrings(language).describe(self) }
}
