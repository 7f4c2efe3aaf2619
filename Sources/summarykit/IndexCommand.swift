import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit index`: reference indexes for copy detection (`audit --reference`).
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build and inspect reference indexes for copy detection (audit --reference).",
        discussion: """
        A reference index holds the fingerprints and texts of reference documents (last year's \
        submissions, other branches', collected templates) in one file that `summarykit audit \
        --reference` maps into memory and searches in place.
        """ + HelpExamples.index,
        subcommands: [IndexBuildCommand.self, IndexInfoCommand.self]
    )
}

/// `summarykit index build REF… -o refs.skidx`.
struct IndexBuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Index reference documents for copy detection.",
        discussion: """
        Reads the inputs the audit reads: .txt (any supported encoding), .docx and .html files; \
        folders are searched recursively. Each document is indexed under its path as given or \
        found, which is what a copied-text finding names. The index is written atomically; \
        while it is built, texts and sorted fingerprint runs are kept in temporary files beside \
        it (removed at the end, on failure and on Ctrl-C), so memory stays bounded. \
        --stock names texts of the genre written independently (for example other branches' \
        own summaries): phrases two or more of them share are stock phrases and never count \
        as copying. Exit status: 0 every reference was indexed, 3 some could not be read (each \
        is named on standard error; the rest are indexed) or none could, 2 usage errors or an \
        output that cannot be written.
        """ + HelpExamples.indexBuild
    )

    @Argument(help: "Reference files or folders to index.", completion: .file())
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "The index file to write (atomically).", completion: .file())
    var output: String

    @Option(help: "Texts of the genre whose shared phrases are stock, not copying (files or folders); repeatable.", completion: .file())
    var stock: [String] = []

    @Option(help: "Decode .txt input with this encoding instead of detecting it.")
    var encoding: String?

    @Flag(help: "No progress bar.")
    var quiet = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one reference file or folder to index.") }
        if output == "-" { throw ValidationError("An index is a binary file; name the file to write with -o.") }
    }

    func run() async throws {
        // Ctrl-C removes the index's temporary (and the writability probe's) and exits 130.
        let interrupt = InterruptHandler(clearsLine: !quiet)
        defer { interrupt.cancel() }
        try OutputPath.check(output)
        let reader = InputReader(decoder: TextDecoder(encoding: encoding))
        // Memory stays bounded (#19): texts and ids are spilled beside the output as they are
        // read, records in sorted runs of 64 MiB, merged into the index when it is written.
        var builder: ReferenceIndexBuilder
        do {
            builder = try ReferenceIndexBuilder(spillingNear: output)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        defer { builder.discardTemporaryFiles() }
        var failures = 0
        if !stock.isEmpty {
            let (files, missing) = InputFiles.expand(stock)
            for (_, error) in missing { Output.error("\(error)") }
            failures += missing.count
            let read = await ReferenceFiles.read(files, reader: reader, progress: nil)
            for case let .failure(error) in read.map(\.result) { Output.error("\(error)") }
            failures += read.filter { if case .failure = $0.result { true } else { false } }.count
            builder.stockCorpus = read.compactMap { try? $0.result.get() }
        }
        let (files, missing) = InputFiles.expand(paths)
        let bar = ProgressBar.make(total: files.count, quiet: quiet)
        let read = await ReferenceFiles.read(files, reader: reader, into: &builder, progress: bar)
        bar?.finish()
        for (_, error) in missing { Output.error("\(error)") }
        for error in read.errors { Output.error("\(error)") }
        failures += missing.count + read.errors.count
        guard builder.documentCount > 0 else {
            // Nothing to index: said, and nothing written over an earlier index.
            Output.error("\(output): not written: no reference could be read.")
            throw ExitCode(3)
        }
        do {
            try builder.write(to: output)
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        if failures > 0 { throw ExitCode(3) }
    }
}

/// `summarykit index info refs.skidx`.
struct IndexInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Describe a reference index: documents, fingerprints, size, versions.",
        discussion: "Exit status: 0 every index was read, 2 a file is not a readable index of this version (named)." + HelpExamples.indexInfo
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Index files.", completion: .file())
    var indexes: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "Also list the documents (their ids as indexed).")
    var documents = false

    func validate() throws {
        if indexes.isEmpty { throw ValidationError("Name at least one index file.") }
    }

    struct Info: Encodable {
        var file: String
        var formatVersion: Int
        var normalizerVersion: Int
        var documentCount: Int
        var fingerprints: Int
        var stockPhraseHashes: Int
        var stockDocuments: Int
        var gramWeight: Int
        var window: Int
        var bytes: Int
        var documents: [String]?

        enum CodingKeys: String, CodingKey {
            case file, formatVersion = "format_version", normalizerVersion = "normalizer_version", documentCount = "document_count",
                 fingerprints, stockPhraseHashes = "stock_phrase_hashes", stockDocuments = "stock_documents",
                 gramWeight = "gram_weight", window, bytes, documents
        }
    }

    func run() throws {
        var infos: [Info] = []
        var failed = false
        for path in indexes {
            do {
                let index = try ReferenceIndex(contentsOf: path)
                infos.append(Info(file: path, formatVersion: ReferenceIndex.formatVersion, normalizerVersion: index.normalizerVersion,
                                  documentCount: index.documentCount, fingerprints: index.recordCount, stockPhraseHashes: index.stockCount,
                                  stockDocuments: index.stockDocumentCount, gramWeight: index.fingerprinter.gramWeight,
                                  window: index.fingerprinter.window, bytes: index.byteCount,
                                  documents: documents ? try (0..<index.documentCount).map { try index.documentID($0) } : nil))
            } catch {
                Output.error("\(error)")
                failed = true
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if !infos.isEmpty {
                let value: any Encodable = indexes.count == 1 ? infos[0] : infos
                Output.standard.write(Array(try encoder.encode(value)) + [UInt8(ascii: "\n")])
            }
        case .text:
            for info in infos { Output.standard.write(Self.text(info)) }
        }
        Output.standard.flush()
        if failed { throw ExitCode(2) }
    }

    static func text(_ info: Info) -> String {
        let megabytes = String(format: "%.2f MB", Double(info.bytes) / 1_048_576)
        var out = "\(info.file)\n"
        out += "  format version      \(info.formatVersion)\n"
        out += "  normaliser version  \(info.normalizerVersion)\n"
        out += "  documents           \(info.documentCount)\n"
        out += "  fingerprints        \(info.fingerprints)\n"
        out += "  stock phrases       \(info.stockPhraseHashes) k-gram hashes over \(info.stockDocuments) documents\n"
        out += "  k-gram weight       \(info.gramWeight), window \(info.window)\n"
        out += "  size                \(megabytes) (\(info.bytes) bytes)\n"
        if let documents = info.documents {
            out += "  documents:\n" + documents.map { "    \($0)\n" }.joined()
        }
        return out
    }
}

/// Reading reference documents: many at once, in order.
enum ReferenceFiles {
    /// How many files are read at once before their texts are indexed.
    static let batch = 64

    /// The texts of `files` in order, each read or failed (the error names the file).
    static func read(_ files: [String], reader: InputReader, progress: ProgressBar?) async -> [(file: String, result: Result<SourceText, any Error>)] {
        var out: [(file: String, result: Result<SourceText, any Error>)] = []
        var done = StatisticsProgress()
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + batch)])
            let results = await withTaskGroup(of: (Int, Result<SourceText, any Error>).self) { group in
                for (i, file) in slice.enumerated() {
                    group.addTask { (i, Result { try Self.source(reader.read(fileAt: file), file: file) }) }
                }
                var results = [Result<SourceText, any Error>?](repeating: nil, count: slice.count)
                for await (i, result) in group { results[i] = result }
                return results
            }
            for (file, result) in zip(slice, results) {
                let result = result ?? .failure(TextDecodingError.unreadable(file: file, reason: "it was not read"))
                out.append((file, result))
                done.inputs += 1
                switch result {
                case let .success(source): done.bytes += source.text.utf8.count
                case .failure: done.failed += 1
                }
            }
            progress?.update(done)
            start += batch
        }
        return out
    }

    /// Reads `files` into `builder` in batches (so that only a batch of texts is held besides
    /// the builder's), and returns the errors, each naming its file.
    static func read(_ files: [String], reader: InputReader, into builder: inout ReferenceIndexBuilder,
                     progress: ProgressBar?) async -> (indexed: Int, errors: [any Error]) {
        var errors: [any Error] = []
        var indexed = 0
        var done = StatisticsProgress()
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(files.count, start + batch)])
            let read = await Self.read(slice, reader: reader, progress: nil)
            var documents: [(id: String, source: SourceText)] = []
            for (file, result) in read {
                switch result {
                case let .success(source):
                    documents.append((file, source))
                    done.bytes += source.text.utf8.count
                case let .failure(error):
                    errors.append(error)
                    done.failed += 1
                }
                done.inputs += 1
            }
            builder.add(documents)
            indexed += documents.count
            progress?.update(done)
            start += batch
        }
        return (indexed, errors)
    }

    /// The text of `input`; an input with no text to index is an error naming the file.
    static func source(_ input: InputText, file: String) throws -> SourceText {
        let source = input.source
        if source.text.allSatisfy({ $0.isWhitespace }) { throw TextDecodingError.empty(file: file) }
        return source
    }
}
