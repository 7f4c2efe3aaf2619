import Foundation

/// Renders findings as SARIF 2.1.0, one result per finding (a finding repeated in a summary is
/// one result with a location for each of its places), so that CI systems annotate the
/// submitted files. Columns count Unicode code points (`columnKind: unicodeCodePoints`). The
/// results' messages are in the language asked for; rule ids do not change.
public enum SARIFReport {
    /// The SARIF log for all audited files, its messages in `language`.
    public static func render(_ reports: [FileAudit], toolVersion: String, language: ReportLanguage = .en) throws -> String {
        try JSONOutput.string(SARIFLog(reports, toolVersion: toolVersion, language: language), pretty: true)
    }

    /// A relative URI reference for a path (percent-encoded where needed).
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
    }
}

/// The part of the SARIF 2.1.0 object model that ``SARIFReport`` writes (official schema:
/// Docs/schemas/sarif-schema-2.1.0.json).
package struct SARIFLog: Sendable, Encodable {
    package struct Message: Sendable, Encodable { var text: String }

    package struct Rule: Sendable, Encodable {
        var id: String
        var shortDescription: Message
    }

    package struct Driver: Sendable, Encodable {
        var name: String
        var version: String
        var rules: [Rule]
    }

    package struct Tool: Sendable, Encodable { var driver: Driver }

    package struct Region: Sendable, Encodable {
        var startLine: Int
        var startColumn: Int?
        var endLine: Int? = nil
    }

    package struct ArtifactLocation: Sendable, Encodable {
        var uri: String?
        /// `SRCROOT` for a path relative to the folder the audit ran in.
        var uriBaseId: String?
        var description: Message?
    }

    package struct PhysicalLocation: Sendable, Encodable {
        var artifactLocation: ArtifactLocation
        /// Nil (left out) for `.docx` and `.html`: their lines are those of the extracted text,
        /// not of the file a SARIF viewer opens.
        var region: Region?
    }

    package struct Location: Sendable, Encodable {
        var id: Int? = nil
        var physicalLocation: PhysicalLocation
        var message: Message? = nil
    }

    package struct Result: Sendable, Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        /// Where else the result shows: a copied passage's place in the reference.
        var relatedLocations: [Location]? = nil
    }

    package struct Run: Sendable, Encodable {
        var tool: Tool
        /// What `SRCROOT` stands for: the folder `summarykit audit` ran in (left unresolved, so
        /// that the log names no absolute path; a viewer maps it to its checkout).
        var originalUriBaseIds: [String: ArtifactLocation]
        var columnKind: String
        var results: [Result]
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, runs
    }

    /// The log of the findings of `reports`, one run by `summarykit` version `toolVersion`.
    package init(_ reports: [FileAudit], toolVersion: String, language: ReportLanguage = .en) {
        let strings = ReportStrings(language)
        let rules = FindingRule.allCases.map { Rule(id: $0.rawValue, shortDescription: Message(text: $0.summary(in: language))) }
        var results = [Result]()
        for report in reports {
            // A relative path is relative to SRCROOT; an absolute one is a file:// URI.
            let absolute = report.file.hasPrefix("/")
            let location = ArtifactLocation(uri: absolute ? "file://" + SARIFReport.uri(report.file) : SARIFReport.uri(report.file),
                                            uriBaseId: absolute ? nil : "SRCROOT", description: nil)
            // Line and column point into the file itself only for plain text; for .docx and
            // .html they are the extracted text's, which the message names instead.
            let inFile = report.format == .text
            for summary in report.summaries {
                for finding in summary.findings {
                    if let copy = finding.copy {
                        results += Self.copyResults(copy, finding: finding, location: location, inFile: inFile, format: report.format)
                        continue
                    }
                    let level: String
                    switch finding.severity {
                    case .error: level = "error"
                    case .warning: level = "warning"
                    case .note: level = "note"
                    }
                    // A repeated finding: one location per place in a text file; elsewhere the
                    // places are listed in the message.
                    let message = inFile ? finding.message(in: language)
                        : strings.format("report.extracted", TextReport.message(finding, strings), String(finding.line),
                                         String(finding.column), report.format.rawValue)
                    let places = inFile ? finding.places : Array(finding.places.prefix(1))
                    results.append(Result(
                        ruleId: finding.rule.rawValue,
                        ruleIndex: FindingRule.allCases.firstIndex(of: finding.rule) ?? 0,
                        level: level,
                        message: Message(text: message),
                        locations: places.map { place in
                            Location(physicalLocation: PhysicalLocation(
                                artifactLocation: location,
                                region: inFile ? Region(startLine: place.line, startColumn: place.column) : nil))
                        }))
                }
            }
        }
        let base = ArtifactLocation(uri: nil, uriBaseId: nil,
                                    description: Message(text: "The folder summarykit audit ran in; relative file paths start there."))
        runs = [Run(tool: Tool(driver: Driver(name: "summarykit", version: toolVersion, rules: rules)),
                    originalUriBaseIds: ["SRCROOT": base], columnKind: "unicodeCodePoints", results: results)]
    }
}
