/// The word lists of the structure stage, read from the built-in resources
/// (``BuiltInLists``): page chrome, English sentence openers, organisation keywords.
extension Chrome {
    /// The lists of `Resources/page-chrome.txt`, in file order. Lists matched against text whose
    /// ASCII case is folded hold their entries with ASCII letters small, whatever the file wrote.
    package struct Words: Sendable, Hashable {
        static let file = "page-chrome.txt"

        package var breadcrumbStarts = [String]()
        package var lineStarts = [String]()
        package var lineContains = [String]()
        package var leadInMarks = [String]()
        package var englishLeadInMarks = [String]()
        package var definitionStarts = [String]()
        package var linkListHeaders = [String]()
        package var countWords = [String]()
        package var contentsHeaders = [String]()
        package var watermarkCore = ""
        package var watermarkHeads = [String]()
        package var watermarkTails = [String]()

        /// Empty lists: no line is chrome by its words.
        package init() {}

        /// The lists of a file in the format of `page-chrome.txt`.
        ///
        /// - Throws: ``LexiconError/malformed(file:line:text:reason:)`` naming `file` and the
        ///   line: a malformed line, an unknown list, a list with no entry, more than one
        ///   `watermark-core`.
        package init(parsing text: String, file: String) throws(LexiconError) {
            let lists: [(name: String, path: WritableKeyPath<Words, [String]>, folded: Bool)] = [
                ("breadcrumb-start", \.breadcrumbStarts, false),
                ("line-start", \.lineStarts, false),
                ("line-contains", \.lineContains, false),
                ("lead-in", \.leadInMarks, false),
                ("lead-in-en", \.englishLeadInMarks, true),
                ("definition-start", \.definitionStarts, true),
                ("link-list-header", \.linkListHeaders, true),
                ("count-word", \.countWords, true),
                ("contents-header", \.contentsHeaders, false),
                ("watermark-head", \.watermarkHeads, false),
                ("watermark-tail", \.watermarkTails, false),
            ]
            let names = lists.map(\.name) + ["watermark-core"]
            var seen = Set<String>()
            for entry in try BuiltInLists.entries(text, file: file, keyed: true) {
                seen.insert(entry.key)
                if entry.key == "watermark-core" {
                    guard watermarkCore.isEmpty else {
                        throw .malformed(file: file, line: entry.line, text: entry.value,
                                         reason: "the list 'watermark-core' holds exactly one entry")
                    }
                    watermarkCore = entry.value
                    continue
                }
                guard let list = lists.first(where: { $0.name == entry.key }) else {
                    throw .malformed(file: file, line: entry.line, text: entry.key,
                                     reason: "unknown list; the lists are \(names.joined(separator: ", "))")
                }
                self[keyPath: list.path].append(list.folded ? BuiltInLists.asciiLowercased(entry.value) : entry.value)
            }
            for name in names where !seen.contains(name) {
                throw .malformed(file: file, line: 1, text: name, reason: "the file has no entry for this list (every list needs at least one)")
            }
        }
    }
}

extension BuiltInLists {
    /// The lists of `Resources/page-chrome.txt`, read once per process.
    package static let pageChrome: Result<Chrome.Words, LexiconError> = load(Chrome.Words.file) { text, file throws(LexiconError) in
        try Chrome.Words(parsing: text, file: file)
    }

    /// The words of `Resources/english-openers.txt`, read once per process.
    package static let englishOpeners: Result<Set<String>, LexiconError> = load("english-openers.txt") { text, file throws(LexiconError) in
        try englishOpeners(parsing: text, file: file)
    }

    /// The keywords of `Resources/organizations.txt`, read once per process.
    package static let organizationKeywords: Result<[(OrganizationKind, [String])], LexiconError> = load("organizations.txt") { text, file throws(LexiconError) in
        try organizationKeywords(parsing: text, file: file)
    }

    /// The words of a file in the format of `english-openers.txt`: one word of ASCII letters a line.
    ///
    /// - Throws: ``LexiconError/malformed(file:line:text:reason:)`` naming `file` and the line.
    package static func englishOpeners(parsing text: String, file: String) throws(LexiconError) -> Set<String> {
        var words = Set<String>()
        for entry in try entries(text, file: file, keyed: false) {
            guard entry.value.unicodeScalars.allSatisfy(\.isASCIILetter) else {
                throw .malformed(file: file, line: entry.line, text: entry.value, reason: "an opener is one word of ASCII letters")
            }
            words.insert(entry.value)
        }
        if words.isEmpty {
            throw .malformed(file: file, line: 1, text: "", reason: "the file lists no opener")
        }
        return words
    }

    /// The keywords of a file in the format of `organizations.txt`: per kind, in the order the
    /// kinds first occur (their priority), the keywords in file order, in lower case.
    ///
    /// - Throws: ``LexiconError/malformed(file:line:text:reason:)`` naming `file` and the line.
    package static func organizationKeywords(parsing text: String, file: String) throws(LexiconError) -> [(OrganizationKind, [String])] {
        var result = [(OrganizationKind, [String])]()
        for entry in try entries(text, file: file, keyed: true) {
            guard let kind = OrganizationKind(rawValue: entry.key) else {
                throw .malformed(file: file, line: entry.line, text: entry.key,
                                 reason: "unknown kind of organisation; the kinds are \(OrganizationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let keyword = entry.value.lowercased()
            if let k = result.firstIndex(where: { $0.0 == kind }) {
                result[k].1.append(keyword)
            } else {
                result.append((kind, [keyword]))
            }
        }
        if result.isEmpty {
            throw .malformed(file: file, line: 1, text: "", reason: "the file lists no keyword")
        }
        return result
    }
}
