import Foundation

/// Renders audits as one self-contained HTML page (inline CSS and SVG, nothing fetched) that
/// an auditor opens and prints: an overview of every file (verdicts, the weakest sections,
/// links to each file), then per file the checklist with verdicts, the findings, and the
/// summary's text with paragraphs coloured by category. Printed, it is A4 with each file on a
/// new page.
public enum HTMLReport {
    /// Paragraph colours by category: blues, violet, pink and grey, never the red, green or amber
    /// of a status, so that a paragraph's colour is not read as a verdict.
    static let colours: [Category: String] = [
        .study: "#2563eb", .discipline: "#7c3aed", .memberDevelopment: "#0891b2",
        .massWork: "#db2777", .shortcomings: "#57534e", .plans: "#1e3a8a",
    ]
    /// Bar and label colours by status; the amber is dark enough to read as text on white.
    static let statusColours: [SectionStatus: String] = [.covered: "#2f855a", .thin: "#b7791f", .missing: "#c53030"]

    /// The page for all audited files, in `language` (the page's title by default too), its
    /// sections named by `checklist`'s titles.
    ///
    /// - Parameters:
    ///   - results: The audited files, in report order.
    ///   - title: The page's title; the report's title in `language` by default.
    ///   - language: The report's language.
    ///   - checklist: The checklist whose titles name the sections.
    ///   - summaryOnly: Leave out each summary's text (the paragraph-by-paragraph detail) and
    ///     list its findings as counts per rule: the overview, verdicts and section tables only.
    public static func render(_ results: [AuditedDocument], title: String? = nil, language: ReportLanguage = .en,
                              checklist: Checklist = .default, summaryOnly: Bool = false) -> String {
        let strings = ReportStrings(language)
        let title = title ?? strings["report.title"]
        var body = ""
        for (index, result) in results.enumerated() {
            body += render(result, index: index, strings: strings, checklist: checklist, summaryOnly: summaryOnly)
        }
        let legend = Category.allCases.map { "<span class=\"chip\" style=\"border-color:\(colours[$0] ?? "#999")\">\(escape(strings.category($0)))</span>" }.joined(separator: " ")
        let lang = language == .zh ? "zh-CN" : language.rawValue
        return """
        <!DOCTYPE html>
        <html lang="\(lang)"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#1a202c;line-height:1.6}
        h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #cbd5e0;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cbd5e0;padding:.2em .6em;text-align:left;vertical-align:top}
        .covered{color:#2f855a}.thin{color:#b7791f}.missing{color:#c53030;font-weight:bold}
        td.covered,td.thin,td.missing{white-space:nowrap}
        table.pairs td{border-left:none;border-right:none}td.link{vertical-align:middle;padding:0 .2em}.pairs .ln{color:#a0aec0;font-size:.8em}
        .pass{color:#2f855a;font-weight:bold}.fail{color:#c53030;font-weight:bold}
        .unit{margin:.3em 0;padding-left:.6em;border-left:4px solid transparent}
        .unit .ln{color:#a0aec0;font-size:.8em;margin-right:.6em}
        .title{font-weight:bold;font-size:1.1em}.heading{font-weight:bold}.boilerplate,.separator{color:#a0aec0;text-decoration:line-through}
        mark{background:#fed7d7;color:#9b2c2c;padding:0 .15em;border-radius:2px}
        .findings li{margin:.15em 0}.findings code{font-size:.85em;color:#4a5568}
        .sev{display:inline-block;min-width:4.5em;font-size:.8em;font-weight:bold;text-transform:uppercase}
        .tags{font-size:.75em;color:#4a5568;margin-left:.6em}
        .chip{display:inline-block;border-left:4px solid;padding:0 .4em;font-size:.8em}
        .error{color:#c53030}.warning{color:#b7791f}.note{color:#718096}
        .overview .totals{font-size:1.1em}.overview a{color:inherit}
        @page{size:A4;margin:16mm 14mm 18mm}
        @media print{body{margin:0;max-width:none;padding:0;font-size:10pt;line-height:1.45;color:#000;background:#fff}
        .file{break-before:page}.summary-head{break-inside:avoid}h2,h3,h4{break-after:avoid}
        tr,li,.unit,svg{break-inside:avoid}a{color:inherit;text-decoration:none}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\(copyStyle(results))
        </style></head><body>
        <h1>\(escape(title))</h1>
        \(overview(results, strings: strings, checklist: checklist))\(summaryOnly ? "" : "<p>\(escape(strings["report.paragraphColours"]))\(legend)</p>")
        \(body)</body></html>

        """
    }

    static func render(_ result: AuditedDocument, index: Int = 0, strings: ReportStrings = ReportStrings(.en), checklist: Checklist = .default,
                       summaryOnly: Bool = false) -> String {
        let report = result.audit
        let document = result.tagged.document
        var out = "<section class=\"file\" id=\"file-\(index + 1)\">\n<h2>\(escape(report.file))</h2>\n<p>\(escape(report.encoding)) · \(escape(strings.textLanguage(report.language)))"
        if let organization = report.organization { out += " · \(escape(strings.organization(organization)))" }
        out += "</p>\n"
        for (n, summary) in report.summaries.enumerated() {
            out += "<div class=\"summary-head\">\n<h3>\(escape(strings.format("report.summary", String(n + 1))))\(escape(summary.title ?? strings["report.untitled"]))</h3>\n"
            out += "<p>\(escape(strings.format("report.Lines", String(summary.line), String(summary.endLine)))) · \(escape(strings["report.coverage"])) <b>\(String(format: "%.1f", summary.coverage))</b> · "
            let missing = summary.missingRequired.map { strings.section($0, in: checklist) }.joined(separator: strings["report.listSeparator"])
            out += summary.passed ? "<span class=\"pass\">\(escape(strings.verdict(true)))</span></p>\n" : "<span class=\"fail\">\(escape(strings.verdict(false)))</span>"
                + (summary.missingRequired.isEmpty ? "" : " — \(escape(strings.format("report.requiredMissing.short", missing)))")
                + (summary.passed ? "" : "</p>\n")
            out += chart(summary.sections, strings: strings, checklist: checklist)
            let headers = ["header.section", "header.status", "header.score", "header.evidence"].map { "<th>\(escape(strings[$0]))</th>" }
            out += "</div>\n<table><tr>\(headers.joined())</tr>\n"
            for section in summary.sections {
                let evidence = section.evidence.first.map { "L\($0.line): \(escape(TextReport.excerpt($0.text, limit: 60)))" } ?? ""
                out += "<tr><td>\(escape(strings.section(section.id, in: checklist)))</td><td class=\"\(section.status.rawValue)\">\(escape(strings.status(section.status)))</td><td>\(String(format: "%.2f", section.score))</td><td>\(evidence)</td></tr>\n"
            }
            out += "</table>\n"
            if summaryOnly {
                out += findingCounts(summary.findings, strings: strings)
                continue
            }
            if !summary.pairs.isEmpty {
                // Each shortcoming joined to the plan that answers it by a drawn line.
                out += "<h4>\(escape(strings["report.Pairs"]))</h4>\n<table class=\"pairs\"><tr><th>\(escape(strings["header.problem"]))</th><th></th><th>\(escape(strings["header.measure"]))</th></tr>\n"
                for pair in summary.pairs {
                    out += "<tr><td><span class=\"ln\">L\(pair.problem.line)</span> \(escape(TextReport.excerpt(pair.problem.text, limit: 60)))</td>"
                        + "<td class=\"link\"><svg width=\"48\" height=\"12\" aria-hidden=\"true\"><line x1=\"2\" y1=\"6\" x2=\"40\" y2=\"6\" stroke=\"#57534e\" stroke-width=\"2\"/><path d=\"M40 1 L47 6 L40 11 Z\" fill=\"#57534e\"/></svg></td>"
                        + "<td><span class=\"ln\">L\(pair.measure.line)</span> \(escape(TextReport.excerpt(pair.measure.text, limit: 60)))</td></tr>\n"
                }
                out += "</table>\n"
            }
            if !summary.findings.isEmpty {
                out += "<h4>\(escape(strings["report.Findings"]))</h4><ul class=\"findings\">\n"
                for finding in summary.findings {
                    let severity = finding.severity.rawValue
                    out += "<li><span class=\"sev \(severity)\">\(escape(strings.severity(finding.severity)))</span> L\(finding.line):\(finding.column) <code>\(finding.rule)</code> \(escape(TextReport.message(finding, strings)))</li>\n"
                }
                out += "</ul>\n"
                out += copyView(summary.findings, in: document)
            }
            out += "<h4>\(escape(strings["report.text"]))</h4>\n<div class=\"text\">\n"
            if document.summaries.indices.contains(n) {
                for tagged in result.tagged.units(ofSummary: n) {
                    let unit = document.units[tagged.unit]
                    let colour = tagged.tags.first.flatMap { colours[$0] } ?? "transparent"
                    let tags = tagged.tags.isEmpty ? "" : "<span class=\"tags\">" + tagged.tags.map { escape(strings.category($0)) }.joined(separator: " · ") + "</span>"
                    out += "<p class=\"unit \(unit.kind.rawValue)\" style=\"border-left-color:\(colour)\"><span class=\"ln\">\(unit.lines.lowerBound)</span>\(markedText(unit.utf8Range, in: document, label: strings["report.placeholderMark"]))\(tags)</p>\n"
                }
            }
            out += "</div>\n"
        }
        return out + "</section>\n"
    }

    /// The overview at the top: files, summaries, passes and failures, the sections most often
    /// missing or thin, and each file with its verdict and a link to its block.
    static func overview(_ results: [AuditedDocument], strings: ReportStrings = ReportStrings(.en), checklist: Checklist = .default) -> String {
        let summaries = results.flatMap(\.audit.summaries)
        let passed = summaries.filter(\.passed).count
        func counted(_ key: String, _ n: Int) -> String { strings.format(n == 1 ? key + ".one" : key + ".many", String(n)) }
        func header(_ keys: [String]) -> String { "<tr>" + keys.map { "<th>\(escape(strings[$0]))</th>" }.joined() + "</tr>\n" }
        var out = "<section class=\"overview\" id=\"overview\">\n<h2>\(escape(strings["overview.heading"]))</h2>\n"
        out += "<p class=\"totals\">\(escape(counted("overview.files", results.count))) · \(escape(counted("overview.summaries", summaries.count))) · "
        out += "<span class=\"pass\">\(escape(strings.format("overview.passed", String(passed))))</span> · "
        out += "<span class=\"fail\">\(escape(strings.format("overview.failed", String(summaries.count - passed))))</span></p>\n"
        guard !results.isEmpty else { return out + "</section>\n" }
        // Sections by how often they fall short: missing first, then thin.
        var counts: [(id: String, missing: Int, thin: Int)] = []
        for summary in summaries {
            for section in summary.sections {
                var k = counts.count
                if let found = counts.firstIndex(where: { $0.id == section.id }) { k = found } else { counts.append((section.id, 0, 0)) }
                if section.status == .missing { counts[k].missing += 1 }
                if section.status == .thin { counts[k].thin += 1 }
            }
        }
        let weakest = counts.enumerated().filter { $0.element.missing + $0.element.thin > 0 }
            .sorted { ($0.element.missing, $0.element.thin, -$0.offset) > ($1.element.missing, $1.element.thin, -$1.offset) }
            .map(\.element)
        out += "<h3>\(escape(strings["overview.weakest"]))</h3>\n"
        if weakest.isEmpty {
            out += "<p>\(escape(strings["overview.allCovered"]))</p>\n"
        } else {
            out += "<table>" + header(["header.section", "overview.missingIn", "overview.thinIn"])
            for row in weakest.prefix(6) {
                let missing = strings.format("overview.count", String(row.missing), String(summaries.count))
                let thin = strings.format("overview.count", String(row.thin), String(summaries.count))
                out += "<tr><td>\(escape(strings.section(row.id, in: checklist)))</td><td\(row.missing > 0 ? " class=\"missing\"" : "")>\(escape(missing))</td><td\(row.thin > 0 ? " class=\"thin\"" : "")>\(escape(thin))</td></tr>\n"
            }
            out += "</table>\n"
        }
        out += "<h3>\(escape(strings["overview.filesHeading"]))</h3>\n<table>"
            + header(["overview.file", "overview.summaries", "overview.lowest", "header.verdict", "overview.missingSections"])
        for (index, result) in results.enumerated() {
            let report = result.audit
            let lowest = report.summaries.map(\.coverage).min().map { String(format: "%.1f", $0) } ?? "n/a"
            var missing = [String]()
            for summary in report.summaries {
                for section in summary.sections where section.status == .missing && !missing.contains(section.id) { missing.append(section.id) }
            }
            let verdict = report.passed ? "<span class=\"pass\">\(escape(strings.verdict(true)))</span>" : "<span class=\"fail\">\(escape(strings.verdict(false)))</span>"
            let names = missing.map { strings.section($0, in: checklist) }.joined(separator: strings["report.listSeparator"])
            out += "<tr><td><a href=\"#file-\(index + 1)\">\(escape(report.file))</a></td><td>\(report.summaries.count)</td><td>\(lowest)</td><td>\(verdict)</td><td>\(escape(names))</td></tr>\n"
        }
        out += "</table>\n"
        return out + "</section>\n"
    }

    /// The findings of a summary as counts per rule and severity (for `summaryOnly`); a grouped
    /// finding counts once per place.
    static func findingCounts(_ findings: [Finding], strings: ReportStrings = ReportStrings(.en)) -> String {
        guard !findings.isEmpty else { return "" }
        let counts = Finding.counts(findings)
        return "<p class=\"findings\">\(escape(strings["report.Findings"])): " + counts.map {
            "<span class=\"sev \($0.severity.rawValue)\">\(escape(strings.severity($0.severity)))</span> <code>\($0.rule)</code> × \($0.count)"
        }.joined(separator: " · ") + "</p>\n"
    }

    /// The escaped text of `range` with the unfilled placeholders in it highlighted.
    static func markedText(_ range: Range<Int>, in document: Document, label: String = "unfilled placeholder") -> String {
        var out = ""
        var position = range.lowerBound
        for placeholder in document.placeholders.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) {
            let slot = placeholder.utf8Range.clamped(to: range)
            guard !slot.isEmpty, slot.lowerBound >= position else { continue }
            out += escape(String(document.source[utf8: position..<slot.lowerBound]))
            out += "<mark title=\"\(escape(label))\">\(escape(String(document.source[utf8: slot])))</mark>"
            position = slot.upperBound
        }
        return out + escape(String(document.source[utf8: position..<range.upperBound]))
    }

    /// A horizontal bar chart of section scores, coloured by status; the label column is as
    /// wide as the longest section id (about 8.5 px a column at 13 px).
    static func chart(_ sections: [SectionCoverage], strings: ReportStrings = ReportStrings(.en), checklist: Checklist = .default) -> String {
        let names = sections.map { strings.section($0.id, in: checklist) }
        let longest = names.map { TerminalWidth.columns(of: $0) }.max() ?? 0
        let rowHeight = 22, labelWidth = max(150, Int((Double(longest) * 8.5).rounded(.up)) + 14), barWidth = 300
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 110)\" height=\"\(rowHeight * sections.count + 4)\" role=\"img\" aria-label=\"\(escape(strings["report.chartLabel"]))\">\n"
        for (i, (section, name)) in zip(sections, names).enumerated() {
            let y = i * rowHeight + 2
            let width = Int(Double(barWidth) * min(1, max(0, section.score)))
            let colour = statusColours[section.status] ?? "#999"
            svg += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"13\">\(escape(name))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"14\" fill=\"#edf2f7\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"14\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\" font-size=\"12\" fill=\"\(colour)\">\(String(format: "%.2f", section.score)) \(escape(strings.status(section.status)))</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
