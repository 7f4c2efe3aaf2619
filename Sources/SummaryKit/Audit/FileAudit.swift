/// The audit of one file, the Audit stage's value for a file: its metadata and one
/// ``SummaryAudit`` per summary. It is the JSON object `summarykit audit --format json` prints for
/// each file (documented in the README; `schema_version` changes when a field is renamed or
/// removed) and what the renderers (``TextReport``, ``MarkdownReport``, ``SARIFReport``) turn into
/// a report. ``AuditedDocument`` pairs it with the tagged document it was made from.
///
/// Formerly `AuditReport`.
public struct FileAudit: Sendable, Hashable, Codable {
    /// The schema version of this report.
    public var schemaVersion: Int = FileAudit.currentSchemaVersion
    /// The path as given.
    public var file: String
    /// The encoding the text was decoded from.
    public var encoding: String
    /// The container the file was read from (`text`, `docx` or `html` in JSON).
    public var format: SourceFormat
    /// The language of the text (`zh`, `en` or `mixed` in JSON).
    public var language: Language
    /// The kind of organisation, when recognisable.
    public var organization: OrganizationKind?
    /// Years stated in the text.
    public var years: [Int]
    /// One entry per summary in the file.
    public var summaries: [SummaryAudit]

    /// The version written by this build.
    public static let currentSchemaVersion = 1

    /// Whether every summary passed.
    public var passed: Bool { summaries.allSatisfy(\.passed) }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", file, encoding, format, language, organization, years, summaries
    }
}

/// The audit of one summary, the Audit stage's value for a summary: the Coverage stage's
/// ``SummaryCoverage`` plus the verdict (``passed``, ``missingRequired``), the ``findings`` and the
/// problem–measure ``pairs``.
///
/// It is made from a ``SummaryCoverage`` (``init(_:passed:missingRequired:pairs:findings:)``) and
/// repeats its fields flat, so that its JSON stays `title`, `line`, `end_line`, `coverage`,
/// `sections` beside `passed`, `pairs` and `findings`; the coverage's `index` is not kept (a
/// summary's audit is at that index of ``FileAudit/summaries``).
public struct SummaryAudit: Sendable, Hashable, Codable {
    /// The summary's own title, if it has one.
    public var title: String?
    /// 1-based line on which the summary starts (its separator, title or first content).
    public var line: Int
    /// 1-based line on which the summary ends (inclusive).
    public var endLine: Int
    /// Weighted checklist coverage, 0–100.
    public var coverage: Double
    /// Whether the summary passed: its coverage reached the threshold (`--fail-under`) and no
    /// required section is missing (a section the checklist marks `required: false` may be).
    public var passed: Bool
    /// The required sections that are missing, in checklist order: any one fails the summary
    /// whatever its coverage. Not in the JSON report, which has each section's status and the
    /// `section-missing` errors.
    public var missingRequired: [String] = []
    /// The verdict on each checklist section, in checklist order.
    public var sections: [SectionCoverage]
    /// Each shortcoming the summary admits with a plan that answers it (问题 ↔ 整改措施), in
    /// the order of the shortcomings, then of the plans (``ProblemMeasurePairer``).
    public var pairs: [ProblemMeasureEvidence] = []
    /// The findings attributed to this summary, ordered by line, column and rule id; a finding
    /// repeated in the summary (same rule and message) is one finding with several
    /// ``Finding/places``, ordered by its first.
    public var findings: [Finding]

    enum CodingKeys: String, CodingKey {
        case title, line, endLine = "end_line", coverage, passed, sections, pairs, findings
    }

    /// Creates a summary's audit.
    public init(title: String?, line: Int, endLine: Int, coverage: Double, passed: Bool, missingRequired: [String] = [],
                sections: [SectionCoverage], pairs: [ProblemMeasureEvidence] = [], findings: [Finding]) {
        self.title = title
        self.line = line
        self.endLine = endLine
        self.coverage = coverage
        self.passed = passed
        self.missingRequired = missingRequired
        self.sections = sections
        self.pairs = pairs
        self.findings = findings
    }

    /// The audit of the summary `coverage` scored: its title, lines, coverage and sections, with
    /// the verdict, pairs and findings the Audit stage adds.
    public init(_ coverage: SummaryCoverage, passed: Bool, missingRequired: [String] = [],
                pairs: [ProblemMeasureEvidence] = [], findings: [Finding]) {
        self.init(title: coverage.title, line: coverage.line, endLine: coverage.endLine, coverage: coverage.coverage,
                  passed: passed, missingRequired: missingRequired, sections: coverage.sections, pairs: pairs, findings: findings)
    }

    /// Reads a summary's audit back; `pairs` may be absent (reports written before pairing).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(title: try c.decodeIfPresent(String.self, forKey: .title), line: try c.decode(Int.self, forKey: .line),
                  endLine: try c.decode(Int.self, forKey: .endLine), coverage: try c.decode(Double.self, forKey: .coverage),
                  passed: try c.decode(Bool.self, forKey: .passed), sections: try c.decode([SectionCoverage].self, forKey: .sections),
                  pairs: try c.decodeIfPresent([ProblemMeasureEvidence].self, forKey: .pairs) ?? [],
                  findings: try c.decode([Finding].self, forKey: .findings))
    }
}

/// A shortcoming and a plan that answers it, as an audit reports them: both units quoted with
/// their lines and bytes (``EvidenceParagraph``, whose score is the unit's `shortcomings` or
/// `plans` score), how related they are and the lexicon concepts they share.
public struct ProblemMeasureEvidence: Sendable, Hashable, Codable {
    /// The shortcoming.
    public var problem: EvidenceParagraph
    /// The plan that answers it (the same unit when it states its own measure).
    public var measure: EvidenceParagraph
    /// Their relatedness, 0…1 (``ProblemMeasurePair/score``).
    public var score: Double
    /// The ids of the lexicon concepts both hold.
    public var sharedConcepts: [String]

    enum CodingKeys: String, CodingKey { case problem, measure, score, sharedConcepts = "shared_concepts" }

    /// The pairs of `pairing` quoted from `tagged`.
    static func pairs(_ pairing: SummaryPairing, in tagged: TaggedDocument) -> [ProblemMeasureEvidence] {
        let document = tagged.document
        func quote(_ i: Int, _ category: Category) -> EvidenceParagraph {
            let unit = document.units[i]
            return EvidenceParagraph(line: unit.lines.lowerBound, endLine: unit.lines.upperBound, start: unit.utf8Range.lowerBound,
                                     end: unit.utf8Range.upperBound, score: tagged.units[i].scores[category],
                                     text: String(document.text(of: unit)))
        }
        return pairing.pairs.map { pair in
            ProblemMeasureEvidence(problem: quote(pair.shortcoming, .shortcomings), measure: quote(pair.measure, .plans),
                                   score: pair.score, sharedConcepts: pair.sharedConcepts)
        }
    }
}

/// A file's audit with the tagged document behind it, what ``Auditor`` returns: for renderers
/// that show the text (``HTMLReport``) and for ``CopyDetector/check(_:against:excluding:)``.
///
/// Formerly `AuditResult`.
public struct AuditedDocument: Sendable, Hashable {
    /// The file's audit itself, as serialised to JSON (formerly `report`).
    public var audit: FileAudit
    /// The tagged document the audit was made from; its ranges match the report's offsets.
    public var tagged: TaggedDocument
}
