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
        var template = Array((directory + "/.\(url.lastPathComponent).tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw TextDecodingError.unreadable(file: path, reason: "cannot create a file in \(directory): \(FileReader.errnoMessage(errno))")
        }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
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
        fchmodFallback(temporary)
        guard ok, rename(temporary, path) == 0 else {
            let why = reason.isEmpty ? FileReader.errnoMessage(errno) : reason
            unlink(temporary)
            throw TextDecodingError.unreadable(file: path, reason: "cannot write the file: \(why)")
        }
    }

    /// mkstemp creates files readable by the owner only; give the report ordinary permissions.
    private static func fchmodFallback(_ path: String) {
        let mask = umask(0)
        umask(mask)
        chmod(path, 0o666 & ~mask)
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }
}
