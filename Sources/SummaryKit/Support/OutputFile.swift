import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One output being written, without ever clobbering what is at its path.
///
/// - A regular file, or a path that does not exist yet, is written under a temporary name
///   beside it (``TemporaryFiles``: `.NAME.summarykit-tmp-PID-XXXXXX`) and renamed over it when
///   complete, so that it holds either its complete old contents or the complete new ones. An
///   existing file's permission bits are kept.
/// - Anything else that exists (a character or block device, a FIFO, `/dev/stdout`) is written
///   straight into, as a shell's `>` would, and stays what it is. A folder is refused.
/// - A symbolic link is followed to its target, and the target is written as above: the link
///   stays a link.
///
/// Every `write`, `fsync` and `close` is checked; a failure throws
/// ``OutputError/unwritable(file:reason:)`` naming the path as given, with the system's reason.
///
/// ```swift
/// try OutputFile.check("out/report.json")        // at start, before any work
/// let file = try OutputFile(path: "out/report.json")
/// try file.write("…")
/// try file.commit()                              // or discard(): the target is untouched
/// ```
package final class OutputFile {
    /// The path as given.
    package let path: String
    /// The path written: ``path`` with every symbolic link followed.
    package let target: String
    /// Whether the target is replaced by a rename (a regular file or a new one) rather than
    /// written straight into (a device or FIFO).
    package var replacesAtomically: Bool { temporary != nil }

    private var descriptor: Int32
    private let temporary: String?
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16

    /// Checks, before any work, that `path` can be written: its symbolic links resolve, it is
    /// not a folder, and a file can be created in its folder (or the device or FIFO there is
    /// writable). Removes this target's temporaries left by a killed run.
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` naming `path`.
    package static func check(_ path: String) throws(OutputError) {
        let (target, info) = try resolve(path)
        if let info, info.st_mode & S_IFMT != S_IFREG {
            if info.st_mode & S_IFMT == S_IFDIR { throw .unwritable(file: path, reason: "it is a directory") }
            if access(target, W_OK) != 0 { throw .unwritable(file: path, reason: FileReader.errnoMessage(errno)) }
            return
        }
        let (directory, name) = try split(target, path: path)
        guard let (probe, fd) = TemporaryFiles.create(in: directory, name: name) else {
            throw .unwritable(file: path, reason: "cannot create a file in \(directory): \(FileReader.errnoMessage(errno))")
        }
        close(fd)
        unlink(probe)
        TemporaryFiles.remove(probe)
    }

    /// Opens `path` for writing: a temporary beside a regular (or new) file, or the device or
    /// FIFO itself (opening a FIFO waits for a reader, as a shell's `>` does).
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` naming `path`.
    package init(path: String) throws(OutputError) {
        self.path = path
        let (target, info) = try Self.resolve(path)
        self.target = target
        if let info, info.st_mode & S_IFMT != S_IFREG {
            if info.st_mode & S_IFMT == S_IFDIR { throw .unwritable(file: path, reason: "it is a directory") }
            var fd: Int32
            repeat { fd = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY) } while fd < 0 && errno == EINTR
            if fd < 0 { throw .unwritable(file: path, reason: FileReader.errnoMessage(errno)) }
            descriptor = fd
            temporary = nil
        } else {
            let (directory, name) = try Self.split(target, path: path)
            guard let (temporary, fd) = TemporaryFiles.create(in: directory, name: name) else {
                throw .unwritable(file: path, reason: "cannot create a file in \(directory): \(FileReader.errnoMessage(errno))")
            }
            // The replaced file's permissions, not the umask's defaults.
            if let info { fchmod(fd, info.st_mode & 0o777) }
            descriptor = fd
            self.temporary = temporary
        }
        buffer.reserveCapacity(Self.bufferSize)
    }

    deinit { discard() }

    /// Appends `text` as UTF-8.
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when a write fails (the output is
    ///   then discarded).
    package func write(_ text: String) throws(OutputError) {
        var text = text
        var failure: OutputError?
        text.withUTF8 { bytes in
            do throws(OutputError) { try write(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends `bytes`.
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when a write fails (the output is
    ///   then discarded).
    package func write(_ bytes: [UInt8]) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { raw in
            do throws(OutputError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Appends the bytes at `bytes`.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard descriptor >= 0 else { throw .unwritable(file: path, reason: "the output is already closed") }
        if buffer.count + bytes.count <= Self.bufferSize {
            buffer.append(contentsOf: bytes)
            return
        }
        try flushBuffer()
        if bytes.count < Self.bufferSize {
            buffer.append(contentsOf: bytes)
        } else {
            try writeAll(bytes)
        }
    }

    /// Writes what is buffered, syncs, closes and, for a regular file, renames the temporary
    /// over the target.
    ///
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when any step fails; the temporary
    ///   is removed and the target keeps its old contents.
    package func commit() throws(OutputError) {
        guard descriptor >= 0 else { throw .unwritable(file: path, reason: "the output is already closed") }
        try flushBuffer()
        if fsync(descriptor) != 0 {
            let error = errno
            // Devices and FIFOs that cannot be synced (/dev/null, a pipe) have nothing to sync.
            if temporary != nil || ![EINVAL, EROFS, EOPNOTSUPP].contains(error) { try fail(error) }
        }
        let fd = descriptor
        descriptor = -1
        if close(fd) != 0, errno != EINTR { try fail(errno) }
        guard let temporary else { return }
        if rename(temporary, target) != 0 { try fail(errno) }
        TemporaryFiles.remove(temporary)
    }

    /// Closes the output and removes the temporary, leaving the target as it was; does
    /// nothing after ``commit()``.
    package func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
            if let temporary {
                unlink(temporary)
                TemporaryFiles.remove(temporary)
            }
        }
    }

    /// Throws the error for `code` after discarding the output (the temporary is removed
    /// even when the descriptor is already closed).
    private func fail(_ code: Int32) throws(OutputError) -> Never {
        discard()
        if let temporary {
            unlink(temporary)
            TemporaryFiles.remove(temporary)
        }
        throw .unwritable(file: path, reason: FileReader.errnoMessage(code))
    }

    private func flushBuffer() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        var failure: Int32 = 0
        buffer.withUnsafeBytes { raw in failure = Self.writeAll(raw, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        if failure != 0 { try fail(failure) }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        let failure = Self.writeAll(bytes, to: descriptor)
        if failure != 0 { try fail(failure) }
    }

    /// Writes every byte to `fd`, retrying after signals and waiting when a non-blocking
    /// descriptor is full.
    ///
    /// - Returns: 0, or the `errno` of the failed write.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let n = POSIX.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                let error = errno
                if error == EINTR { continue }
                if error == EAGAIN || error == EWOULDBLOCK {
                    var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                return error
            }
            if n == 0 { return EIO }
            offset += n
        }
        return 0
    }

    /// `path` with every symbolic link in its last component followed (at most 40), and what
    /// is there (nil when nothing is).
    static func resolve(_ path: String) throws(OutputError) -> (target: String, info: stat?) {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            if lstat(current, &info) != 0 {
                let error = errno
                if error == ENOENT { return (current, nil) }
                throw .unwritable(file: path, reason: FileReader.errnoMessage(error))
            }
            guard info.st_mode & S_IFMT == S_IFLNK else { return (current, info) }
            var link = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &link, link.count - 1)
            if count < 0 { throw .unwritable(file: path, reason: FileReader.errnoMessage(errno)) }
            let destination = String(decoding: link[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : split(current).directory + "/" + destination
        }
        throw .unwritable(file: path, reason: FileReader.errnoMessage(ELOOP))
    }

    /// The folder and the name of `target`, refusing a path that names no file.
    private static func split(_ target: String, path: String) throws(OutputError) -> (directory: String, name: String) {
        let parts = split(target)
        if parts.name.isEmpty || parts.name == "." || parts.name == ".." {
            throw .unwritable(file: path, reason: "the path does not name a file")
        }
        return parts
    }

    /// The folder (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }
}
