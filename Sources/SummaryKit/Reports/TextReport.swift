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
    /// The language of the report's words: statuses, verdicts, messages, section names.
    public var language: ReportLanguage
    /// The checklist the audits were made against, for the sections' titles.
    public var checklist: Checklist

    /// The width when the output is not a terminal.
    public static let defaultWidth = 80

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - colour: Whether to use ANSI colours; pass true only for a TTY without `NO_COLOR`.
    ///   - failUnder: The pass mark (coverage 0–100) named in the verdict line.
    ///   - width: The terminal's width in columns (``defaultWidth`` when not a terminal).
    ///   - language: The language of the report (section titles in Chinese, ids in English).
    ///   - checklist: The checklist the audits were made against, for the sections' titles.
    public init(colour: Bool, failUnder: Double, width: Int = TextReport.defaultWidth,
                language: ReportLanguage = .en, checklist: Checklist = .default) {
        self.colour = colour
        self.failUnder = failUnder
        self.width = max(40, width)
        self.language = language
        self.checklist = checklist
    }

    private var strings: ReportStrings { ReportStrings(language) }

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
    public func render(_ report: FileAudit) -> String {
        let strings = self.strings
        var facts = [report.encoding, strings.textLanguage(report.language)]
        if let organization = report.organization { facts.append(strings.organization(organization)) }
        if !report.years.isEmpty { facts.append(report.years.map(String.init).joined(separator: strings["report.factsSeparator"])) }
        let about = "  " + strings.format("report.facts", facts.joined(separator: strings["report.factsSeparator"]))
        let fileColumns = max(10, width - TerminalWidth.columns(of: about))
        let file = TerminalWidth.columns(of: report.file) > fileColumns
            ? "…" + TerminalWidth.suffix(report.file, columns: fileColumns - 1) : report.file
        var out = paint(file, "1") + TerminalWidth.truncate(about, columns: width - TerminalWidth.columns(of: file)) + "\n"
        for (n, summary) in report.summaries.enumerated() {
            let verdictWord = strings.verdict(summary.passed)
            let verdict = paint(verdictWord, summary.passed ? "1;32" : "1;31")
            let head = "  " + strings.format("report.summary", String(n + 1))
            let lines = "  " + strings.format("report.lines", String(summary.line), String(summary.endLine))
            let title = TerminalWidth.truncate(summary.title ?? strings["report.untitled"],
                                               columns: max(8, width - TerminalWidth.columns(of: head + lines)))
            out += head + title + lines + "\n"
            let names = summary.sections.map { strings.section($0.id, in: checklist, short: true) }
            // A checklist's long titles are cut to a third of the line.
            let nameWidth = min(max(20, width / 3), max(20, (names.map { TerminalWidth.columns(of: $0) }.max() ?? 0) + 2))
            for (section, sectionName) in zip(summary.sections, names) {
                let filled = min(10, max(0, Int((section.score * 10).rounded())))
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
                let name = TerminalWidth.pad(TerminalWidth.truncate(sectionName, columns: nameWidth - 2), to: nameWidth)
                let status = TerminalWidth.pad(strings.status(section.status), to: 8)
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
            if !summary.pairs.isEmpty {
                // One line a pair: each side's line and the start of its text, halves of the width.
                out += "    " + strings["report.pairs"] + "\n"
                for pair in summary.pairs {
                    let left = "L\(pair.problem.line)", right = "L\(pair.measure.line)"
                    let room = max(6, (width - 6 - TerminalWidth.columns(of: left + right) - 3 - 6) / 2)
                    out += "      \(left) “\(TerminalWidth.truncate(Self.flatten(pair.problem.text), columns: room))” → "
                        + "\(right) “\(TerminalWidth.truncate(Self.flatten(pair.measure.text), columns: room))”\n"
                }
            }
            if !summary.findings.isEmpty {
                out += "    " + strings["report.findings"] + "\n" + renderFindings(summary.findings)
            }
            let covered = summary.sections.filter { $0.status == .covered }.count
            let comparison = summary.coverage >= failUnder ? "≥" : "<"
            let figures = strings.format("report.figures", String(covered), String(summary.sections.count),
                                         String(format: "%.1f", summary.coverage), comparison, String(format: "%g", failUnder))
            let missing = summary.missingRequired.map { strings.section($0, in: checklist, short: true) }
            let reason = missing.isEmpty ? figures
                : strings.format(missing.count == 1 ? "report.requiredMissing.one" : "report.requiredMissing.many",
                                 missing.joined(separator: strings["report.listSeparator"]), figures)
            let lead = "  " + strings["report.verdict"] + verdictWord + " — "
            out += "  " + strings["report.verdict"] + verdict + " — "
                + TerminalWidth.wrap(reason, width: width, first: TerminalWidth.columns(of: lead) + 1, indent: 4) + "\n"
        }
        return out
    }

    /// Findings as aligned columns: place, severity, rule, message.
    private func renderFindings(_ findings: [Finding]) -> String {
        let strings = self.strings
        let places = findings.map { "L\($0.line):\($0.column)" }
        let placeWidth = places.map(\.count).max() ?? 0
        let rules = findings.map { strings.rule($0.rule) }
        let ruleWidth = rules.map { TerminalWidth.columns(of: $0) }.max() ?? 0
        let severityWidth = Finding.Severity.allCases.map { TerminalWidth.columns(of: strings.severity($0)) }.max() ?? 7
        var out = ""
        for ((place, rule), finding) in zip(zip(places, rules), findings) {
            let severity: String
            let name = TerminalWidth.pad(strings.severity(finding.severity), to: severityWidth)
            switch finding.severity {
            case .error: severity = paint(name, "31")
            case .warning: severity = paint(name, "33")
            case .note: severity = paint(name, "2")
            }
            // The message wraps under itself, or under the place when its column is past half
            // the width.
            let column = 6 + placeWidth + 2 + severityWidth + 2 + ruleWidth + 2
            let indent = column <= width / 2 ? column : 8
            let prefix = "      \(TerminalWidth.pad(place, to: placeWidth))  \(severity)  \(TerminalWidth.pad(rule, to: ruleWidth))  "
            let message = Self.message(finding, strings)
            if column <= width / 2 {
                out += prefix + TerminalWidth.wrap(message, width: width, first: column, indent: indent) + "\n"
            } else {
                // The place, severity and rule alone on their line, without the rule's padding.
                var head = Substring(prefix)
                while head.last == " " { head = head.dropLast() }
                out += head + "\n" + String(repeating: " ", count: indent) + TerminalWidth.wrap(message, width: width, first: indent, indent: indent) + "\n"
            }
        }
        return out
    }

    /// The closing table over many files; failed files are listed with their error.
    public func renderTable(_ rows: [(file: String, result: Result<FileAudit, any Error>)]) -> String {
        let strings = self.strings
        // "100.0 (min)" is the widest coverage cell.
        let coverageWidth = max(11, TerminalWidth.columns(of: strings.format("report.minimum", "100.0")))
        let summariesWidth = max(9, TerminalWidth.columns(of: strings["header.summaries"]))
        let verdictWidth = ["header.verdict", "verdict.pass", "verdict.fail", "verdict.error"].map { TerminalWidth.columns(of: strings[$0]) }.max() ?? 7
        // The file column takes what the other columns (33 in English) leave, at most 60.
        let others = 2 + summariesWidth + 2 + coverageWidth + 2 + verdictWidth
        let width = max(4, min(60, self.width - others, rows.map { TerminalWidth.columns(of: $0.file) }.max() ?? 4))
        func cells(_ summaries: String, _ coverage: String) -> String {
            TerminalWidth.pad(summaries, to: summariesWidth) + "  " + TerminalWidth.pad(coverage, to: coverageWidth)
        }
        var out = "\n" + TerminalWidth.pad(strings["header.file"], to: width) + "  "
            + cells(strings["header.summaries"], strings["header.coverage"]) + "  " + strings["header.verdict"] + "\n"
        var passed = 0, failed = 0, broken = 0
        for row in rows {
            let name = TerminalWidth.columns(of: row.file) > width
                ? "…" + TerminalWidth.suffix(row.file, columns: width - 1) : row.file
            let file = TerminalWidth.pad(name, to: width)
            switch row.result {
            case let .success(report):
                let coverages = report.summaries.map(\.coverage)
                let low = coverages.min() ?? 0
                let shown = coverages.count > 1 ? strings.format("report.minimum", String(format: "%.1f", low)) : String(format: "%.1f", low)
                let verdict = paint(strings.verdict(report.passed), report.passed ? "32" : "31")
                if report.passed { passed += 1 } else { failed += 1 }
                out += "\(file)  \(cells(String(report.summaries.count), shown))  \(verdict)\n"
            case .failure:
                broken += 1
                out += "\(file)  \(cells("-", "-"))  \(paint(strings["verdict.error"], "31"))\n"
            }
        }
        out += strings.format("report.totals", String(rows.count), String(passed), String(failed), String(broken)) + "\n"
        return out
    }

    /// How many of a grouped finding's places a report lists before `…`.
    static let placesShown = 5

    /// The finding's message in the report's language, followed, when it occurs in several
    /// places, by their count and the first ``placesShown`` of them.
    static func message(_ finding: Finding, _ strings: ReportStrings) -> String {
        let message = strings.message(finding)
        guard finding.places.count > 1 else { return message }
        var shown = finding.places.prefix(placesShown).map { "L\($0.line):\($0.column)" }
        if finding.places.count > placesShown { shown.append("…") }
        return message + strings.format("report.places", String(finding.places.count),
                                              shown.joined(separator: strings["report.listSeparator"]))
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
