import Foundation

/// The language of the human-facing reports (text, Markdown, HTML, the message of SARIF
/// results): `summarykit … --lang zh|en`.
///
/// JSON keeps its stable ids and English `message` whatever the language, and adds every
/// language's message (``Finding/message(in:)``).
public enum ReportLanguage: String, Sendable, Hashable, Codable, CaseIterable {
    /// English.
    case en
    /// Simplified Chinese.
    case zh

    /// The language the environment asks for, as the C library reads it: the first of
    /// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty; a value starting with `zh`
    /// (`zh_CN.UTF-8`, `zh_TW`) gives ``zh``, anything else (`C`, `POSIX`, `en_US.UTF-8`), or
    /// none set, gives ``en``.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}

/// Every string the human-facing reports print, one table per language, keyed by message id.
///
/// A template's `{0}`, `{1}` … are filled with ``format(_:_:)``'s arguments. A third language
/// is one more entry in ``tables`` (ReportLanguageTests checks that every table has every key
/// of the English one). Terms used throughout the Chinese table: 检查项 (checklist section),
/// 必查项 (required section), 覆盖率, 证据段落, 已覆盖/薄弱/缺失, 通过/不通过.
package struct ReportStrings: Sendable {
    /// The language of the strings.
    package let language: ReportLanguage
    private let table: [String: String]

    /// The strings of `language`.
    package init(_ language: ReportLanguage) {
        self.language = language
        table = Self.tables[language] ?? Self.english
    }

    /// The string for `key`: this language's, else the English one, else the key itself.
    package subscript(_ key: String) -> String {
        table[key] ?? Self.english[key] ?? key
    }

    /// The template `key` with `{0}`, `{1}` … replaced by `arguments`.
    package func format(_ key: String, _ arguments: String...) -> String {
        Self.fill(self[key], arguments)
    }

    /// The template `key` with `{0}`, `{1}` … replaced by `arguments`.
    package func format(_ key: String, arguments: [String]) -> String {
        Self.fill(self[key], arguments)
    }

    /// A system error's short reason (`no such file or directory`) in this language, as is
    /// when the table has no translation.
    package func reason(_ text: String) -> String {
        table["reason.\(text)"] ?? text
    }

    static func fill(_ template: String, _ arguments: [String]) -> String {
        // On UTF-8 bytes: `{` and `}` are ASCII, so they never sit inside a multi-byte character
        // (every finding's message is filled in each language: this runs per finding).
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        let bytes = Array(template.utf8)
        guard bytes.contains(open) else { return template }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16 * arguments.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == open, let end = bytes[(i + 1)...].firstIndex(of: close), end > i + 1, end - i <= 8,
               bytes[(i + 1)..<end].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                let n = bytes[(i + 1)..<end].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if arguments.indices.contains(n) {
                    out += arguments[n].utf8
                    i = end + 1
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Names of values

    /// The section status as a report prints it.
    package func status(_ status: SectionStatus) -> String { self["status.\(status.rawValue)"] }
    /// The severity as a report prints it.
    package func severity(_ severity: Finding.Severity) -> String { self["severity.\(severity.rawValue)"] }
    /// The rule's name: its stable id in English, a short name in Chinese.
    package func rule(_ rule: FindingRule) -> String { self["rule.\(rule.rawValue)"] }
    /// A tagger category's name.
    package func category(_ category: Category) -> String { self["category.\(category.rawValue)"] }
    /// The text's language as a report prints it.
    package func textLanguage(_ language: Language) -> String { self["language.\(language.rawValue)"] }
    /// The kind of organisation as a report prints it.
    package func organization(_ kind: OrganizationKind) -> String { self["organization.\(kind.rawValue)"] }
    /// The verdict word.
    package func verdict(_ passed: Bool) -> String { self[passed ? "verdict.pass" : "verdict.fail"] }

    /// What a report calls section `id` of `checklist`: its Chinese title in Chinese; in English
    /// its id (`short`, for the text report's columns) or its English title. A section the
    /// checklist does not have, or one without a title, is called by its id.
    package func section(_ id: String, in checklist: Checklist, short: Bool = false) -> String {
        guard let section = checklist.sections.first(where: { $0.id == id }) else { return id }
        switch language {
        case .zh: return section.titleZh.isEmpty ? id : section.titleZh
        case .en: return short || section.titleEn.isEmpty ? id : section.titleEn
        }
    }

    /// The finding's message in this language, from its rule and ``Finding/arguments``; its
    /// stored ``Finding/message`` when it has no arguments (a finding made by hand, or decoded
    /// from JSON) and the language is not English.
    package func message(_ finding: Finding) -> String {
        Self.message(rule: finding.rule, arguments: finding.arguments, in: self) ?? finding.message
    }

    /// The message of `rule` with `arguments` (see ``Finding/arguments`` for what each rule
    /// passes), or nil when the arguments do not fit the rule.
    package static func message(rule: FindingRule, arguments a: [String], in strings: ReportStrings) -> String? {
        let needed: Int
        switch rule {
        case .sectionThin: needed = 4
        case .sectionMissing: needed = 3
        case .headingUnsupported: needed = 2
        case .placeholder, .boilerplate, .emptyHeading, .repeatedParagraph, .shortcomingUnaddressed, .measureUnanchored: needed = 1
        case .copiedText:
            // English keeps the finding's own sentence (its plurals: "1 passage", "line 4 ↔ 2").
            guard strings.language != .en else { return nil }
            needed = 5
        }
        guard a.count >= needed else { return nil }
        switch rule {
        case .headingUnsupported:
            // The category is named in the report's language.
            let name = Category(rawValue: a[1]).map { strings.category($0) } ?? a[1]
            return strings.format("message.\(rule.rawValue)", a[0], name)
        default:
            return fill(strings["message.\(rule.rawValue)"], a)
        }
    }

    // MARK: Errors

    /// The sentence a user reads for `error`: input and checklist errors in this language (the
    /// English sentences are their ``TextDecodingError/description``), any other error as it
    /// describes itself.
    package func describe(_ error: any Error) -> String {
        switch error {
        case let error as TextDecodingError: return describe(error)
        case let error as DocumentError: return describe(error)
        case let error as ChecklistError:
            guard language != .en else { return error.description }
            // The problems themselves are English sentences; the heading says what they are.
            return format("error.checklist", error.file, String(error.problems.count)) + "\n" + error.description
        default: return "\(error)"
        }
    }

    /// The sentence for a decoding error, starting with the file.
    package func describe(_ error: TextDecodingError) -> String {
        switch error {
        case let .unreadable(file, reason): return format("error.unreadable", file, self.reason(reason))
        case let .empty(file): return format("error.empty", file)
        case let .tooLarge(file, bytes, limit): return format("error.tooLarge", file, String(bytes), String(limit))
        case let .binary(file, offset): return format("error.binary", file, String(offset))
        case let .invalidBytes(file, encoding, offset): return format("error.invalidBytes", file, encoding, String(offset))
        case let .undetectable(file, guess):
            return format("error.undetectable", file, guess.map { format("error.undetectable.guess", $0) } ?? "")
        case let .unknownEncoding(file, name): return format("error.unknownEncoding", file, name)
        }
    }

    /// The sentence for a document error, starting with the file.
    package func describe(_ error: DocumentError) -> String {
        switch error {
        case let .decoding(error): return describe(error)
        case let .corruptContainer(file, format, reason):
            return self.format("error.corruptContainer", file, self["error.container.\(format.rawValue)"], reason)
        case let .missingPart(file, part): return format("error.missingPart", file, part)
        case let .partTooLarge(file, part, bytes, limit): return format("error.partTooLarge", file, part, String(bytes), String(limit))
        case let .malformedXML(file, part, line, reason): return format("error.malformedXML", file, part, String(line), reason)
        case let .unsupportedFormat(file, format): return self.format("error.unsupportedFormat", file, format)
        }
    }
}
