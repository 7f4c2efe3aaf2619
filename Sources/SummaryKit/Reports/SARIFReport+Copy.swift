extension SARIFLog {
    /// A copied-text finding as one result per shared passage: the passage in the submission
    /// is the location, the passage in the reference the related location.
    static func copyResults(_ copy: CopiedText, finding: Finding, location: ArtifactLocation, inFile: Bool,
                            format: SourceFormat) -> [Result] {
        let absolute = copy.reference.hasPrefix("/")
        let reference = ArtifactLocation(uri: absolute ? "file://" + SARIFReport.uri(copy.reference) : SARIFReport.uri(copy.reference),
                                         uriBaseId: absolute ? nil : "SRCROOT", description: nil)
        // A reference's lines are those of its text, which are the file's only for plain text.
        let extracted = ["docx", "html", "htm"].contains((copy.reference.split(separator: ".").last.map(String.init) ?? "").lowercased())
        let level = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "note"
        return copy.passages.enumerated().map { n, passage in
            let span = CopiedText.lines
            let verb = passage.line == passage.endLine ? "matches" : "match"
            var text = "\(span(passage.line, passage.endLine).capitalizedFirst) \(verb) \(span(passage.referenceLine, passage.referenceEndLine)) of \(copy.reference)"
                + " (passage \(n + 1) of \(copy.passages.count); \(copy.percentage) of this summary matches it)."
            if !inFile { text += " Lines are those of the text extracted from the \(format) file." }
            let related = Location(id: 1, physicalLocation: PhysicalLocation(
                artifactLocation: reference,
                region: extracted ? nil : Region(startLine: passage.referenceLine, startColumn: nil, endLine: passage.referenceEndLine)),
                message: Message(text: "\(span(passage.referenceLine, passage.referenceEndLine)) of \(copy.reference)"))
            return Result(
                ruleId: FindingRule.copiedText.rawValue,
                ruleIndex: FindingRule.allCases.firstIndex(of: .copiedText) ?? 0,
                level: level,
                message: Message(text: text),
                locations: [Location(physicalLocation: PhysicalLocation(
                    artifactLocation: location,
                    region: inFile ? Region(startLine: passage.line, startColumn: passage.column, endLine: passage.endLine) : nil))],
                relatedLocations: [related])
        }
    }
}

extension String {
    /// The string with its first character upper-cased (`lines 4–9` → `Lines 4–9`).
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
