import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-document output written while a run streams, and finished once the corpus is known:
/// records go to a temporary spool file as they are folded (so memory stays bounded), and
/// ``write(clusters:format:sections:to:)`` rewrites them with their near-duplicate cluster
/// ids into the final file, written under a temporary name and renamed when complete;
/// ``discard()`` removes the spool.
///
/// ```swift
/// let spool = try RecordSpool(near: "out/per-doc.jsonl")
/// try spool.append(analysis.records)               // as inputs finish, in input order
/// try spool.write(clusters: report.nearDuplicates.clusters, format: .jsonl,
///                 sections: statistics.sectionOrder, to: .file("out/per-doc.jsonl"))
/// spool.discard()
/// ```
package final class RecordSpool: @unchecked Sendable {
    /// The layout of the finished output.
    package enum Format: String, Sendable, CaseIterable {
        /// One JSON object per line (``DocumentRecord``'s keys).
        case jsonl
        /// A table with a header row (RFC 4180 quoting).
        case csv
    }

    /// Where the finished output goes.
    package enum Destination: Sendable {
        /// A file, replaced atomically.
        case file(String)
        /// A writer (standard output).
        case writer(@Sendable (String) -> Void)
    }

    /// The spool file's path (removed by ``discard()``).
    package let path: String
    private var handle: UnsafeMutablePointer<FILE>?
    private let encoder: JSONEncoder
    private var temporaries: [String]
    private let lock = NSLock()

    /// Opens a spool beside `target` (or in the temporary folder).
    ///
    /// - Parameter target: The path of the final output, whose folder receives the spool
    ///   (`.NAME.summarykit-tmp-PID-XXXXXX`; beside a symbolic link's target, in the temporary
    ///   folder when the target is a device or FIFO); nil to spool in the temporary folder.
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when the folder is not writable.
    package init(near target: String?) throws {
        // Beside the file the output will replace; a device or FIFO's folder (/dev) is no
        // place for a spool.
        var place = target.map { (try? OutputFile.resolve($0)) ?? (target: $0, info: nil) }
        if let info = place?.info, info.st_mode & S_IFMT != S_IFREG { place = nil }
        let directory = place.map { OutputFile.split($0.target).directory } ?? NSTemporaryDirectory()
        let name = place.map { OutputFile.split($0.target).name } ?? "summarykit-records"
        let (path, file) = try Self.createTemporary(in: directory, name: name, for: target ?? directory)
        self.path = path
        handle = file
        temporaries = [path]
        encoder = JSONOutput.encoder(pretty: false)
    }

    deinit { discard() }

    /// Appends records, one JSON line each; does nothing once the spool is discarded.
    ///
    /// - Parameter records: The records of one input, in file order.
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when the spool file cannot be
    ///   written; `EncodingError` when a record cannot be encoded.
    package func append(_ records: [DocumentRecord]) throws {
        guard let handle else { return }
        for record in records {
            var line = try encoder.encode(record)
            line.append(0x0A)
            let written = line.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
            if written != line.count {
                throw OutputError.unwritable(file: path, reason: FileReader.errnoMessage(errno))
            }
        }
    }

    /// Writes the spooled records with their cluster ids to `destination`; may be called again
    /// for another destination or format.
    ///
    /// - Parameters:
    ///   - clusters: The corpus's near-duplicate clusters.
    ///   - format: JSON Lines or CSV.
    ///   - sections: The checklist's section ids, for the CSV columns.
    ///   - destination: A file (``OutputFile``: written under a temporary name beside it and
    ///     renamed over it when complete; a device or FIFO written straight into), or a writer
    ///     that receives the output in pieces.
    /// - Throws: ``OutputError/unwritable(file:reason:)`` when the output cannot be created,
    ///   written or put in place; `DecodingError` when a spooled line cannot be read
    ///   back. Does nothing once the spool is discarded.
    /// With `bom`, a CSV starts with the UTF-8 byte order mark, which spreadsheet programs read
    /// as "this file is UTF-8" (without it, Excel shows Chinese text as mojibake).
    package func write(clusters: [NearDuplicateCluster], format: Format, sections: [String], to destination: Destination,
                       bom: Bool = false) throws {
        guard let input = handle else { return }
        fflush(input)
        rewind(input)
        defer { fseek(input, 0, SEEK_END) }
        var clusterOf = [String: String]()
        for cluster in clusters {
            for member in cluster.members { clusterOf["\(member.id)#\(member.summary)"] = cluster.id }
        }
        // A file is written through OutputFile: a temporary renamed over a regular file, or
        // straight into a device or FIFO; discarded (the target untouched) on any failure.
        let output: OutputFile?
        if case let .file(target) = destination { output = try OutputFile(path: target) } else { output = nil }
        defer { output?.discard() }
        func emit(_ text: String) throws {
            if let output {
                try output.write(text)
            } else if case let .writer(write) = destination {
                write(text)
            }
        }
        if format == .csv { try emit((bom ? "\u{FEFF}" : "") + StatisticsCSV.header(sections: sections)) }
        let decoder = JSONDecoder()
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, input) > 0, let line {
            var record = try decoder.decode(DocumentRecord.self, from: Data(String(cString: line).utf8))
            record.cluster = clusterOf[record.key]
            switch format {
            case .jsonl: try emit(String(decoding: try encoder.encode(record), as: UTF8.self) + "\n")
            case .csv: try emit(StatisticsCSV.row(record, sections: sections))
            }
        }
        try output?.commit()
    }

    /// Closes the spool and removes every temporary file it made.
    package func discard() {
        if let handle {
            fclose(handle)
            self.handle = nil
        }
        removeTemporaryFiles()
    }

    /// Removes the temporary files only; safe to call from a signal handler's queue while
    /// another thread writes (Ctrl-C).
    package func removeTemporaryFiles() {
        lock.withLock {
            for path in temporaries {
                unlink(path)
                TemporaryFiles.remove(path)
            }
            temporaries.removeAll()
        }
    }

    static func createTemporary(in directory: String, name: String, for target: String) throws -> (String, UnsafeMutablePointer<FILE>) {
        // Tracked from before it exists: an interrupt handler removes it (TemporaryFiles).
        guard let (path, fd) = TemporaryFiles.create(in: directory, name: name) else {
            throw OutputError.unwritable(file: target, reason: "cannot create a file in \(directory): \(FileReader.errnoMessage(errno))")
        }
        guard let file = fdopen(fd, "w+") else {
            let reason = FileReader.errnoMessage(errno)
            close(fd)
            unlink(path)
            TemporaryFiles.remove(path)
            throw OutputError.unwritable(file: target, reason: "cannot open \(path): \(reason)")
        }
        return (path, file)
    }
}
