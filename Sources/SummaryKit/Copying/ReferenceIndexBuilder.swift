import Foundation

/// Collects reference documents and writes a ``ReferenceIndex``.
///
/// Each document is normalised (``CopyNormalizer``) and winnowed (``Fingerprinter``) as it is
/// added; ``data(name:)`` sorts the records and lays out the file. Stock phrases, the k-grams that
/// unrelated summaries of the genre share (认真学习贯彻党的二十大精神, 三会一课制度 …), are
/// counted over ``stockCorpus``: every k-gram (not only the winnowed ones, which depend on
/// their surroundings) found in at least ``stockMinimumDocuments`` of those documents is
/// written to the index's stock table and never counts as evidence of copying.
///
/// ```swift
/// var builder = try ReferenceIndexBuilder()
/// builder.stockCorpus = genreSamples          // other branches' own summaries
/// for (path, source) in references { builder.add(id: path, source: source) }
/// try builder.write(to: "refs.skidx")
/// ```
///
/// - Complexity: O(*n* · w) per document added; ``data(name:)`` sorts the records, O(*r* log *r*),
///   and holds them in memory (16 bytes each) while doing so.
///
/// A builder made with `init(fingerprinter:spillingNear:recordBufferBytes:)` (the CLI's
/// `index build`) keeps memory bounded instead: texts and ids go to a temporary file beside the
/// index as they are added, and records to a buffer of `recordBufferBytes` that is sorted and
/// written to a second temporary as a run whenever it fills; ``write(to:)`` merges the runs
/// into the file, byte for byte the one ``data(name:)`` lays out (``ReferenceIndexSpill``).
/// Such a builder shares its temporaries with its copies: add to one of them only.
public struct ReferenceIndexBuilder: Sendable {
    /// Texts of the genre whose shared k-grams are stock phrases: for example the bundled
    /// Corpus or a sample of other branches' own summaries. Empty by default.
    public var stockCorpus: [SourceText] = []
    /// How many documents of ``stockCorpus`` a k-gram must occur in to be a stock phrase: 2.
    public var stockMinimumDocuments = 2
    /// The fingerprinter; queries use the one stored in the index.
    public let fingerprinter: Fingerprinter
    let normalizer: CopyNormalizer

    struct Record: Comparable {
        var hash: UInt64
        var document: UInt32
        var position: UInt32
        static func < (a: Record, b: Record) -> Bool {
            (a.hash, a.document, a.position) < (b.hash, b.document, b.position)
        }
    }

    private(set) var records: [Record] = []
    private(set) var ids: [String] = []
    private(set) var texts: [String] = []
    private(set) var characterCounts: [Int] = []
    private(set) var fingerprintCounts: [Int] = []
    /// The temporaries of a builder that spills to disk; nil for one that builds in memory.
    private(set) var spill: ReferenceIndexSpill?
    /// The default memory for records before a spilling builder writes a sorted run: 64 MiB.
    package static let defaultRecordBufferBytes = 64 << 20

    /// Creates an empty builder.
    ///
    /// - Parameter fingerprinter: The k-gram weight and window (defaults: 39 and 12).
    /// - Throws: ``SegmentationError`` when the Traditional→Simplified table cannot be loaded.
    public init(fingerprinter: Fingerprinter = Fingerprinter()) throws(SegmentationError) {
        self.fingerprinter = fingerprinter
        normalizer = try CopyNormalizer()
    }

    /// Creates an empty builder that keeps memory bounded however many documents are added:
    /// their texts and ids go to a temporary file beside `target` as they are added, and their
    /// records to a buffer of `recordBufferBytes` that is sorted and written to a second
    /// temporary as a run whenever it fills. Both temporaries are tracked by
    /// ``TemporaryFiles`` (an interrupt removes them) and removed by
    /// ``discardTemporaryFiles()`` or when the last copy of the builder is released.
    ///
    /// - Parameters:
    ///   - fingerprinter: The k-gram weight and window (defaults: 39 and 12).
    ///   - target: The index file that ``write(to:)`` will write; errors name it.
    ///   - recordBufferBytes: Memory for records between runs (default 64 MiB); merging
    ///     reads the runs through buffers of the same total size.
    /// - Throws: ``SegmentationError`` when the Traditional→Simplified table cannot be loaded;
    ///   ``OutputError/unwritable(file:reason:)`` naming `target` when its folder is not writable.
    package init(fingerprinter: Fingerprinter = Fingerprinter(), spillingNear target: String,
                 recordBufferBytes: Int = ReferenceIndexBuilder.defaultRecordBufferBytes) throws {
        try self.init(fingerprinter: fingerprinter)
        spill = try ReferenceIndexSpill(near: target, bufferBytes: recordBufferBytes)
    }

    /// Removes a spilling builder's temporaries; it cannot be written afterwards. Does nothing
    /// for a builder in memory.
    package func discardTemporaryFiles() {
        spill?.discard()
    }

    /// A spilling builder's temporary files (the texts and the runs); empty in memory.
    package var temporaryFilePaths: [String] { spill?.temporaryPaths ?? [] }

    /// The number of sorted runs a spilling builder has written so far; 0 in memory.
    package var runCount: Int { spill?.runCount ?? 0 }

    /// The number of documents added.
    public var documentCount: Int { spill?.documentCount ?? ids.count }

    /// Adds a reference document.
    ///
    /// - Parameters:
    ///   - id: What reports call the document: its path, URL or name.
    ///   - source: Its text.
    public mutating func add(id: String, source: SourceText) {
        let text = normalizer.normalize(source)
        append(id: id, source: source, characters: text.count, fingerprints: fingerprinter.fingerprints(of: text))
    }

    /// Adds reference documents in order, normalising and winnowing them on all cores: the
    /// same index as adding them one by one.
    ///
    /// - Parameter documents: Each document's id (what reports call it) and text.
    public mutating func add(_ documents: [(id: String, source: SourceText)]) {
        let normalizer = self.normalizer
        let fingerprinter = self.fingerprinter
        let prepared = Concurrently.map(documents.count) { i -> (characters: Int, fingerprints: [Fingerprint]) in
            let text = normalizer.normalize(documents[i].source)
            return (text.count, fingerprinter.fingerprints(of: text))
        }
        for (document, done) in zip(documents, prepared) {
            append(id: document.id, source: document.source, characters: done.characters, fingerprints: done.fingerprints)
        }
    }

    private mutating func append(id: String, source: SourceText, characters: Int, fingerprints: [Fingerprint]) {
        if let spill {
            spill.append(id: id, text: source.text, characters: characters, fingerprints: fingerprints)
            return
        }
        let document = UInt32(truncatingIfNeeded: ids.count)
        for fingerprint in fingerprints {
            records.append(Record(hash: fingerprint.hash, document: document, position: UInt32(truncatingIfNeeded: fingerprint.position)))
        }
        ids.append(id)
        texts.append(source.text)
        characterCounts.append(characters)
        fingerprintCounts.append(fingerprints.count)
    }

    /// The number of fingerprint records added so far (16 bytes each in the index).
    public var recordCount: Int { spill?.recordCount ?? records.count }

    /// The stock-phrase hashes of ``stockCorpus``, sorted.
    func stockHashes() -> [UInt64] {
        guard stockMinimumDocuments >= 1, stockCorpus.count >= stockMinimumDocuments else { return [] }
        var all: [UInt64] = []
        for source in stockCorpus {
            let hashes = Set(fingerprinter.gramHashes(normalizer.normalize(source)))
            all.append(contentsOf: hashes)
        }
        all.sort()
        var stock: [UInt64] = []
        var i = 0
        while i < all.count {
            var j = i
            while j < all.count, all[j] == all[i] { j += 1 }
            if j - i >= stockMinimumDocuments { stock.append(all[i]) }
            i = j
        }
        return stock
    }

    /// The index file's bytes.
    ///
    /// - Parameter name: The file name for errors.
    /// - Throws: ``CopyIndexError/tooLarge(file:reason:)`` when a document is 4 GB or longer
    ///   or there are 2³² documents or more; for a builder that spills,
    ///   ``CopyIndexError/unreadable(file:reason:)`` when its temporaries cannot be read back.
    public func data(name: String = "<memory>") throws(CopyIndexError) -> Data {
        if let spill {
            var out = Data()
            do {
                try spill.write(name: name, fingerprinter: fingerprinter, stock: stockHashes(), stockDocuments: stockCorpus.count) {
                    out.append(contentsOf: $0)
                }
            } catch let error as CopyIndexError {
                throw error
            } catch {
                throw .unreadable(file: name, reason: "\(error)")
            }
            return out
        }
        guard ids.count < Int(UInt32.max) else { throw .tooLarge(file: name, reason: "more than \(UInt32.max) documents") }
        for (k, text) in texts.enumerated() where text.utf8.count >= Int(UInt32.max) || ids[k].utf8.count >= Int(UInt32.max) {
            throw .tooLarge(file: name, reason: "\(ids[k]) is 4 GB or longer")
        }
        let sorted = records.sorted()
        let stock = stockHashes()
        let header = ReferenceIndex.headerSize
        let recordsOffset = header
        let stockOffset = recordsOffset + sorted.count * ReferenceIndex.recordSize
        let documentsOffset = stockOffset + stock.count * 8
        let stringsOffset = documentsOffset + ids.count * ReferenceIndex.documentSize
        var stringsLength = 0
        for k in ids.indices { stringsLength += ids[k].utf8.count + texts[k].utf8.count }
        let fileLength = stringsOffset + stringsLength

        var out = Data(capacity: fileLength)
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ value: Int) { withUnsafeBytes(of: UInt64(value).littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        out.append(contentsOf: Self.header(fingerprinter: fingerprinter, documents: ids.count, stockDocuments: stockCorpus.count,
                                           records: sorted.count, stock: stock.count, stringsLength: stringsLength))
        for record in sorted {
            u64(record.hash)
            u32(Int(record.document))
            u32(Int(record.position))
        }
        for hash in stock { u64(hash) }
        var cursor = 0
        for k in ids.indices {
            let idLength = ids[k].utf8.count
            let textLength = texts[k].utf8.count
            u64(cursor)
            u64(cursor + idLength)
            u32(idLength)
            u32(textLength)
            u32(characterCounts[k])
            u32(fingerprintCounts[k])
            cursor += idLength + textLength
        }
        for k in ids.indices {
            out.append(contentsOf: ids[k].utf8)
            out.append(contentsOf: texts[k].utf8)
        }
        return out
    }

    /// The index's header (``ReferenceIndex``'s layout): the tables follow it in order, records
    /// first, each as long as its count says.
    ///
    /// - Parameters:
    ///   - documents: The number of documents.
    ///   - stockDocuments: The number of stock-corpus documents (written as 0 when `stock` is 0).
    ///   - records: The number of records.
    ///   - stock: The number of stock-phrase hashes.
    ///   - stringsLength: The bytes of the ids and texts together.
    static func header(fingerprinter: Fingerprinter, documents: Int, stockDocuments: Int, records: Int, stock: Int,
                       stringsLength: Int) -> [UInt8] {
        let header = ReferenceIndex.headerSize
        let recordsOffset = header
        let stockOffset = recordsOffset + records * ReferenceIndex.recordSize
        let documentsOffset = stockOffset + stock * 8
        let stringsOffset = documentsOffset + documents * ReferenceIndex.documentSize
        let fileLength = stringsOffset + stringsLength
        var out = ReferenceIndex.magic
        out.reserveCapacity(header)
        func u32(_ value: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).littleEndian) { out.append(contentsOf: $0) } }
        func u64(_ value: Int) { withUnsafeBytes(of: UInt64(value).littleEndian) { out.append(contentsOf: $0) } }
        u32(ReferenceIndex.formatVersion)
        u32(header)
        u32(fingerprinter.gramWeight)
        u32(fingerprinter.window)
        u32(documents)
        u32(stock == 0 ? 0 : stockDocuments)
        u64(records)
        u64(stock)
        u64(recordsOffset)
        u64(stockOffset)
        u64(documentsOffset)
        u64(stringsOffset)
        u64(stringsLength)
        u64(fileLength)
        u32(CopyNormalizer.version)
        u32(0)
        return out
    }

    /// The index, in memory (no file).
    public func index() throws(CopyIndexError) -> ReferenceIndex {
        try ReferenceIndex(data: data())
    }

    /// Writes the index to `path` atomically: a temporary file renamed into place. A builder
    /// that spills streams the file (its memory stays bounded); one in memory lays it out
    /// whole first (``data(name:)``).
    ///
    /// - Throws: ``CopyIndexError`` or ``OutputError`` naming the path; the temporary is
    ///   removed and whatever was at `path` is left as it was.
    public func write(to path: String) throws {
        guard let spill else {
            try AtomicFile.write(data(name: path), to: path)
            return
        }
        let file = try OutputFile(path: path)
        defer { file.discard() }
        try spill.write(name: path, fingerprinter: fingerprinter, stock: stockHashes(), stockDocuments: stockCorpus.count) { bytes in
            try file.write(bytes)
        }
        try file.commit()
    }
}
