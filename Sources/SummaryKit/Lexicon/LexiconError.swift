/// Problems with lexicon and polarity files. Every case names the file and line.
public enum LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A line that the format does not allow.
    case malformed(file: String, line: Int, text: String, reason: String)
    /// The file could not be read or decoded.
    case unreadable(file: String, reason: String)

    /// A message for the user: `file:line: reason: 'text'.` or `file: cannot read the lexicon: reason`.
    public var description: String {
        switch self {
        case let .malformed(file, line, text, reason):
            return "\(file):\(line): \(reason): '\(text)'."
        case let .unreadable(file, reason):
            return "\(file): cannot read the lexicon: \(reason)"
        }
    }
}
