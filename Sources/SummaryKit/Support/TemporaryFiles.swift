import CICU
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files this process is writing (``AtomicFile``'s and ``RecordSpool``'s), so that
/// an interrupt handler can remove them before the process exits: ``removeAll()`` only reads
/// fixed buffers and calls `unlink`, both safe inside a signal handler. The slot flags are read
/// and written with acquire/release atomics, so a handler never sees a half-copied path.
///
/// A path is copied into one of ``capacity`` fixed slots when it is added and the slot is freed
/// when it is removed; a path longer than a slot, or one added while every slot is taken, is not
/// tracked (it is still named `.NAME.tmp-XXXXXX`, so a leftover is recognisable).
///
/// ```swift
/// TemporaryFiles.add(temporary)          // before writing to it
/// defer { TemporaryFiles.remove(temporary) }
/// // in a SIGINT handler: TemporaryFiles.removeAll(); _exit(130)
/// ```
public enum TemporaryFiles {
    /// How many paths can be tracked at once.
    public static let capacity = 32
    static let slotSize = 4096
    nonisolated(unsafe) private static let buffers: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity * slotSize)
        buffer.initialize(repeating: 0, count: capacity * slotSize)
        return buffer
    }()
    nonisolated(unsafe) private static let used: UnsafeMutablePointer<Int32> = {
        let flags = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        flags.initialize(repeating: 0, count: capacity)
        return flags
    }()
    private static let lock = NSLock()

    /// Starts tracking `path`.
    ///
    /// - Parameter path: The temporary file's path; at most 4095 UTF-8 bytes.
    /// - Returns: Whether it is tracked (false when it is too long or every slot is taken).
    @discardableResult
    public static func add(_ path: String) -> Bool {
        let bytes = Array(path.utf8CString)
        guard bytes.count <= slotSize else { return false }
        return lock.withLock {
            for slot in 0..<capacity where sk_atomic_load_i32(used + slot) == 0 {
                let copied = bytes.withUnsafeBufferPointer { source -> Bool in
                    guard let base = source.baseAddress else { return false }
                    (buffers + slot * slotSize).update(from: base, count: source.count)
                    return true
                }
                if copied { sk_atomic_store_i32(used + slot, 1) }
                return copied
            }
            return false
        }
    }

    /// Creates `.NAME.tmp-XXXXXX` in `directory` (a random suffix; mode 0666 less the umask),
    /// tracked from before it exists, so that no moment leaves an untracked temporary.
    ///
    /// - Parameters:
    ///   - directory: The folder to create the file in.
    ///   - name: The final file's name, embedded in the temporary name.
    /// - Returns: The path and an open read-write descriptor, or nil with `errno` set (after
    ///   100 names that already exist, or on any other error of `open`).
    public static func create(in directory: String, name: String) -> (path: String, descriptor: Int32)? {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in 0..<100 {
            let suffix = String((0..<6).map { _ in letters[Int.random(in: 0..<letters.count)] })
            let path = directory + "/.\(name).tmp-" + suffix
            let tracked = add(path)
            let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (path, descriptor) }
            let error = errno
            if tracked { remove(path) }
            errno = error
            if error != EEXIST { return nil }
        }
        return nil
    }

    /// Stops tracking `path` (after it was renamed or removed); does nothing when it is not
    /// tracked.
    ///
    /// - Parameter path: The path as it was added.
    public static func remove(_ path: String) {
        lock.withLock {
            for slot in 0..<capacity where sk_atomic_load_i32(used + slot) == 1 {
                if String(cString: buffers + slot * slotSize) == path {
                    sk_atomic_store_i32(used + slot, 0)
                    return
                }
            }
        }
    }

    /// The tracked paths (for tests).
    public static var paths: [String] {
        lock.withLock { (0..<capacity).filter { sk_atomic_load_i32(used + $0) == 1 }.map { String(cString: buffers + $0 * slotSize) } }
    }

    /// Unlinks every tracked file. Async-signal-safe: takes no lock and allocates nothing.
    public static func removeAll() {
        for slot in 0..<capacity where sk_atomic_load_i32(used + slot) == 1 {
            unlink(buffers + slot * slotSize)
        }
    }
}
