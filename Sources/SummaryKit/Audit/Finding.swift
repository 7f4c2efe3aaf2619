/// A problem found in a submitted summary, pointing at its place in the text.
public struct Finding: Sendable, Hashable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// A serious defect: a required checklist section is missing.
        case error
        /// A problem worth fixing: an optional section missing, a section only mentioned in
        /// passing, an unfilled placeholder, an empty or unsupported heading, a repeated
        /// paragraph, text copied from a reference.
        case warning
        /// A remark only: web-page chrome left in the text.
        case note

        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        /// Orders the most serious first: `error` < `warning` < `note`.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The rule that found it (its stable id, e.g. `section-missing`, in JSON and SARIF).
    public var rule: FindingRule
    /// How serious the finding is.
    public var severity: Severity
    /// 1-based line of the finding's first character.
    public var line: Int
    /// 1-based column of the finding's first character, counted in Unicode scalars from the
    /// start of its line.
    public var column: Int
    /// UTF-8 byte offset into the decoded text (`Document.source.text`) where the finding starts.
    public var start: Int
    /// UTF-8 byte offset into the decoded text just past the finding's end (exclusive).
    public var end: Int
    /// A full sentence, in English (the JSON report's stable `message`; ``message(in:)`` gives
    /// it in another language).
    public var message: String
    /// The values filled into the rule's message, so that a report can say it in any
    /// ``ReportLanguage``: `section-missing` the section's id, Chinese and English titles;
    /// `section-thin` those and the best score (`0.42`); `placeholder` the placeholder's text;
    /// `boilerplate`, `empty-heading` the excerpt quoted; `heading-unsupported` the excerpt and
    /// the category's id; `repeated-paragraph` the line of the first occurrence. Empty for a
    /// finding made without them (its ``message`` is then used in every language).
    public var arguments: [String]
    /// Every place the finding occurs, in text order: the same finding repeated in one summary
    /// (the same rule and message, e.g. the placeholder `XXX` 38 times) is one finding with 38
    /// places. The first place is also the finding's ``line``, ``column``, ``start`` and ``end``.
    public var places: [Place]

    /// One place of a finding in the text.
    public struct Place: Sendable, Hashable, Codable {
        /// 1-based line of the place's first character.
        public var line: Int
        /// 1-based column of its first character, in Unicode scalars.
        public var column: Int
        /// UTF-8 byte offset where it starts.
        public var start: Int
        /// UTF-8 byte offset just past its end.
        public var end: Int

        /// Creates a place.
        public init(line: Int, column: Int, start: Int, end: Int) {
            self.line = line
            self.column = column
            self.start = start
            self.end = end
        }
    }

    /// For a ``FindingRule/copiedText`` finding, the reference and the shared passages; nil
    /// (and left out of JSON) for every other rule.
    public var copy: CopiedText?

    /// Creates a finding; with no `places`, its one place is `line`, `column`, `start`, `end`.
    public init(rule: FindingRule, severity: Severity, line: Int, column: Int, start: Int, end: Int, message: String,
                arguments: [String] = [], places: [Place] = [], copy: CopiedText? = nil) {
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.message = message
        self.arguments = arguments
        self.places = places.isEmpty ? [Place(line: line, column: column, start: start, end: end)] : places
        self.copy = copy
    }

    /// The message in `language` (from ``rule`` and ``arguments``; ``message`` when there are
    /// no arguments).
    public func message(in language: ReportLanguage) -> String {
        language == .en && arguments.isEmpty ? message : ReportStrings(language).message(self)
    }

    /// The message in every language, keyed by ``ReportLanguage`` raw value (`en`, `zh`): the
    /// JSON report's `messages`.
    public var messages: [String: String] {
        Dictionary(uniqueKeysWithValues: ReportLanguage.allCases.map { ($0.rawValue, message(in: $0)) })
    }

    enum CodingKeys: String, CodingKey {
        case rule, severity, line, column, start, end, message, messages, places, copy
    }

    /// Decodes a finding of the JSON report; `places` may be absent (reports written before
    /// findings were grouped), and the localised `messages` are not read back (``arguments`` is
    /// empty, so ``message(in:)`` gives ``message``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(rule: try c.decode(FindingRule.self, forKey: .rule), severity: try c.decode(Severity.self, forKey: .severity),
                  line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column),
                  start: try c.decode(Int.self, forKey: .start), end: try c.decode(Int.self, forKey: .end),
                  message: try c.decode(String.self, forKey: .message),
                  places: try c.decodeIfPresent([Place].self, forKey: .places) ?? [],
                  copy: try c.decodeIfPresent(CopiedText.self, forKey: .copy))
    }

    /// Encodes the JSON report's finding: the stable fields, `messages` in every language and
    /// every place.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(severity, forKey: .severity)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(message, forKey: .message)
        try c.encode(messages, forKey: .messages)
        try c.encode(places, forKey: .places)
        try c.encodeIfPresent(copy, forKey: .copy)
    }

    /// Every rule the auditor applies, with a one-line description (for `--help` and SARIF), in
    /// ``FindingRule`` order.
    public static var rules: [(id: String, description: String)] {
        FindingRule.allCases.map { ($0.rawValue, $0.summary) }
    }
}

/// The rules the auditor applies; the raw value is the stable id of JSON and SARIF.
public enum FindingRule: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// A checklist section is missing (an error when the checklist requires it).
    case sectionMissing = "section-missing"
    /// A checklist section is mentioned only in passing.
    case sectionThin = "section-thin"
    /// An unfilled template placeholder.
    case placeholder
    /// Web-page chrome left in the text.
    case boilerplate
    /// A heading with no text under it.
    case emptyHeading = "empty-heading"
    /// A paragraph that repeats an earlier one word for word.
    case repeatedParagraph = "repeated-paragraph"
    /// A heading whose paragraphs do not take up the topic it announces.
    case headingUnsupported = "heading-unsupported"
    /// A shortcoming the summary admits that no plan answers (问题 without 整改措施).
    case shortcomingUnaddressed = "shortcoming-unaddressed"
    /// A plan that answers none of the shortcomings the summary states.
    case measureUnanchored = "measure-unanchored"
    /// A substantial part of the summary's text is also in a reference document
    /// (`audit --reference`) or in another submission of the run (`audit --cross-check`).
    case copiedText = "copied-text"

    /// The stable id (`section-missing` …).
    public var description: String { rawValue }

    /// A one-line description (in English; ``summary(in:)`` in another language).
    public var summary: String { summary(in: .en) }

    /// A one-line description in `language`.
    public func summary(in language: ReportLanguage) -> String {
        ReportStrings(language)["rule.summary.\(rawValue)"]
    }
}

extension Finding {
    /// How many places `findings` hold per rule and severity, in the order each pair first
    /// appears: the finding counts of a `--summary-only` report.
    static func counts(_ findings: [Finding]) -> [(rule: FindingRule, severity: Severity, count: Int)] {
        var counts: [(rule: FindingRule, severity: Severity, count: Int)] = []
        for finding in findings {
            if let k = counts.firstIndex(where: { $0.rule == finding.rule && $0.severity == finding.severity }) {
                counts[k].count += finding.places.count
            } else {
                counts.append((finding.rule, finding.severity, finding.places.count))
            }
        }
        return counts
    }
}
