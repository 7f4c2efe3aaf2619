import Foundation

/// Why a reference index could not be built, written or opened. Every case names the file.
public enum CopyIndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file cannot be opened, read or mapped; `reason` is the operating system's.
    case unreadable(file: String, reason: String)
    /// The file does not start with the index's magic bytes: it is not a reference index.
    case notAnIndex(file: String)
    /// The index was written by a format version this library does not read.
    case unsupportedVersion(file: String, found: Int, expected: Int)
    /// The index's fingerprints were made by another version of the normalisation
    /// (``CopyNormalizer/version``): they would not match this build's.
    case normalizerMismatch(file: String, found: Int, expected: Int)
    /// The file is shorter than its header says: it was cut off while written or copied.
    case truncated(file: String, expectedBytes: Int, foundBytes: Int)
    /// The file's header or tables contradict themselves (`reason` names the field).
    case corrupt(file: String, reason: String)
    /// A reference document is too long or there are too many of them for the format's 32-bit
    /// fields.
    case tooLarge(file: String, reason: String)

    /// The index file the error is about.
    public var file: String {
        switch self {
        case let .unreadable(file, _), let .notAnIndex(file), let .unsupportedVersion(file, _, _), let .normalizerMismatch(file, _, _),
             let .truncated(file, _, _), let .corrupt(file, _), let .tooLarge(file, _):
            return file
        }
    }

    /// A full sentence for the user, starting with the file, e.g.
    /// `refs.skidx: the reference index is truncated (1,024 of 4,096 bytes); build it again.`
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the reference index: \(reason)."
        case let .notAnIndex(file):
            return "\(file): not a summarykit reference index (wrong magic bytes)."
        case let .unsupportedVersion(file, found, expected):
            return "\(file): the reference index has format version \(found); this summarykit reads version \(expected). Build it again."
        case let .normalizerMismatch(file, found, expected):
            return "\(file): the reference index was built with normaliser version \(found); this summarykit normalises with version \(expected). Build it again."
        case let .truncated(file, expected, found):
            return "\(file): the reference index is truncated (\(found) of \(expected) bytes); build it again."
        case let .corrupt(file, reason):
            return "\(file): the reference index is damaged (\(reason)); build it again."
        case let .tooLarge(file, reason):
            return "\(file): cannot build the reference index: \(reason)."
        }
    }
}

extension CopyIndexError: LocalizedError {
    /// The same sentence as ``description``: the file and the problem.
    public var errorDescription: String? { description }
}
