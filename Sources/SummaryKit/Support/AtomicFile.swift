import Foundation

/// Writes whole outputs so that an interrupted run leaves either the complete old file or the
/// complete new one: the bytes go to a temporary file in the same folder, which is then renamed
/// over the target. A device or FIFO at the path is written straight into, and a symbolic link
/// is followed to the file it names (``OutputFile``).
package enum AtomicFile {
    /// Writes `data` to `path` atomically.
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` naming the path when it cannot be
    ///   created, written, synced or renamed into place.
    package static func write(_ data: Data, to path: String) throws {
        let file = try OutputFile(path: path)
        var failure: OutputError?
        data.withUnsafeBytes { raw in
            do throws(OutputError) { try file.write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
        try file.commit()
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    package static func write(_ text: String, to path: String) throws {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.commit()
    }
}
