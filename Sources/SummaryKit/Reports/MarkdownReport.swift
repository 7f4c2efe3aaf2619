import Foundation

/// Renders audits as Markdown that pastes into a review.
public enum MarkdownReport {
    /// One file's section.
    ///
    /// - Parameters:
    ///   - report: The file's audit.
    ///   - summaryOnly: Leave out the quoted evidence and the finding-by-finding list (findings
    ///     are counted per rule instead): verdicts and section statuses only.
    public static func render(_ report: AuditReport, summaryOnly: Bool = false) -> String {
        var out = "## \(escape(report.file))\n\n"
        out += "Encoding \(report.encoding) · language \(report.language)"
        if let organization = report.organization { out += " · \(organization)" }
        if !report.years.isEmpty { out += " · " + report.years.map(String.init).joined(separator: ", ") }
        out += "\n\n"
        for (n, summary) in report.summaries.enumerated() {
            var verdict = summary.passed ? "✅ PASS" : "❌ FAIL"
            if !summary.missingRequired.isEmpty { verdict += " (required missing: \(summary.missingRequired.joined(separator: ", ")))" }
            out += "### Summary \(n + 1): \(escape(summary.title ?? "(untitled)"))\n\n"
            out += "Lines \(summary.line)–\(summary.endLine) · coverage **\(String(format: "%.1f", summary.coverage))** · \(verdict)\n\n"
            if summaryOnly {
                out += "| section | status | score | paragraphs |\n|---|---|---|---|\n"
                for section in summary.sections {
                    out += "| \(section.id) | \(section.status.rawValue) | \(String(format: "%.2f", section.score)) | \(section.paragraphs) |\n"
                }
                var counts: [(rule: FindingRule, severity: Finding.Severity, count: Int)] = []
                for finding in summary.findings {
                    if let k = counts.firstIndex(where: { $0.rule == finding.rule && $0.severity == finding.severity }) {
                        counts[k].count += 1
                    } else {
                        counts.append((finding.rule, finding.severity, 1))
                    }
                }
                if !counts.isEmpty {
                    out += "\n**Findings**: " + counts.map { "`\($0.rule)` (\($0.severity.rawValue)) × \($0.count)" }.joined(separator: " · ") + "\n"
                }
                out += "\n"
                continue
            }
            out += "| section | status | score | paragraphs | best evidence |\n|---|---|---|---|---|\n"
            for section in summary.sections {
                let evidence = section.evidence.first.map { "L\($0.line): “\(escape(TextReport.excerpt($0.text, limit: 40)))”" } ?? ""
                out += "| \(section.id) | \(section.status.rawValue) | \(String(format: "%.2f", section.score)) | \(section.paragraphs) | \(evidence) |\n"
            }
            if !summary.findings.isEmpty {
                out += "\n**Findings**\n\n"
                for finding in summary.findings {
                    out += "- `\(finding.rule)` (\(finding.severity.rawValue)) line \(finding.line): \(escape(finding.message))\n"
                    out += copyDetail(finding)
                }
            }
            out += "\n"
        }
        return out
    }

    /// The closing table.
    public static func renderTable(_ rows: [(file: String, result: Result<AuditReport, any Error>)]) -> String {
        var out = "## Overview\n\n| file | summaries | coverage | verdict |\n|---|---|---|---|\n"
        for row in rows {
            switch row.result {
            case let .success(report):
                let low = report.summaries.map(\.coverage).min() ?? 0
                out += "| \(escape(row.file)) | \(report.summaries.count) | \(String(format: "%.1f", low)) | \(report.passed ? "PASS" : "FAIL") |\n"
            case let .failure(error):
                out += "| \(escape(row.file)) | – | – | ERROR: \(escape("\(error)")) |\n"
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
