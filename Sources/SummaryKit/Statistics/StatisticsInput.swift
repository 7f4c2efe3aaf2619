/// One input of a statistics run: a file to read, or a text that came on a JSON Lines stream.
public enum StatisticsInput: Sendable, Hashable {
    /// A file (`.txt` in any supported encoding, `.docx`, `.html`).
    case file(path: String)
    /// A text with its id (`--jsonl`: `{"id": …, "text": …}`).
    case text(id: String, text: String)
    /// An input that could not even be parsed (a bad JSONL line); counted as a failure.
    case invalid(StatisticsFailure)

    /// The path or id, which names the input in records, failures and shard selection.
    public var id: String {
        switch self {
        case let .file(path): return path
        case let .text(id, _): return id
        case let .invalid(failure): return failure.id
        }
    }
}

extension StatisticsInput {
    /// The longest JSON Lines record (`stats --jsonl`), in bytes: twice the document limit
    /// (``TextDecoder/defaultMaxBytes``; Chinese text escaped as `\uXXXX` takes twice its UTF-8
    /// size) plus 1 MiB for the id and the syntax, 129 MiB. Its text must also fit the
    /// document limit, as a file must.
    public static let maxRecordBytes = 2 * TextDecoder.defaultMaxBytes + (1 << 20)
    /// The longest line of a file list (`--files-from`), in bytes: 4096, the longest path Linux
    /// accepts.
    public static let maxFileListLineBytes = 4096
    /// The most bytes of a file list in all: 256 MiB (millions of paths).
    public static let maxFileListBytes = 256 << 20
}

/// Why an input produced no records.
public enum FailureReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file does not exist or cannot be read.
    case unreadable
    /// The file holds no bytes (or the JSONL text is empty).
    case empty
    /// The file is over the size limit.
    case tooLarge = "too_large"
    /// The bytes are binary, not text.
    case binary
    /// The bytes are not valid in their encoding, or no encoding fits them.
    case undecodable
    /// A `.docx` that is not a valid Word document, or malformed XML inside it.
    case corruptContainer = "corrupt_container"
    /// A format the toolkit does not read (PDF, legacy .doc …).
    case unsupportedFormat = "unsupported_format"
    /// A JSON Lines record that is not `{"id": string, "text": string}`.
    case invalidRecord = "invalid_record"
    /// ICU failed on the text.
    case segmentation
}

/// An input that produced no records: its id, why, and the full message.
public struct StatisticsFailure: Error, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The path or id.
    public var id: String
    /// The kind of failure.
    public var reason: FailureReason
    /// A full sentence naming the input.
    public var message: String

    /// Creates a failure.
    ///
    /// - Parameters:
    ///   - id: The path or id.
    ///   - reason: The kind of failure.
    ///   - message: A full sentence naming the input.
    public init(id: String, reason: FailureReason, message: String) {
        self.id = id
        self.reason = reason
        self.message = message
    }

    /// The failure for an error thrown while reading or analysing the input `id`.
    ///
    /// - Parameters:
    ///   - id: The path or id.
    ///   - error: The error; its description becomes the message, and a ``DocumentError``,
    ///     ``TextDecodingError`` or ``SegmentationError`` gives the reason (`unreadable` for
    ///     any other error).
    public init(id: String, error: any Error) {
        self.id = id
        message = "\(error)"
        switch error {
        case let error as DocumentError: reason = Self.reason(of: error)
        case let error as TextDecodingError: reason = Self.reason(of: error)
        case is SegmentationError: reason = .segmentation
        default: reason = .unreadable
        }
    }

    static func reason(of error: DocumentError) -> FailureReason {
        switch error {
        case let .decoding(inner): return reason(of: inner)
        case .corruptContainer, .missingPart, .malformedXML, .partTooLarge: return .corruptContainer
        case .unsupportedFormat: return .unsupportedFormat
        }
    }

    static func reason(of error: TextDecodingError) -> FailureReason {
        switch error {
        case .unreadable: return .unreadable
        case .empty: return .empty
        case .tooLarge: return .tooLarge
        case .binary: return .binary
        case .invalidBytes, .undetectable, .unknownEncoding: return .undecodable
        }
    }

    /// The ``message``.
    public var description: String { message }

    /// Orders failures by id, then reason, then message: the order of
    /// ``CorpusStatistics/failures``.
    public static func < (a: StatisticsFailure, b: StatisticsFailure) -> Bool {
        (a.id, a.reason.rawValue, a.message) < (b.id, b.reason.rawValue, b.message)
    }
}
