import Foundation
import Testing
import SummaryKit

@Suite("WordSegmenter")
struct SegmenterTests {
    let segmenter: WordSegmenter
    init() throws { segmenter = try WordSegmenter() }

    @Test("domain terms that ICU splits are kept whole")
    func termsKeptWhole() throws {
        let source = SourceText("支部全面加强党风廉政建设，严格落实三会一课，按时召开民主生活会和组织生活会。")
        let pieces = try words(segmenter, source)
        for term in ["党风廉政建设", "三会一课", "民主生活会", "组织生活会"] {
            #expect(pieces.contains(term), "\(term) in \(pieces)")
        }
        let bare = try WordSegmenter(options: .init(terms: .empty))
        #expect(!(try words(bare, source)).contains("党风廉政建设"), "ICU alone splits the term")
    }

    @Test("a term with inner punctuation is merged across it: 不忘初心、牢记使命")
    func termAcrossPunctuation() throws {
        let source = SourceText("开展“不忘初心、牢记使命”主题教育")
        let tokens = try segmenter.tokens(in: source)
        let texts = tokens.map { String(source[utf8: $0.utf8Range]) }
        #expect(texts.contains("不忘初心、牢记使命"))
        #expect(tokens.first { source[utf8: $0.utf8Range] == "不忘初心、牢记使命" }?.isTerm == true)
    }

    @Test("longest term wins and terms only start and end on ICU boundaries")
    func longestMatch() throws {
        let terms = TermDictionary(["党员发展", "预备党员", "预备党员转正"])
        let custom = try WordSegmenter(options: .init(terms: terms))
        #expect(try custom.words(in: "预备党员转正工作").contains("预备党员转正"))
        // 员发 is no ICU boundary pair; 党员发展 must not be forced out of 预备党员发展.
        let pieces = try custom.words(in: "做好预备党员发展")
        #expect(pieces.contains("预备党员"))
    }

    @Test("English and mixed text: words, numbers, kinds")
    func english() throws {
        let source = SourceText("In 2023 the branch held 12 \"three sessions and one lesson\" meetings; 党员 took part.")
        let tokens = try segmenter.tokens(in: source)
        let kinds = Dictionary(tokens.map { (String(source[utf8: $0.utf8Range]), $0.kind) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds["2023"] == .number)
        #expect(kinds["branch"] == .letter)
        #expect(kinds["党员"] == .ideographic)
        #expect(!tokens.contains { $0.kind == .punctuation || $0.kind == .whitespace })
        let all = try WordSegmenter(options: .init(selection: .all)).tokens(in: source)
        #expect(all.contains { $0.kind == .punctuation })
        #expect(all.contains { $0.kind == .whitespace })
        // With every segment kept, the tokens tile the text.
        #expect(all.first?.utf8Range.lowerBound == 0)
        #expect(all.last?.utf8Range.upperBound == source.text.utf8.count)
        for (a, b) in zip(all, all.dropFirst()) { #expect(a.utf8Range.upperBound == b.utf8Range.lowerBound) }
    }

    @Test("every token of every corpus file slices back to its text, with true lines")
    func corpusOffsets() throws {
        let files = Repo.corpusTexts
        #expect(files.count >= 6)
        let all = try WordSegmenter(options: .init(normalization: .all, selection: .all))
        for file in files {
            let source = try TextDecoder().decode(fileAt: file)
            for seg in [segmenter, all] {
                let tokens = try seg.tokens(in: source)
                #expect(!tokens.isEmpty, "\(file)")
                for token in tokens {
                    let byBytes = source[utf8: token.utf8Range]
                    let byIndex = source.text[token.range]
                    #expect(byBytes == byIndex)
                    #expect(!byBytes.isEmpty)
                    #expect(token.line == source.line(atUTF8Offset: token.utf8Range.lowerBound))
                    if token.kind != .whitespace {
                        #expect(source.lineText(token.line).contains(byBytes), "\(file):\(token.line) \(byBytes)")
                    }
                }
            }
        }
    }

    @Test("NFKC and case folding change what ICU sees, never the offsets")
    func normalisationKeepsOffsets() throws {
        let source = SourceText("ＰＡＲＴＹ　Ｂｕｉｌｄｉｎｇ　２０２３年")
        let folded = try WordSegmenter(options: .init(normalization: [.nfkc, .caseFold]))
        let tokens = try folded.tokens(in: source)
        #expect(tokens.map { String(source[utf8: $0.utf8Range]) } == ["ＰＡＲＴＹ", "Ｂｕｉｌｄｉｎｇ", "２０２３", "年"])
        #expect(tokens[2].kind == .number)
    }

    @Test("a Traditional copy segments like the Simplified original with .simplified")
    func traditional() throws {
        let simplified = try WordSegmenter(options: .init(normalization: .simplified))
        for id in ["zh-01-village", "zh-04-hospital"] {
            let original = try TextDecoder().decode(fileAt: Repo.text(id))
            let hant = try TextDecoder().decode(fileAt: Repo.variant("\(id).hant.txt"))
            let a = try segmenter.tokens(in: original)
            let b = try simplified.tokens(in: hant)
            #expect(a.map(\.utf8Range) == b.map(\.utf8Range), "\(id)")
            #expect(b.contains { $0.isTerm }, "terms are found in Traditional text")
        }
        let source = SourceText("黨風廉政建設和三會一課")
        #expect(try simplified.tokens(in: source).map { String(source[utf8: $0.utf8Range]) } == ["黨風廉政建設", "和", "三會一課"])
    }

    @Test("a GB18030 copy gives the same tokens as the UTF-8 file")
    func gb18030() throws {
        let a = try TextDecoder().decode(fileAt: Repo.text("zh-04-hospital"))
        let b = try TextDecoder().decode(fileAt: Repo.variant("zh-04-hospital.gb18030.txt"))
        #expect(try words(segmenter, a) == words(segmenter, b))
    }

    @Test("lines stay true with CRLF endings and a BOM")
    func crlfLines() throws {
        let crlf = try TextDecoder().decode(fileAt: Repo.variant("zh-07-government.bom-crlf.txt"))
        let lf = try TextDecoder().decode(fileAt: Repo.text("zh-07-government"))
        #expect(try segmenter.tokens(in: crlf).map(\.line) == segmenter.tokens(in: lf).map(\.line))
    }

    @Test("empty and whitespace-only text give no words")
    func emptyText() throws {
        #expect(try segmenter.tokens(in: SourceText("")).isEmpty)
        #expect(try segmenter.tokens(in: SourceText(" \n\r\n\t　")).isEmpty)
    }

    @Test("concurrent segmentation of the corpus equals a sequential run")
    func concurrency() async throws {
        let files = Repo.corpusTexts
        let sources = try files.map { try TextDecoder().decode(fileAt: $0) }
        let sequential = try sources.map { try segmenter.tokens(in: $0).map(\.utf8Range) }
        let shared = self.segmenter
        let concurrent = try await withThrowingTaskGroup(of: (Int, [Range<Int>]).self) { group in
            for _ in 0..<4 {
                for (i, source) in sources.enumerated() {
                    group.addTask { (i, try shared.tokens(in: source).map(\.utf8Range)) }
                }
            }
            var results = [[[Range<Int>]]](repeating: [], count: sources.count)
            for try await (i, ranges) in group { results[i].append(ranges) }
            return results
        }
        for (i, runs) in concurrent.enumerated() {
            #expect(runs.count == 4)
            for run in runs { #expect(run == sequential[i], "\(files[i])") }
        }
    }
}

@Suite("Lazy token sequence")
struct TokenSequenceTests {
    @Test("the lazy sequence gives the array's tokens, stretch after stretch, on every corpus text",
          arguments: [16, 200, TokenSequence.defaultPieceBytes])
    func sameAsArray(pieceBytes: Int) throws {
        for options in [WordSegmenter.Options(), WordSegmenter.Options(normalization: [.nfkc, .simplified], selection: .all)] {
            let segmenter = try WordSegmenter(options: options)
            for path in Repo.corpusTexts {
                let source = try InputReader().read(fileAt: path).source
                let eager = try segmenter.tokens(in: source)
                var iterator = segmenter.lazyTokens(in: source, pieceBytes: pieceBytes).makeIterator()
                var lazy = [Token]()
                while let token = iterator.next() { lazy.append(token) }
                #expect(iterator.error == nil)
                #expect(lazy == eager, "\(path), stretches of \(pieceBytes) bytes")
            }
        }
    }

    @Test("stretches end at line breaks of every kind, and a token knows its text")
    func lineBreaks() throws {
        let segmenter = try WordSegmenter()
        let text = "一、加强党风廉政建设\r\n落实三会一课，\r二是 The branch held 12 sessions.\n\n三、下一步打算"
        let source = SourceText(text)
        let lazy = Array(segmenter.lazyTokens(in: source, pieceBytes: 1))
        #expect(lazy == (try segmenter.tokens(in: source)))
        #expect(lazy.map { String($0.text(in: source)) } == (try segmenter.words(in: text)))
        let term = try #require(lazy.first { $0.text(in: source) == "三会一课" })
        #expect(term.line == 2 && term.isTerm)
        #expect(lazy.last.map { String($0.text(in: source)) } == "下一步打算")
        #expect(lazy.last?.line == 5)
    }
}
