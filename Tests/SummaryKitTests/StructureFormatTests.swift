import Foundation
import Testing
import SummaryKit

@Suite("DocumentReader formats: docx, html, errors")
struct StructureFormatTests {
    let reader = DocumentReader()

    func shape(_ document: Document) -> [String] {
        document.units.map { "\($0.lines.lowerBound) \($0.kind.rawValue) \($0.level) \($0.marker ?? "-") \(document.text(of: $0))" }
    }

    @Test("a .docx made from a corpus summary yields the same summaries, headings and paragraphs as the text")
    func docxMatchesText() throws {
        let docx = try reader.read(fileAt: StructureFixture.path("zh-02-community.docx"))
        let text = try reader.read(fileAt: Repo.text("zh-02-community"))
        #expect(docx.format == .docx)
        #expect(shape(docx) == shape(text))
        #expect(docx.summaries.map(\.title) == text.summaries.map(\.title))
        #expect(docx.placeholders.map(\.text) == text.placeholders.map(\.text))
        #expect(checkRanges(docx).isEmpty)
    }

    @Test("a .docx is recognised by its content whatever its name")
    func docxSniffed() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: StructureFixture.path("zh-02-community.docx"))))
        let document = try reader.read(bytes, origin: "upload.bin")
        #expect(document.format == .docx)
        #expect(document.summaries.first?.title == "青禾苑社区党支部2023年工作总结")
    }

    @Test("a .docx that is not a ZIP, or a ZIP without word/document.xml, is an error naming the file")
    func corruptDocx() throws {
        #expect(throws: DocumentError.corruptContainer(file: "bad.docx", format: .docx, reason: "it is not a ZIP archive")) {
            try reader.read(Array("not a zip".utf8), origin: "bad.docx")
        }
        let truncated = try [UInt8](Data(contentsOf: URL(fileURLWithPath: StructureFixture.path("zh-02-community.docx")))).prefix(200)
        do {
            _ = try reader.read(Array(truncated), origin: "cut.docx")
            Issue.record("a truncated .docx was accepted")
        } catch {
            #expect(error.file == "cut.docx")
            #expect(error.description.hasPrefix("cut.docx: "))
        }
        let legacy: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        #expect(throws: DocumentError.unsupportedFormat(file: "old.doc", format: "Legacy Word (.doc) or other OLE2")) {
            try reader.read(legacy, origin: "old.doc")
        }
    }

    @Test("a saved page: block text, scripts and styles dropped, entities decoded, chrome marked")
    func html() throws {
        let document = try reader.read(fileAt: StructureFixture.path("page.html"))
        #expect(document.format == .html)
        #expect(shape(document) == [
            "1 boilerplate 0 - 学习啦>实用范文>工作总结>",
            "2 title 0 - xx中学党支部2023年工作总结",
            "3 paragraph 0 - 2023年，支部坚持“三会一课”制度——全年召开支委会12次…",
            "4 heading 1 一、 一、加强理论学习",
            "5 paragraph 0 - 支部每周组织一次学习。学习内容包括《党章》。",
            "6 boilerplate 0 - 推荐文章",
            "7 boilerplate 0 - 村党支部工作总结",
        ])
        #expect(!document.source.text.contains("不是正文"))
    }

    @Test("character references: named, decimal, hex; unknown ones stay as text")
    func entities() {
        #expect(HTMLExtractor.extract("<p>a&amp;b &lt;c&gt; &#20826;&#x652F; &bogus; &quot;q&quot;</p>") == "a&b <c> 党支 &bogus; \"q\"")
    }

    @Test("an oversized word/document.xml is refused before it is unpacked")
    func oversizedPart() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: StructureFixture.path("zh-02-community.docx"))))
        #expect(throws: DocumentError.self) {
            try DocxExtractor(file: "big.docx", limit: 1000).extract(bytes)
        }
        do {
            _ = try DocxExtractor(file: "big.docx", limit: 1000).extract(bytes)
        } catch {
            guard case let .partTooLarge(file, part, _, limit) = error else { Issue.record("\(error)"); return }
            #expect(file == "big.docx" && part == "word/document.xml" && limit == 1000)
        }
    }

    @Test("a 4 MB single line is read in linear time")
    func hugeLine() {
        let piece = "支部坚持每周集中学习，全年组织学习38次，党员学习笔记优秀率达到百分之八十；"
        let text = String(repeating: piece, count: 4_000_000 / piece.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = reader.read(SourceText(text)) }
        #expect(elapsed < .seconds(30))
    }
}

@Suite("DocumentReader on arbitrary input")
struct StructureRobustnessTests {
    @Test("random mixes of markers, separators, chrome and tags never crash and keep every range exact")
    func randomInput() {
        let pieces = ["<p>", "</p>", "<", ">", "&amp;", "&#x", "一、", "（1）", "(一)", "1.", "1, a", "首先，", "\n", "\n\n",
                      "　", " ", "x", "20xx", "【篇一】", "第1篇", "First, ", "Second, ", ". ", "。", "；", "：", "abc ",
                      "党支部工作总结", "Summary of the work", "推荐文章", "①", "二是", "<script>", "</script>", "<!--"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20 {
            var text = ""
            for _ in 0..<2000 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let plain = DocumentReader().read(SourceText(text))
            #expect(checkRanges(plain).isEmpty)
            let html = DocumentReader().read(SourceText(HTMLExtractor.extract(text)), format: .html)
            #expect(checkRanges(html).isEmpty)
        }
    }
}
