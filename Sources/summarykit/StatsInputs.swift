import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inputs of `summarykit stats`: folders walked recursively with include/exclude globs,
/// file lists, or JSON Lines on standard input; filtered to one shard.
struct StatsInputs {
    var include: [String]
    var exclude: [String]
    var shard: Shard?

    /// The files named by `paths` (folders expanded, sorted) and the lines of `filesFrom`,
    /// in order, as inputs. Paths that do not exist stay in the list: reading them fails and
    /// is counted. A folder or subfolder that cannot be read, and a folder in which nothing
    /// is selected, are failed inputs (``InputFiles/walk(_:selects:)``), named by their path.
    ///
    /// - Throws: ``TextDecodingError`` when the file list cannot be read, ``InputLimitError``
    ///   when it is over a limit (``fileList(_:)``); ``InputFiles/Problem`` when there are no
    ///   inputs at all (before sharding).
    func files(_ paths: [String], filesFrom: String?) throws -> [StatisticsInput] {
        var inputs = [StatisticsInput]()
        for path in paths {
            // `-` is one document read from standard input (decoded as a file would be).
            if path == "-" {
                do {
                    inputs.append(.text(id: "-", text: try TextDecoder().decodeStandardInput().text))
                } catch {
                    inputs.append(.invalid(StatisticsFailure(id: "-", error: error)))
                }
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
                inputs.append(.file(path: path))
                continue
            }
            let (found, problems) = InputFiles.walk(path, selects: selects)
            for problem in problems {
                inputs.append(.invalid(.init(id: problem.path, reason: .unreadable, message: problem.description)))
            }
            if found.isEmpty, problems.isEmpty {
                let problem = InputFiles.noFiles(in: path, filtered: !include.isEmpty || !exclude.isEmpty)
                inputs.append(.invalid(.init(id: path, reason: .unreadable, message: problem.description)))
            }
            inputs += found.map { .file(path: $0) }
        }
        var files = [String]()
        if let filesFrom {
            files += try Self.fileList(filesFrom)
        }
        inputs += files.map { .file(path: $0) }
        if inputs.isEmpty {
            throw InputFiles.Problem(path: filesFrom ?? "", description: "no inputs: \(filesFrom.map { $0 == "-" ? "standard input" : $0 } ?? "the paths given") named no files.")
        }
        return inputs.filter { shard?.contains($0.id) ?? true }
    }

    /// Whether a file found in a folder passes the globs: at least one `--include` (when any)
    /// and no `--exclude`. A glob with a `/` is matched against the path below the folder,
    /// one without against the file name; `*` matches across folders.
    func selects(_ relative: String) -> Bool {
        func matches(_ glob: String) -> Bool {
            let subject = glob.contains("/") ? relative : (relative as NSString).lastPathComponent
            return fnmatch(glob, subject, 0) == 0
        }
        if !include.isEmpty, !include.contains(where: matches) { return false }
        return !exclude.contains(where: matches)
    }

    /// The paths listed in `list` (`-`: standard input), one per line, blank lines skipped.
    /// A line may hold at most ``StatisticsInput/maxFileListLineBytes`` bytes and the list at
    /// most ``StatisticsInput/maxFileListBytes``; reading stops at the first byte over either.
    ///
    /// - Throws: ``InputLimitError`` naming the list and the limit, or ``TextDecodingError``
    ///   when the list cannot be read.
    static func fileList(_ list: String) throws -> [String] {
        let reader = list == "-"
            ? LineReader(fd: 0, name: "<stdin>", limit: StatisticsInput.maxFileListLineBytes, mode: .stop)
            : try LineReader(fileAt: list, limit: StatisticsInput.maxFileListLineBytes, mode: .stop)
        var paths = [String]()
        var total = 0
        while let line = try reader.next() {
            switch line {
            case let .tooLong(number, _):
                throw InputLimitError(message: "\(reader.name):\(number): a line of the file list is longer than \(StatisticsInput.maxFileListLineBytes) bytes, the limit for one path; is this a list of paths, one per line?")
            case let .text(_, bytes):
                total += bytes.count + 1
                if total > StatisticsInput.maxFileListBytes {
                    throw InputLimitError(message: "\(reader.name): the file list is longer than \(LineReader.describe(bytes: StatisticsInput.maxFileListBytes)), the limit for one list; split it into several runs (--shard, or several lists).")
                }
                let path = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                if !path.isEmpty { paths.append(path) }
            }
        }
        return paths
    }

    /// JSON Lines records read lazily from standard input, one `{"id": …, "text": …}` per line;
    /// a line that is not such an object becomes an ``StatisticsInput/invalid(_:)`` input, and
    /// so does a line over ``StatisticsInput/maxRecordBytes`` (`too_large`), whose bytes are
    /// read and dropped, never held.
    func jsonLines() -> AnySequence<StatisticsInput> {
        let shard = self.shard
        return AnySequence {
            let reader = LineReader(fd: 0, name: "<stdin>", limit: StatisticsInput.maxRecordBytes, mode: .skip)
            var failed = false
            return AnyIterator { () -> StatisticsInput? in
                while !failed {
                    let next: LineReader.Line?
                    do {
                        next = try reader.next()
                    } catch {
                        failed = true
                        return StatisticsInput.invalid(StatisticsFailure(id: "<stdin>", reason: .unreadable, message: "\(error)"))
                    }
                    guard let next else { return nil }
                    let input: StatisticsInput
                    switch next {
                    case let .tooLong(number, bytes):
                        let id = "<stdin>:\(number)"
                        input = .invalid(.init(id: id, reason: .tooLarge, message: "\(id): the record has \(bytes) bytes, more than the limit of \(StatisticsInput.maxRecordBytes) bytes (\(LineReader.describe(bytes: StatisticsInput.maxRecordBytes))) for one JSON Lines record; it was skipped."))
                    case let .text(number, bytes):
                        let line = String(decoding: bytes, as: UTF8.self)
                        if line.allSatisfy(\.isWhitespace) { continue }
                        input = Self.parse(line, number: number)
                    }
                    if let shard, !shard.contains(input.id) { continue }
                    return input
                }
                return nil
            }
        }
    }

    static func parse(_ line: String, number: Int) -> StatisticsInput {
        let fallback = "<stdin>:\(number)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
            return .invalid(.init(id: fallback, reason: .invalidRecord, message: "\(fallback): the line is not a JSON object."))
        }
        let id: String
        switch object["id"] {
        case let string as String: id = string
        case let number as NSNumber: id = number.stringValue
        default:
            return .invalid(.init(id: fallback, reason: .invalidRecord, message: "\(fallback): the record has no string or number \"id\"."))
        }
        guard let text = object["text"] as? String else {
            return .invalid(.init(id: id, reason: .invalidRecord, message: "\(id) (\(fallback)): the record has no string \"text\"."))
        }
        return .text(id: id, text: text)
    }
}

/// An input over one of the documented size limits: the message names the input and the limit.
struct InputLimitError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
