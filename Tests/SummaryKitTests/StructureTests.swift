import Foundation
import Testing
import SummaryKit

@Suite("DocumentReader")
struct StructureTests {
    let reader = DocumentReader()

    func read(_ text: String) -> Document { reader.read(SourceText(text)) }

    func kinds(_ document: Document) -> [String] {
        document.units.map { "\($0.kind.rawValue) \(document.text(of: $0))" }
    }

    @Test("a page of five templates split by 【篇一】…【篇五】 yields five summaries with their titles")
    func fiveTemplates() throws {
        let document = try reader.read(fileAt: StructureFixture.path("zh-five-templates.txt"))
        #expect(document.summaries.count == 5)
        #expect(document.summaries.allSatisfy { $0.title == "党支部年度工作总结" })
        #expect(document.summaries[0].lines.lowerBound == 11)
        #expect(document.metadata.title == "党支部年度工作总结精选五篇")
        let chrome = document.units.filter { $0.kind == .boilerplate }.map { String(document.text(of: $0)) }
        #expect(chrome == ["范文网>实用范文>工作总结>党建工作总结>", "小林分享",
                           "岁末年初，又到了写总结的时候。小编为大家整理了几篇党支部工作总结，希望对大家有所帮助，欢迎阅读！",
                           "推荐文章", "村党支部书记述职报告", "学校党建工作总结范文", "热门文章", "党员个人年度总结", "1024"])
        #expect(checkRanges(document).isEmpty)
    }

    @Test("every x-placeholder of the template page is found with line and column")
    func templatePlaceholders() throws {
        let document = try reader.read(fileAt: StructureFixture.path("zh-five-templates.txt"))
        #expect(document.placeholders.map(\.text) == ["x", "x", "xx", "20x", "x", "XXX", "20__", "某某", "20x", "x"])
        let first = try #require(document.placeholders.first)
        #expect(first.line == 13 && first.column == 5)
        #expect(document.source[utf8: first.utf8Range] == "x")
    }

    @Test("repeated title lines divide an English page into three summaries")
    func repeatedTitles() throws {
        let document = try reader.read(fileAt: StructureFixture.path("en-three-summaries.txt"))
        #expect(document.summaries.count == 3)
        #expect(document.summaries.map(\.title) == Array(repeating: "Annual work summary of our school party branch", count: 3))
        #expect(document.metadata.language == .en)
        #expect(document.metadata.years == [2015])
        #expect(document.units.suffix(2).allSatisfy { $0.kind == .boilerplate })
    }

    @Test("a heading that runs into an enumeration is split into the heading and its items, ranges exact")
    func runInEnumeration() throws {
        let document = try reader.read(fileAt: StructureFixture.path("en-three-summaries.txt"))
        let line = document.units.filter { $0.lines.lowerBound == 13 }
        #expect(line.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
        #expect(line.map { $0.marker } == ["First,", "1,", "2.", "3."])
        #expect(document.text(of: line[0]) == "First, build a learning branch and keep the rules of organisational life")
        #expect(document.text(of: line[1]) == "1, hold the branch meeting on time, and keep the records complete. The branch committee checks the records every quarter.")
        #expect(line[1].heading == document.units.firstIndex(of: line[0]))
        let raw = Array(document.source.text.utf8)
        for unit in line {
            let slice = String(decoding: raw[unit.utf8Range], as: UTF8.self)
            #expect(slice == String(document.text(of: unit)))
        }
    }

    @Test("a run-in Chinese heading ends at its first sentence: 1、抓实集体学习。支部…")
    func chineseRunIn() {
        let document = read("一、加强学习\n1、抓实集体学习。支部坚持每周二下午集中学习。\n2、开展主题教育。支部扎实开展主题教育。\n")
        #expect(kinds(document) == ["heading 一、加强学习", "heading 1、抓实集体学习。", "paragraph 支部坚持每周二下午集中学习。",
                                    "heading 2、开展主题教育。", "paragraph 支部扎实开展主题教育。"])
        #expect(document.units.map(\.level) == [1, 2, 0, 2, 0])
    }

    @Test("heading levels follow marker families in order of appearance")
    func levels() {
        let document = read("（一）学习\n1.集中学习。\n（1）每周一次\n（二）纪律\n")
        #expect(document.units.map(\.level) == [1, 2, 3, 1])
        #expect(document.units.map(\.marker) == ["（一）", "1.", "（1）", "（二）"])
        #expect(document.units[2].heading == 1)
        #expect(document.units[3].heading == nil)
    }

    @Test("inline enumerations become sub-paragraphs: 一是…二是…, （1）…（2）…, ①②")
    func inlineEnumerations() {
        let document = read("主要做了三件事：一是修路；二是建食堂；三是增设车位。\n重点工作：（1）晨会学习；（2）微党课。\n做法有：①结对；②捐款。\n")
        #expect(document.units.map { String(document.text(of: $0)) } == [
            "主要做了三件事：", "一是修路；", "二是建食堂；", "三是增设车位。", "重点工作：", "（1）晨会学习；", "（2）微党课。",
            "做法有：", "①结对；", "②捐款。",
        ])
        #expect(document.units.allSatisfy { $0.kind == .paragraph })
    }

    @Test("machine-translated 一、: \"One, …\" \"Two, …\" head sections like I. and 一、")
    func englishNumberHeadings() {
        let document = read("One, Raise the study level\nThe branch read three books together.\nTwo, Serve the neighbours\nMembers repaired the well.\n")
        #expect(kinds(document) == ["heading One, Raise the study level", "paragraph The branch read three books together.",
                                    "heading Two, Serve the neighbours", "paragraph Members repaired the well."])
        #expect(document.units.map(\.level) == [1, 0, 1, 0])
        #expect(document.units.map(\.marker) == ["One,", nil, "Two,", nil])
        // A number word without its comma is an ordinary sentence.
        let plain = read("One member moved away.\nTwo new members joined.\nThe others stayed. One, however, left early.\n")
        #expect(plain.units.count == 3 && plain.units.allSatisfy { $0.kind == .paragraph })
    }

    @Test("machine-translated （一）: (I) (II) head sections one level under I.")
    func romanParenHeadings() {
        let document = read("I. Study\n(I) Reading plan\nThe branch chose four books.\n(II) Field visits\nMembers visited two farms.\nII. Service\n(I) Repairs\nMembers fixed a bridge.\n")
        #expect(document.units.map(\.kind) == [.heading, .heading, .paragraph, .heading, .paragraph, .heading, .heading, .paragraph])
        #expect(document.units.map(\.level) == [1, 2, 0, 2, 0, 1, 2, 0])
        #expect(document.units.map(\.marker) == ["I.", "(I)", nil, "(II)", nil, "II.", "(I)", nil])
        #expect(document.units[4].heading == 3)
    }

    @Test("machine-translated 【篇一】: [Part One] and [Part Two] separate two summaries")
    func englishSeparators() {
        let document = read("[Part One]\n\nRiverside Branch Work Summary\n\nThe branch met monthly.\n\n[Part Two]\n\nHill Street Branch Work Summary\n\nThe branch planted trees.\n")
        #expect(document.units.map(\.kind) == [.separator, .title, .paragraph, .separator, .title, .paragraph])
        #expect(document.summaries.count == 2)
        #expect(document.summaries.map(\.title) == ["Riverside Branch Work Summary", "Hill Street Branch Work Summary"])
        #expect(document.summaries[1].lines.lowerBound == 7)
        // A bracketed word that is no part number stays text.
        let other = read("[Party Day] The branch met.\n")
        #expect(!other.units.contains { $0.kind == .separator })
    }

    @Test("an English title may hold abbreviations (Co., Ltd., No.) but no sentence")
    func titleWithAbbreviations() {
        let document = read("Work Summary of the Party Branch of Lanting Tools Co., Ltd. (2022)\nThe branch grew to 20 members.\n")
        #expect(document.units.map(\.kind) == [.title, .paragraph])
        #expect(document.summaries.first?.title == "Work Summary of the Party Branch of Lanting Tools Co., Ltd. (2022)")
        let school = read("No. 3 Middle School Party Branch Work Summary\nThe branch grew.\n")
        #expect(school.units.first?.kind == .title)
        // A sentence break before "summary" still makes a paragraph.
        let sentence = read("The branch grew.\nWe met often. Here is the summary of the year\n")
        #expect(sentence.units.map(\.kind) == [.paragraph, .paragraph])
    }

    @Test("ordinal words inside a paragraph are items like 一是…二是…: First, … Second, … Finally, …")
    func inlineOrdinals() {
        let document = read("I. Study\nThe branch did three things. First, members read four books. Second, members visited farms. Finally, members wrote notes.\nII. Problems\nTwo problems remain. First, the study is shallow, and notes are thin. Second, the funds are short.\n")
        #expect(kinds(document) == [
            "heading I. Study", "paragraph The branch did three things.", "paragraph First, members read four books.",
            "paragraph Second, members visited farms.", "paragraph Finally, members wrote notes.",
            "heading II. Problems", "paragraph Two problems remain.", "paragraph First, the study is shallow, and notes are thin.",
            "paragraph Second, the funds are short.",
        ])
        #expect(document.units.map(\.marker) == ["I.", nil, "First,", "Second,", "Finally,", "II.", nil, "First,", "Second,"])
        #expect(document.units[7].heading == 5)
    }

    @Test("ordinal items after a run-in heading, or opening their line, are all paragraphs")
    func ordinalItemsAfterHeading() {
        let runIn = read("3. Shortcomings. First, the study is shallow, and notes are thin. Second, the meetings are dull. Third, the funds are short.\n")
        #expect(runIn.units.map(\.kind) == [.heading, .paragraph, .paragraph, .paragraph])
        #expect(runIn.units.map(\.marker) == ["3.", "First,", "Second,", "Third,"])
        let leading = read("First, the members are old, and few are young. Second, the funds are short.\n")
        #expect(kinds(leading) == ["paragraph First, the members are old, and few are young.", "paragraph Second, the funds are short."])
        let chinese = read("存在问题：第一，学习不够深入，效果不明显。第二，活动形式单一。\n")
        #expect(kinds(chinese) == ["paragraph 存在问题：", "paragraph 第一，学习不够深入，效果不明显。", "paragraph 第二，活动形式单一。"])
    }

    @Test("a lone mid-line ordinal, or one inside a sentence, does not split a paragraph")
    func loneOrdinal() {
        #expect(read("The branch did well. First, it met monthly.\n").units.count == 1)
        #expect(read("Members of the First, Second and Third groups met. Second, they sang.\n").units.count == 1)
    }

    @Test("ordinals that run a short heading into a body of their own still head a flattened page")
    func flattenedOrdinalHeadings() {
        let document = read("Hill Branch Work Summary The branch reports as follows. First, the study is strengthened. 1. Members read every week, and notes were kept. 2. The secretary gave four lectures. Second, the team is built. 1. Two activists joined, and one member transferred. 2. Dues were paid on time.\n")
        #expect(document.units.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .paragraph, .heading, .paragraph, .paragraph])
        #expect(document.text(of: document.units[5]) == "Second, the team is built.")
        #expect(checkRanges(document).isEmpty)
        let chinese = read("支部全年工作如下 第一，坚持学习。支部每周集中学习。 第二，严守纪律。支部签订责任书。\n")
        #expect(kinds(chinese) == ["paragraph 支部全年工作如下", "heading 第一，坚持学习。", "paragraph 支部每周集中学习。",
                                   "heading 第二，严守纪律。", "paragraph 支部签订责任书。"])
    }

    @Test("numbered full sentences with no body of their own are list items, not headings")
    func sentenceItems() {
        let document = read("I. Problems\n\n1. The study is shallow, and notes are thin.\n\n2. The funds are short, and the rooms are small.\n\nII. Plans\n\n1. Keep studying, and read more.\n\n2. Recruit young members, and train them well.\n\nIn short, the branch will work hard.\n")
        #expect(document.units.map(\.kind) == [.heading, .paragraph, .paragraph, .heading, .paragraph, .paragraph, .paragraph])
        #expect(document.units.map(\.marker) == ["I.", "1.", "2.", "II.", "1.", "2.", nil])
        #expect(document.units[2].heading == 0 && document.units[6].heading == 3)
    }

    @Test("a numbered full sentence stays a heading when a body follows it or its sibling runs into one")
    func sentenceHeadings() {
        let chinese = read("一、坚持学习，筑牢思想根基。\n支部每周集中学习。\n二、严守纪律，廉洁自律。\n支部签订责任书。\n")
        #expect(chinese.units.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        let sibling = read("1. Study hard, and read often.\n2. Serve well, and visit often. Members visited 30 homes.\n")
        #expect(sibling.units.map(\.kind) == [.heading, .heading, .paragraph])
        let after = read("1. Study hard. Members read weekly.\n2. Serve well, and visit often.\n3. Keep clean, and obey the rules.\n")
        #expect(after.units.map(\.kind) == [.heading, .paragraph, .heading, .heading])
        let short = read("1. Strengthen the study\n2. Serve the masses\n")
        #expect(short.units.map(\.kind) == [.heading, .heading])
    }

    @Test("a lone number inside a sentence does not split it")
    func loneNumber() {
        let document = read("支部全年学习12次，其中1.5天用于外出参观；统一是原则。\n")
        #expect(document.units.count == 1)
    }

    @Test("a flattened page (one line) is split into title, headings and paragraphs")
    func flattened() {
        let document = read("某镇党支部2023年度工作总结 2023年，支部工作稳步推进。 一、加强学习 1、支部坚持每周集中学习，全年组织学习38次，党员学习笔记优秀率达到百分之八十。 2、支部开设夜校，全年宣讲52场，受众三千余人次，宣讲内容涵盖乡村振兴。 二、存在的不足 理论学习还不够深入。")
        #expect(document.units.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .paragraph, .heading, .paragraph])
        #expect(document.text(of: document.units[5]) == "二、存在的不足")
        #expect(checkRanges(document).isEmpty)
    }

    @Test("hard-wrapped Chinese joins back into whole paragraphs spanning their lines")
    func hardWrapped() throws {
        let document = try reader.read(fileAt: StructureFixture.path("zh-hardwrapped.txt"))
        #expect(document.units.map(\.kind) == [.title, .paragraph, .heading, .paragraph, .heading, .paragraph])
        #expect(document.units[1].lines == 3...5)
        #expect(document.units[3].lines == 9...11)
        let joined = document.text(of: document.units[1]).filter { !$0.isNewline }
        #expect(joined == "2023年，翠屏社区党支部在街道党工委的领导下，围绕居民群众最关心的事情开展工作，支部建设和服务水平都有了新的提高。现将全年工作总结如下。")
        #expect(checkRanges(document).isEmpty)
    }

    @Test("indented continuation lines join the paragraph they continue")
    func indentedContinuation() {
        let document = read("1. The branch insists on the study day system, every Tuesday afternoon after the fourth class\n    all the members gather in the meeting room.\n2. Next item.\n")
        #expect(document.units.count == 2)
        #expect(document.units[0].lines == 1...2)
    }

    @Test("placeholders are found; Xi Jinping, x-ray, Max and 3x4 are not placeholders")
    func placeholders() {
        let document = read("xx中学在20xx年和20__年，XXX局与某某村。《x》、____、**。Members studied Xi Jinping's speech, bought an x-ray machine; Max saw 3x4 tiles. Zheng X visited XX District and xx Middle School.")
        #expect(document.placeholders.map(\.text) == ["xx", "20xx", "20__", "XXX", "某某", "x", "____", "**", "X", "XX", "xx"])
    }

    @Test("metadata: language, title, years and organisation")
    func metadata() {
        let zh = read("东溪县人民医院党支部2023年工作总结\n2023年，支部坚持学习。\n")
        #expect(zh.metadata == DocumentMetadata(language: .zh, title: "东溪县人民医院党支部2023年工作总结", years: [2023], organization: .hospital))
        let en = read("Jinqiao Community Party Branch Work Summary for the Year 2017\nIn 2017, the branch studied hard.\n")
        #expect(en.metadata.language == .en && en.metadata.organization == .community && en.metadata.years == [2017])
        let mixed = read("一、加强思想建设，筑牢信仰之基\nThe branch made the study of the party history the first lesson of the year (党史学习教育).\n二、严明纪律，树立良好师德师风\nThe branch signed the responsibility letter.\n")
        #expect(mixed.metadata.language == .mixed)
    }
}
