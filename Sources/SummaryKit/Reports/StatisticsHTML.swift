import Foundation

/// Renders a ``CorpusReport`` as one self-contained HTML page with inline SVG charts
/// (coverage histogram, category prevalence, missing and thin sections, language and
/// organisation mix) followed by the Markdown report's tables; nothing is fetched.
public enum StatisticsHTML {
    /// The page, a complete HTML document ending in a line break.
    ///
    /// - Parameters:
    ///   - report: The corpus report.
    ///   - title: The page's title and first heading (escaped); by default the report's title in
    ///     `language`.
    ///   - language: The language of the page's words.
    ///   - checklist: The checklist of the run, for the sections' titles (in Chinese).
    public static func render(_ report: CorpusReport, title: String? = nil, language: ReportLanguage = .en,
                              checklist: Checklist = .default) -> String {
        let t = ReportStrings(language)
        let title = title ?? t["stats.title"]
        let c = report.counts
        let total = max(c.summaries, 1)
        var charts = ""
        charts += SVGChart.histogram(report.coverage.distribution.bins.map { (StatisticsMarkdown.range($0), $0.count) },
                                     title: t["stats.chart.coverage"])
        charts += SVGChart.horizontal(report.categories.map { p in
            .init(label: StatisticsMarkdown.category(p.category, t), segments: [(Double(p.summaries), HTMLReport.colours[Category(rawValue: p.category) ?? .study] ?? "#718096")],
                  caption: StatisticsMarkdown.percent(p.share))
        }, title: t["stats.chart.categories"])
        charts += SVGChart.horizontal(report.coverage.sections.map { s in
            .init(label: t.section(s.id, in: checklist, short: true), segments: [(Double(s.missing), HTMLReport.statusColours[.missing] ?? "#c53030"),
                                          (Double(s.thin), HTMLReport.statusColours[.thin] ?? "#d69e2e")],
                  caption: t.format("stats.chart.caption", String(s.missing), String(s.thin)))
        }, title: t["stats.chart.sections"])
        for (name, counts) in [(t["stats.chart.languages"], report.mix.languages), (t["stats.chart.organisations"], report.mix.organizations)] {
            charts += SVGChart.horizontal(StatisticsMarkdown.ranked(counts).map {
                .init(label: StatisticsMarkdown.mixName($0.key, t), segments: [(Double($0.value), "#4a5568")], caption: StatisticsMarkdown.percent($0.value, of: total))
            }, title: name)
        }
        return """
        <!DOCTYPE html>
        <html lang="\(language == .zh ? "zh-CN" : language.rawValue)"><head><meta charset="utf-8"><title>\(HTMLReport.escape(title))</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:2em auto;max-width:60em;color:#1a202c;line-height:1.5}
        h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #cbd5e0;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.2em .6em;text-align:left;vertical-align:top}
        svg{display:block;margin:1em 0;font-family:inherit}
        </style></head><body>
        <h1>\(HTMLReport.escape(title))</h1>
        <p>\(HTMLReport.escape(t.format("stats.html.counts", String(c.inputs), String(c.summaries), String(c.failed),
                                          StatisticsMarkdown.mean(report.coverage.distribution))))</p>
        <section id="charts">\(charts)</section>
        \(tables(report, t, checklist))
        </body></html>

        """
    }

    /// The report's tables as HTML.
    static func tables(_ report: CorpusReport, _ t: ReportStrings = ReportStrings(.en), _ checklist: Checklist = .default) -> String {
        var out = ""
        func table(_ title: String, _ header: [String], _ rows: [[String]]) {
            out += "<h2>\(HTMLReport.escape(title))</h2><table><tr>" + header.map { "<th>\(HTMLReport.escape($0))</th>" }.joined() + "</tr>"
            for row in rows { out += "<tr>" + row.map { "<td>\(HTMLReport.escape($0))</td>" }.joined() + "</tr>" }
            out += "</table>\n"
        }
        if !report.failures.isEmpty {
            table(t["stats.failures"], ["stats.input", "stats.reason", "stats.message"].map { t[$0] }, report.failures.map { [$0.id, $0.reason.rawValue, $0.message] })
        }
        table(t["stats.sections"], [t["header.section"], t["status.covered"], t["status.thin"], t["status.missing"]], report.coverage.sections.map {
            [t.section($0.id, in: checklist, short: true), String($0.covered), String($0.thin), String($0.missing)]
        })
        for terms in report.terms where !terms.byKeyness.isEmpty {
            table(t.format("stats.keyTerms", StatisticsMarkdown.category(terms.category, t)), [t["stats.term"], t["stats.count"], "G²"], terms.byKeyness.map {
                [$0.term, String($0.count), StatisticsMarkdown.number($0.keyness)]
            })
        }
        table(t["stats.concepts"], ["stats.concept", "stats.matches", "header.summaries"].map { t[$0] }, report.concepts.prefix(30).map {
            [$0.concept, String($0.matches), String($0.summaries)]
        })
        table(t["stats.clusters"], ["stats.cluster", "stats.minSimilarity", "stats.members"].map { t[$0] }, report.nearDuplicates.clusters.map {
            [$0.id, StatisticsMarkdown.number($0.minimumSimilarity), $0.members.map { "\($0.id)#\($0.summary)" }.joined(separator: ", ")]
        })
        return out
    }
}
