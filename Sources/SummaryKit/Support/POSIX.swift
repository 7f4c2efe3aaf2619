#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX `read` and `write` calls under names that no method shadows (`Output.write(_:)`,
/// `ProgressBar.write(_:)` would otherwise hide the C functions), so that no code has to name the
/// C library module (`Glibc.write`) and the package builds on Linux and macOS alike. Both are
/// async-signal-safe: signal handlers call ``write(_:_:_:)``.
package enum POSIX {
    /// `write(2)`: writes up to `count` bytes from `buffer` to `fd`.
    /// - Returns: The number of bytes written, or -1 with `errno` set.
    @inline(__always)
    package static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        _posixWrite(fd, buffer, count)
    }

    /// `read(2)`: reads up to `count` bytes from `fd` into `buffer`.
    /// - Returns: The number of bytes read (0 at the end), or -1 with `errno` set.
    @inline(__always)
    package static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        _posixRead(fd, buffer, count)
    }
}

// At file scope, `write` and `read` are the C library's functions.
@inline(__always)
private func _posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

@inline(__always)
private func _posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
