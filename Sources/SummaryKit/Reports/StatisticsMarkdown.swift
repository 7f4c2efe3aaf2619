import Foundation

/// Renders a ``CorpusReport`` as Markdown: counts, mix, lengths, categories, coverage,
/// placeholders, top terms, concepts and near-duplicate clusters, as tables.
public enum StatisticsMarkdown {
    /// The whole report as Markdown, starting with a level-1 heading.
    ///
    /// - Parameters:
    ///   - report: The corpus report.
    ///   - title: The text of the level-1 heading (written as is).
    public static func render(_ report: CorpusReport, title: String = "SummaryKit corpus statistics") -> String {
        var out = "# \(title)\n\n"
        let c = report.counts
        out += "\(c.inputs) inputs, \(c.summaries) summaries, \(bytes(c.bytes)) of text; \(c.failed) inputs failed.\n\n"
        if !report.failures.isEmpty {
            out += "## Failures\n\n" + table(["input", "reason", "message"], report.failures.map { [$0.id, $0.reason.rawValue, $0.message] })
        }
        out += "## Mix\n\n"
        for (name, counts) in [("language", report.mix.languages), ("organisation", report.mix.organizations), ("year", report.mix.years)] {
            out += table([name, "summaries", "share"], ranked(counts).map { [$0.key, String($0.value), percent($0.value, of: c.summaries)] })
        }
        out += "## Lengths per summary\n\n"
        out += table(["measure", "mean", "min", "max"], [
            ("characters", report.lengths.characters), ("tokens", report.lengths.tokens), ("paragraphs", report.lengths.paragraphs),
        ].map { [$0.0, mean($0.1), $0.1.min.map(number) ?? "-", $0.1.max.map(number) ?? "-"] })
        out += "## Categories\n\n"
        out += table(["category", "summaries", "share", "paragraphs", "mean best score"], report.categories.map {
            [$0.category, String($0.summaries), c.summaries == 0 ? "n/a" : percent($0.share), String($0.paragraphs),
             c.summaries == 0 ? "n/a" : number($0.meanScore)]
        })
        out += c.summaries == 0 ? "## Coverage\n\nMean coverage n/a: no summary was read.\n\n"
            : "## Coverage\n\nMean coverage \(number(report.coverage.distribution.mean)) of 100.\n\n"
        out += table(["coverage", "summaries"], report.coverage.distribution.bins.map { [range($0), String($0.count)] })
        out += table(["section", "covered", "thin", "missing"], report.coverage.sections.map {
            [$0.id, String($0.covered), String($0.thin), String($0.missing)]
        })
        if let worst = report.coverage.mostMissing.first {
            out += "Most often missing: **\(worst.id)** (\(percent(worst.share)) of summaries).\n\n"
        }
        out += "## Placeholders and boilerplate\n\n"
        if c.summaries == 0 {
            out += "n/a: no summary was read.\n\n"
        } else {
            out += "\(report.placeholders.summaries) summaries (\(percent(report.placeholders.share))) hold unfilled template slots; "
            out += "boilerplate is \(percent(report.boilerplate.mean)) of a summary's text on average.\n\n"
        }
        out += "## Top terms\n\n"
        for terms in report.terms where !terms.byFrequency.isEmpty {
            out += "### \(terms.category)\n\n"
            out += table(["by frequency", "count", "by keyness", "G²"], (0..<max(terms.byFrequency.count, terms.byKeyness.count)).map { i in
                let f = i < terms.byFrequency.count ? terms.byFrequency[i] : nil
                let k = i < terms.byKeyness.count ? terms.byKeyness[i] : nil
                return [f?.term ?? "", f.map { String($0.count) } ?? "", k?.term ?? "", k.map { number($0.keyness) } ?? ""]
            })
        }
        out += "## Concepts\n\n"
        out += table(["concept", "matches", "summaries"], report.concepts.prefix(30).map { [$0.concept, String($0.matches), String($0.summaries)] })
        out += "## Near-duplicates\n\n\(report.nearDuplicates.clustered) of \(report.nearDuplicates.signed) signed summaries are in \(report.nearDuplicates.clusters.count) clusters.\n\n"
        if !report.nearDuplicates.clusters.isEmpty {
            out += table(["cluster", "size", "min. similarity", "members"], report.nearDuplicates.clusters.map {
                [$0.id, String($0.members.count), number($0.minimumSimilarity), $0.members.map { "\($0.id)#\($0.summary)" }.joined(separator: "<br>")]
            })
        }
        return out
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
