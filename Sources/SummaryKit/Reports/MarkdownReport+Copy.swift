extension MarkdownReport {
    /// The passages of a copied-text finding, as a nested list under it (nothing for other findings).
    static func copyDetail(_ finding: Finding) -> String {
        guard let copy = finding.copy else { return "" }
        var out = ""
        for (n, passage) in copy.passages.enumerated() {
            out += "  - passage \(n + 1): \(CopiedText.lines(passage.line, passage.endLine)) ↔ \(escape(copy.reference)) \(CopiedText.lines(passage.referenceLine, passage.referenceEndLine)): “\(escape(TextReport.excerpt(passage.referenceText, limit: 40)))”\n"
        }
        return out
    }
}
