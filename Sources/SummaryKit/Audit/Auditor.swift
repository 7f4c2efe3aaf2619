/// The one obvious entry point for auditing submitted summaries: read, structure, tag, score
/// against a checklist, and collect findings.
///
/// ```swift
/// let auditor = try Auditor()
/// let result = try auditor.audit(fileAt: "submissions/branch-07.docx")
/// for summary in result.audit.summaries {
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
    /// Pairs each summary's shortcomings with the plans that answer them, for the
    /// `shortcoming-unaddressed` and `measure-unanchored` findings.
    public var pairer = ProblemMeasurePairer()

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
        self.init(reader: DocumentReader(decoder: decoder), tagger: try Tagger(lexicon: lexicon),
                  scorer: CoverageScorer(checklist: checklist), failUnder: failUnder)
    }

    /// An auditor of the stages given.
    public init(reader: DocumentReader, tagger: Tagger, scorer: CoverageScorer = CoverageScorer(checklist: .default),
                failUnder: Double = Auditor.defaultFailUnder) {
        self.reader = reader
        self.tagger = tagger
        self.scorer = scorer
        self.failUnder = failUnder
    }

    /// Audits the file at `path` (`.txt` in any supported encoding, `.docx`, `.html`).
    ///
    /// - Throws: ``TextDecodingError`` or ``DocumentError`` naming the file.
    public func audit(fileAt path: String) throws -> AuditedDocument {
        let tagged = try tag(reader.input.read(fileAt: path))
        return try audit(document: tagged.document, name: path, tagged: tagged)
    }

    /// Reads the file at `path` and tags it (``tag(_:)``).
    ///
    /// - Throws: ``DocumentError`` naming the file, or ``SegmentationError``.
    public func tag(fileAt path: String) throws -> TaggedDocument {
        try tag(reader.input.read(fileAt: path))
    }

    /// Runs the stages after the input: the structure and the keyword matching side by side over
    /// the same text (a large text cut between lines into pieces matched in parallel), then the
    /// tagger over both. The same result as `tagger.tag(reader.read(input))`, in less
    /// wall-clock time on a large file.
    ///
    /// - Throws: ``SegmentationError`` when ICU fails.
    public func tag(_ input: InputText) throws(SegmentationError) -> TaggedDocument {
        let source = input.source
        let pieces = KeywordMatcher.pieces(of: source)
        let matcher = tagger.matcher
        let reader = self.reader
        // Job 0, the structure, is the longest: it starts first, the pieces share what is left.
        let parts = Concurrently.map(1 + pieces.count) { job -> StagePart in
            if job == 0 { return .document(reader.read(input)) }
            return .matches(Result { () throws(SegmentationError) -> [Match] in
                try matcher.matches(in: source, piece: pieces[job - 1])
            })
        }
        var document: Document?
        var matches = [Match]()
        for part in parts {
            switch part {
            case .document(let built): document = built
            case .matches(let result): matches += try result.get()
            }
        }
        return tagger.tag(document ?? reader.read(input), matches: matches)
    }

    /// One job's result in ``tag(_:)``.
    private enum StagePart: Sendable {
        case document(Document)
        case matches(Result<[Match], SegmentationError>)
    }

    /// Audits text already in memory.
    public func audit(text: String, name: String = "<text>") throws -> AuditedDocument {
        try audit(document: reader.read(SourceText(text, origin: name)), name: name)
    }

    /// Audits a document.
    public func audit(document: Document, name: String) throws -> AuditedDocument {
        try audit(document: document, name: name, tagged: tagger.tag(document))
    }

    package func audit(document: Document, name: String, tagged: TaggedDocument) throws -> AuditedDocument {
        let coverage = scorer.score(tagged)
        let pairings = pairer.pairings(tagged)
        let findings = Self.findings(tagged, coverage: coverage, checklist: scorer.checklist,
                                     topicThreshold: tagger.model.topicThreshold, pairings: pairings)
        let summaries = coverage.map { c in
            // The verdict: coverage at the pass mark, and no required section missing.
            let missingRequired = zip(scorer.checklist.sections, c.sections)
                .filter { $0.0.required && $0.1.status == .missing }.map(\.0.id)
            return SummaryAudit(c, passed: c.coverage >= failUnder && missingRequired.isEmpty, missingRequired: missingRequired,
                                pairs: pairings.indices.contains(c.index) ? ProblemMeasureEvidence.pairs(pairings[c.index], in: tagged) : [],
                                findings: Self.grouped(findings[c.index].sorted { ($0.line, $0.column, $0.rule.rawValue) < ($1.line, $1.column, $1.rule.rawValue) }))
        }
        let metadata = document.metadata
        let fileAudit = FileAudit(file: name, encoding: document.source.encoding, format: document.format,
                                  language: metadata.language, organization: metadata.organization,
                                  years: metadata.years, summaries: summaries)
        return AuditedDocument(audit: fileAudit, tagged: tagged)
    }
}
