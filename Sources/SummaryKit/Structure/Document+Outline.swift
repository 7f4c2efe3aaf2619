/// Plain-text and JSON renderings of a document's structure (`summarykit structure`).
extension Document {
    /// The tree as text: one line per unit, indented by heading depth, with its kind and
    /// line number, then the placeholders.
    ///
    /// ```
    /// [summary 1] 青禾苑社区党支部2023年工作总结 (lines 1-47)
    ///   L1     title      青禾苑社区党支部2023年工作总结
    ///   L5     heading 1  一、以学铸魂，思想建设持续加强
    ///   L7       heading 2  （一）坚持集中学习不放松
    /// ```
    ///
    /// - Parameter width: Unit texts longer than this many characters are cut, with "…".
    public func outline(width: Int = 60) -> String {
        var out = ""
        for (index, summary) in summaries.enumerated() {
            let title = summary.title.map { " " + $0 } ?? ""
            out += "[summary \(index + 1)]\(title) (lines \(summary.lines.lowerBound)-\(summary.lines.upperBound))\n"
            for position in summary.units {
                let unit = units[position]
                let depth = depth(of: position)
                let kind = unit.kind == .heading ? "heading \(unit.level)" : unit.kind.rawValue
                let label = "L\(unit.lines.lowerBound)"
                let padded = label.padding(7) + String(repeating: "  ", count: depth) + kind.padding(11)
                out += "  " + padded + Self.shortened(text(of: unit), width: width) + "\n"
            }
        }
        if placeholders.isEmpty {
            out += "placeholders: none\n"
        } else {
            out += "placeholders: \(placeholders.count)\n"
            for placeholder in placeholders {
                out += "  L\(placeholder.line):\(placeholder.column)  \(placeholder.text)\n"
            }
        }
        let title = metadata.title.map { " title=\"\($0)\"" } ?? ""
        let years = metadata.years.isEmpty ? "" : " years=" + metadata.years.map(String.init).joined(separator: ",")
        let organization = metadata.organization.map { " organization=\($0.rawValue)" } ?? ""
        out += "metadata: language=\(metadata.language.rawValue) format=\(format.rawValue)\(title)\(years)\(organization)\n"
        return out
    }

    /// How deep a unit sits under headings: its level for a heading, one more than its
    /// enclosing heading's level for body text, 0 outside any heading.
    func depth(of position: Int) -> Int {
        let unit = units[position]
        if unit.kind == .heading { return max(0, unit.level - 1) }
        guard let heading = unit.heading else { return 0 }
        return units[heading].level
    }

    static func shortened(_ text: Substring, width: Int) -> String {
        var flat = String(text.map { $0.isNewline ? " " : $0 })
        if flat.count > width { flat = String(flat.prefix(max(1, width - 1))) + "…" }
        return flat
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
