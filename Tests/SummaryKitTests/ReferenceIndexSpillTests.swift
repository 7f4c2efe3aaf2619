import Foundation
import Testing
import SummaryKit

/// The builder that spills to disk (#19): the file it streams must be the in-memory layout's
/// bytes, and no failure may leave a temporary behind.
@Suite("Reference index spilling")
struct ReferenceIndexSpillTests {
    /// A realistic set of references: the Corpus texts (zh and en), each again with its lines
    /// rotated and its digits shifted (a branch's summary handed in again a year later), the
    /// hand-written summaries of the copy tests, an exact duplicate (the same records under two
    /// documents), a Traditional-script copy, and two with no fingerprint at all.
    static func references() throws -> [(id: String, text: String)] {
        let corpus = try CopyBenchmark.corpus()
        var out = corpus.map { (id: "Corpus/texts/\($0.id).txt", text: $0.text) }
        for (i, document) in corpus.enumerated() {
            let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
            let shift = (i * 7) % max(1, lines.count)
            let rotated = (lines[shift...] + lines[..<shift]).joined(separator: "\n")
            let shifted = String(String.UnicodeScalarView(rotated.unicodeScalars.map { s -> Unicode.Scalar in
                s.isASCIIDigit ? Unicode.Scalar(0x30 + (s.value - 0x30 + 3) % 10) ?? s : s
            }))
            out.append((id: "later/\(document.id)-2024.txt", text: shifted))
        }
        out.append((id: "refs/青松社区2023.txt", text: CopyTexts.reference))
        out.append((id: "refs/青松社区2023-copy.txt", text: CopyTexts.reference))
        out.append((id: "refs/village.txt", text: CopyTexts.village))
        out.append((id: "refs/maple-street.txt", text: CopyTexts.english))
        out.append((id: "refs/繁體.txt", text: "青松社區黨支部二〇二三年工作總結\n支部把每月第二個週四定為主題黨日，全年組織集中學習十二次，邀請退休教師王春華同志為居民黨員講授社區治理專題課兩次。"))
        out.append((id: "refs/title-only.txt", text: "工作总结"))
        out.append((id: "refs/blank.txt", text: ""))
        return out
    }

    /// Texts of the genre for the stock table: the Corpus, and one summary twice (so that
    /// its k-grams are certainly stock).
    static func stock() throws -> [SourceText] {
        try CopyBenchmark.corpus().map { SourceText($0.text) } + [SourceText(CopyTexts.village), SourceText("二〇二四年\n" + CopyTexts.village)]
    }

    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-spill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func leftovers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".summarykit-tmp-") }
    }

    @Test("a tiny record buffer (hundreds of runs) streams the bytes data(name:) lays out, with and without stock phrases",
          arguments: [97, 4_096, 1 << 26])
    func byteIdentical(bufferRecords: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let references = try Self.references()
        for stock in [[], try Self.stock()] {
            let path = directory.appendingPathComponent("refs.skidx").path
            var memory = try ReferenceIndexBuilder()
            memory.stockCorpus = stock
            for (id, text) in references { memory.add(id: id, source: SourceText(text, origin: id)) }
            let expected = try memory.data(name: path)

            var spilling = try ReferenceIndexBuilder(spillingNear: path, recordBufferBytes: bufferRecords * 16)
            spilling.stockCorpus = stock
            // In batches, as `index build` adds them.
            for start in stride(from: 0, to: references.count, by: 16) {
                spilling.add(references[start..<min(references.count, start + 16)].map { (id: $0.id, source: SourceText($0.text, origin: $0.id)) })
            }
            #expect(spilling.documentCount == memory.documentCount)
            #expect(spilling.recordCount == memory.recordCount)
            if bufferRecords == 97 { #expect(spilling.runCount > 100, "\(spilling.runCount) runs") }
            if bufferRecords == 1 << 26 { #expect(spilling.runCount == 0) }
            let temporaries = spilling.temporaryFilePaths
            #expect(temporaries.count == 2)
            #expect(temporaries.allSatisfy { FileManager.default.fileExists(atPath: $0) && $0.hasPrefix(directory.path + "/.refs.skidx.summarykit-tmp-") })
            // Tracked, so that Ctrl-C removes them.
            #expect(Set(temporaries).isSubset(of: Set(TemporaryFiles.paths)))

            try spilling.write(to: path)
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(written.count == expected.count)
            #expect(written == expected)
            #expect(try spilling.data(name: path) == expected, "written twice, and into memory")
            let index = try ReferenceIndex(contentsOf: path)
            #expect(index.documentCount == references.count)
            #expect(index.stockCount > 0 || stock.isEmpty)
            #expect(try index.document(references.count - 4).text == CopyTexts.english)

            spilling.discardTemporaryFiles()
            #expect(temporaries.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
            #expect(Set(temporaries).isDisjoint(with: Set(TemporaryFiles.paths)))
            #expect(try leftovers(in: directory).isEmpty)
        }
    }

    @Test("a builder released without writing removes its temporaries")
    func released() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        do {
            var builder = try ReferenceIndexBuilder(spillingNear: directory.appendingPathComponent("refs.skidx").path, recordBufferBytes: 1_600)
            builder.add(id: "ref", source: SourceText(CopyTexts.reference))
            paths = builder.temporaryFilePaths
            #expect(paths.count == 2)
        }
        #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
        #expect(try leftovers(in: directory).isEmpty)
    }

    @Test("a write that fails half-way names the index, leaves the old file as it was and no temporary")
    func failedWrite() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("refs.skidx").path
        let old = Data("the old index".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: old))
        var builder = try ReferenceIndexBuilder(spillingNear: path, recordBufferBytes: 1_600)
        for (id, text) in try Self.references().prefix(20) { builder.add(id: id, source: SourceText(text, origin: id)) }
        #expect(builder.runCount > 2)
        // The runs vanish from under the builder (a full or failing disk): the merge cannot
        // read them back.
        let runs = try #require(builder.temporaryFilePaths.first)
        #expect(truncate(runs, 100) == 0)
        do {
            try builder.write(to: path)
            Issue.record("the write succeeded")
        } catch let error as OutputError {
            #expect(error.file == path)
            #expect(error.description.hasPrefix(path + ": "))
            #expect(error.description.contains(runs), "\(error)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == old)
        // The output's temporary is gone; only the builder's two remain until it is discarded.
        #expect(try leftovers(in: directory).count == 2)
        builder.discardTemporaryFiles()
        #expect(try leftovers(in: directory).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["refs.skidx"])
    }

    @Test("a device that fills up and a folder are errors naming them; nothing is left behind")
    func unwritableTargets() throws {
        let references = try Self.references().prefix(10)
        var full = try ReferenceIndexBuilder(spillingNear: "/dev/full", recordBufferBytes: 1_600)
        for (id, text) in references { full.add(id: id, source: SourceText(text, origin: id)) }
        let temporaries = full.temporaryFilePaths
        // Not in /dev: in the temporary folder.
        #expect(temporaries.allSatisfy { !$0.hasPrefix("/dev/") })
        #expect(throws: OutputError.self) { try full.write(to: "/dev/full") }
        do { try full.write(to: "/dev/full") } catch { #expect("\(error)".hasPrefix("/dev/full: "), "\(error)") }
        full.discardTemporaryFiles()
        #expect(temporaries.allSatisfy { !FileManager.default.fileExists(atPath: $0) })

        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var folder = try ReferenceIndexBuilder(spillingNear: directory.path, recordBufferBytes: 1_600)
        for (id, text) in references { folder.add(id: id, source: SourceText(text, origin: id)) }
        do {
            try folder.write(to: directory.path)
            Issue.record("a folder was written")
        } catch {
            #expect("\(error)".hasPrefix(directory.path + ": "), "\(error)")
        }
        folder.discardTemporaryFiles()
        #expect(try leftovers(in: directory).isEmpty)
        #expect(try leftovers(in: directory.deletingLastPathComponent()).filter { $0.hasPrefix(".\(directory.lastPathComponent).") }.isEmpty)

        // A folder that does not exist: the builder cannot even start, and says where.
        let missing = directory.appendingPathComponent("no/such/refs.skidx").path
        #expect {
            _ = try ReferenceIndexBuilder(spillingNear: missing)
        } throws: { error in
            "\(error)".hasPrefix(missing + ": ")
        }
    }

    @Test("a builder whose temporaries were discarded refuses to write rather than write a wrong index")
    func discarded() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("refs.skidx").path
        var builder = try ReferenceIndexBuilder(spillingNear: path)
        builder.add(id: "ref", source: SourceText(CopyTexts.reference))
        builder.discardTemporaryFiles()
        #expect { try builder.write(to: path) } throws: { "\($0)".hasPrefix(path + ": ") }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try leftovers(in: directory).isEmpty)
    }
}
