/// Scores each summary of a tagged document against a checklist.
///
/// For each section, a unit's section score is its best score among the section's categories.
/// The section is `covered` when enough units reach `covered.minScore` (and hold enough
/// characters), `thin` when enough reach `thin.minScore`, else `missing`. The summary's
/// coverage is the weighted share of sections covered (thin counts half), 0–100.
public struct CoverageScorer: Sendable {
    /// The checklist in force.
    public let checklist: Checklist

    /// A scorer for `checklist`.
    public init(checklist: Checklist = .default) { self.checklist = checklist }

    /// The verdict on every summary of `tagged`.
    public func score(_ tagged: TaggedDocument) -> [SummaryCoverage] {
        tagged.document.summaries.indices.map { score(summary: $0, of: tagged) }
    }

    /// The verdict on summary `index`.
    public func score(summary index: Int, of tagged: TaggedDocument) -> SummaryCoverage {
        let document = tagged.document
        let units = tagged.units(ofSummary: index).filter { document.units[$0.unit].isContent }
        // Characters of each unit, counted once (not once per section and requirement).
        var characterCount = [Int: Int](minimumCapacity: units.count)
        for unit in units { characterCount[unit.unit] = document.text(of: document.units[unit.unit]).count }
        var sections = [SectionCoverage]()
        var earned = 0.0
        var possible = 0.0
        for section in checklist.sections {
            let scored = units.map { unit -> (TaggedUnit, Double) in
                (unit, section.categories.map { unit.scores[$0] }.max() ?? 0)
            }.sorted { $0.1 > $1.1 }
            func qualifies(_ unit: TaggedUnit, _ score: Double, _ requirement: Checklist.Requirement) -> Bool {
                if let minScore = requirement.minScore { return score >= minScore }
                return section.categories.contains { unit.tags.contains($0) }
            }
            func reaches(_ requirement: Checklist.Requirement) -> Bool {
                let qualifying = scored.filter { qualifies($0.0, $0.1, requirement) }
                let characters = qualifying.reduce(0) { $0 + (characterCount[$1.0.unit] ?? 0) }
                return qualifying.count >= requirement.minParagraphs && characters >= requirement.minCharacters
                    && qualifying.count > 0
            }
            let status: SectionStatus = reaches(section.covered) ? .covered : reaches(section.thin) ? .thin : .missing
            let best = scored.first?.1 ?? 0
            // Paragraphs are better evidence than the headings above them: quote them first.
            let quoted = scored.filter { qualifies($0.0, $0.1, section.thin) || qualifies($0.0, $0.1, section.covered) }
                .sorted { a, b in
                    let pa = document.units[a.0.unit].kind == .paragraph, pb = document.units[b.0.unit].kind == .paragraph
                    return pa != pb ? pa : a.1 > b.1
                }
            let evidence = quoted.prefix(3).map { unit, score in
                let u = document.units[unit.unit]
                return EvidenceParagraph(line: u.lines.lowerBound, endLine: u.lines.upperBound, start: u.utf8Range.lowerBound,
                                         end: u.utf8Range.upperBound, score: score, text: String(document.text(of: u)))
            }
            let paragraphs = scored.filter { qualifies($0.0, $0.1, section.covered) }.count
            sections.append(SectionCoverage(id: section.id, status: status, score: best, paragraphs: paragraphs, evidence: evidence))
            possible += section.weight
            earned += section.weight * (status == .covered ? 1 : status == .thin ? 0.5 : 0)
        }
        let summary = document.summaries[index]
        return SummaryCoverage(index: index, title: summary.title, line: summary.lines.lowerBound,
                               endLine: summary.lines.upperBound,
                               coverage: possible > 0 ? (earned / possible * 1000).rounded() / 10 : 0,
                               sections: sections)
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

/// The verdict on one summary.
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
