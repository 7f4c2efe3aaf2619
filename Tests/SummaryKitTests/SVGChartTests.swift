import Foundation
import Testing
import SummaryKit

@Suite("SVG charts")
struct SVGChartTests {
    /// The numbers in `svg` after each `name="`.
    func values(_ name: String, in svg: String) -> [Double] {
        svg.components(separatedBy: "\(name)=\"").dropFirst().compactMap { Double($0.prefix { $0 != "\"" }) }
    }

    @Test("captions and labels fit the chart: long counts, long Chinese titles")
    func nothingClipped() throws {
        let bars = [
            SVGChart.Bar(label: "纪律作风与党风廉政建设（含八项规定精神落实）", segments: [(977, "#c53030"), (23, "#b7791f")],
                         caption: "缺失 977 篇，薄弱 23 篇，共 1000 篇"),
            SVGChart.Bar(label: "study", segments: [(99, "#c53030"), (77, "#b7791f")], caption: "99 missing, 77 thin"),
        ]
        let svg = SVGChart.horizontal(bars, title: "Missing and thin sections")
        let width = try #require(values("width", in: svg).first)
        // Every caption starts after its bar and ends inside the chart (7 px a column).
        let captions = svg.components(separatedBy: "<text x=\"").dropFirst().compactMap { part -> (x: Double, text: String)? in
            guard let x = Double(part.prefix { $0 != "\"" }), let open = part.firstIndex(of: ">"), let close = part.firstIndex(of: "<") else { return nil }
            return (x, String(part[part.index(after: open)..<close]))
        }.filter { $0.text == bars[0].caption || $0.text == bars[1].caption }
        #expect(captions.count == 2)
        for caption in captions {
            #expect(caption.x + Double(TerminalWidth.columns(of: caption.text) * 7) <= width, "\(caption.text) at \(caption.x) in \(width)")
        }
        // Labels are right-aligned at the label column's edge, which is wide enough for the longest.
        let labelEdge = try #require(svg.components(separatedBy: "<text x=\"").dropFirst()
            .first { $0.contains("text-anchor=\"end\"") }.flatMap { Double($0.prefix { $0 != "\"" }) })
        #expect(labelEdge >= Double(TerminalWidth.columns(of: bars[0].label) * 7))
    }
}
