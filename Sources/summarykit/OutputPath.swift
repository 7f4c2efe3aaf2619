import ArgumentParser
import SummaryKit

/// A command's output option (`-o/--output`, `--per-doc`, `--dump-features`): standard output
/// when absent or `-`, else a file written through ``OutputFile`` (a temporary renamed over a
/// regular file; a device or FIFO written straight into; a symbolic link's target replaced).
enum OutputPath {
    /// Whether `path` means standard output (none given, or `-`).
    static func isStandard(_ path: String?) -> Bool { path == nil || path == "-" }

    /// Checks, before any work, that every file among `paths` can be written, so that a run
    /// never ends by failing to write its result; exits 2 naming the first that cannot.
    static func check(_ paths: String?...) throws {
        for case let path? in paths where !isStandard(path) {
            do {
                try OutputFile.check(path)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
    }

    /// Writes `bytes` to `path` (standard output when it is nil or `-`, flushed).
    ///
    /// - Throws: ``OutputError`` naming the path when the file cannot be written; a failed
    ///   write to standard output ends the process with exit 2 and a message (``Output``).
    static func write(_ bytes: [UInt8], to path: String?) throws {
        if let path, !isStandard(path) {
            let file = try OutputFile(path: path)
            try file.write(bytes)
            try file.commit()
        } else {
            Output.standard.write(bytes)
            Output.standard.flush()
        }
    }

    /// Writes `text` as UTF-8 to `path` (standard output when it is nil or `-`).
    static func write(_ text: String, to path: String?) throws {
        try write(Array(text.utf8), to: path)
    }
}
