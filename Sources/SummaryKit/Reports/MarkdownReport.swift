import Foundation

/// Renders audits as Markdown that pastes into a review.
public enum MarkdownReport {
    /// The page's heading: the report's title, the checklist and the pass mark.
    public static func renderHeading(checklist: Checklist, failUnder: Double, language: ReportLanguage = .en) -> String {
        let strings = ReportStrings(language)
        return "# \(strings["report.title"])\n\n" + strings.format("report.checklist", escape(checklist.name == Checklist.default.name ? strings["report.defaultChecklist"] : checklist.name), String(format: "%g", failUnder)) + "\n\n"
    }

    /// One file's section, in `language`, its sections named by `checklist`'s titles (by their
    /// ids in English).
    ///
    /// - Parameters:
    ///   - report: The file's audit.
    ///   - language: The report's language.
    ///   - checklist: The checklist whose titles name the sections.
    ///   - summaryOnly: Leave out the quoted evidence and the finding-by-finding list (findings
    ///     are counted per rule instead): verdicts and section statuses only.
    public static func render(_ report: FileAudit, language: ReportLanguage = .en, checklist: Checklist = .default,
                              summaryOnly: Bool = false) -> String {
        let strings = ReportStrings(language)
        var out = "## \(escape(report.file))\n\n"
        out += strings.format("report.encoding", report.encoding) + " · " + strings.format("report.language", strings.textLanguage(report.language))
        if let organization = report.organization { out += " · \(strings.organization(organization))" }
        if !report.years.isEmpty { out += " · " + report.years.map(String.init).joined(separator: strings["report.factsSeparator"]) }
        out += "\n\n"
        for (n, summary) in report.summaries.enumerated() {
            var verdict = (summary.passed ? "✅ " : "❌ ") + strings.verdict(summary.passed)
            if !summary.missingRequired.isEmpty {
                let names = summary.missingRequired.map { escape(strings.section($0, in: checklist)) }
                verdict += strings.format("markdown.requiredMissing", names.joined(separator: strings["report.listSeparator"]))
            }
            out += "### " + strings.format("report.summary", String(n + 1)) + escape(summary.title ?? strings["report.untitled"]) + "\n\n"
            out += strings.format("report.Lines", String(summary.line), String(summary.endLine))
                + " · \(strings["report.coverage"]) **\(String(format: "%.1f", summary.coverage))** · \(verdict)\n\n"
            if summaryOnly {
                let headers = ["header.section", "header.status", "header.score", "header.paragraphs"].map { strings[$0] }
                out += "| " + headers.joined(separator: " | ") + " |\n|---|---|---|---|\n"
                for section in summary.sections {
                    out += "| \(escape(strings.section(section.id, in: checklist))) | \(strings.status(section.status)) | \(String(format: "%.2f", section.score)) | \(section.paragraphs) |\n"
                }
                let counts = Finding.counts(summary.findings)
                if !counts.isEmpty {
                    out += "\n**\(strings["report.Findings"])**: " + counts.map { "`\(strings.rule($0.rule))` (\(strings.severity($0.severity))) × \($0.count)" }.joined(separator: " · ") + "\n"
                }
                out += "\n"
                continue
            }
            let headers = ["header.section", "header.status", "header.score", "header.paragraphs", "header.evidence"].map { strings[$0] }
            out += "| " + headers.joined(separator: " | ") + " |\n|---|---|---|---|---|\n"
            for section in summary.sections {
                let evidence = section.evidence.first.map { "L\($0.line): “\(escape(TextReport.excerpt($0.text, limit: 40)))”" } ?? ""
                out += "| \(escape(strings.section(section.id, in: checklist))) | \(strings.status(section.status)) | \(String(format: "%.2f", section.score)) | \(section.paragraphs) | \(evidence) |\n"
            }
            if !summary.pairs.isEmpty {
                out += "\n**\(strings["report.Pairs"])**\n\n| \(strings["header.problem"]) | | \(strings["header.measure"]) | \(strings["header.shared"]) |\n|---|---|---|---|\n"
                for pair in summary.pairs {
                    out += "| L\(pair.problem.line): “\(escape(TextReport.excerpt(pair.problem.text, limit: 30)))” | → "
                        + "| L\(pair.measure.line): “\(escape(TextReport.excerpt(pair.measure.text, limit: 30)))” "
                        + "| \(pair.sharedConcepts.prefix(4).map { "`\($0)`" }.joined(separator: " ")) |\n"
                }
            }
            if !summary.findings.isEmpty {
                out += "\n**\(strings["report.Findings"])**\n\n"
                for finding in summary.findings {
                    out += strings.format("markdown.finding", escape(strings.rule(finding.rule)), strings.severity(finding.severity),
                                          String(finding.line), escape(TextReport.message(finding, strings))) + "\n"
                    out += copyDetail(finding)
                }
            }
            out += "\n"
        }
        return out
    }

    /// The closing table.
    public static func renderTable(_ rows: [(file: String, result: Result<FileAudit, any Error>)], language: ReportLanguage = .en) -> String {
        let strings = ReportStrings(language)
        let headers = ["header.file", "header.summaries", "header.coverage", "header.verdict"].map { strings[$0] }
        var out = "## \(strings["report.overview"])\n\n| " + headers.joined(separator: " | ") + " |\n|---|---|---|---|\n"
        for row in rows {
            switch row.result {
            case let .success(report):
                let low = report.summaries.map(\.coverage).min() ?? 0
                out += "| \(escape(row.file)) | \(report.summaries.count) | \(String(format: "%.1f", low)) | \(strings.verdict(report.passed)) |\n"
            case let .failure(error):
                out += "| \(escape(row.file)) | – | – | \(strings.format("report.error", escape(strings.describe(error)))) |\n"
            }
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|", "*", "_", "`", "[", "]", "<", ">", "#": out += "\\\(ch)"
            case "\n", "\r": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
