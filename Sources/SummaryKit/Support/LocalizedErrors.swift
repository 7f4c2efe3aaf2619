import Foundation

// Every public error says what went wrong through `localizedDescription` too (what Foundation and
// most callers print), not only through `description`: before, `localizedDescription` read
// "The operation could not be completed. (SummaryKit.DocumentError error 0.)".

extension DocumentError: LocalizedError {
    /// The same sentence as ``description``: the file and the problem.
    public var errorDescription: String? { description }
}

extension TextDecodingError: LocalizedError {
    /// The same sentence as ``description``: the file and the problem.
    public var errorDescription: String? { description }
}

extension ChecklistError: LocalizedError {
    /// The same text as ``description``: the file and each problem with its line.
    public var errorDescription: String? { description }
}

extension LexiconError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension SegmentationError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension OutputError: LocalizedError {
    /// The same sentence as ``description``: the output and the problem.
    public var errorDescription: String? { description }
}

extension PartialResultError: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}

extension StatisticsFailure: LocalizedError {
    /// The same sentence as ``description``.
    public var errorDescription: String? { description }
}
