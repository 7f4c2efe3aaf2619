import Foundation
import Testing
import SummaryKit

@Suite("Terminal columns for the text report")
struct TerminalWidthTests {
    @Test("CJK and fullwidth characters take two columns, combining marks none")
    func widths() {
        #expect(TerminalWidth.columns(of: "plans") == 5)
        #expect(TerminalWidth.columns(of: "柳岸社区") == 8)
        #expect(TerminalWidth.columns(of: "（定稿），") == 10)
        #expect(TerminalWidth.columns(of: "e\u{301}") == 1)
        #expect(TerminalWidth.columns(of: "한국") == 4)
        #expect(TerminalWidth.columns(of: "“引号”") == 6, "curly quotes are ambiguous width: one column")
    }

    @Test("pad, truncate and suffix work in columns, never splitting a character")
    func padding() {
        #expect(TerminalWidth.pad("党建", to: 6) == "党建  ")
        #expect(TerminalWidth.pad("plans", to: 3) == "plans")
        #expect(TerminalWidth.truncate("支部全年组织集中学习", columns: 7) == "支部全…")
        #expect(TerminalWidth.truncate("short", columns: 7) == "short")
        #expect(TerminalWidth.suffix("提交/第三党支部.txt", columns: 9) == "支部.txt")
        #expect(TerminalWidth.suffix("提交/第三党支部.txt", columns: 10) == "党支部.txt")
        #expect(TerminalWidth.truncate("支部全年", columns: 4) == "支…", "a wide character does not fit in one column")
    }

    @Test("the closing table stays aligned with Chinese file names")
    func table() throws {
        let auditor = try Auditor()
        let text = "支部坚持每月组织党员集中学习党的二十大精神，撰写学习笔记。\n"
        let rows: [(file: String, result: Result<FileAudit, any Error>)] = try [
            "提交/农业农村局机关党支部2023年度工作总结（定稿）.txt", "school.txt", "第三党支部.txt",
        ].map { ($0, .success(try auditor.audit(text: text, name: $0).audit)) }
            + [(file: "缺失的文件.txt", result: .failure(CancellationError()))]
        let table = TextReport(colour: false, failUnder: 60).renderTable(rows)
        let lines = table.split(separator: "\n").dropLast()
        #expect(lines.count == 5)
        let columns = lines.map { line -> Int in
            let cell = line.range(of: " summaries") ?? line.range(of: " 1 ") ?? line.range(of: " - ")
            return TerminalWidth.columns(of: line[..<(cell?.lowerBound ?? line.endIndex)])
        }
        #expect(Set(columns).count == 1, "the summaries column starts at the same column on every line: \(columns)\n\(table)")
    }
}
