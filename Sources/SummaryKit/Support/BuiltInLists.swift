import Foundation

/// The plain-text list files among the built-in resources (`page-chrome.txt`,
/// `english-openers.txt`, `organizations.txt`): how they are parsed, loaded once, and checked.
///
/// The format is that of `terms.txt` and `Lexicon/polarity.txt`: UTF-8, one entry per line,
/// `#` starts a comment line, blank lines are ignored. In a keyed file every entry is preceded
/// by the name of its list (a word of ASCII letters, digits and `-`) and blanks, as in
/// `line-start 资源描述`; the entry runs to the end of the line, trailing blanks dropped. An entry
/// that must begin or end with a space is written in double quotes (`"summary is a "`).
///
/// The structure stage reads these lists where it cannot throw (``DocumentReader``),
/// so a missing or malformed file leaves its lists empty there and is reported by
/// ``checkBuiltInData()``, which ``Tagger/init(lexicon:model:)`` and the `summarykit` commands
/// call before any work: a broken installation is an error naming the file (and line), never a
/// crash and never a silent change of results.
package enum BuiltInLists {
    /// One entry of a list file.
    package struct Entry: Sendable, Hashable {
        /// 1-based line number.
        package var line: Int
        /// The list's name (empty in a file without keys).
        package var key: String
        /// The entry, quotes removed.
        package var value: String
    }

    /// The entries of a list file, in file order.
    ///
    /// - Parameters:
    ///   - text: The file's text.
    ///   - file: The name used in errors.
    ///   - keyed: Whether every entry is preceded by its list's name.
    /// - Throws: ``LexiconError/malformed(file:line:text:reason:)`` naming the file and line.
    package static func entries(_ text: String, file: String, keyed: Bool) throws(LexiconError) -> [Entry] {
        var result = [Entry]()
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            let line = trimBlanks(rawLine)
            if line.isEmpty || line.hasPrefix("#") { continue }
            var key = ""
            var rest = line
            if keyed {
                guard let blank = line.firstIndex(where: isBlank) else {
                    throw .malformed(file: file, line: lineNumber, text: String(line),
                                     reason: "a line needs the name of its list, blanks, then the entry")
                }
                key = String(line[..<blank])
                rest = trimBlanks(line[blank...])
                guard key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                    throw .malformed(file: file, line: lineNumber, text: String(line),
                                     reason: "a list's name is a word of ASCII letters, digits and '-'")
                }
            }
            var value = String(rest)
            if value.hasPrefix("\"") {
                guard value.count >= 2, value.hasSuffix("\"") else {
                    throw .malformed(file: file, line: lineNumber, text: String(line),
                                     reason: "an entry that opens with a double quote must end with one")
                }
                value = String(value.dropFirst().dropLast())
                if value.contains("\"") {
                    throw .malformed(file: file, line: lineNumber, text: String(line),
                                     reason: "a quoted entry may not hold a double quote")
                }
            }
            if value.isEmpty {
                throw .malformed(file: file, line: lineNumber, text: String(line), reason: "the entry is empty")
            }
            result.append(Entry(line: lineNumber, key: key, value: value))
        }
        return result
    }

    /// Loads the built-in file `file` and parses it with `parse` (given the text and the file's
    /// path for errors). Call once, from a `static let`.
    static func load<T>(_ file: String, parse: (String, String) throws(LexiconError) -> T) -> Result<T, LexiconError> {
        let text: String
        switch BuiltInResources.text(file) {
        case .failure(let missing): return .failure(.unreadable(file: missing.file, reason: missing.reason))
        case .success(let loaded): text = loaded
        }
        let path = (try? BuiltInResources.url(file).get().path) ?? file
        do throws(LexiconError) {
            return .success(try parse(text, path))
        } catch {
            return .failure(error)
        }
    }

    /// Throws the first problem with the built-in data that the structure stage and the
    /// coverage defaults read without a chance to throw: `page-chrome.txt`,
    /// `english-openers.txt`, `organizations.txt` (as ``LexiconError``) and
    /// `default-checklist.yaml` (as ``ChecklistError``).
    package static func checkBuiltInData() throws {
        _ = try pageChrome.get()
        _ = try englishOpeners.get()
        _ = try organizationKeywords.get()
        _ = try Checklist.builtIn()
    }

    /// Whether `c` is a blank inside a line (space or tab).
    static func isBlank(_ c: Character) -> Bool { c == " " || c == "\t" }

    /// `s` without the spaces and tabs at its ends.
    static func trimBlanks(_ s: Substring) -> Substring {
        var s = s
        while let first = s.first, isBlank(first) { s.removeFirst() }
        while let last = s.last, isBlank(last) { s.removeLast() }
        return s
    }

    /// `s` with ASCII capitals made small (every other character kept): what lists matched
    /// against case-folded text hold.
    static func asciiLowercased(_ s: String) -> String {
        String(decoding: s.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
