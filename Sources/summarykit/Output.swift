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

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                // EPIPE and friends: nobody is reading any more.
                exit(errno == EPIPE ? 0 : 2)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes one line to standard error, prefixed with the command name.
    static func error(_ message: String) {
        standard.flush()
        let line = message.hasPrefix("summarykit") || message.hasPrefix("Error:") || message.hasPrefix("Usage:")
            ? message + "\n" : "summarykit: " + message + "\n"
        var bytes = Array(line.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress!, $0.count) }
    }
}
