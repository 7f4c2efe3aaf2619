/// A stable JSON rendering of a document's structure, keys in snake_case.
extension Document {
    /// The document as one JSON object:
    /// `{"file", "format", "encoding", "metadata", "summaries", "units", "placeholders"}`.
    ///
    /// Every unit carries `index`, `kind`, `level`, `marker` (or null), `heading` (or null),
    /// `summary` (0-based indices), `lines` (`[first, last]`), `start` and `end` (UTF-8 byte
    /// offsets into the decoded or extracted text) and `text`. Keys are always in this order.
    public func jsonReport() -> String {
        var out = "{"
        out += "\"file\":" + JSONText.quoted(source.origin)
        out += ",\"format\":\"\(format.rawValue)\""
        out += ",\"encoding\":" + JSONText.quoted(source.encoding)
        out += ",\"metadata\":{\"language\":\"\(metadata.language.rawValue)\""
        out += ",\"title\":" + (metadata.title.map(JSONText.quoted) ?? "null")
        out += ",\"years\":[" + metadata.years.map(String.init).joined(separator: ",") + "]"
        out += ",\"organization\":" + (metadata.organization.map { "\"\($0.rawValue)\"" } ?? "null") + "}"
        out += ",\"summaries\":["
        out += summaries.map { summary in
            "{\"title\":" + (summary.title.map(JSONText.quoted) ?? "null")
                + ",\"lines\":[\(summary.lines.lowerBound),\(summary.lines.upperBound)]"
                + ",\"start\":\(summary.utf8Range.lowerBound),\"end\":\(summary.utf8Range.upperBound)"
                + ",\"units\":[\(summary.units.lowerBound),\(summary.units.upperBound)]}"
        }.joined(separator: ",")
        out += "],\"units\":["
        out += units.enumerated().map { index, unit in
            "{\"index\":\(index),\"kind\":\"\(unit.kind.rawValue)\",\"level\":\(unit.level)"
                + ",\"marker\":" + (unit.marker.map(JSONText.quoted) ?? "null")
                + ",\"heading\":" + (unit.heading.map(String.init) ?? "null")
                + ",\"summary\":\(unit.summary)"
                + ",\"lines\":[\(unit.lines.lowerBound),\(unit.lines.upperBound)]"
                + ",\"start\":\(unit.utf8Range.lowerBound),\"end\":\(unit.utf8Range.upperBound)"
                + ",\"text\":" + JSONText.quoted(text(of: unit)) + "}"
        }.joined(separator: ",")
        out += "],\"placeholders\":["
        out += placeholders.map { p in
            "{\"text\":" + JSONText.quoted(p.text) + ",\"line\":\(p.line),\"column\":\(p.column)"
                + ",\"start\":\(p.utf8Range.lowerBound),\"end\":\(p.utf8Range.upperBound)}"
        }.joined(separator: ",")
        out += "]}"
        return out
    }
}
