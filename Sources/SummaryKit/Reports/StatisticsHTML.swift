import Foundation

/// Renders a ``CorpusReport`` as one self-contained HTML page with inline SVG charts
/// (coverage histogram, category prevalence, missing and thin sections, language and
/// organisation mix) followed by the Markdown report's tables; nothing is fetched.
public enum StatisticsHTML {
    /// The page, a complete HTML document ending in a line break.
    ///
    /// - Parameters:
    ///   - report: The corpus report.
    ///   - title: The page's title and first heading (escaped).
    public static func render(_ report: CorpusReport, title: String = "SummaryKit corpus statistics") -> String {
        let c = report.counts
        let total = max(c.summaries, 1)
        var charts = ""
        charts += SVGChart.histogram(report.coverage.distribution.bins.map { (StatisticsMarkdown.range($0), $0.count) },
                                     title: "Coverage per summary (0–100)")
        charts += SVGChart.horizontal(report.categories.map { p in
            .init(label: p.category, segments: [(Double(p.summaries), HTMLReport.colours[Category(rawValue: p.category) ?? .study] ?? "#718096")],
                  caption: StatisticsMarkdown.percent(p.share))
        }, title: "Category prevalence (summaries with a tagged paragraph)")
        charts += SVGChart.horizontal(report.coverage.sections.map { s in
            .init(label: s.id, segments: [(Double(s.missing), HTMLReport.statusColours[.missing] ?? "#c53030"),
                                          (Double(s.thin), HTMLReport.statusColours[.thin] ?? "#d69e2e")],
                  caption: "\(s.missing) missing, \(s.thin) thin")
        }, title: "Missing (red) and thin (amber) sections")
        for (name, counts) in [("Language mix", report.mix.languages), ("Organisation mix", report.mix.organizations)] {
            charts += SVGChart.horizontal(StatisticsMarkdown.ranked(counts).map {
                .init(label: $0.key, segments: [(Double($0.value), "#4a5568")], caption: StatisticsMarkdown.percent($0.value, of: total))
            }, title: name)
        }
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(HTMLReport.escape(title))</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em auto;max-width:60em;color:#1a202c;line-height:1.5}
        h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #cbd5e0;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.2em .6em;text-align:left;vertical-align:top}
        svg{display:block;margin:1em 0;font-family:inherit}
        </style></head><body>
        <h1>\(HTMLReport.escape(title))</h1>
        <p>\(c.inputs) inputs, \(c.summaries) summaries, \(c.failed) failed; mean coverage \(StatisticsMarkdown.mean(report.coverage.distribution)).</p>
        <section id="charts">\(charts)</section>
        \(tables(report))
        </body></html>

        """
    }

    /// The report's tables as HTML.
    static func tables(_ report: CorpusReport) -> String {
        var out = ""
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            out += "<h2>\(HTMLReport.escape(title))</h2><table><tr>" + header.map { "<th>\(HTMLReport.escape($0))</th>" }.joined() + "</tr>"
            for row in rows { out += "<tr>" + row.map { "<td>\(HTMLReport.escape($0))</td>" }.joined() + "</tr>" }
            out += "</table>\n"
        }
        if !report.failures.isEmpty {
            table("Failures", ["input", "reason", "message"], report.failures.map { [$0.id, $0.reason.rawValue, $0.message] })
        }
        table("Sections", ["section", "covered", "thin", "missing"], report.coverage.sections.map {
            [$0.id, String($0.covered), String($0.thin), String($0.missing)]
        })
        for terms in report.terms where !terms.byKeyness.isEmpty {
            table("Key terms: \(terms.category)", ["term", "count", "G²"], terms.byKeyness.map {
                [$0.term, String($0.count), StatisticsMarkdown.number($0.keyness)]
            })
        }
        table("Concepts", ["concept", "matches", "summaries"], report.concepts.prefix(30).map {
            [$0.concept, String($0.matches), String($0.summaries)]
        })
        table("Near-duplicate clusters", ["cluster", "min. similarity", "members"], report.nearDuplicates.clusters.map {
            [$0.id, StatisticsMarkdown.number($0.minimumSimilarity), $0.members.map { "\($0.id)#\($0.summary)" }.joined(separator: ", ")]
        })
        return out
    }
}
