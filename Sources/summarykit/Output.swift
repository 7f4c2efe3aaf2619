import Synchronization
import SummaryKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output that ends the process quietly when the reader goes away
/// (`summarykit segment … | head`).
final class Output: @unchecked Sendable {
    static let standard = Output(fd: 1)

    private let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends `bytes`; a large block is written straight through, without copying it into the buffer.
    func write(_ bytes: [UInt8]) {
        guard bytes.count >= 1 << 16 else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
            return
        }
        flush()
        bytes.withUnsafeBytes(writeAll)
    }

    func flush() {
        buffer.withUnsafeBytes(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte; on failure ends the process: quietly with 0 when the reader went away
    /// (EPIPE), else with 2 and the reason on standard error (`> /dev/full`: no space left on
    /// device), after removing the temporary files being written.
    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        var failure: Int32 = 0
        if let base = raw.baseAddress {
            var offset = 0
            while offset < raw.count {
                let n = POSIX.write(fd, base + offset, raw.count - offset)
                if n > 0 { offset += n; continue }
                if n < 0, errno == EINTR { continue }
                if n < 0, errno == EAGAIN {
                    // A non-blocking descriptor that is full: wait until it takes more.
                    var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                failure = n < 0 ? errno : EIO
                break
            }
        }
        guard failure != 0 else { return }
        TemporaryFiles.removeAll()
        if failure == EPIPE { exit(0) }
        let name = fd == 1 ? "<stdout>" : "descriptor \(fd)"
        let reason = String(cString: strerror(failure)).lowercased()
        var bytes = Array("summarykit: \(name): cannot write: \(reason).\n".utf8)
        _ = bytes.withUnsafeMutableBytes { POSIX.write(2, $0.baseAddress, $0.count) }
        exit(2)
    }

    /// Writes one line to standard error, prefixed with the command name.
    static func error(_ message: String) {
        standard.flush()
        let line = message.hasPrefix("summarykit") || message.hasPrefix("Error:") || message.hasPrefix("Usage:")
            ? message + "\n" : "summarykit: " + message + "\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { POSIX.write(2, $0.baseAddress, $0.count) }
    }
}

/// Values a command hands over just before the process exits, so that they are never freed:
/// the operating system takes back the whole heap at once, while releasing a large file's
/// results object by object costs tens of milliseconds.
enum ProcessEnd {
    private static let kept = Mutex<[any Sendable]>([])

    static func keepUntilExit(_ value: any Sendable) {
        kept.withLock { $0.append(value) }
    }
}
