import Foundation

/// Renders audits for a terminal: a bar per section, evidence quoted with line numbers, findings,
/// a one-line verdict per summary, and a closing table when there are several files.
public struct TextReport: Sendable {
    /// Whether to use ANSI colours (only on a TTY, never with `NO_COLOR`).
    public var colour: Bool
    /// The pass mark, for the verdict line.
    public var failUnder: Double

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - colour: Whether to use ANSI colours; pass true only for a TTY without `NO_COLOR`.
    ///   - failUnder: The pass mark (coverage 0–100) named in the verdict line.
    public init(colour: Bool, failUnder: Double) {
        self.colour = colour
        self.failUnder = failUnder
    }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func statusColour(_ status: SectionStatus) -> String {
        switch status {
        case .covered: return "32"
        case .thin: return "33"
        case .missing: return "31"
        }
    }

    /// One file's block.
    public func render(_ report: AuditReport) -> String {
        var facts = [report.encoding, report.language]
        if let organization = report.organization { facts.append(organization) }
        if !report.years.isEmpty { facts.append(report.years.map(String.init).joined(separator: ", ")) }
        var out = paint(report.file, "1") + "  (" + facts.joined(separator: ", ") + ")\n"
        for (n, summary) in report.summaries.enumerated() {
            let title = summary.title ?? "(untitled)"
            let verdict = summary.passed ? paint("PASS", "1;32") : paint("FAIL", "1;31")
            out += "  Summary \(n + 1): \(title)  (lines \(summary.line)–\(summary.endLine))\n"
            for section in summary.sections {
                let filled = Int((section.score * 10).rounded())
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                let name = section.id.padding(toLength: 20, withPad: " ", startingAt: 0)
                let status = section.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                var line = "    \(name)\(paint(bar, statusColour(section.status))) \(paint(status, statusColour(section.status))) \(String(format: "%.2f", section.score))"
                if let best = section.evidence.first {
                    line += "  L\(best.line) “\(Self.excerpt(best.text))”"
                }
                out += line + "\n"
            }
            if !summary.findings.isEmpty {
                out += "    findings:\n"
                for finding in summary.findings {
                    let severity: String
                    switch finding.severity {
                    case .error: severity = paint("error  ", "31")
                    case .warning: severity = paint("warning", "33")
                    case .note: severity = paint("note   ", "2")
                    }
                    out += "      L\(finding.line):\(finding.column)\t\(severity) \(finding.rule)\t\(finding.message)\n"
                }
            }
            let covered = summary.sections.filter { $0.status == .covered }.count
            let comparison = summary.passed ? "≥" : "<"
            out += "  verdict: \(verdict) — \(covered)/\(summary.sections.count) sections covered, coverage \(String(format: "%.1f", summary.coverage)) \(comparison) \(String(format: "%g", failUnder))\n"
        }
        return out
    }

    /// The closing table over many files; failed files are listed with their error.
    public func renderTable(_ rows: [(file: String, result: Result<AuditReport, any Error>)]) -> String {
        let width = min(60, max(4, rows.map(\.file.count).max() ?? 4))
        var out = "\n" + "file".padding(toLength: width, withPad: " ", startingAt: 0) + "  summaries  coverage  verdict\n"
        var passed = 0, failed = 0, broken = 0
        for row in rows {
            let name = row.file.count > width ? "…" + row.file.suffix(width - 1) : row.file
            let file = name.padding(toLength: width, withPad: " ", startingAt: 0)
            switch row.result {
            case let .success(report):
                let coverages = report.summaries.map(\.coverage)
                let low = coverages.min() ?? 0
                let shown = coverages.count > 1 ? String(format: "%.1f (min)", low) : String(format: "%.1f", low)
                let verdict = report.passed ? paint("PASS", "32") : paint("FAIL", "31")
                if report.passed { passed += 1 } else { failed += 1 }
                out += "\(file)  \(String(report.summaries.count).padding(toLength: 9, withPad: " ", startingAt: 0))  \(shown.padding(toLength: 8, withPad: " ", startingAt: 0))  \(verdict)\n"
            case .failure:
                broken += 1
                out += "\(file)  -          -         \(paint("ERROR", "31"))\n"
            }
        }
        out += "\(rows.count) files: \(passed) passed, \(failed) failed, \(broken) could not be read\n"
        return out
    }

    static func excerpt(_ text: String, limit: Int = 28) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
