#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a descriptor (standard input, a pipe, a file) one line at a time without ever holding
/// more than `limit` bytes of a line: a longer line is reported as ``Line/tooLong(number:bytes:)``,
/// either at once (``Mode/stop``) or after its remaining bytes were read and dropped
/// (``Mode/skip``), so that memory stays bounded whatever arrives, `/dev/zero` included.
///
/// Lines end at `\n`; the `\n` is not part of the line. A last line without `\n` counts.
///
/// ```swift
/// let reader = LineReader(fd: 0, name: "<stdin>", limit: 4096, mode: .stop)
/// while let line = try reader.next() { … }
/// ```
package final class LineReader {
    /// What to do with a line over the limit.
    package enum Mode: Sendable {
        /// Report it as soon as the limit is passed; the caller stops reading.
        case stop
        /// Drop its bytes up to the next line break, then report it; reading can go on.
        case skip
    }

    /// One line.
    package enum Line: Sendable, Hashable {
        /// A line within the limit: its 1-based number and bytes (without the `\n`).
        case text(number: Int, bytes: [UInt8])
        /// A line over the limit: its number and the bytes seen of it (all of them in
        /// ``Mode/skip``; just over the limit in ``Mode/stop``).
        case tooLong(number: Int, bytes: Int)
    }

    /// The name for messages (`<stdin>`, a path).
    package let name: String
    /// The most bytes a line may hold.
    package let limit: Int
    /// What happens to a longer line.
    package let mode: Mode
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEnd = false
    private var number = 0

    /// A reader of `fd`, which stays open when the reader goes away.
    ///
    /// - Parameters:
    ///   - fd: The descriptor (0 for standard input).
    ///   - name: The input's name for messages.
    ///   - limit: The most bytes a line may hold (at least 1).
    ///   - mode: Stop at a longer line, or skip it.
    package init(fd: Int32, name: String, limit: Int, mode: Mode) {
        self.fd = fd
        self.name = name
        self.limit = max(1, limit)
        self.mode = mode
        ownsDescriptor = false
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    /// A reader of the regular file (or FIFO) at `path`, closed when the reader goes away.
    ///
    /// - Throws: ``TextDecodingError/unreadable(file:reason:)`` when it does not exist, is a
    ///   folder, or cannot be opened.
    package init(fileAt path: String, limit: Int, mode: Mode) throws(TextDecodingError) {
        var info = stat()
        if stat(path, &info) != 0 { throw .unreadable(file: path, reason: FileReader.errnoMessage(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { throw .unreadable(file: path, reason: "it is a directory") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(file: path, reason: FileReader.errnoMessage(errno)) }
        self.fd = fd
        name = path
        self.limit = max(1, limit)
        self.mode = mode
        ownsDescriptor = true
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    /// The next line, or nil at the end of the input.
    ///
    /// - Throws: ``TextDecodingError/unreadable(file:reason:)`` when reading fails.
    package func next() throws(TextDecodingError) -> Line? {
        var line = [UInt8]()
        var seen = 0
        var over = false
        while true {
            if start == end {
                if atEnd { break }
                try fill()
                if start == end { break }
            }
            let stop = buffer.withUnsafeBufferPointer { b -> Int? in
                guard let base = b.baseAddress, let hit = memchr(base + start, 0x0A, end - start) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            let segmentEnd = stop ?? end
            let length = segmentEnd - start
            seen += length
            if !over {
                if seen > limit {
                    over = true
                    line = []
                    if mode == .stop {
                        number += 1
                        start = segmentEnd
                        return .tooLong(number: number, bytes: seen)
                    }
                } else {
                    // Grow by doubling, but never past the limit: the buffer of a line stays
                    // within `limit` bytes of capacity.
                    if line.capacity < seen { line.reserveCapacity(min(limit, max(seen, line.capacity * 2))) }
                    line.append(contentsOf: buffer[start..<segmentEnd])
                }
            }
            if let stop {
                start = stop + 1
                number += 1
                return over ? .tooLong(number: number, bytes: seen) : .text(number: number, bytes: line)
            }
            start = end
        }
        if seen == 0, !over { return nil }
        number += 1
        return over ? .tooLong(number: number, bytes: seen) : .text(number: number, bytes: line)
    }

    private func fill() throws(TextDecodingError) {
        start = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: FileReader.errnoMessage(errno))
            }
            if count == 0 { atEnd = true }
            end = count
            return
        }
    }

    /// `bytes` as a short size for messages: `64 MiB`, `4 KiB`, `512 bytes`.
    package static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
