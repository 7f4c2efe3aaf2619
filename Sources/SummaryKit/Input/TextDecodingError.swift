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
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the file: \(reason)."
        case let .empty(file):
            return "\(file): the file is empty."
        case let .tooLarge(file, bytes, limit):
            return "\(file): the file has \(bytes) bytes, more than the limit of \(limit) bytes."
        case let .binary(file, offset):
            return "\(file): this looks like a binary file, not text (control byte at byte offset \(offset))."
        case let .invalidBytes(file, encoding, offset):
            return "\(file): the bytes are not valid \(encoding) (first bad byte at byte offset \(offset))."
        case let .undetectable(file, guess):
            let hint = guess.map { " (ICU's best guess, \($0), was not trusted)" } ?? ""
            return "\(file): the text encoding could not be recognised\(hint); name it with --encoding."
        case let .unknownEncoding(file, name):
            return "\(file): '\(name)' is not an encoding that ICU knows."
        }
    }
}
