import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The state of a ``ReferenceIndexBuilder`` that builds an index larger than memory (#19):
/// document ids and texts go to a temporary strings file as they are added, and fingerprint
/// records to a bounded buffer that is sorted and appended to a temporary runs file as a sorted
/// run whenever it fills. Writing the index k-way-merges the runs (a heap of one cursor per run)
/// and streams the header, records, stock phrases, document table and strings into the output
/// through ``OutputFile`` (a temporary beside it, renamed into place), so that memory holds the
/// record buffer, a read buffer per run and 16 bytes per document, whatever the index's size.
///
/// The file is byte for byte the one ``ReferenceIndexBuilder/data(name:)`` lays out: records
/// are compared by (hash, document, position), the same order as its `records.sorted()`, and
/// records that compare equal are equal bytes.
///
/// Both temporaries are created beside the index (``TemporaryFiles``: tracked from before they
/// exist, so an interrupt removes them, and `.NAME.summarykit-tmp-PID-…`, so that a killed run's
/// are removed by the next) and removed by ``discard()`` or when the spill is released.
final class ReferenceIndexSpill: @unchecked Sendable {
    // Every mutable field is read and written under `lock`.
    typealias Record = ReferenceIndexBuilder.Record

    /// The index path as given, which errors name.
    let target: String
    private let runs: SpillFile
    private let strings: SpillFile
    /// How many records the buffer holds before it is sorted and written as a run.
    let bufferCapacity: Int
    private var buffer: [Record] = []
    /// The runs in the runs file: first record and count.
    private var runBounds: [(start: Int, count: Int)] = []
    private var idLengths: [UInt32] = []
    private var textLengths: [UInt32] = []
    private var characterCounts: [UInt32] = []
    private var fingerprintCounts: [UInt32] = []
    private(set) var recordCount = 0
    private var stringsLength = 0
    /// The first document too long for the format's 32-bit lengths.
    private var tooLong: String?
    /// The first failure to write a temporary; later documents are counted but not written.
    private var failure: OutputError?
    private let lock = NSLock()

    /// The bytes a record takes in a run and in the index.
    static let recordBytes = ReferenceIndex.recordSize

    /// Creates the two temporaries beside `target` (in the temporary folder when `target` is a
    /// device or FIFO).
    ///
    /// - Parameters:
    ///   - target: The index file that will be written; errors name it.
    ///   - bufferBytes: The memory for records before a run is written (at least one record).
    /// - Throws: ``OutputError/unwritable(file:reason:)`` naming `target` when its folder is
    ///   not writable.
    init(near target: String, bufferBytes: Int) throws(OutputError) {
        self.target = target
        let place = (try? OutputFile.resolve(target)) ?? (target: target, info: nil)
        var directory = OutputFile.split(place.target).directory
        var name = OutputFile.split(place.target).name
        if let info = place.info, info.st_mode & S_IFMT != S_IFREG {
            // A device's folder (/dev) is no place for a spill.
            directory = NSTemporaryDirectory().hasSuffix("/") ? String(NSTemporaryDirectory().dropLast()) : NSTemporaryDirectory()
            name = "summarykit-index"
        }
        // Runs are written in pieces of up to 1 MB already: unbuffered.
        let runs = try SpillFile(in: directory, name: name, target: target, bufferSize: 0)
        do {
            strings = try SpillFile(in: directory, name: name, target: target, bufferSize: 1 << 20)
        } catch {
            runs.remove()
            throw error
        }
        self.runs = runs
        bufferCapacity = max(1, bufferBytes / MemoryLayout<Record>.stride)
    }

    deinit { discard() }

    /// The temporaries' paths (for tests).
    var temporaryPaths: [String] { [runs.path, strings.path] }

    /// The number of documents added.
    var documentCount: Int { lock.withLock { idLengths.count } }

    /// The number of sorted runs written to the runs file so far.
    var runCount: Int { lock.withLock { runBounds.count } }

    /// Appends a document: its id and text to the strings file, its records to the buffer.
    func append(id: String, text: String, characters: Int, fingerprints: [Fingerprint]) {
        lock.withLock {
            let document = UInt32(truncatingIfNeeded: idLengths.count)
            var id = id
            var text = text
            let idLength = id.utf8.count
            let textLength = text.utf8.count
            if tooLong == nil, idLength >= Int(UInt32.max) || textLength >= Int(UInt32.max) { tooLong = "\(id) is 4 GB or longer" }
            idLengths.append(UInt32(truncatingIfNeeded: idLength))
            textLengths.append(UInt32(truncatingIfNeeded: textLength))
            characterCounts.append(UInt32(truncatingIfNeeded: characters))
            fingerprintCounts.append(UInt32(truncatingIfNeeded: fingerprints.count))
            stringsLength += idLength + textLength
            recordCount += fingerprints.count
            guard failure == nil else { return }
            do {
                try id.withUTF8 { try strings.append(UnsafeRawBufferPointer($0)) }
                try text.withUTF8 { try strings.append(UnsafeRawBufferPointer($0)) }
                for fingerprint in fingerprints {
                    buffer.append(Record(hash: fingerprint.hash, document: document, position: UInt32(truncatingIfNeeded: fingerprint.position)))
                    if buffer.count >= bufferCapacity { try writeRun() }
                }
            } catch {
                failure = (error as? OutputError) ?? .unwritable(file: target, reason: "\(error)")
                buffer = []
            }
        }
    }

    /// Sorts the buffer and appends it to the runs file as one run.
    private func writeRun() throws {
        guard !buffer.isEmpty else { return }
        buffer.sort()
        let start = runs.length / Self.recordBytes
        var bytes = [UInt8](repeating: 0, count: min(buffer.count, 1 << 16) * Self.recordBytes)
        var i = 0
        while i < buffer.count {
            let n = min(buffer.count - i, bytes.count / Self.recordBytes)
            bytes.withUnsafeMutableBytes { raw in
                for k in 0..<n { Self.encode(buffer[i + k], into: raw, at: k * Self.recordBytes) }
            }
            try bytes.withUnsafeBytes { raw in try runs.append(UnsafeRawBufferPointer(rebasing: raw[0..<(n * Self.recordBytes)])) }
            i += n
        }
        runBounds.append((start, buffer.count))
        buffer.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    static func encode(_ record: Record, into raw: UnsafeMutableRawBufferPointer, at offset: Int) {
        raw.storeBytes(of: record.hash.littleEndian, toByteOffset: offset, as: UInt64.self)
        raw.storeBytes(of: record.document.littleEndian, toByteOffset: offset + 8, as: UInt32.self)
        raw.storeBytes(of: record.position.littleEndian, toByteOffset: offset + 12, as: UInt32.self)
    }

    @inline(__always)
    static func decode(_ raw: UnsafeRawBufferPointer, at offset: Int) -> Record {
        Record(hash: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
               document: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)),
               position: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
    }

    /// Streams the index into `sink`, in pieces of at most about 1 MB.
    ///
    /// - Parameters:
    ///   - name: The file name for errors.
    ///   - fingerprinter: The builder's fingerprinter.
    ///   - stock: The sorted stock-phrase hashes.
    ///   - stockDocuments: The number of stock-corpus documents (0 when `stock` is empty).
    ///   - sink: Receives the bytes in order.
    /// - Throws: ``CopyIndexError/tooLarge(file:reason:)`` as ``ReferenceIndexBuilder/data(name:)``
    ///   does, ``OutputError`` when a temporary could not be written or read back, and what
    ///   `sink` throws.
    func write(name: String, fingerprinter: Fingerprinter, stock: [UInt64], stockDocuments: Int,
               to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try lock.withLock {
            if let failure { throw failure }
            guard idLengths.count < Int(UInt32.max) else { throw CopyIndexError.tooLarge(file: name, reason: "more than \(UInt32.max) documents") }
            if let tooLong { throw CopyIndexError.tooLarge(file: name, reason: tooLong) }
            try runs.flush()
            try strings.flush()
            // The last run stays in memory: sorted, merged with the others from there.
            buffer.sort()
            let header = ReferenceIndexBuilder.header(fingerprinter: fingerprinter, documents: idLengths.count, stockDocuments: stockDocuments,
                                                      records: recordCount, stock: stock.count, stringsLength: stringsLength)
            try withoutActuallyEscaping(sink) { sink in
                var out = ChunkWriter(sink: sink)
                try out.append(header)
                try mergeRuns(into: &out)
                for hash in stock { try out.append(hash) }
                var cursor: UInt64 = 0
                for k in idLengths.indices {
                    let idLength = UInt64(idLengths[k])
                    try out.append(cursor)
                    try out.append(cursor + idLength)
                    try out.append(idLengths[k])
                    try out.append(textLengths[k])
                    try out.append(characterCounts[k])
                    try out.append(fingerprintCounts[k])
                    cursor += idLength + UInt64(textLengths[k])
                }
                try out.flush()
            }
            try strings.copy(length: stringsLength, to: sink)
        }
    }

    /// Merges the runs file's runs and the sorted buffer into `out`: a binary heap of cursors,
    /// each reading its run through a buffer; the cursors share the record buffer's budget, and
    /// none reads more than 1 MiB at a time (a few runs need no more to read at disk speed).
    private func mergeRuns(into out: inout ChunkWriter) throws {
        var cursors: [RunCursor] = []
        let perRun = max(256, min(1 << 16, bufferCapacity / max(1, runBounds.count)))
        for bound in runBounds where bound.count > 0 {
            var cursor = RunCursor(file: runs, start: bound.start, count: bound.count, chunk: perRun)
            try cursor.refill()
            cursors.append(cursor)
        }
        if !buffer.isEmpty { cursors.append(RunCursor(records: buffer)) }
        // A min-heap of cursor indices ordered by their current record.
        var heap = Array(cursors.indices)
        func less(_ a: Int, _ b: Int) -> Bool { cursors[heap[a]].current < cursors[heap[b]].current }
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let left = 2 * i + 1
                guard left < heap.count else { return }
                var smallest = left
                if left + 1 < heap.count, less(left + 1, left) { smallest = left + 1 }
                guard less(smallest, i) else { return }
                heap.swapAt(i, smallest)
                i = smallest
            }
        }
        var i = heap.count / 2
        while i > 0 {
            i -= 1
            siftDown(i)
        }
        var written = 0
        while let top = heap.first {
            try out.append(cursors[top].current)
            written += 1
            if try cursors[top].advance() {
                siftDown(0)
            } else {
                heap.swapAt(0, heap.count - 1)
                heap.removeLast()
                siftDown(0)
            }
        }
        guard written == recordCount else {
            throw OutputError.unwritable(file: target, reason: "the temporary \(runs.path) holds \(written) of \(recordCount) records")
        }
    }

    /// Closes and removes both temporaries; the spill cannot be written afterwards.
    func discard() {
        lock.withLock {
            runs.remove()
            strings.remove()
            if failure == nil { failure = .unwritable(file: target, reason: "the builder's temporary files were removed") }
        }
    }
}

/// One sorted run being merged: its next records, read from the runs file a chunk at a time, or
/// the in-memory buffer.
private struct RunCursor {
    typealias Record = ReferenceIndexBuilder.Record
    private let file: SpillFile?
    private var next: Int
    private var remaining: Int
    private let chunk: Int
    private var records: [Record]
    private var bytes: [UInt8] = []
    private var index = 0

    init(file: SpillFile, start: Int, count: Int, chunk: Int) {
        self.file = file
        next = start
        remaining = count
        self.chunk = chunk
        records = []
    }

    init(records: [Record]) {
        file = nil
        next = 0
        remaining = 0
        chunk = 0
        self.records = records
    }

    var current: Record { records[index] }

    /// Moves to the next record. - Returns: Whether there is one.
    mutating func advance() throws -> Bool {
        index += 1
        if index < records.count { return true }
        guard remaining > 0 else { return false }
        try refill()
        return true
    }

    /// Reads the next chunk of the run from the file.
    mutating func refill() throws {
        guard let file else { return }
        let n = min(chunk, remaining)
        if bytes.count != n * ReferenceIndexSpill.recordBytes { bytes = [UInt8](repeating: 0, count: n * ReferenceIndexSpill.recordBytes) }
        try bytes.withUnsafeMutableBytes { raw in try file.read(at: next * ReferenceIndexSpill.recordBytes, into: raw) }
        records.removeAll(keepingCapacity: true)
        bytes.withUnsafeBytes { raw in
            for k in 0..<n { records.append(ReferenceIndexSpill.decode(raw, at: k * ReferenceIndexSpill.recordBytes)) }
        }
        next += n
        remaining -= n
        index = 0
    }
}

/// Collects small writes into pieces of about 1 MB for a sink.
private struct ChunkWriter {
    let sink: (UnsafeRawBufferPointer) throws -> Void
    private var bytes: [UInt8] = []
    private static let size = 1 << 20

    init(sink: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.size)
    }

    mutating func append(_ more: [UInt8]) throws {
        bytes.append(contentsOf: more)
        if bytes.count >= Self.size { try flush() }
    }

    mutating func append(_ value: UInt64) throws {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        if bytes.count >= Self.size { try flush() }
    }

    mutating func append(_ value: UInt32) throws {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        if bytes.count >= Self.size { try flush() }
    }

    mutating func append(_ record: ReferenceIndexBuilder.Record) throws {
        withUnsafeBytes(of: record.hash.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: record.document.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: record.position.littleEndian) { bytes.append(contentsOf: $0) }
        if bytes.count >= Self.size { try flush() }
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// A temporary file written sequentially through a buffer and read back by offset.
final class SpillFile {
    let path: String
    private let target: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// The bytes appended, buffered ones included.
    private(set) var length = 0
    /// Appends shorter than this are collected before they are written.
    private let bufferSize: Int

    /// Creates `.NAME.summarykit-tmp-PID-XXXXXX` in `directory`, tracked by ``TemporaryFiles``,
    /// written through a buffer of `bufferSize` bytes (0: unbuffered).
    init(in directory: String, name: String, target: String, bufferSize: Int) throws(OutputError) {
        self.target = target
        self.bufferSize = bufferSize
        guard let (path, fd) = TemporaryFiles.create(in: directory, name: name) else {
            throw .unwritable(file: target, reason: "cannot create a temporary file in \(directory): \(FileReader.errnoMessage(errno))")
        }
        self.path = path
        descriptor = fd
        buffer.reserveCapacity(bufferSize)
    }

    deinit { remove() }

    private func failure(_ code: Int32, _ doing: String) -> OutputError {
        .unwritable(file: target, reason: "cannot \(doing) the temporary file \(path): \(FileReader.errnoMessage(code))")
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard descriptor >= 0 else { throw failure(EBADF, "write") }
        length += bytes.count
        if buffer.count + bytes.count > bufferSize { try flush() }
        if bytes.count >= bufferSize {
            let code = OutputFile.writeAll(bytes, to: descriptor)
            if code != 0 { throw failure(code, "write") }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        guard descriptor >= 0 else { throw failure(EBADF, "write") }
        let code = buffer.withUnsafeBytes { OutputFile.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        if code != 0 { throw failure(code, "write") }
    }

    /// Fills `into` with the bytes at `offset` (written and flushed before).
    func read(at offset: Int, into raw: UnsafeMutableRawBufferPointer) throws(OutputError) {
        guard descriptor >= 0 else { throw failure(EBADF, "read") }
        guard let base = raw.baseAddress else { return }
        var done = 0
        while done < raw.count {
            let n = pread(descriptor, base + done, raw.count - done, off_t(offset + done))
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(errno, "read")
            }
            if n == 0 { throw failure(EIO, "read (it is shorter than written)") }
            done += n
        }
    }

    /// Hands the first `length` bytes to `sink`, 1 MB at a time.
    func copy(length: Int, to sink: (UnsafeRawBufferPointer) throws -> Void) throws {
        try flush()
        var chunk = [UInt8](repeating: 0, count: min(length, 1 << 20))
        var offset = 0
        while offset < length {
            let n = min(chunk.count, length - offset)
            try chunk.withUnsafeMutableBytes { raw in
                try read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<n]))
            }
            try chunk.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            offset += n
        }
    }

    /// Closes and unlinks the file; does nothing the second time.
    func remove() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(path)
        TemporaryFiles.remove(path)
        buffer = []
    }
}
