/// Scores each summary of a tagged document against a checklist.
///
/// For each section, a unit's section score is its best score among the section's categories.
/// The section is `covered` when enough units reach `covered.minScore` (and hold enough
/// characters), `thin` when enough reach `thin.minScore` or mention one of the section's own
/// concepts (`thin.minMention`), else `missing`. The summary's
/// coverage is the weighted share of sections covered (thin counts half), 0–100.
public struct CoverageScorer: Sendable {
    /// The checklist in force.
    public let checklist: Checklist

    /// A scorer for `checklist`.
    public init(checklist: Checklist = .default) { self.checklist = checklist }

    /// The verdict on every summary of `tagged`.
    public func score(_ tagged: TaggedDocument) -> [SummaryCoverage] {
        // Summaries are scored apart: a file of many runs on all cores.
        Concurrently.chunkedMap(tagged.document.summaries.count, grain: 16) { score(summary: $0, of: tagged) }
    }

    /// The verdict on summary `index`.
    public func score(summary index: Int, of tagged: TaggedDocument) -> SummaryCoverage {
        let document = tagged.document
        // Indices into `tagged.units` of the summary's content units (no copies of the units).
        let units = document.summaries.indices.contains(index)
            ? document.summaries[index].units.filter { document.units[$0].isContent } : []
        // Characters of each unit, counted once (not once per section and requirement).
        var characterCount = [Int: Int](minimumCapacity: units.count)
        for u in units { characterCount[u] = UTF8Scan.characterCount(document.text(of: document.units[u])) }
        var sections = [SectionCoverage]()
        var earned = 0.0
        var possible = 0.0
        for section in checklist.sections {
            // (unit index, the unit's best score among the section's categories), best first;
            // the sort is stable, so equal scores keep document order.
            /// Whether unit `u` names one of the section's concepts with lexicon weight `weight`
            /// or more, not negated: a passing mention.
            func mentions(_ u: Int, _ weight: Double) -> Bool {
                tagged.units[u].evidence.contains { e in !e.negated && section.categories.contains { e.categories[$0] >= weight } }
            }
            let scored = units.map { u -> (Int, Double) in
                let scores = tagged.units[u].scores
                return (u, section.categories.reduce(0) { max($0, scores[$1]) })
            }.sorted { $0.1 > $1.1 }
            func qualifies(_ u: Int, _ score: Double, _ requirement: Checklist.Requirement) -> Bool {
                if let weight = requirement.minMention, mentions(u, weight) { return true }
                if let minScore = requirement.minScore { return score >= minScore }
                return section.categories.contains { tagged.units[u].tags.contains($0) }
            }
            func reaches(_ requirement: Checklist.Requirement) -> Bool {
                var count = 0
                var characters = 0
                for (u, score) in scored where qualifies(u, score, requirement) {
                    count += 1
                    characters += characterCount[u] ?? 0
                }
                return count >= requirement.minParagraphs && characters >= requirement.minCharacters && count > 0
            }
            let status: SectionStatus = reaches(section.covered) ? .covered : reaches(section.thin) ? .thin : .missing
            let best = scored.first?.1 ?? 0
            // What counts for covered comes before passing mentions; among those, paragraphs are
            // better evidence than the headings above them: quote them first.
            let quoted = scored.map { (unit: $0.0, score: $0.1, covers: qualifies($0.0, $0.1, section.covered)) }
                .filter { $0.covers || qualifies($0.unit, $0.score, section.thin) }
                .sorted { a, b in
                    if a.covers != b.covers { return a.covers }
                    let pa = document.units[a.unit].kind == .paragraph, pb = document.units[b.unit].kind == .paragraph
                    return pa != pb ? pa : a.score > b.score
                }
                .map { ($0.unit, $0.score) }
            let evidence = quoted.prefix(3).map { u, score in
                let unit = document.units[u]
                return EvidenceParagraph(line: unit.lines.lowerBound, endLine: unit.lines.upperBound, start: unit.utf8Range.lowerBound,
                                         end: unit.utf8Range.upperBound, score: score, text: String(document.text(of: unit)))
            }
            let paragraphs = scored.reduce(0) { $0 + (qualifies($1.0, $1.1, section.covered) ? 1 : 0) }
            sections.append(SectionCoverage(id: section.id, status: status, score: best, paragraphs: paragraphs, evidence: evidence))
            possible += section.weight
            earned += section.weight * (status == .covered ? 1 : status == .thin ? 0.5 : 0)
        }
        let summary = document.summaries[index]
        return SummaryCoverage(index: index, title: summary.title, line: summary.lines.lowerBound,
                               endLine: summary.lines.upperBound,
                               coverage: Self.coverage(earned: earned, possible: possible),
                               sections: sections)
    }
}

extension CoverageScorer {
    /// The weighted share, 0–100 in tenths; 0 when the weights give no finite positive total
    /// (a checklist built in code with weights a checklist file may not have).
    package static func coverage(earned: Double, possible: Double) -> Double {
        guard possible > 0, possible.isFinite, earned.isFinite else { return 0 }
        return min(100, max(0, (earned / possible * 1000).rounded() / 10))
    }
}

/// A paragraph quoted as the evidence for a section.
///
/// Usually a paragraph; a qualifying heading is quoted too when fewer than three paragraphs qualify.
public struct EvidenceParagraph: Sendable, Hashable, Codable {
    /// 1-based line of the unit's first character.
    public var line: Int
    /// 1-based line of the unit's last character (inclusive).
    public var endLine: Int
    /// UTF-8 byte offset into the decoded text (`Document.source.text`) where the unit starts.
    public var start: Int
    /// UTF-8 byte offset into the decoded text just past the unit's end (exclusive).
    public var end: Int
    /// The unit's best score among the section's categories, 0…1.
    public var score: Double
    /// The unit's text, trimmed of surrounding white space (line breaks of a joined
    /// hard-wrapped paragraph kept).
    public var text: String

    enum CodingKeys: String, CodingKey { case line, endLine = "end_line", start, end, score, text }
}

/// The verdict on one checklist section of one summary.
public struct SectionCoverage: Sendable, Hashable, Codable {
    /// The checklist section's id, e.g. `study`.
    public var id: String
    /// Whether the section is covered, thin or missing.
    public var status: SectionStatus
    /// The best unit score for the section, 0…1.
    public var score: Double
    /// How many units reach the covered threshold.
    public var paragraphs: Int
    /// The best paragraphs, strongest first.
    public var evidence: [EvidenceParagraph]
}

/// The Coverage stage's verdict on one summary: where it is, its weighted coverage and the
/// verdict on each checklist section, as ``CoverageScorer`` scores it.
///
/// The Audit stage builds on it: a ``SummaryAudit`` is a summary's coverage
/// (``SummaryAudit/init(_:passed:missingRequired:pairs:findings:)``) plus the verdict (passed, the
/// required sections missing), the findings and the problem–measure pairs.
public struct SummaryCoverage: Sendable, Hashable, Codable {
    /// Index of the summary in the document.
    public var index: Int
    /// The summary's own title, if it has one.
    public var title: String?
    /// 1-based line on which the summary starts (its separator, title or first content).
    public var line: Int
    /// 1-based line on which the summary ends (inclusive).
    public var endLine: Int
    /// Weighted coverage, 0–100.
    public var coverage: Double
    /// The verdict on each checklist section, in checklist order.
    public var sections: [SectionCoverage]

    /// The status of section `id`, if the checklist has it.
    public func status(of id: String) -> SectionStatus? { sections.first { $0.id == id }?.status }

    enum CodingKeys: String, CodingKey { case index, title, line, endLine = "end_line", coverage, sections }
}
