/// The one obvious entry point for auditing submitted summaries: read, structure, tag, score
/// against a checklist, and collect findings.
///
/// ```swift
/// let auditor = try Auditor()
/// let result = try auditor.audit(fileAt: "submissions/branch-07.docx")
/// for summary in result.report.summaries {
///     print(summary.title ?? "-", summary.coverage, summary.passed)
/// }
/// ```
public struct Auditor: Sendable {
    /// Reads files (text, `.docx`, `.html`) into structured documents.
    public let reader: DocumentReader
    /// Tags each heading and paragraph with category scores, 0…1.
    public let tagger: Tagger
    /// Scores each summary against the checklist.
    public let scorer: CoverageScorer
    /// The coverage a summary needs to pass, 0–100.
    public var failUnder: Double

    /// The default pass mark.
    public static let defaultFailUnder = 60.0

    /// Builds an auditor.
    ///
    /// - Parameters:
    ///   - checklist: The sections to require; the built-in six by default.
    ///   - lexicon: The lexicon; the built-in one by default.
    ///   - failUnder: The coverage a summary needs to pass.
    ///   - decoder: How files are decoded (encoding override, size limit).
    /// - Throws: ``LexiconError`` or ``SegmentationError`` when resources or ICU cannot be loaded.
    public init(checklist: Checklist = .default, lexicon: Lexicon? = nil, failUnder: Double = Auditor.defaultFailUnder,
                decoder: TextDecoder = TextDecoder()) throws {
        reader = DocumentReader(decoder: decoder)
        tagger = try Tagger(lexicon: lexicon)
        scorer = CoverageScorer(checklist: checklist)
        self.failUnder = failUnder
    }

    /// Audits the file at `path` (`.txt` in any supported encoding, `.docx`, `.html`).
    ///
    /// - Throws: ``TextDecodingError`` or ``DocumentError`` naming the file.
    public func audit(fileAt path: String) throws -> AuditResult {
        // Keyword matching needs only the text: it runs beside the structure stage.
        let tagged = try tagger.tag(fileAt: path, reader: reader)
        return try audit(document: tagged.document, name: path, tagged: tagged)
    }

    /// Audits text already in memory.
    public func audit(text: String, name: String = "<text>") throws -> AuditResult {
        try audit(document: reader.read(SourceText(text, origin: name)), name: name)
    }

    /// Audits a document.
    public func audit(document: Document, name: String) throws -> AuditResult {
        try audit(document: document, name: name, tagged: tagger.tag(document))
    }

    func audit(document: Document, name: String, tagged: TaggedDocument) throws -> AuditResult {
        let coverage = scorer.score(tagged)
        let findings = Self.findings(tagged, coverage: coverage, checklist: scorer.checklist)
        let summaries = coverage.map { c in
            SummaryAudit(title: c.title, line: c.line, endLine: c.endLine, coverage: c.coverage,
                         passed: c.coverage >= failUnder, sections: c.sections,
                         findings: findings[c.index].sorted { ($0.line, $0.column, $0.rule) < ($1.line, $1.column, $1.rule) })
        }
        let metadata = document.metadata
        let report = AuditReport(file: name, encoding: document.source.encoding, format: document.format.rawValue,
                                 language: metadata.language.rawValue, organization: metadata.organization?.rawValue,
                                 years: metadata.years, summaries: summaries)
        return AuditResult(report: report, tagged: tagged)
    }
}
