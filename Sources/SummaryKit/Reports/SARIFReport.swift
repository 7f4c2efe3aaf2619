import Foundation

/// Renders findings as SARIF 2.1.0, one result per finding, so that CI systems annotate the
/// submitted files. Columns count Unicode code points (`columnKind: unicodeCodePoints`).
public enum SARIFReport {
    /// The SARIF log for all audited files.
    public static func render(_ reports: [AuditReport], toolVersion: String) throws -> String {
        let rules: [[String: Any]] = Finding.rules.map { ["id": $0.id, "shortDescription": ["text": $0.description]] }
        var results = [[String: Any]]()
        for report in reports {
            for summary in report.summaries {
                for finding in summary.findings {
                    let level: String
                    switch finding.severity {
                    case .error: level = "error"
                    case .warning: level = "warning"
                    case .note: level = "note"
                    }
                    results.append([
                        "ruleId": finding.rule,
                        "ruleIndex": Finding.rules.firstIndex { $0.id == finding.rule } ?? 0,
                        "level": level,
                        "message": ["text": finding.message],
                        "locations": [[
                            "physicalLocation": [
                                "artifactLocation": ["uri": uri(report.file)],
                                "region": ["startLine": finding.line, "startColumn": finding.column],
                            ],
                        ]],
                    ])
                }
            }
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "summarykit", "version": toolVersion, "rules": rules]],
                "columnKind": "unicodeCodePoints",
                "results": results,
            ]],
        ]
        let data = try JSONSerialization.data(withJSONObject: log, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// A relative URI reference for a path (percent-encoded where needed).
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
    }
}
