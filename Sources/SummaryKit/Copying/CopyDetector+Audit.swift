extension CopyDetector {
    /// `result` with a ``FindingRule/copiedText`` warning added to each summary that shares a
    /// substantial part of its text with a reference of `index`: one finding per reference,
    /// most copied first, placed at the first shared passage, its ``Finding/copy`` naming the
    /// reference, the share and every passage with its lines in both texts. Whether a summary
    /// passes is not changed.
    ///
    /// ```swift
    /// let index = try ReferenceIndex(contentsOf: "refs.skidx")
    /// let checked = try CopyDetector().check(try Auditor().audit(fileAt: "branch-07.txt"), against: index)
    /// for finding in checked.audit.summaries.flatMap(\.findings) where finding.rule == .copiedText {
    ///     print(finding.message)  // 87% of this summary matches refs/2023/branch-07.txt (…)
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - result: An audit.
    ///   - index: The references.
    ///   - excluding: Reference numbers to leave out: the audited file itself when the
    ///     submissions of one run are checked against each other.
    /// - Throws: ``CopyIndexError`` when the index turns out damaged while being read.
    public func check(_ result: AuditedDocument, against index: ReferenceIndex, excluding: Set<Int> = []) throws(CopyIndexError) -> AuditedDocument {
        let document = result.tagged.document
        var checked = result
        // One audit entry per summary of the document; a document without summaries (or any
        // other shape) is checked whole and reported on its first entry.
        let perSummary = document.summaries.count == result.audit.summaries.count
        let parts: [Range<Int>?] = perSummary ? document.summaries.map { Optional($0.utf8Range) } : [nil]
        for (n, range) in parts.enumerated() where checked.audit.summaries.indices.contains(n) {
            let matches = try matches(of: document.source, range: range, in: index, excluding: excluding)
            guard !matches.isEmpty else { continue }
            var findings = checked.audit.summaries[n].findings
            for match in matches {
                guard let first = match.passages.first, let last = match.passages.last else { continue }
                let copy = CopiedText(match, in: document.source, reference: try index.document(match.referenceNumber))
                let line = copy.passages.first?.line ?? first.lines.lowerBound
                let column = copy.passages.first?.column ?? 1
                findings.append(Finding(rule: .copiedText, severity: .warning, line: line, column: column,
                                        start: first.utf8Range.lowerBound, end: max(first.utf8Range.upperBound, last.utf8Range.upperBound),
                                        message: copy.message, arguments: copy.messageArguments, copy: copy))
            }
            // The audit's order: line, column, rule id (stable, so references stay most copied first).
            checked.audit.summaries[n].findings = findings.enumerated().sorted {
                ($0.element.line, $0.element.column, $0.element.rule.rawValue, $0.offset)
                    < ($1.element.line, $1.element.column, $1.element.rule.rawValue, $1.offset)
            }.map(\.element)
        }
        return checked
    }
}
