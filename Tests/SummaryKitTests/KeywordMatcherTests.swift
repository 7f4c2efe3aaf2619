import Foundation
import Testing
import SummaryKit

@Suite("KeywordMatcher")
struct KeywordMatcherTests {
    let matcher: KeywordMatcher
    init() throws { matcher = try KeywordMatcher(lexicon: Lexicon.builtIn()) }

    func found(_ text: String) throws -> [(id: String, text: String, negated: Bool)] {
        let source = SourceText(text)
        return try matcher.matches(in: source).map {
            (matcher.concept(of: $0).id, String(source[utf8: $0.utf8Range]), $0.isNegated)
        }
    }

    @Test("Chinese forms match on characters, leftmost-longest")
    func chineseLongest() throws {
        let hits = try found("认真做好预备党员转正工作，党员参加三会一课")
        #expect(hits.map(\.text) == ["预备党员转正", "党员", "三会一课"])
        #expect(hits[0].id == "full-membership")
    }

    @Test("a shorter form never matches inside a longer one")
    func shorterInsideLonger() throws {
        let lexicon = try Lexicon(concepts: []).layering(text: """
        [india]
        categories = study:1
        zh = 印度
        [indonesia]
        categories = plans:1
        zh = 印度尼西亚
        """)
        let m = try KeywordMatcher(lexicon: lexicon)
        let ids = try m.matches(in: "印度尼西亚和印度").map { m.concept(of: $0).id }
        #expect(ids == ["indonesia", "india"])
    }

    @Test("machine-translation variants of one concept all match", arguments: [
        "three sessions and one lesson", "Three Meetings and One Lesson", "三会一课",
    ])
    func translationVariants(text: String) throws {
        #expect(try found("The branch implemented the \(text) system.").contains { $0.id == "three-meetings-one-lesson" })
    }

    @Test("English forms fold inflections and match whole words only")
    func englishInflections() throws {
        #expect(try found("Party members paid their party fees on time.").contains { $0.id == "party-fees" && $0.text == "party fees" })
        #expect(try found("They paid the party axis.").contains { $0.id == "party-fees" })
        let studied = try found("All members studied the documents and kept study notes.")
        #expect(studied.contains { $0.text == "studied" && $0.id == "study-generic" })
        #expect(studied.contains { $0.text == "study notes" })
        #expect(!(try found("The students passed.")).contains { $0.id == "study-generic" }, "student is not study")
        #expect(!(try found("The restudy plan")).contains { $0.text == "study" }, "only whole words")
    }

    static let sentences: [(String, Category)] = [
        ("支部坚持每周五下午集中学习，组织党员学习党的二十大精神并撰写心得体会。", .study),
        ("The branch organized the members to study the spirit of the congress and write study notes.", .study),
        ("支部组织党员观看警示教育片，严格落实八项规定精神，坚决纠治四风。", .discipline),
        ("The branch carried out warning education and implemented the eight provisions to oppose the four winds.", .discipline),
        ("今年支部确定入党积极分子三名，两名预备党员按期转正。", .memberDevelopment),
        ("This year two activists applied to join the party and one probationary member turned positive.", .memberDevelopment),
        ("党员志愿者走访慰问困难群众，开展结对帮扶和志愿服务。", .massWork),
        ("Party volunteers visited the masses in difficulty and carried out volunteer service and poverty alleviation.", .massWork),
        ("支部工作还存在不足，与上级要求相比仍有差距。", .shortcomings),
        ("There are still some shortcomings and deficiencies in the work of the branch.", .shortcomings),
        ("下一步，支部将继续加强党员教育管理，明年重点抓好组织建设。", .plans),
        ("In the coming year, we will continue to strengthen the building of the branch.", .plans),
    ]

    @Test("hand-written sentences find their category in both languages", arguments: sentences)
    func categorySentences(sentence: String, category: Category) throws {
        let source = SourceText(sentence)
        let matches = try matcher.matches(in: source).filter { !$0.isNegated }
        let weight = matches.map { matcher.concept(of: $0).weights[category] ?? 0 }.reduce(0, +)
        #expect(weight >= 1.0, "\(matches.map { source[utf8: $0.utf8Range] })")
    }

    @Test("no match for study inside studio or student")
    func studioBoundary() throws {
        #expect(try found("The studio and the students were new.").allSatisfy { $0.id != "study-generic" })
        #expect(try found("A study room").contains { $0.id == "study-generic" && $0.text == "study" })
    }

    @Test("English forms do not join across punctuation")
    func englishPunctuation() throws {
        let hits = try found("three sessions, and one lesson")
        #expect(!hits.contains { $0.id == "three-meetings-one-lesson" })
    }

    @Test("Traditional text reaches the simplified forms; offsets point at the original")
    func traditional() throws {
        let hits = try found("加強黨風廉政建設，落實三會一課")
        #expect(hits.contains { $0.id == "party-conduct-clean-government" && $0.text == "黨風廉政建設" })
        #expect(hits.contains { $0.id == "three-meetings-one-lesson" && $0.text == "三會一課" })
    }

    @Test("pinyin run into Traditional text after a character (聯(lián)) is read through; offsets still point at the original")
    func pinyinAnnotations() throws {
        let hits = try found("加強(qiáng)黨風(fēng)廉政建設(shè)，落實(shí)三會(huì)一課")
        #expect(hits.contains { $0.id == "party-conduct-clean-government" && $0.text == "黨風(fēng)廉政建設(shè)" })
        #expect(hits.contains { $0.id == "three-meetings-one-lesson" && $0.text == "三會(huì)一課" })
        // A bracket of something else after a character stays as it was.
        let plain = try found("召開(kāi)支部會(2次)，三會一課(photo)")
        #expect(plain.contains { $0.id == "three-meetings-one-lesson" && $0.text == "三會一課" })
    }

    @Test("negation and criticism in the same clause mark content matches as negated")
    func polarity() throws {
        let zh = try found("理论学习不够深入，个别支部未开展志愿服务，三会一课坚持得好。")
        #expect(zh.first { $0.id == "theoretical-study" }?.negated == true)
        #expect(zh.first { $0.id == "volunteer-service" }?.negated == true)
        #expect(zh.first { $0.id == "three-meetings-one-lesson" }?.negated == false, "another clause")
        #expect(zh.contains { $0.id == "not-deep-enough" && !$0.negated }, "the shortcoming itself counts")
        let en = try found("We failed to carry out volunteer service regularly; the theoretical study is not deep enough.")
        #expect(en.first { $0.text == "volunteer service" }?.negated == true)
        #expect(en.first { $0.text == "theoretical study" }?.negated == true)
        let plain = try found("The branch organised theoretical study every month.")
        #expect(plain.first { $0.text == "theoretical study" }?.negated == false)
    }

    @Test("unless-contexts suppress a form: 学习啦 is a site name, not study")
    func unlessContext() throws {
        #expect(!(try found("学习啦>实用范文>工作总结")).contains { $0.id == "study-generic" })
        #expect(try found("学习啦网站，大家学习。").contains { $0.id == "study-generic" && $0.text == "学习" })
    }

    @Test("every match in the corpus slices back to text on its line")
    func corpusOffsets() throws {
        var total = 0
        for file in Repo.corpusTexts {
            let source = try TextDecoder().decode(fileAt: file)
            let matches = try matcher.matches(in: source)
            #expect(!matches.isEmpty, "\(file)")
            total += matches.count
            var last = -1
            for match in matches {
                let text = source[utf8: match.utf8Range]
                #expect(!text.isEmpty)
                #expect(match.utf8Range.lowerBound >= last, "in order, not overlapping")
                last = match.utf8Range.upperBound
                #expect(match.line == source.line(atUTF8Offset: match.utf8Range.lowerBound))
                if matcher.form(of: match).script == .chinese, !source.encoding.hasPrefix("UTF-16") {
                    #expect(text.count == matcher.form(of: match).text.count, "\(file): \(text) vs \(matcher.form(of: match).text)")
                }
            }
        }
        #expect(total > 2000)
    }

    @Test("concurrent matching equals sequential matching")
    func concurrent() async throws {
        let sources = try Repo.corpusTexts.map { try TextDecoder().decode(fileAt: $0) }
        let expected = try sources.map { try matcher.matches(in: $0) }
        let shared = matcher
        let results = try await withThrowingTaskGroup(of: (Int, [Match]).self) { group in
            for (i, source) in sources.enumerated() { group.addTask { (i, try shared.matches(in: source)) } }
            var out = [[Match]](repeating: [], count: sources.count)
            for try await (i, m) in group { out[i] = m }
            return out
        }
        #expect(results == expected)
    }

    @Test("English forms split into stemmed words as the Character-based reference does (apostrophes at a word's ends dropped), for every built-in form and context")
    func englishWordsAgreeWithReference() throws {
        func reference(_ text: String) -> [[UInt16]] {
            let apostrophes = CharacterSet(charactersIn: "'\u{2019}")
            let pieces = text.lowercased().split { character in
                !(character.isLetter || character.isNumber || character == "'" || character == "\u{2019}")
            }
            let words: [String] = pieces.map { $0.trimmingCharacters(in: apostrophes) }
            let kept = words.filter { !$0.isEmpty && $0 != "the" && $0 != "a" && $0 != "an" }
            return kept.map { EnglishStemmer.stem($0) }.filter { !$0.isEmpty }
        }
        var checked = 0
        for concept in try Lexicon.builtIn().concepts {
            for text in concept.english + concept.unless + ["Party members' Day", "naïve co-op’s 2023 plan", "Ｆｕｌｌ-width", ""] {
                #expect(KeywordMatcher.englishWords(text) == reference(text), "\(text)")
                checked += 1
            }
        }
        #expect(checked > 5000)
    }

    @Test("a plural possessive matches across its apostrophe: workers' congress, teachers’ congress")
    func pluralPossessive() throws {
        let text = "The branch held the workers' congress and the teachers’ congress in May, then the parents meeting."
        let concepts = try matcher.matches(in: text).map { matcher.concept(of: $0).id }
        let forms = try matcher.matches(in: text).map { matcher.forms[$0.form].text }
        #expect(forms.contains("workers' congress"), "\(forms)")
        #expect(forms.contains("teachers' congress"), "\(forms)")
        #expect(concepts.count >= 3)
    }

    @Test("an English phrase runs across one line break but stops at a blank line")
    func blankLineEndsPhrase() throws {
        let wrapped = try found("The branch kept up the three sessions\nand one lesson all year.")
        #expect(wrapped.contains { $0.id == "three-meetings-one-lesson" }, "\(wrapped.map(\.text))")
        let apart = try found("The branch kept up the three sessions\n\nand one lesson all year.")
        #expect(!apart.contains { $0.id == "three-meetings-one-lesson" }, "\(apart.map(\.text))")
        let crlf = try found("The branch kept up the three sessions\r\n \r\nand one lesson all year.")
        #expect(!crlf.contains { $0.id == "three-meetings-one-lesson" }, "\(crlf.map(\.text))")
    }

    @Test("a large text cut between lines and matched piece by piece, in parallel, gives the whole text's matches", arguments: [
        "zh", "en",
    ])
    func piecesAgreeWithWholeText(language: String) throws {
        let texts = try Repo.corpusTexts.filter { ($0 as NSString).lastPathComponent.hasPrefix(language + "-") }
            .map { try TextDecoder().decode(fileAt: $0).text }
        // Pieces of ~2 KB: dozens of cuts, most inside files, CRLF files included.
        let source = SourceText(texts.joined(separator: "\n\n"))
        let pieces = KeywordMatcher.pieces(of: source, size: 2_048)
        #expect(pieces.count > 35)
        #expect(pieces.first?.lowerBound == 0 && pieces.last?.upperBound == source.text.utf8.count)
        for (a, b) in zip(pieces, pieces.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
            #expect(source.text.utf8[source.text.utf8.index(source.text.utf8.startIndex, offsetBy: b.lowerBound - 1)] == 0x0A)
        }
        let whole = try matcher.matches(in: source)
        var pieced = [Match]()
        for piece in pieces { pieced += try matcher.matches(in: source, piece: piece) }
        #expect(whole.count > 1_000)
        #expect(pieced == whole)
        #expect(try matcher.matchesInParallel(in: source, pieceSize: 2_048) == whole)
    }

    @Test("negation read from the cues near each match equals negation read from every cue")
    func cueWindowsDecideAlike() throws {
        var negated = 0
        var checked = 0
        for file in Repo.corpusTexts {
            let source = try TextDecoder().decode(fileAt: file)
            let units = matcher.normalizedUnits(try WordSegmenter.utf16(of: source))
            let found = (matcher.scanChinese(units) + (try matcher.scanEnglish(units))).sorted { $0.start < $1.start }
            let merged = KeywordMatcher.merged(matcher.scanChinese(units), try matcher.scanEnglish(units))
            #expect(merged.map { [$0.start, $0.end, $0.form] } == found.map { [$0.start, $0.end, $0.form] })
            let all = matcher.cueHits(units)
            let near = matcher.cueHits(units, in: KeywordMatcher.cueWindows(around: found, count: units.count))
            #expect(near.count <= all.count)
            for hit in found {
                let expected = matcher.isNegated(units, start: hit.start, end: hit.end, cues: all)
                #expect(matcher.isNegated(units, start: hit.start, end: hit.end, cues: near) == expected, "\(file) at \(hit.start)")
                if expected { negated += 1 }
                checked += 1
            }
        }
        #expect(checked > 2_000)
        #expect(negated > 50)
    }
}
