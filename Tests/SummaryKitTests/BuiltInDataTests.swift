import Foundation
import Testing
import SummaryKit

/// The data files of `Resources/` that were Swift literals (#17 item 5): their parser refuses
/// malformed lines naming file and line, and the built-in files hold what the code held.
@Suite("Built-in data files")
struct BuiltInDataTests {
    /// Whether `error` is a malformed-line error of `file` at `line` whose reason contains `reason`.
    static func isMalformed(_ error: any Error, file: String, line: Int, reason: String) -> Bool {
        guard case let .malformed(f, l, _, r)? = error as? LexiconError else { return false }
        return f == file && l == line && r.contains(reason)
    }

    @Test("list lines: comments and blanks skipped, quotes keep edge spaces, trailing blanks dropped")
    func entries() throws {
        let text = "# header\n\nline-start 分享到  \nline-contains \" Home »\"\r\nlead-in\t小编\n  # indented comment\n"
        let entries = try BuiltInLists.entries(text, file: "t.txt", keyed: true)
        #expect(entries.map(\.key) == ["line-start", "line-contains", "lead-in"])
        #expect(entries.map(\.value) == ["分享到", " Home »", "小编"])
        #expect(entries.map(\.line) == [3, 4, 5])
        let plain = try BuiltInLists.entries("Since\n# c\nIn\n", file: "o.txt", keyed: false)
        #expect(plain.map(\.value) == ["Since", "In"])
    }

    @Test("a malformed list line is refused with the file and its line")
    func malformedLines() {
        let cases: [(String, Int, String)] = [
            ("line-start 分享到\nline-start\n", 2, "the name of its list"),
            ("# c\nline-start \"unclosed\n", 2, "must end with one"),
            ("line-start \"\"\n", 1, "the entry is empty"),
            ("line-start \"a\"b\"\n", 1, "may not hold a double quote"),
            ("\n\nline_start 分享到\n", 3, "ASCII letters, digits and '-'"),
        ]
        for (text, line, reason) in cases {
            #expect {
                _ = try BuiltInLists.entries(text, file: "bad.txt", keyed: true)
            } throws: { Self.isMalformed($0, file: "bad.txt", line: line, reason: reason) }
        }
    }

    /// A page-chrome file with one entry in every list.
    static let minimalChrome = """
        breadcrumb-start 当前位置
        line-start 分享到
        line-contains 如有侵权
        lead-in 小编
        lead-in-en Compiled By The Editor
        definition-start "Summary is a "
        link-list-header 推荐文章
        count-word KB
        contents-header 目录
        watermark-core WORD文档下载
        watermark-head 精品
        watermark-tail 可编辑

        """

    @Test("page chrome: unknown lists, missing lists and a second watermark core are refused; folded lists are lowercased")
    func pageChromeFormat() throws {
        let words = try Chrome.Words(parsing: Self.minimalChrome, file: "c.txt")
        #expect(words.englishLeadInMarks == ["compiled by the editor"])
        #expect(words.definitionStarts == ["summary is a "])
        #expect(words.countWords == ["kb"])
        #expect(words.lineStarts == ["分享到"])
        #expect(words.watermarkCore == "WORD文档下载")
        #expect {
            _ = try Chrome.Words(parsing: Self.minimalChrome + "line-end 分享\n", file: "c.txt")
        } throws: { Self.isMalformed($0, file: "c.txt", line: 13, reason: "unknown list") }
        #expect {
            _ = try Chrome.Words(parsing: Self.minimalChrome + "watermark-core 文档下载\n", file: "c.txt")
        } throws: { Self.isMalformed($0, file: "c.txt", line: 13, reason: "exactly one entry") }
        let withoutTails = Self.minimalChrome.replacingOccurrences(of: "watermark-tail 可编辑\n", with: "")
        #expect {
            _ = try Chrome.Words(parsing: withoutTails, file: "c.txt")
        } throws: { error in
            guard case let .malformed(_, _, text, reason)? = error as? LexiconError else { return false }
            return text == "watermark-tail" && reason.contains("no entry for this list")
        }
    }

    @Test("English openers and organisation keywords refuse what they cannot match, naming the line")
    func openersAndKeywordsFormat() throws {
        #expect(try BuiltInLists.englishOpeners(parsing: "Since\nIn\n", file: "o.txt") == ["Since", "In"])
        #expect {
            _ = try BuiltInLists.englishOpeners(parsing: "Since\nIn the\n", file: "o.txt")
        } throws: { Self.isMalformed($0, file: "o.txt", line: 2, reason: "one word of ASCII letters") }
        #expect {
            _ = try BuiltInLists.englishOpeners(parsing: "# nothing\n", file: "o.txt")
        } throws: { Self.isMalformed($0, file: "o.txt", line: 1, reason: "no opener") }

        let keywords = try BuiltInLists.organizationKeywords(parsing: "school 学校\nvillage 村\nschool School Board\n", file: "k.txt")
        #expect(keywords.map(\.0) == [.school, .village])
        #expect(keywords.map(\.1) == [["学校", "school board"], ["村"]])
        #expect {
            _ = try BuiltInLists.organizationKeywords(parsing: "school 学校\n\nfactory 工厂\n", file: "k.txt")
        } throws: { Self.isMalformed($0, file: "k.txt", line: 3, reason: "unknown kind of organisation") }
    }

    @Test("the built-in word lists load and hold what the code held")
    func builtInLists() throws {
        #expect(throws: Never.self) { try BuiltInLists.checkBuiltInData() }
        let chrome = try BuiltInLists.pageChrome.get()
        #expect(chrome.breadcrumbStarts == ["当前位置", "您的位置", "你的位置", "您现在的位置", "位置：", "首页 >", "首页>", "Home >", "Home>", "Location:"])
        #expect(chrome.lineStarts.count == 129)  // the literal had "Release time" twice
        #expect(chrome.lineStarts.prefix(3) == ["分享到", "分享：", "分享:"])
        #expect(chrome.lineStarts.contains("资源描述") && chrome.lineStarts.contains("下载文档") && chrome.lineStarts.last == "(Edited by")
        #expect(chrome.lineContains.count == 35 && chrome.lineContains.contains(" Home »"))
        #expect(chrome.leadInMarks.count == 20 && chrome.leadInMarks.first == "小编")
        #expect(chrome.englishLeadInMarks.count == 16 && chrome.englishLeadInMarks.last == "the following is the relevant")
        #expect(chrome.definitionStarts.count == 14 && chrome.definitionStarts.contains("summary is a "))
        #expect(chrome.linkListHeaders.count == 31)
        #expect(chrome.countWords == ["阅读", "浏览", "点击", "下载", "收藏", "评论", "点赞", "发布", "上传", "次", "人", "页", "字", "kb", "mb",
                                      "views", "view", "reads", "downloads", "likes", "comments", "pages"])
        #expect(chrome.contentsHeaders == ["目录", "目 录", "目　录", "Contents", "CONTENTS"])
        #expect(chrome.watermarkCore == "WORD文档下载")
        #expect(chrome.watermarkHeads == ["精品", "优质", "免费"])
        #expect(chrome.watermarkTails == ["可编缉使用", "可编辑使用", "可编辑修改", "可编缉", "可编辑"])
        #expect(Chrome.leadInMarks == chrome.leadInMarks && Chrome.lineContains == chrome.lineContains)

        #expect(try BuiltInLists.englishOpeners.get() == [
            "Since", "In", "This", "During", "Over", "Throughout", "Under", "The", "Last", "Looking", "Our",
            "Guided", "Based", "With", "Around", "Focusing", "After", "Having",
        ])

        let keywords = try BuiltInLists.organizationKeywords.get()
        #expect(keywords.map(\.0) == [.hospital, .university, .school, .enterprise, .government, .community, .village])
        #expect(keywords.map(\.1.count) == [11, 9, 9, 14, 19, 7, 2])
        #expect(keywords[0].1.prefix(3) == ["医院", "醫院", "卫生院"])
        #expect(keywords[3].1.contains("co., ltd"))
        #expect(keywords[5].1.last == "residents' committee")
        #expect(keywords[6].1 == ["村", "village"])
    }

    @Test("the chrome read from the file still marks doc-viewer lines, counts and watermarks")
    func chromeFromFile() {
        let text = """
            某某党支部2023年工作总结
            资源描述：本文档为某某党支部年度总结
            阅读 1234
            一、加强理论学习
            支部坚持每月集中学习，全年开展专题学习12次，党员参学率达到百分之九十五以上。精品WORD文档下载可编缉使用
            """
        let document = DocumentReader().read(SourceText(text))
        let boilerplate = document.units.filter { $0.kind == .boilerplate }.map { String(document.source[utf8: $0.utf8Range]) }
        #expect(boilerplate.contains { $0.hasPrefix("资源描述") }, "\(boilerplate)")
        #expect(boilerplate.contains("阅读 1234"), "\(boilerplate)")
        #expect(!document.source.text.isEmpty)
        let paragraphs = document.units.filter { $0.kind == .paragraph }.map { String(document.source[utf8: $0.utf8Range]) }
        #expect(paragraphs.allSatisfy { !$0.contains("WORD文档下载") }, "\(paragraphs)")
    }

    @Test("the default checklist read from default-checklist.yaml is the six sections the code held")
    func defaultChecklist() throws {
        let builtIn = try Checklist.builtIn()
        #expect(builtIn == Checklist.default)
        #expect(builtIn.name == "default")
        #expect(builtIn.sections.map(\.id) == ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"])
        #expect(builtIn.sections.map(\.titleZh) == ["学习教育", "纪律作风与党风廉政建设", "发展党员与组织建设", "群众工作", "存在的问题与不足", "下一步工作打算"])
        #expect(builtIn.sections.map(\.titleEn) == ["Study and ideological education", "Discipline, conduct and clean government",
                                                   "Members and organisation", "Serving the masses", "Problems and shortcomings",
                                                   "Plans for the next period"])
        #expect(builtIn.sections.map(\.categories) == [[.study], [.discipline], [.memberDevelopment], [.massWork], [.shortcomings], [.plans]])
        for section in builtIn.sections {
            #expect(section.weight == 1.0, "\(section.id)")
            #expect(section.required, "\(section.id)")
            #expect(section.covered.minScore == nil && section.covered.minParagraphs == 1, "\(section.id)")
            #expect(section.covered.minCharacters == 15 && section.covered.minMention == nil, "\(section.id)")
            #expect(section.thin.minScore == 0.4 && section.thin.minParagraphs == 1, "\(section.id)")
            #expect(section.thin.minCharacters == 0 && section.thin.minMention == 0.8, "\(section.id)")
        }
        // What the Swift literal built: sections with the initialiser's defaults.
        let literal = Checklist(name: "default", sections: [
            .init(id: "study", titleZh: "学习教育", titleEn: "Study and ideological education", categories: [.study]),
            .init(id: "discipline", titleZh: "纪律作风与党风廉政建设", titleEn: "Discipline, conduct and clean government", categories: [.discipline]),
            .init(id: "member_development", titleZh: "发展党员与组织建设", titleEn: "Members and organisation", categories: [.memberDevelopment]),
            .init(id: "mass_work", titleZh: "群众工作", titleEn: "Serving the masses", categories: [.massWork]),
            .init(id: "shortcomings", titleZh: "存在的问题与不足", titleEn: "Problems and shortcomings", categories: [.shortcomings]),
            .init(id: "plans", titleZh: "下一步工作打算", titleEn: "Plans for the next period", categories: [.plans]),
        ])
        #expect(builtIn == literal)
    }
}
