import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands folders into the files a command reads, in a stable order, and names every input
/// that yields nothing: a path that does not exist, a folder or subfolder that cannot be read,
/// an entry whose type cannot be told (a dangling symbolic link, a loop), a folder with no
/// supported files. Nothing is skipped in silence.
///
/// Folders are searched recursively; hidden files are read; a symbolic link to a file is read,
/// a symbolic link to a folder is not followed (no cycles, no file counted twice).
enum InputFiles {
    static let extensions: Set<String> = ["txt", "docx", "html", "htm"]

    /// An input path that yields no file, with a full sentence naming it.
    struct Problem: Error, CustomStringConvertible, Sendable {
        /// The path as given or found.
        var path: String
        /// The sentence for the user, starting with the path (in English).
        var description: String
        /// The sentence's key in the table of report strings and its arguments (path first,
        /// then a system reason), for ``description(in:)``; nil for a sentence made here.
        var key: String?
        var arguments: [String] = []

        init(path: String, description: String) {
            self.path = path
            self.description = description
        }

        /// The problem of `key` in the table of report strings, about `path`, with a system
        /// error's `reason` when there is one.
        init(path: String, key: String, reason: String? = nil) {
            self.path = path
            self.key = key
            arguments = [path] + (reason.map { [$0] } ?? [])
            description = ReportStrings(.en).format(key, arguments: arguments)
        }

        /// The sentence in `language`.
        func description(in language: ReportLanguage) -> String {
            guard let key else { return description }
            let strings = ReportStrings(language)
            return strings.format(key, arguments: arguments.enumerated().map { $0.offset == 1 ? strings.reason($0.element) : $0.element })
        }
    }

    /// The sentence a user reads for an input error, in `language`.
    static func describe(_ error: any Error, in language: ReportLanguage) -> String {
        (error as? Problem)?.description(in: language) ?? ReportStrings(language).describe(error)
    }

    /// The files under `paths` (folders searched recursively for .txt, .docx, .html, .htm) and
    /// the paths that yield none (see ``InputFiles``), each with its error.
    static func expand(_ paths: [String]) -> ([String], [(String, any Error)]) {
        var files = [String]()
        var missing = [(String, any Error)]()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                missing.append((path, TextDecodingError.unreadable(file: path, reason: reason(errno))))
                continue
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                files.append(path)
                continue
            }
            let (found, problems) = walk(path, selects: { _ in true })
            missing += problems.map { ($0.path, $0 as any Error) }
            if found.isEmpty, problems.isEmpty { missing.append((path, noFiles(in: path, filtered: false))) }
            files += found
        }
        return (files, missing)
    }

    /// The files below `folder` with a supported extension that `selects` accepts (given the
    /// path below the folder), sorted by that path, and what could not be read on the way: a
    /// subfolder that cannot be opened or listed, and an entry whose type cannot be told that
    /// could be an input (a supported extension, or none: it may be a folder).
    static func walk(_ folder: String, selects: (String) -> Bool) -> (files: [String], problems: [Problem]) {
        let root = folder.hasSuffix("/") ? folder : folder + "/"
        var found = [String]()
        var problems = [Problem]()
        var pending = [""]
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? folder : root + relative
            guard let listing = opendir(directory) else {
                problems.append(Problem(path: directory, key: "error.folderUnreadable", reason: reason(errno)))
                continue
            }
            while true {
                errno = 0
                guard let entry = readdir(listing) else {
                    if errno != 0 {
                        problems.append(Problem(path: directory, key: "error.folderUnreadable", reason: reason(errno)))
                    }
                    break
                }
                let name = directoryEntryName(entry)
                if name == "." || name == ".." || name.isEmpty { continue }
                let below = relative.isEmpty ? name : relative + "/" + name
                let path = root + below
                let ext = (name as NSString).pathExtension.lowercased()
                var info = stat()
                if lstat(path, &info) != 0 {
                    problems.append(Problem(path: path, key: "error.entryUnreadable", reason: reason(errno)))
                    continue
                }
                var type = info.st_mode & S_IFMT
                if type == S_IFLNK {
                    if stat(path, &info) != 0 {
                        // A dangling link or a loop: it may have been meant as a file or a folder.
                        if ext.isEmpty || extensions.contains(ext) {
                            problems.append(Problem(path: path, key: "error.linkUnreadable", reason: reason(errno)))
                        }
                        continue
                    }
                    type = info.st_mode & S_IFMT
                    if type == S_IFDIR { continue }
                } else if type == S_IFDIR {
                    pending.append(below)
                    // A folder named like an input is listed too, as it always was: reading it
                    // fails and names it ("it is a directory").
                    if extensions.contains(ext), selects(below) { found.append(below) }
                    continue
                }
                if extensions.contains(ext), selects(below) { found.append(below) }
            }
            closedir(listing)
        }
        return (found.sorted().map { root + $0 }, problems)
    }

    /// The error for a folder in which nothing is to be read.
    static func noFiles(in folder: String, filtered: Bool) -> Problem {
        Problem(path: folder, key: filtered ? "error.noFilesFiltered" : "error.noFiles")
    }

    /// A short reason for a system error, as the library's input errors word it.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case ELOOP: return "too many levels of symbolic links"
        case ENOTDIR: return "a part of the path is not a directory"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
