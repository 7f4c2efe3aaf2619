import ArgumentParser
import Foundation
import SummaryKit

/// `audit --reference` and `audit --cross-check`: copied-text findings.
struct CopyOptions: ParsableArguments {
    @Option(help: "Check for text copied from these references: an index (index build) or reference files and folders, indexed on the fly; repeatable.", completion: .file())
    var reference: [String] = []

    @Flag(help: "Check the submissions of this run against each other for copied text.")
    var crossCheck = false

    /// Whether any copy check was asked for.
    var isActive: Bool { !reference.isEmpty || crossCheck }

    /// The references to check against.
    struct References {
        /// Each index named, then the one built in memory of the reference documents named.
        var indexes: [ReferenceIndex] = []
        /// The paths of the documents in the index built in memory (the last of ``indexes``),
        /// by number: a file audited under the same path is that very file, never a copy of it.
        var readNow: [String: Set<Int>] = [:]
        /// The reference documents that could not be read, each error naming its file.
        var errors: [any Error] = []
    }

    /// The references to check against: each index named, and one index in memory of the
    /// reference documents named (files and folders). A reference document that cannot be read
    /// is named in `errors` and left out; an index that cannot be opened ends the run (exit 2).
    func loadReferences(reader: InputReader) async throws -> References {
        var indexes: [ReferenceIndex] = []
        var documents: [String] = []
        for path in reference {
            if Self.isIndex(path) {
                do {
                    indexes.append(try ReferenceIndex(contentsOf: path))
                } catch {
                    Output.error("\(error)")
                    throw ExitCode(2)
                }
            } else {
                documents.append(path)
            }
        }
        guard !documents.isEmpty else { return References(indexes: indexes) }
        let (files, missing) = InputFiles.expand(documents)
        var errors = missing.map(\.1)
        var builder: ReferenceIndexBuilder
        do {
            builder = try ReferenceIndexBuilder()
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        let read = await ReferenceFiles.read(files, reader: reader, into: &builder, progress: nil)
        errors += read.errors
        var readNow: [String: Set<Int>] = [:]
        if builder.documentCount > 0 {
            do {
                let index = try builder.index()
                for number in 0..<index.documentCount { readNow[try index.documentID(number), default: []].insert(number) }
                indexes.append(index)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        return References(indexes: indexes, readNow: readNow, errors: errors)
    }

    /// Whether `path` names an index file: it ends in `.skidx` or starts with an index's
    /// magic bytes (anything else is a reference document or folder).
    static func isIndex(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".skidx") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return head == Data("SKCOPYIX".utf8)
    }

    /// `rows` with copied-text findings added: against every index of `references`, and
    /// between the audited files when --cross-check is given (a file never against itself,
    /// nor against itself read as a reference from the same path in this run).
    func check(_ rows: [(file: String, result: Result<AuditedDocument, any Error>)],
               references: References) throws -> [(file: String, result: Result<AuditedDocument, any Error>)] {
        guard isActive else { return rows }
        let detector: CopyDetector
        var submissions: ReferenceIndex?
        // The row of each submission in the cross-check index.
        var numbers: [Int: Int] = [:]
        do {
            detector = try CopyDetector()
            if crossCheck {
                var builder = try ReferenceIndexBuilder()
                var documents: [(id: String, source: SourceText)] = []
                for (row, entry) in rows.enumerated() {
                    guard case let .success(result) = entry.result else { continue }
                    numbers[row] = documents.count
                    documents.append((entry.file, result.tagged.document.source))
                }
                builder.add(documents)
                submissions = try builder.index()
            }
        } catch {
            Output.error("\(error)")
            throw ExitCode(2)
        }
        var checked = rows
        for (row, entry) in rows.enumerated() {
            guard case var .success(result) = entry.result else { continue }
            do {
                for (k, index) in references.indexes.enumerated() {
                    let itself = k == references.indexes.count - 1 ? references.readNow[entry.file] ?? [] : []
                    result = try detector.check(result, against: index, excluding: itself)
                }
                if let submissions, let number = numbers[row] {
                    result = try detector.check(result, against: submissions, excluding: [number])
                }
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
            checked[row].result = .success(result)
        }
        return checked
    }
}
