import Foundation
import Testing
import ZIPFoundation
import SummaryKit

/// Inputs under the documented limits but past the sizes at which libraries change behaviour:
/// generated at run time, never committed.
@Suite("Large input", .serialized, .tags(.slow))
struct LargeInputTests {
    let dir: URL
    init() throws { dir = try Repo.temporaryDirectory() }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A `.docx` holding only `word/document.xml`.
    func makeDocx(_ name: String, documentXML xml: Data) throws -> String {
        let file = path(name)
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .deflate) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        return file
    }

    @Test("a well-formed 12 MB word/document.xml is read whole (libxml2 refused one chunk over 10 MB)")
    func twelveMegabyteDocx() throws {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(Self.wordNamespace)\"><w:body>"
        xml += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>2023年党支部工作总结</w:t></w:r></w:p>"
        var paragraphs = 0
        while xml.utf8.count < 12_000_000 {
            xml += "<w:p><w:r><w:t xml:space=\"preserve\">支部组织党员学习理论，开展主题党日活动。第\(paragraphs)段。</w:t></w:r></w:p>"
            paragraphs += 1
        }
        xml += "<w:p><w:r><w:t>文末标记</w:t><w:t>ZZQQ</w:t></w:r></w:p></w:body></w:document>"
        let file = try makeDocx("big.docx", documentXML: Data(xml.utf8))
        let document = try DocumentReader().read(fileAt: file)
        #expect(document.format == .docx)
        let lines = document.source.text.split(separator: "\n")
        #expect(lines.count == paragraphs + 2)
        #expect(lines.first == "2023年党支部工作总结")
        #expect(lines.last == "文末标记ZZQQ")
        #expect(lines.dropFirst().first == "支部组织党员学习理论，开展主题党日活动。第0段。")
        #expect(lines.dropLast().last == "支部组织党员学习理论，开展主题党日活动。第\(paragraphs - 1)段。")
    }

    @Test("one 12 MB run of text in a word/document.xml is read whole")
    func twelveMegabyteText() throws {
        let text = String(repeating: "党支部工作", count: 800_000)
        let xml = "<w:document xmlns:w=\"\(Self.wordNamespace)\"><w:body><w:p><w:r><w:t>\(text)</w:t></w:r></w:p><w:p><w:r><w:t>ZZQQ</w:t></w:r></w:p></w:body></w:document>"
        let file = try makeDocx("run.docx", documentXML: Data(xml.utf8))
        let document = try DocumentReader().read(fileAt: file)
        #expect(document.source.text == text + "\nZZQQ")
    }

    @Test("an attribute value over libxml2's 10 MB limit is malformed XML that names the file and the limit")
    func hugeAttribute() throws {
        let value = String(repeating: "a", count: 11_000_000)
        let xml = "<w:document xmlns:w=\"\(Self.wordNamespace)\"><w:body><w:p><w:pPr><w:pStyle w:val=\"\(value)\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>"
        let file = try makeDocx("attribute.docx", documentXML: Data(xml.utf8))
        #expect {
            try DocumentReader().read(fileAt: file)
        } throws: { error in
            guard case let .malformedXML(f, part, _, reason) = error as? DocumentError else { return false }
            return f == file && part == "word/document.xml" && reason.contains("over 10 MB") && "\(error)".hasPrefix(file + ": ")
        }
    }

    @Test("the HTML extractor reading UTF-8 in place gives the text the scalar-array extractor gave, byte for byte")
    func htmlExtractorMatchesReference() throws {
        var pages = [try String(contentsOfFile: Repo.path("Tests/SummaryKitTests/Fixtures/structure/page.html"), encoding: .utf8)]
        pages += try Repo.corpusTexts.map { try String(contentsOfFile: $0, encoding: .utf8) }
        // Tag soup from a fixed seed: every construct the extractor knows, unclosed and stray.
        let pieces = ["<p>", "</p>", "<div class=\"a>b\">", "</DIV>", "<br/>", "<pre>", "</pre>", "\n", "\r\n", "\r", "\t", " ", "  ",
                      "\u{A0}", "\u{0C}", "&nbsp;", "&amp;", "&lt;", "&#20826;", "&#x652F;", "&#0;", "&#xD800;", "&bogus;", "&AMP;",
                      "&abcdefghijkl;", "&abcdefghijklm;", "&", "<", "<!-- c -->", "<!-- open", "<!DOCTYPE html>", "<?xml?>",
                      "<script>var a = '</p>';</script>", "<STYLE>p{}</style >", "<script>", "<x-y:z a='1\"'>", "</", "<1>",
                      "<b>", "</b>", "党支部", "工作总结", "Ｘ", "x", "e\u{301}", "😀", "<td>", "<li>", "<", ">", "'", "\""]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<2000 {
            pages.append((0..<(next() % 60)).map { _ in pieces[next() % pieces.count] }.joined())
        }
        for page in pages {
            #expect(HTMLExtractor.extract(page) == ReferenceHTMLExtractor.extract(page), "\(page.prefix(200).debugDescription)")
        }
    }

    @Test("the memory budget: sizes parsed, costs estimated, an input over the budget admitted only alone")
    func memoryBudget() {
        #expect(MemoryBudget.parseSize("512M") == 512 << 20)
        #expect(MemoryBudget.parseSize("4G") == 4 << 30)
        #expect(MemoryBudget.parseSize("1.5GiB") == 3 << 29)
        #expect(MemoryBudget.parseSize("64kb") == 64 << 10)
        #expect(MemoryBudget.parseSize("1000") == 1000)
        #expect(MemoryBudget.parseSize("100B") == 100)
        for bad in ["", "0", "-1G", "lots", "1X", "nan", "1e400", "G", "IB"] { #expect(MemoryBudget.parseSize(bad) == nil, "\(bad)") }
        let budget = MemoryBudget(bytes: 1 << 30)
        #expect(budget.cost(ofInputBytes: 63_000_000) == 8 * 63_000_000 + (16 << 20))
        #expect(budget.cost(ofInputBytes: Int.max) == Int.max / 2)
        #expect(budget.admits(budget.cost(ofInputBytes: 63_000_000), inFlight: 0))
        #expect(!budget.admits(budget.cost(ofInputBytes: 70_000_000), inFlight: budget.cost(ofInputBytes: 70_000_000)))
        #expect(budget.admits(2 << 30, inFlight: 0), "over the budget, alone")
        #expect(!budget.admits(2 << 30, inFlight: 1))
        #expect(MemoryBudget.default.bytes >= 64 << 20)
    }

    @Test("statistics under a budget that admits one input at a time give the same result as unbounded")
    func statisticsUnderBudget() async throws {
        let analyzer = try DocumentAnalyzer()
        let inputs = Repo.corpusTexts.prefix(8).map { StatisticsInput.file(path: $0) }
        let bounded = try await StatisticsRunner(analyzer: analyzer, jobs: 4, memoryBudget: MemoryBudget(bytes: 1)).run(inputs)
        let free = try await StatisticsRunner(analyzer: analyzer, jobs: 4, memoryBudget: MemoryBudget(bytes: Int.max / 2)).run(inputs)
        #expect(bounded == free)
        #expect(bounded.inputs == 8)
        let auditor = try Auditor()
        let outcomes = await auditor.audit(filesAt: Array(Repo.corpusTexts.prefix(4)), jobs: 4, memoryBudget: MemoryBudget(bytes: 1))
        #expect(outcomes.map(\.path) == Array(Repo.corpusTexts.prefix(4)))
        #expect(outcomes.allSatisfy { (try? $0.result.get()) != nil })
    }
}
