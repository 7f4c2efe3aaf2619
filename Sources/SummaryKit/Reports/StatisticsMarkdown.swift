import Foundation

/// Renders a ``CorpusReport`` as Markdown: counts, mix, lengths, categories, coverage,
/// placeholders, top terms, concepts and near-duplicate clusters, as tables.
public enum StatisticsMarkdown {
    /// The whole report as Markdown, starting with a level-1 heading.
    ///
    /// - Parameters:
    ///   - report: The corpus report.
    ///   - title: The text of the level-1 heading (written as is); by default the report's
    ///     title in `language`.
    ///   - language: The language of the headings, sentences and table headers.
    ///   - checklist: The checklist of the run, for the sections' titles (in Chinese; English
    ///     names sections by id).
    public static func render(_ report: CorpusReport, title: String? = nil, language: ReportLanguage = .en,
                              checklist: Checklist = .default) -> String {
        let t = ReportStrings(language)
        var out = "# \(title ?? t["stats.title"])\n\n"
        let c = report.counts
        out += t.format("stats.counts", String(c.inputs), String(c.summaries), bytes(c.bytes), String(c.failed)) + "\n\n"
        if !report.failures.isEmpty {
            out += "## \(t["stats.failures"])\n\n" + table(["stats.input", "stats.reason", "stats.message"].map { t[$0] },
                                                          report.failures.map { [$0.id, $0.reason.rawValue, $0.message] })
        }
        out += "## \(t["stats.mix"])\n\n"
        for (name, counts) in [("stats.language", report.mix.languages), ("stats.organisation", report.mix.organizations), ("stats.year", report.mix.years)] {
            out += table([t[name], t["header.summaries"], t["stats.share"]], ranked(counts).map { [mixName($0.key, t), String($0.value), percent($0.value, of: c.summaries)] })
        }
        out += "## \(t["stats.lengths"])\n\n"
        out += table(["stats.measure", "stats.mean", "stats.min", "stats.max"].map { t[$0] }, [
            ("stats.characters", report.lengths.characters), ("stats.tokens", report.lengths.tokens), ("header.paragraphs", report.lengths.paragraphs),
        ].map { [t[$0.0], mean($0.1), $0.1.min.map(number) ?? "-", $0.1.max.map(number) ?? "-"] })
        out += "## \(t["stats.categories"])\n\n"
        out += table(["stats.category", "header.summaries", "stats.share", "header.paragraphs", "stats.meanBestScore"].map { t[$0] }, report.categories.map {
            [category($0.category, t), String($0.summaries), c.summaries == 0 ? "n/a" : percent($0.share), String($0.paragraphs),
             c.summaries == 0 ? "n/a" : number($0.meanScore)]
        })
        out += "## \(t["stats.coverage"])\n\n" + (c.summaries == 0 ? t["stats.meanCoverageNone"]
            : t.format("stats.meanCoverage", number(report.coverage.distribution.mean))) + "\n\n"
        out += table([t["header.coverage"], t["header.summaries"]], report.coverage.distribution.bins.map { [range($0), String($0.count)] })
        out += table([t["header.section"], t["status.covered"], t["status.thin"], t["status.missing"]], report.coverage.sections.map {
            [t.section($0.id, in: checklist, short: true), String($0.covered), String($0.thin), String($0.missing)]
        })
        if let worst = report.coverage.mostMissing.first {
            out += t.format("stats.mostMissing", t.section(worst.id, in: checklist, short: true), percent(worst.share)) + "\n\n"
        }
        out += "## \(t["stats.placeholders"])\n\n"
        if c.summaries == 0 {
            out += t["stats.none"] + "\n\n"
        } else {
            out += t.format("stats.placeholderShare", String(report.placeholders.summaries), percent(report.placeholders.share),
                            percent(report.boilerplate.mean)) + "\n\n"
        }
        out += "## \(t["stats.topTerms"])\n\n"
        for terms in report.terms where !terms.byFrequency.isEmpty {
            out += "### \(category(terms.category, t))\n\n"
            out += table(["stats.byFrequency", "stats.count", "stats.byKeyness", "G²"].map { t[$0] }, (0..<max(terms.byFrequency.count, terms.byKeyness.count)).map { i in
                let f = i < terms.byFrequency.count ? terms.byFrequency[i] : nil
                let k = i < terms.byKeyness.count ? terms.byKeyness[i] : nil
                return [f?.term ?? "", f.map { String($0.count) } ?? "", k?.term ?? "", k.map { number($0.keyness) } ?? ""]
            })
        }
        out += "## \(t["stats.concepts"])\n\n"
        out += table(["stats.concept", "stats.matches", "header.summaries"].map { t[$0] }, report.concepts.prefix(30).map { [$0.concept, String($0.matches), String($0.summaries)] })
        out += "## \(t["stats.nearDuplicates"])\n\n" + t.format("stats.clustered", String(report.nearDuplicates.clustered), String(report.nearDuplicates.signed),
                                                                String(report.nearDuplicates.clusters.count)) + "\n\n"
        if !report.nearDuplicates.clusters.isEmpty {
            out += table(["stats.cluster", "stats.size", "stats.minSimilarity", "stats.members"].map { t[$0] }, report.nearDuplicates.clusters.map {
                [$0.id, String($0.members.count), number($0.minimumSimilarity), $0.members.map { "\($0.id)#\($0.summary)" }.joined(separator: "<br>")]
            })
        }
        return out
    }

    /// A language or organisation id of the mix in the report's language (the id in English,
    /// and for any other value).
    static func mixName(_ id: String, _ strings: ReportStrings) -> String {
        if let language = Language(rawValue: id) { return strings.textLanguage(language) }
        if let kind = OrganizationKind(rawValue: id) { return strings.organization(kind) }
        return id
    }

    /// A category id's name in the report's language (the id itself in English).
    static func category(_ id: String, _ strings: ReportStrings) -> String {
        Category(rawValue: id).map { strings.category($0) } ?? id
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
        var out = "| " + header.map(cell).joined(separator: " | ") + " |\n|" + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    static func ranked(_ counts: [String: Int]) -> [(key: String, value: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    static func percent(_ n: Int, of total: Int) -> String { total > 0 ? percent(Double(n) / Double(total)) : "-" }
    /// A distribution's mean, or "n/a" when it observed nothing (not a mean of 0).
    static func mean(_ distribution: CorpusReport.DistributionReport) -> String {
        distribution.count == 0 ? "n/a" : number(distribution.mean)
    }

    static func number(_ value: Double) -> String { String(format: "%g", value) }
    static func bytes(_ n: Int) -> String { n >= 1_000_000 ? String(format: "%.1f MB", Double(n) / 1e6) : String(format: "%.1f kB", Double(n) / 1e3) }
    static func range(_ bin: CorpusReport.Bin) -> String {
        switch (bin.lower, bin.upper) {
        case let (nil, upper?): return "< \(number(upper))"
        case let (lower?, nil): return "≥ \(number(lower))"
        case let (lower?, upper?): return "\(number(lower))–\(number(upper))"
        default: return "all"
        }
    }
}
