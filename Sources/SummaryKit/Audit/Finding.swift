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
    /// A full sentence.
    public var message: String
    /// For a ``FindingRule/copiedText`` finding, the reference and the shared passages; nil
    /// (and left out of JSON) for every other rule.
    public var copy: CopiedText?

    /// Creates a finding.
    public init(rule: FindingRule, severity: Severity, line: Int, column: Int, start: Int, end: Int, message: String,
                copy: CopiedText? = nil) {
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.message = message
        self.copy = copy
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

    /// A one-line description.
    public var summary: String {
        switch self {
        case .sectionMissing: return "A required checklist section is missing from the summary."
        case .sectionThin: return "A checklist section is mentioned only in passing."
        case .placeholder: return "An unfilled template placeholder (x村, 20xx年, XXX, 某某, ____) is left in the text."
        case .boilerplate: return "Web-page chrome (breadcrumbs, share lines, recommended articles) is left in the text."
        case .emptyHeading: return "A heading has no text under it."
        case .repeatedParagraph: return "A paragraph repeats an earlier paragraph of the same file word for word."
        case .headingUnsupported: return "A heading announces a topic that the paragraphs under it do not cover."
        case .shortcomingUnaddressed: return "A shortcoming the summary admits has no measure among its plans."
        case .measureUnanchored: return "A plan answers none of the shortcomings the summary states."
        case .copiedText: return "A substantial part of the summary's text is also in a reference document or in another submission."
        }
    }
}
