import Foundation
import Testing
import SummaryKit

@Suite("Lexicon")
struct LexiconTests {
    @Test("the built-in lexicon covers all six sections in both languages")
    func builtInCounts() throws {
        let lexicon = try Lexicon.builtIn()
        let byPrimary = Dictionary(grouping: lexicon.concepts, by: { $0.primaryCategory })
        for category in Category.content {
            #expect((byPrimary[category]?.count ?? 0) >= 60, "\(category)")
        }
        for category in Category.structural {
            #expect((byPrimary[category]?.count ?? 0) >= 25, "\(category)")
        }
        for category in Category.allCases {
            let concepts = byPrimary[category] ?? []
            #expect(concepts.filter { !$0.chinese.isEmpty }.count >= concepts.count * 8 / 10, "\(category) zh")
            #expect(concepts.filter { !$0.english.isEmpty }.count >= concepts.count * 8 / 10, "\(category) en")
        }
        let tmol = try #require(lexicon.concept(id: "three-meetings-one-lesson"))
        #expect(tmol.english.contains("three sessions and one lesson"))
        #expect(tmol.english.contains("three meetings and one lesson"))
        #expect(!lexicon.polarity.cues.isEmpty)
    }

    @Test("the built-in lexicon, parsed on all cores, equals its files layered one by one in order")
    func builtInEqualsSequentialLayering() throws {
        var sequential = Lexicon(concepts: [])
        for name in Lexicon.builtInFiles + ["polarity"] {
            let ext = name == "polarity" ? "txt" : "lex"
            sequential = try sequential.layering(fileAt: Repo.path("Sources/SummaryKit/Resources/Lexicon/\(name).\(ext)"))
        }
        let builtIn = try Lexicon.loadBuiltIn()
        #expect(builtIn.concepts.map(\.id) == sequential.concepts.map(\.id))
        #expect(builtIn.concepts.map(\.chinese) == sequential.concepts.map(\.chinese))
        #expect(builtIn.concepts.map(\.english) == sequential.concepts.map(\.english))
        #expect(builtIn.concepts.map(\.unless) == sequential.concepts.map(\.unless))
        #expect(builtIn.concepts.map(\.weights) == sequential.concepts.map(\.weights))
        #expect(builtIn.polarity == sequential.polarity)
    }

    @Test("user files add concepts, add forms, change weights and disable concepts")
    func layering() throws {
        let base = try Lexicon.builtIn()
        let layered = try base.layering(text: """
        # a branch's own vocabulary
        [red-property-management]
        categories = mass_work:0.8
        zh = 红色物业
        en = red property management

        [three-meetings-one-lesson]
        categories = member_development:0.5
        zh += 三会一课活动

        [party-member-generic]
        disabled = true
        """, file: "mine.lex")
        #expect(layered.concepts.count == base.concepts.count + 1)
        #expect(layered.concept(id: "red-property-management")?.weights == [.massWork: 0.8])
        let tmol = try #require(layered.concept(id: "three-meetings-one-lesson"))
        #expect(tmol.weights == [.memberDevelopment: 0.5])
        #expect(tmol.chinese.contains("三会一课") && tmol.chinese.contains("三会一课活动"))
        #expect(layered.concept(id: "party-member-generic")?.isDisabled == true)
        #expect(base.concept(id: "party-member-generic")?.isDisabled == false, "the base is unchanged")
        let matcher = try KeywordMatcher(lexicon: layered)
        let ids = try matcher.matches(in: "推进红色物业，党员参加三会一课活动").map { matcher.concept(of: $0).id }
        #expect(ids == ["red-property-management", "three-meetings-one-lesson"])
    }

    @Test("malformed lines are errors with file, line and text", arguments: [
        ("[Bad Id]\ncategories = study:1\nzh = 学习", 1, "a concept id uses lower-case ASCII letters, digits and '-'"),
        ("[x]\ncategories = studies:1\nzh = 学习", 2, "categories are 'name:weight' pairs with names from study, discipline, member_development, mass_work, shortcomings, plans"),
        ("[x]\ncategories = study:1.5", 2, "a weight is a number greater than 0 and at most 1"),
        ("zh = 学习", 1, "a field must follow a [concept-id] header"),
        ("[x]\ncategories = study:1\nfoo = bar", 3, "unknown field 'foo' (fields: categories, zh, en, unless, disabled; zh/en/unless also take +=)"),
        ("[x]\ncategories = study:1\nen = 学习", 3, "an English form may not contain Chinese characters"),
    ])
    func malformed(text: String, line: Int, reason: String) throws {
        #expect {
            try Lexicon(concepts: []).layering(text: text, file: "user.lex")
        } throws: { error in
            guard case let .malformed(file, l, _, r) = error as? LexiconError else { return false }
            return file == "user.lex" && l == line && r == reason
        }
    }

    @Test("a new concept without categories or forms is refused")
    func incompleteConcept() {
        #expect(throws: LexiconError.malformed(file: "u.lex", line: 1, text: "[lonely]", reason: "a new concept needs a 'categories =' line")) {
            try Lexicon(concepts: []).layering(text: "[lonely]\nzh = 孤单", file: "u.lex")
        }
    }

    @Test("the validator finds duplicate and shared forms; the built-in lexicon has none")
    func validator() throws {
        #expect(try LexiconValidator(lexicon: Lexicon.builtIn()).formIssues().isEmpty)
        let lexicon = try Lexicon(concepts: []).layering(text: """
        [a]
        categories = study:1
        zh = 学习 | 學習
        en = study notes | Study Note
        [b]
        categories = discipline:1
        zh = 学习
        """, file: "t.lex")
        let issues = try LexiconValidator(lexicon: lexicon).formIssues()
        #expect(issues.map(\.message) == [
            "the form '學習' is listed twice.",
            "the form 'study note' is listed twice.",
            "the form '学习' is also claimed by [a] at t.lex:1; only the first concept gets its matches.",
        ])
        let dead = try LexiconValidator(lexicon: lexicon).deadConcepts(in: [SourceText("加强学习")])
        #expect(dead.map(\.conceptID) == ["b"], "b's only form goes to a")
        let lonely = try Lexicon(concepts: []).layering(text: "[c]\ncategories = plans:1\nzh = 月球基地", file: "t.lex")
        #expect(try LexiconValidator(lexicon: lonely).deadConcepts(in: [SourceText("加强学习")]).map(\.conceptID) == ["c"])
    }

    @Test("lexicon lines split on LF, CRLF and lone CR exactly as a Character split does")
    func linesLikeCharacterSplit() {
        let samples = ["", "\n", "a", "a\n", "[x]\r\nzh = 三会一课\r\n\r\nen = party dues\rlast", "\r\r\n\n", "é\u{301}\nb\r", "中文\n\n英文 "]
        for text in samples {
            let reference = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            #expect(LexiconParser.lines(text) == reference, "\(text.debugDescription)")
        }
    }

    @Test("genre vocabulary added from real summaries (#16) matches with the right concept and category", arguments: [
        ("学校扎实推进清廉校园建设，严肃党内政治生活。", [("清廉校园", "clean-institution-building", Category.discipline), ("严肃党内政治生活", "inner-party-political-life", .discipline)]),
        ("支部召开以案说纪警示会，书记讲廉洁党课。", [("以案说纪", "warning-education", .discipline), ("廉洁党课", "integrity-education", .discipline)]),
        ("团支部按时收缴团费，走访慰问独居老人和高龄老人。", [("团费", "communist-youth-league", .massWork), ("独居老人", "the-elderly", .massWork), ("高龄老人", "the-elderly", .massWork)]),
        ("合作社成立时党组织同步成立，小区设立网格党支部。", [("党组织同步成立", "establish-branch", .memberDevelopment), ("网格党支部", "establish-branch", .memberDevelopment)]),
        ("镇党委举办村党支部书记培训班，开展党员冬训。", [("党支部书记培训", "party-affairs-training", .memberDevelopment), ("党员冬训", "winter-training", .study)]),
        ("The branch built a clean and honest campus and collected league dues from its youth.", [("clean and honest campus", "clean-institution-building", .discipline), ("league dues", "communist-youth-league", .massWork)]),
        ("Volunteers visited the elderly living alone, and the school kept serving teachers and students.", [("elderly living alone", "the-elderly", .massWork), ("serving teachers and students", "serve-teachers-and-students", .massWork)]),
        ("The committee stressed the theme responsibility and held rotation training for village cadres.", [("theme responsibility", "responsibility-system", .discipline), ("rotation training", "party-affairs-training", .memberDevelopment), ("village cadres", "cadre-generic", .memberDevelopment)]),
    ] as [(String, [(String, String, Category)])])
    func addedGenreVocabulary(text: String, expected: [(String, String, Category)]) throws {
        let matcher = try KeywordMatcher(lexicon: Lexicon.builtIn())
        let source = SourceText(text)
        let hits = try matcher.matches(in: source).map { (form: String(source[utf8: $0.utf8Range]), concept: matcher.concept(of: $0), negated: $0.isNegated) }
        for (form, id, category) in expected {
            let hit = try #require(hits.first { $0.form == form }, "\(form) in \(text): \(hits.map(\.form))")
            #expect(hit.concept.id == id, "\(form)")
            #expect(hit.concept.primaryCategory == category, "\(form)")
            #expect(!hit.negated, "\(form)")
        }
    }
}
