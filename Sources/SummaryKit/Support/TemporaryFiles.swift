import CICU
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files this process is writing (``AtomicFile``'s and ``RecordSpool``'s), so that
/// an interrupt handler can remove them before the process exits: ``removeAll()`` only reads
/// fixed buffers and calls `unlink`, both safe inside a signal handler. The slot flags are read
/// and written with acquire/release atomics, so a handler never sees a half-copied path.
///
/// A path is copied into one of ``capacity`` fixed slots when it is added and the slot is freed
/// when it is removed; a path longer than a slot, or one added while every slot is taken, is not
/// tracked (it is still named `.NAME.summarykit-tmp-PID-XXXXXX`, so a leftover is recognisable).
///
/// A temporary names the process that made it, so that one left by a killed run (SIGKILL,
/// a crash) is removed by the next ``create(in:name:)`` for the same target once that
/// process is gone; a live process's temporaries and other targets' are never touched.
///
/// ```swift
/// TemporaryFiles.add(temporary)          // before writing to it
/// defer { TemporaryFiles.remove(temporary) }
/// // in a SIGINT handler: TemporaryFiles.removeAll(); _exit(130)
/// ```
package enum TemporaryFiles {
    /// How many paths can be tracked at once.
    package static let capacity = 32
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
    /// The handshake between threads creating temporaries and ``removeAll()``: `[0]` is set
    /// once ``removeAll()`` starts (the process is exiting), `[1]` counts the threads inside
    /// ``create(in:name:)``. Sequentially consistent, so that either a creator sees the flag and
    /// creates nothing, or ``removeAll()`` sees the creator and waits until its file is tracked.
    nonisolated(unsafe) private static let handshake: UnsafeMutablePointer<Int32> = {
        let words = UnsafeMutablePointer<Int32>.allocate(capacity: 2)
        words.initialize(repeating: 0, count: 2)
        return words
    }()
    private static let lock = NSLock()

    /// Starts tracking `path`.
    ///
    /// - Parameter path: The temporary file's path; at most 4095 UTF-8 bytes.
    /// - Returns: Whether it is tracked (false when it is too long or every slot is taken).
    @discardableResult
    package static func add(_ path: String) -> Bool {
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

    /// Creates `.NAME.summarykit-tmp-PID-XXXXXX` in `directory` (this process's id and a random
    /// suffix; mode 0666 less the umask), tracked from before it exists, so that no moment
    /// leaves an untracked temporary. First removes this target's temporaries whose process
    /// is no longer alive (``removeStale(in:name:)``).
    ///
    /// - Parameters:
    ///   - directory: The folder to create the file in.
    ///   - name: The final file's name, embedded in the temporary name.
    /// - Returns: The path and an open read-write descriptor, or nil with `errno` set (after
    ///   100 names that already exist, or on any other error of `open`).
    package static func create(in directory: String, name: String) -> (path: String, descriptor: Int32)? {
        removeStale(in: directory, name: name)
        // SIGINT and SIGTERM wait while this thread creates: a handler calling removeAll() here
        // would wait for this very thread. On another thread it waits until the file is tracked.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        sk_atomic_add_seq_i32(handshake + 1, 1)
        defer { sk_atomic_add_seq_i32(handshake + 1, -1) }
        if sk_atomic_load_seq_i32(handshake) != 0 {
            // removeAll() has run: the process is exiting, and a new file would outlive it.
            errno = EINTR
            return nil
        }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let prefix = directory + "/" + temporaryPrefix(for: name) + "\(getpid())-"
        for _ in 0..<100 {
            let suffix = String((0..<6).map { _ in letters[Int.random(in: 0..<letters.count)] })
            let path = prefix + suffix
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

    /// The start of every temporary's name for the target `name`: `.NAME.summarykit-tmp-`.
    package static func temporaryPrefix(for name: String) -> String { ".\(name).summarykit-tmp-" }

    /// Removes the temporaries of the target `name` in `directory` (`.NAME.summarykit-tmp-PID-…`)
    /// whose process `PID` no longer exists: leftovers of a run that was killed before it could
    /// clean up. Temporaries of live processes, of other targets, and files named otherwise are
    /// left alone.
    ///
    /// - Returns: The paths removed.
    @discardableResult
    package static func removeStale(in directory: String, name: String) -> [String] {
        let prefix = temporaryPrefix(for: name)
        guard let folder = opendir(directory) else { return [] }
        var stale = [String]()
        while let entry = readdir(folder) {
            let entryName = directoryEntryName(entry)
            guard entryName.hasPrefix(prefix) else { continue }
            let rest = entryName.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            // ESRCH: no such process. EPERM means it exists (someone else's).
            if kill(pid, 0) != 0, errno == ESRCH { stale.append(directory + "/" + entryName) }
        }
        closedir(folder)
        return stale.filter { unlink($0) == 0 }
    }

    /// Stops tracking `path` (after it was renamed or removed); does nothing when it is not
    /// tracked.
    ///
    /// - Parameter path: The path as it was added.
    package static func remove(_ path: String) {
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
    package static var paths: [String] {
        lock.withLock { (0..<capacity).filter { sk_atomic_load_i32(used + $0) == 1 }.map { String(cString: buffers + $0 * slotSize) } }
    }

    /// Unlinks every tracked file, after any ``create(in:name:)`` under way on another thread
    /// has finished (waiting at most two seconds); from then on ``create(in:name:)`` creates
    /// nothing. Async-signal-safe: takes no lock, allocates nothing, and only calls `nanosleep`
    /// and `unlink`.
    package static func removeAll() {
        sk_atomic_store_seq_i32(handshake, 1)
        var pause = timespec(tv_sec: 0, tv_nsec: 1_000_000)
        var waits = 0
        while sk_atomic_load_seq_i32(handshake + 1) != 0, waits < 2000 {
            nanosleep(&pause, nil)
            waits += 1
        }
        for slot in 0..<capacity where sk_atomic_load_i32(used + slot) == 1 {
            unlink(buffers + slot * slotSize)
        }
    }
}
