import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that an interrupted run leaves either the complete old file or the complete
/// new one: the bytes go to a temporary file in the same folder, which is then renamed over
/// the target.
public enum AtomicFile {
    /// Writes `data` to `path` atomically.
    ///
    /// - Throws: ``TextDecodingError/unreadable(file:reason:)`` naming the path when the folder
    ///   cannot be written.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        // Tracked from before it exists, so that an interrupt handler can remove it.
        guard let (temporary, fd) = TemporaryFiles.create(in: directory, name: url.lastPathComponent) else {
            throw TextDecodingError.unreadable(file: path, reason: "cannot create a file in \(directory): \(FileReader.errnoMessage(errno))")
        }
        defer { TemporaryFiles.remove(temporary) }
        var ok = true
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    return
                }
                offset += n
            }
        }
        let reason = ok ? "" : FileReader.errnoMessage(errno)
        if ok { ok = fsync(fd) == 0 }
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let why = reason.isEmpty ? FileReader.errnoMessage(errno) : reason
            unlink(temporary)
            throw TextDecodingError.unreadable(file: path, reason: "cannot write the file: \(why)")
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
