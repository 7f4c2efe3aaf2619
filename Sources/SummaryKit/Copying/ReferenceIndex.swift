#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The fingerprints of a set of reference documents (template sites' 范文, last year's
/// summaries, other branches'), with their texts, in one file that is memory-mapped and
/// searched in place.
///
/// The file (little-endian, format version 2):
///
/// | bytes | what |
/// |---|---|
/// | 104 | header: magic `SKCOPYIX`, format version, header size, k-gram weight, window, documents, stock-corpus documents, records, stock hashes, the offsets of the four tables, the length of the strings, the file length, the normaliser version (``CopyNormalizer/version``), 4 bytes reserved (0) |
/// | 16 × records | `(hash: UInt64, document: UInt32, position: UInt32)`, sorted by hash, document, position |
/// | 8 × stock hashes | sorted k-gram hashes of stock phrases (see ``ReferenceIndexBuilder/stockCorpus``) |
/// | 32 × documents | id offset and text offset (UInt64, into the strings), id length, text length, normalised length, fingerprints (UInt32) |
/// | strings | the ids and the UTF-8 texts of the documents |
///
/// Opening checks the header and that every table lies inside the file (O(1), no table is
/// read); a query binary-searches the records (O(log *records*) per fingerprint) and reads
/// only the texts of the candidate documents, so the index is never turned into dictionaries
/// and its size is bounded by the disk, not the memory. Each MB of references costs about
/// 1 MB of text plus 16 bytes per fingerprint (about 0.15 per normalised character: 0.8 MB
/// per MB of Chinese, 2.4 MB per MB of English).
///
/// ```swift
/// var builder = ReferenceIndexBuilder()
/// builder.add(id: "refs/2023.txt", source: lastYear)
/// try builder.write(to: "refs.skidx")
/// let index = try ReferenceIndex(contentsOf: "refs.skidx")
/// let matches = try CopyDetector().matches(of: submission, in: index)
/// ```
public struct ReferenceIndex: Sendable {
    /// The magic bytes that open every index file.
    static let magic: [UInt8] = Array("SKCOPYIX".utf8)
    /// The format version this library writes and reads: 2 (1 had no normaliser version).
    public static let formatVersion = 2
    static let headerSize = 104
    static let recordSize = 16
    static let documentSize = 32

    let storage: IndexStorage
    /// Where the index came from: its path, or `<memory>`.
    public let origin: String
    /// The fingerprinter the index was built with; queries must use the same one.
    public let fingerprinter: Fingerprinter
    /// The number of reference documents.
    public let documentCount: Int
    /// The number of (hash, document, position) records.
    public let recordCount: Int
    /// The number of stock-phrase hashes.
    public let stockCount: Int
    /// The number of documents the stock phrases were counted over.
    public let stockDocumentCount: Int
    /// The version of the normalisation the fingerprints were made with
    /// (``CopyNormalizer/version`` when the index was built).
    public let normalizerVersion: Int
    /// The size of the index in bytes.
    public var byteCount: Int { storage.count }
    let recordsOffset: Int
    let stockOffset: Int
    let documentsOffset: Int
    let stringsOffset: Int
    let stringsLength: Int

    /// Opens the index file at `path` by mapping it into memory, read-only.
    ///
    /// - Throws: ``CopyIndexError`` naming the file when it cannot be read, is not an index,
    ///   has another format or normaliser version, is truncated or contradicts itself.
    /// - Complexity: O(1): the tables are only checked to lie inside the file.
    public init(contentsOf path: String) throws(CopyIndexError) {
        try self.init(storage: IndexStorage(mapping: path), origin: path)
    }

    /// Reads an index from bytes in memory (``ReferenceIndexBuilder/data(name:)``), for example
    /// the submissions of one run checked against each other.
    ///
    /// - Throws: ``CopyIndexError`` naming `origin` when the bytes are not a valid index.
    public init(data: Data, origin: String = "<memory>") throws(CopyIndexError) {
        try self.init(storage: IndexStorage(copying: data), origin: origin)
    }

    init(storage: IndexStorage, origin: String) throws(CopyIndexError) {
        self.storage = storage
        self.origin = origin
        let size = storage.count
        guard size >= Self.magic.count else { throw size == 0 ? .notAnIndex(file: origin) : .truncated(file: origin, expectedBytes: Self.headerSize, foundBytes: size) }
        for (k, byte) in Self.magic.enumerated() where storage.byte(k) != byte { throw .notAnIndex(file: origin) }
        // The version first: an index of another version may have another header size.
        guard size >= 12 else { throw .truncated(file: origin, expectedBytes: Self.headerSize, foundBytes: size) }
        let version = Int(storage.u32(8))
        guard version == Self.formatVersion else { throw .unsupportedVersion(file: origin, found: version, expected: Self.formatVersion) }
        guard size >= Self.headerSize else { throw .truncated(file: origin, expectedBytes: Self.headerSize, foundBytes: size) }
        guard Int(storage.u32(12)) == Self.headerSize else { throw .corrupt(file: origin, reason: "header size \(storage.u32(12))") }
        let fileLength = storage.u64(88)
        guard fileLength <= UInt64(Int.max), Int(fileLength) >= Self.headerSize else { throw .corrupt(file: origin, reason: "file length \(fileLength)") }
        guard Int(fileLength) <= size else { throw .truncated(file: origin, expectedBytes: Int(fileLength), foundBytes: size) }
        let gramWeight = Int(storage.u32(16))
        let window = Int(storage.u32(20))
        guard gramWeight >= 1, gramWeight <= 10_000, window >= 1, window <= 10_000 else {
            throw .corrupt(file: origin, reason: "k-gram weight \(gramWeight), window \(window)")
        }
        // Fingerprints made by another normalisation never match a query's: refused, not wrong.
        normalizerVersion = Int(storage.u32(96))
        guard normalizerVersion == CopyNormalizer.version else {
            throw .normalizerMismatch(file: origin, found: normalizerVersion, expected: CopyNormalizer.version)
        }
        fingerprinter = Fingerprinter(gramWeight: gramWeight, window: window)
        documentCount = Int(storage.u32(24))
        stockDocumentCount = Int(storage.u32(28))
        let limit = UInt64(fileLength)
        func table(_ offsetField: Int, _ countField: UInt64, _ width: UInt64, _ name: String) throws(CopyIndexError) -> Int {
            let offset = storage.u64(offsetField)
            let (bytes, overflow) = countField.multipliedReportingOverflow(by: width)
            let (end, overflow2) = offset.addingReportingOverflow(bytes)
            guard !overflow, !overflow2, offset >= UInt64(Self.headerSize), end <= limit else {
                throw .corrupt(file: origin, reason: "the \(name) table (\(countField) entries at byte \(offset)) runs past the end of the file")
            }
            return Int(offset)
        }
        let records = storage.u64(32)
        let stock = storage.u64(40)
        recordsOffset = try table(48, records, UInt64(Self.recordSize), "record")
        stockOffset = try table(56, stock, 8, "stock-phrase")
        documentsOffset = try table(64, UInt64(documentCount), UInt64(Self.documentSize), "document")
        stringsOffset = try table(72, storage.u64(80), 1, "string")
        recordCount = Int(records)
        stockCount = Int(stock)
        stringsLength = Int(storage.u64(80))
    }

    /// The id of document `index` (`0..<documentCount`), as given when it was added.
    ///
    /// - Throws: ``CopyIndexError/corrupt(file:reason:)`` when its entry points outside the file.
    public func documentID(_ index: Int) throws(CopyIndexError) -> String {
        let entry = try documentEntry(index)
        return String(decoding: try string(entry.idOffset, entry.idLength), as: UTF8.self)
    }

    /// The text of document `index`, as a ``SourceText`` whose origin is the document's id.
    ///
    /// - Throws: ``CopyIndexError/corrupt(file:reason:)`` when its entry points outside the file.
    public func document(_ index: Int) throws(CopyIndexError) -> SourceText {
        let entry = try documentEntry(index)
        let id = String(decoding: try string(entry.idOffset, entry.idLength), as: UTF8.self)
        let text = String(decoding: try string(entry.textOffset, entry.textLength), as: UTF8.self)
        return SourceText(text, origin: id)
    }

    /// The number of normalised characters of document `index`.
    func normalizedLength(_ index: Int) throws(CopyIndexError) -> Int {
        try documentEntry(index).characters
    }

    struct DocumentEntry {
        var idOffset: Int
        var textOffset: Int
        var idLength: Int
        var textLength: Int
        var characters: Int
        var fingerprints: Int
    }

    func documentEntry(_ index: Int) throws(CopyIndexError) -> DocumentEntry {
        guard index >= 0, index < documentCount else { throw .corrupt(file: origin, reason: "a record names document \(index) of \(documentCount)") }
        let at = documentsOffset + index * Self.documentSize
        let idOffset = storage.u64(at)
        let textOffset = storage.u64(at + 8)
        guard idOffset <= UInt64(stringsLength), textOffset <= UInt64(stringsLength) else {
            throw .corrupt(file: origin, reason: "document \(index) points outside the strings")
        }
        return DocumentEntry(idOffset: Int(idOffset), textOffset: Int(textOffset), idLength: Int(storage.u32(at + 16)),
                             textLength: Int(storage.u32(at + 20)), characters: Int(storage.u32(at + 24)),
                             fingerprints: Int(storage.u32(at + 28)))
    }

    func string(_ offset: Int, _ length: Int) throws(CopyIndexError) -> UnsafeRawBufferPointer {
        guard offset >= 0, length >= 0, offset <= stringsLength, length <= stringsLength - offset else {
            throw .corrupt(file: origin, reason: "a string at \(offset) of \(length) bytes runs past the strings")
        }
        return storage.bytes(stringsOffset + offset, length)
    }

    /// The hash of record `i`.
    @inline(__always)
    func recordHash(_ i: Int) -> UInt64 { storage.u64(recordsOffset + i * Self.recordSize) }

    /// The document and position of record `i`.
    @inline(__always)
    func recordTarget(_ i: Int) -> (document: Int, position: Int) {
        let at = recordsOffset + i * Self.recordSize
        return (Int(storage.u32(at + 8)), Int(storage.u32(at + 12)))
    }

    /// The records whose hash is `hash`: a range of record indices, found by binary search.
    func records(of hash: UInt64) -> Range<Int> {
        var low = 0
        var high = recordCount
        while low < high {
            let mid = (low + high) / 2
            if recordHash(mid) < hash { low = mid + 1 } else { high = mid }
        }
        guard low < recordCount, recordHash(low) == hash else { return low..<low }
        var high2 = recordCount
        var low2 = low + 1
        while low2 < high2 {
            let mid = (low2 + high2) / 2
            if recordHash(mid) <= hash { low2 = mid + 1 } else { high2 = mid }
        }
        return low..<low2
    }

    /// Whether `hash` is the hash of a k-gram of a stock phrase.
    func isStock(_ hash: UInt64) -> Bool {
        var low = 0
        var high = stockCount
        while low < high {
            let mid = (low + high) / 2
            let value = storage.u64(stockOffset + mid * 8)
            if value == hash { return true }
            if value < hash { low = mid + 1 } else { high = mid }
        }
        return false
    }
}

/// The bytes of an index: a read-only memory map of its file, or a copy in memory.
final class IndexStorage: @unchecked Sendable {
    // Immutable after init; the bytes are never written through, so sharing across tasks is safe.
    private let base: UnsafeRawPointer?
    let count: Int
    private let mapped: Bool

    init(mapping path: String) throws(CopyIndexError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(file: path, reason: FileReader.errnoMessage(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(file: path, reason: FileReader.errnoMessage(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable(file: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        count = size
        mapped = size > 0
        guard size > 0 else {
            base = nil
            return
        }
        let pointer = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let pointer, pointer != MAP_FAILED else { throw .unreadable(file: path, reason: FileReader.errnoMessage(errno)) }
        base = UnsafeRawPointer(pointer)
    }

    init(copying data: Data) {
        count = data.count
        mapped = false
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(1, data.count), alignment: 16)
        data.withUnsafeBytes { raw in
            if let source = raw.baseAddress { memory.copyMemory(from: source, byteCount: raw.count) }
        }
        base = UnsafeRawPointer(memory)
    }

    deinit {
        guard let base else { return }
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: base), count)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    // Callers check offsets against the header's validated table bounds first.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8 {
        guard let base, offset >= 0, offset < count else { return 0 }
        return base.load(fromByteOffset: offset, as: UInt8.self)
    }

    @inline(__always)
    func u32(_ offset: Int) -> UInt32 {
        guard let base, offset >= 0, offset + 4 <= count else { return 0 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    @inline(__always)
    func u64(_ offset: Int) -> UInt64 {
        guard let base, offset >= 0, offset + 8 <= count else { return 0 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    func bytes(_ offset: Int, _ length: Int) -> UnsafeRawBufferPointer {
        guard let base, offset >= 0, length >= 0, offset + length <= count else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: base + offset, count: length)
    }
}
