extension HTMLReport {
    /// The style of the copied-text view, on lines of its own after the page's, when a
    /// copied-text finding is shown (no other page changes).
    static func copyStyle(_ results: [AuditedDocument]) -> String {
        let copies = results.contains { $0.audit.summaries.contains { $0.findings.contains { $0.copy != nil } } }
        guard copies else { return "" }
        return """

        .copy{width:100%;table-layout:fixed}.copy td{white-space:pre-wrap;font-size:.92em}
        .copy th{background:#f7fafc;font-weight:normal}.copy .ln,p.ln{color:#718096;font-size:.8em;display:block}
        mark.same{background:#feebc8;color:inherit;padding:0;border-radius:0}
        """
    }

    /// For each copied-text finding of a summary, its passages side by side: the summary's text
    /// on the left, the reference's on the right, the characters they share highlighted.
    static func copyView(_ findings: [Finding], in document: Document) -> String {
        let copies = findings.compactMap(\.copy)
        guard !copies.isEmpty else { return "" }
        let normalizer = try? CopyNormalizer()
        var out = ""
        for copy in copies {
            out += "<h4>Copied text: \(escape(copy.percentage)) of this summary matches \(escape(copy.reference))</h4>\n"
            out += "<p class=\"ln\">Highlighted: the text both share (punctuation and script aside); what is not highlighted was changed.</p>\n"
            out += "<table class=\"copy\"><tr><th>This summary</th><th>\(escape(copy.reference))</th></tr>\n"
            let total = document.source.text.utf8.count
            for passage in copy.passages {
                let range = max(0, min(passage.start, total))..<max(0, min(passage.end, total))
                let reference = SourceText(passage.referenceText)
                var left = [range]
                var right = [0..<reference.text.utf8.count]
                if let normalizer {
                    (left, right) = sharedRuns(normalizer.normalize(document.source, range: range), in: document.source,
                                               normalizer.normalize(reference), in: reference)
                }
                out += "<tr><td><span class=\"ln\">\(CopiedText.lines(passage.line, passage.endLine))</span>\(marked(range, in: document.source, left))</td>"
                out += "<td><span class=\"ln\">\(CopiedText.lines(passage.referenceLine, passage.referenceEndLine))</span>\(marked(0..<reference.text.utf8.count, in: reference, right))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    /// The escaped text of `range` of `source` with the byte ranges `marks` (sorted, disjoint)
    /// highlighted.
    static func marked(_ range: Range<Int>, in source: SourceText, _ marks: [Range<Int>]) -> String {
        var out = ""
        var position = range.lowerBound
        for mark in marks {
            let slot = mark.clamped(to: range)
            guard !slot.isEmpty, slot.lowerBound >= position else { continue }
            out += escape(String(source[utf8: position..<slot.lowerBound]))
            out += "<mark class=\"same\">\(escape(String(source[utf8: slot])))</mark>"
            position = slot.upperBound
        }
        return out + escape(String(source[utf8: position..<range.upperBound]))
    }

    /// The runs of at least `minimum` identical normalised characters that `a` (of
    /// `aSource`) and `b` (of `bSource`) share (greedy, longest at each place of `a`), as byte
    /// ranges of each source. A number matches only the same number, so a changed figure or
    /// year is left unmarked.
    static func sharedRuns(_ a: CopyText, in aSource: SourceText, _ b: CopyText, in bSource: SourceText,
                           minimum: Int = 6) -> ([Range<Int>], [Range<Int>]) {
        let x = a.characters
        let y = b.characters
        guard x.count >= minimum, y.count >= minimum else { return ([], []) }
        func digits(_ text: Substring) -> [Unicode.Scalar] {
            text.unicodeScalars.filter { $0.properties.numericType != nil || $0.properties.isAlphabetic }
        }
        func same(_ i: Int, _ j: Int) -> Bool {
            guard x[i] == y[j] else { return false }
            guard x[i] == CopyNormalizer.numberSymbol else { return true }
            return digits(aSource[utf8: a.utf8Range(of: i..<(i + 1))]) == digits(bSource[utf8: b.utf8Range(of: j..<(j + 1))])
        }
        var starts: [ArraySlice<Unicode.Scalar>: [Int]] = [:]
        for j in 0...(y.count - minimum) { starts[y[j..<(j + minimum)], default: []].append(j) }
        var left: [Range<Int>] = []
        var right: [Range<Int>] = []
        var i = 0
        while i + minimum <= x.count {
            var best = (length: 0, at: 0)
            for j in (starts[x[i..<(i + minimum)]] ?? []).prefix(32) where (0..<minimum).allSatisfy({ same(i + $0, j + $0) }) {
                var length = minimum
                while i + length < x.count, j + length < y.count, same(i + length, j + length) { length += 1 }
                if length > best.length { best = (length, j) }
            }
            guard best.length > 0 else {
                i += 1
                continue
            }
            left.append(a.utf8Range(of: i..<(i + best.length)))
            right.append(b.utf8Range(of: best.at..<(best.at + best.length)))
            i += best.length
        }
        right.sort { $0.lowerBound < $1.lowerBound }
        return (left, merged(right))
    }

    /// Sorted ranges with overlapping ones joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for range in ranges {
            if let last = out.last, range.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                out.append(range)
            }
        }
        return out
    }
}
