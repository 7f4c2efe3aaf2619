#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls, so that every failure maps to a precise message.
enum FileReader {
    /// Reads the file at `path`, refusing directories, devices, pipes and files over `limit` bytes.
    static func readFile(_ path: String, limit: Int) throws(TextDecodingError) -> [UInt8] {
        var info = stat()
        if stat(path, &info) != 0 {
            throw .unreadable(file: path, reason: errnoMessage(errno))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw .unreadable(file: path, reason: "it is a directory") }
        if type != S_IFREG { throw .unreadable(file: path, reason: "it is not a regular file") }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(file: path, bytes: size, limit: limit) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw .unreadable(file: path, reason: errnoMessage(errno)) }
        defer { close(fd) }
        return try readAll(fd: fd, name: path, limit: limit, sizeHint: size)
    }

    /// Reads a descriptor to its end (standard input, pipes).
    static func readAll(fd: Int32, name: String, limit: Int, sizeHint: Int = 0) throws(TextDecodingError) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(max(sizeHint, 4096))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { POSIX.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: errnoMessage(errno))
            }
            if count == 0 { break }
            if bytes.count + count > limit {
                throw .tooLarge(file: name, bytes: bytes.count + count, limit: limit)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    static func errnoMessage(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case EISDIR: return "it is a directory"
        case ENOTDIR: return "a part of the path is not a directory"
        case ENAMETOOLONG: return "the path is too long"
        default:
            guard let text = strerror(code) else { return "error \(code)" }
            return String(cString: text).lowercased()
        }
    }
}
