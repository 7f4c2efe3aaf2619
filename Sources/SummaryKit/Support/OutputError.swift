/// Why an output (a report, a per-document file, standard output) could not be written. Every
/// case names the output, as the user gave it.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output cannot be created, written, flushed or put in place; `reason` is the operating
    /// system's (`no space left on device`, `permission denied` …).
    case unwritable(file: String, reason: String)

    /// The output the error is about.
    public var file: String {
        switch self {
        case let .unwritable(file, _): return file
        }
    }

    /// A full sentence for the user, starting with the output, e.g.
    /// `out/report.json: cannot write the file: no space left on device.`
    public var description: String {
        switch self {
        case let .unwritable(file, reason): return "\(file): cannot write the file: \(reason)."
        }
    }
}
