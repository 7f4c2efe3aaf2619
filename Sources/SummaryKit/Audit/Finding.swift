/// A problem found in a submitted summary, pointing at its place in the text.
public struct Finding: Sendable, Hashable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// A serious defect: a required checklist section is missing.
        case error
        /// A problem worth fixing: an optional section missing, a section only mentioned in
        /// passing, an unfilled placeholder, an empty or unsupported heading, a repeated paragraph.
        case warning
        /// A remark only: web-page chrome left in the text.
        case note

        var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        /// Orders the most serious first: `error` < `warning` < `note`.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The rule's stable id, e.g. `section-missing`.
    public var rule: String
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

    /// Creates a finding.
    public init(rule: String, severity: Severity, line: Int, column: Int, start: Int, end: Int, message: String) {
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.message = message
    }

    /// Every rule the auditor applies, with a one-line description (for `--help` and SARIF).
    public static let rules: [(id: String, description: String)] = [
        ("section-missing", "A required checklist section is missing from the summary."),
        ("section-thin", "A checklist section is mentioned only in passing."),
        ("placeholder", "An unfilled template placeholder (x村, 20xx年, XXX, 某某, ____) is left in the text."),
        ("boilerplate", "Web-page chrome (breadcrumbs, share lines, recommended articles) is left in the text."),
        ("empty-heading", "A heading has no text under it."),
        ("repeated-paragraph", "A paragraph repeats an earlier paragraph of the same file word for word."),
        ("heading-unsupported", "A heading announces a topic that the paragraphs under it do not cover."),
    ]
}
