import Foundation

/// Small inline SVG charts for self-contained HTML reports: no scripts, no fonts or styles
/// fetched from anywhere.
package enum SVGChart {
    /// One bar of a chart, or one segment of a stacked bar.
    package struct Bar {
        /// The text left of the bar.
        package var label: String
        /// The stacked segments, left to right: a non-negative value and a CSS colour each.
        package var segments: [(value: Double, colour: String)]
        /// The text right of the bar.
        package var caption: String

        /// Written out so that it can be `package` (tests build bars); the synthesized one is internal.
        package init(label: String, segments: [(value: Double, colour: String)], caption: String) {
            self.label = label
            self.segments = segments
            self.caption = caption
        }
    }

    /// Horizontal bars (stacked when a bar has several segments), scaled to the largest total.
    package static func horizontal(_ bars: [Bar], title: String, width: Int = 640) -> String {
        // Label and caption columns as wide as their longest text (about 7 px a column at 12 px,
        // a Chinese character two columns), so that "99 missing, 77 thin" or a long Chinese
        // section title is never cut; the chart widens rather than squeeze the bars under 200 px.
        func textWidth(_ texts: [String]) -> Int { (texts.map { TerminalWidth.columns(of: $0) }.max() ?? 0) * 7 + 12 }
        let rowHeight = 22
        let labelWidth = max(170, textWidth(bars.map(\.label)))
        let captionWidth = max(110, textWidth(bars.map(\.caption)))
        let width = max(width, labelWidth + captionWidth + 200)
        let height = bars.count * rowHeight + 30
        let plot = Double(width - labelWidth - captionWidth)
        let largest = max(bars.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 0, 1e-9)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        out += "<title>\(HTMLReport.escape(title))</title>"
        out += "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">\(HTMLReport.escape(title))</text>"
        for (i, bar) in bars.enumerated() {
            let y = 26 + i * rowHeight
            out += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" font-size=\"12\" text-anchor=\"end\">\(HTMLReport.escape(bar.label))</text>"
            var x = Double(labelWidth)
            for segment in bar.segments where segment.value > 0 {
                let w = segment.value / largest * plot
                out += "<rect x=\"\(fmt(x))\" y=\"\(y + 3)\" width=\"\(fmt(w))\" height=\"\(rowHeight - 6)\" fill=\"\(segment.colour)\"/>"
                x += w
            }
            out += "<text x=\"\(fmt(x + 6))\" y=\"\(y + 15)\" font-size=\"12\">\(HTMLReport.escape(bar.caption))</text>"
        }
        return out + "</svg>"
    }

    /// A vertical histogram with a label under each bin.
    static func histogram(_ bins: [(label: String, count: Int)], title: String, colour: String = "#2b6cb0", width: Int = 640) -> String {
        let height = 220, top = 26, bottom = 30
        let plotHeight = Double(height - top - bottom)
        let slot = Double(width) / Double(max(bins.count, 1))
        let largest = Double(max(bins.map(\.count).max() ?? 0, 1))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
        out += "<title>\(HTMLReport.escape(title))</title>"
        out += "<text x=\"0\" y=\"16\" font-size=\"14\" font-weight=\"bold\">\(HTMLReport.escape(title))</text>"
        for (i, bin) in bins.enumerated() {
            let h = Double(bin.count) / largest * plotHeight
            let x = Double(i) * slot
            let y = Double(top) + plotHeight - h
            out += "<rect x=\"\(fmt(x + 2))\" y=\"\(fmt(y))\" width=\"\(fmt(slot - 4))\" height=\"\(fmt(h))\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(fmt(x + slot / 2))\" y=\"\(fmt(y - 3))\" font-size=\"11\" text-anchor=\"middle\">\(bin.count)</text>"
            out += "<text x=\"\(fmt(x + slot / 2))\" y=\"\(height - bottom + 16)\" font-size=\"11\" text-anchor=\"middle\">\(HTMLReport.escape(bin.label))</text>"
        }
        return out + "</svg>"
    }

    /// A coordinate with one decimal.
    static func fmt(_ value: Double) -> String { String(format: "%.1f", value) }
}
