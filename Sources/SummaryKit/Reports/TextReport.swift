import Foundation

/// Renders audits for a terminal: a bar per section, evidence quoted with line numbers, findings,
/// a one-line verdict per summary, and a closing table when there are several files.
public struct TextReport: Sendable {
    /// Whether to use ANSI colours (only on a TTY, never with `NO_COLOR`).
    public var colour: Bool
    /// The pass mark, for the verdict line.
    public var failUnder: Double
    /// The terminal's width in columns: quotes and titles are cut to fit, findings and verdicts
    /// wrap under their own column. At least 40.
    public var width: Int

    /// The width when the output is not a terminal.
    public static let defaultWidth = 80

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - colour: Whether to use ANSI colours; pass true only for a TTY without `NO_COLOR`.
    ///   - failUnder: The pass mark (coverage 0–100) named in the verdict line.
    ///   - width: The terminal's width in columns (``defaultWidth`` when not a terminal).
    public init(colour: Bool, failUnder: Double, width: Int = TextReport.defaultWidth) {
        self.colour = colour
        self.failUnder = failUnder
        self.width = max(40, width)
    }

    private func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func statusColour(_ status: SectionStatus) -> String {
        switch status {
        case .covered: return "32"
        case .thin: return "33"
        case .missing: return "31"
        }
    }

    /// The terminal columns an evidence quote may take (about 22 Chinese characters or 44
    /// Latin ones), so that a section line stays within ~110 columns in either language.
    static let quoteColumns = 44

    /// One file's block.
    ///
    /// Columns are measured in terminal cells (CJK characters count two), so section ids, quotes and
    /// findings stay aligned when they contain Chinese text.
    public func render(_ report: AuditReport) -> String {
        var facts = [report.encoding, report.language.rawValue]
        if let organization = report.organization { facts.append(organization.rawValue) }
        if !report.years.isEmpty { facts.append(report.years.map(String.init).joined(separator: ", ")) }
        let about = "  (" + facts.joined(separator: ", ") + ")"
        let fileColumns = max(10, width - TerminalWidth.columns(of: about))
        let file = TerminalWidth.columns(of: report.file) > fileColumns
            ? "…" + TerminalWidth.suffix(report.file, columns: fileColumns - 1) : report.file
        var out = paint(file, "1") + TerminalWidth.truncate(about, columns: width - TerminalWidth.columns(of: file)) + "\n"
        for (n, summary) in report.summaries.enumerated() {
            let verdict = summary.passed ? paint("PASS", "1;32") : paint("FAIL", "1;31")
            let head = "  Summary \(n + 1): "
            let lines = "  (lines \(summary.line)–\(summary.endLine))"
            let title = TerminalWidth.truncate(summary.title ?? "(untitled)",
                                               columns: max(8, width - TerminalWidth.columns(of: head + lines)))
            out += head + title + lines + "\n"
            let nameWidth = max(20, (summary.sections.map { TerminalWidth.columns(of: $0.id) }.max() ?? 0) + 2)
            for section in summary.sections {
                let filled = min(10, max(0, Int((section.score * 10).rounded())))
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                let name = TerminalWidth.pad(section.id, to: nameWidth)
                let status = section.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                var line = "    \(name)\(paint(bar, statusColour(section.status))) \(paint(status, statusColour(section.status))) \(String(format: "%.2f", section.score))"
                if let best = section.evidence.first {
                    // The quote takes what is left of the line, up to quoteColumns.
                    let used = 4 + nameWidth + 10 + 1 + 8 + 1 + 4 + 2 + TerminalWidth.columns(of: "L\(best.line) “”")
                    let room = min(Self.quoteColumns, width - used)
                    if room >= 6 {
                        line += "  L\(best.line) “\(TerminalWidth.truncate(Self.flatten(best.text), columns: room))”"
                    }
                }
                out += line + "\n"
            }
            if !summary.findings.isEmpty {
                out += "    findings:\n" + renderFindings(summary.findings)
            }
            let covered = summary.sections.filter { $0.status == .covered }.count
            let comparison = summary.coverage >= failUnder ? "≥" : "<"
            let figures = "\(covered)/\(summary.sections.count) sections covered, coverage \(String(format: "%.1f", summary.coverage)) \(comparison) \(String(format: "%g", failUnder))"
            let reason = summary.missingRequired.isEmpty ? figures
                : "required section\(summary.missingRequired.count == 1 ? "" : "s") missing: \(summary.missingRequired.joined(separator: ", ")) (\(figures))"
            out += "  verdict: \(verdict) — " + TerminalWidth.wrap(reason, width: width, first: 19, indent: 4) + "\n"
        }
        return out
    }

    /// Findings as aligned columns: place, severity, rule, message.
    private func renderFindings(_ findings: [Finding]) -> String {
        let places = findings.map { "L\($0.line):\($0.column)" }
        let placeWidth = places.map(\.count).max() ?? 0
        let ruleWidth = findings.map { TerminalWidth.columns(of: $0.rule.rawValue) }.max() ?? 0
        var out = ""
        for (place, finding) in zip(places, findings) {
            let severity: String
            switch finding.severity {
            case .error: severity = paint("error  ", "31")
            case .warning: severity = paint("warning", "33")
            case .note: severity = paint("note   ", "2")
            }
            // The message wraps under itself, or under the place when its column is past half
            // the width.
            let column = 6 + placeWidth + 2 + 7 + 2 + ruleWidth + 2
            let indent = column <= width / 2 ? column : 8
            let prefix = "      \(TerminalWidth.pad(place, to: placeWidth))  \(severity)  \(TerminalWidth.pad(finding.rule.rawValue, to: ruleWidth))  "
            if column <= width / 2 {
                out += prefix + TerminalWidth.wrap(finding.message, width: width, first: column, indent: indent) + "\n"
            } else {
                // The place, severity and rule alone on their line, without the rule's padding.
                var head = Substring(prefix)
                while head.last == " " { head = head.dropLast() }
                out += head + "\n" + String(repeating: " ", count: indent) + TerminalWidth.wrap(finding.message, width: width, first: indent, indent: indent) + "\n"
            }
        }
        return out
    }

    /// The closing table over many files; failed files are listed with their error.
    public func renderTable(_ rows: [(file: String, result: Result<AuditReport, any Error>)]) -> String {
        // The file column takes what the other columns (33) leave, at most 60.
        let width = max(4, min(60, self.width - 33, rows.map { TerminalWidth.columns(of: $0.file) }.max() ?? 4))
        // "100.0 (min)" is the widest coverage cell.
        let coverageWidth = 11
        func cells(_ summaries: String, _ coverage: String) -> String {
            summaries.padding(toLength: 9, withPad: " ", startingAt: 0) + "  " + coverage.padding(toLength: coverageWidth, withPad: " ", startingAt: 0)
        }
        var out = "\n" + TerminalWidth.pad("file", to: width) + "  " + cells("summaries", "coverage") + "  verdict\n"
        var passed = 0, failed = 0, broken = 0
        for row in rows {
            let name = TerminalWidth.columns(of: row.file) > width
                ? "…" + TerminalWidth.suffix(row.file, columns: width - 1) : row.file
            let file = TerminalWidth.pad(name, to: width)
            switch row.result {
            case let .success(report):
                let coverages = report.summaries.map(\.coverage)
                let low = coverages.min() ?? 0
                let shown = coverages.count > 1 ? String(format: "%.1f (min)", low) : String(format: "%.1f", low)
                let verdict = report.passed ? paint("PASS", "32") : paint("FAIL", "31")
                if report.passed { passed += 1 } else { failed += 1 }
                out += "\(file)  \(cells(String(report.summaries.count), shown))  \(verdict)\n"
            case .failure:
                broken += 1
                out += "\(file)  \(cells("-", "-"))  \(paint("ERROR", "31"))\n"
            }
        }
        out += "\(rows.count) files: \(passed) passed, \(failed) failed, \(broken) could not be read\n"
        return out
    }

    /// The text on one line.
    static func flatten(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func excerpt(_ text: String, limit: Int = 28) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}
