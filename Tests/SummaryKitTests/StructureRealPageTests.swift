import Foundation
import Testing
import SummaryKit

/// Shapes of real published pages (document viewers, news reports, flattened and
/// machine-translated text), on texts written for these tests: every unit's kind, first line
/// and opening characters.
@Suite("Structure of real page shapes")
struct StructureRealPageTests {
    let reader = DocumentReader()

    /// Each unit as (kind, first line, text).
    func units(_ text: String) -> [(UnitKind, Int, String)] {
        let document = reader.read(SourceText(text))
        return document.units.map { ($0.kind, $0.lines.lowerBound, String(document.text(of: $0))) }
    }

    /// Checks that the units of `text` are exactly `expected`: same count, and each with the
    /// kind, line and opening text given.
    func check(_ text: String, _ expected: [(UnitKind, Int, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        let found = units(text)
        #expect(found.count == expected.count, "\(found.map { "\($0.0) \($0.1) \($0.2.prefix(12))" })", sourceLocation: sourceLocation)
        for (unit, want) in zip(found, expected) {
            #expect(unit.0 == want.0 && unit.1 == want.1 && unit.2.hasPrefix(want.2),
                    "\(unit.0) \(unit.1) \(unit.2.prefix(20)) ≠ \(want.0) \(want.1) \(want.2)", sourceLocation: sourceLocation)
        }
    }

    @Test("a document viewer's outline above the title is chrome; the report's own headings follow")
    func outline() {
        check("""
            资源描述
            一、基本情况
            （一）组织建设
            （二）学习教育
            二、存在不足
            青禾社区党支部2024年度工作总结
            一、基本情况
            （一）组织建设。支部现有党员二十三名，其中在职党员十五名，全年发展党员两名，转正预备党员一名。
            """, [
            (.boilerplate, 1, "资源描述"),
            (.boilerplate, 2, "一、基本情况"),
            (.boilerplate, 3, "（一）组织建设"),
            (.boilerplate, 4, "（二）学习教育"),
            (.boilerplate, 5, "二、存在不足"),
            (.title, 6, "青禾社区党支部"),
            (.heading, 7, "一、基本情况"),
            (.heading, 8, "（一）组织建设。"),
            (.paragraph, 8, "支部现有党员"),
        ])
    }

    @Test("a site name above the title, a repeated title, and an organisation line and a bracketed date under it")
    func pageHeader() {
        check("""
            青柳范文站
            
            青柳镇中心小学党支部2024年工作总结
            
            青柳镇中心小学党支部2024年工作总结
            
            青柳镇中心小学党支部
            （2024年12月）
            2024年，支部在镇党委的领导下，坚持把政治建设摆在首位，全年开展主题党日十二次。
            """, [
            (.boilerplate, 1, "青柳范文站"),
            (.title, 3, "青柳镇中心小学"),
            (.title, 5, "青柳镇中心小学"),
            (.boilerplate, 7, "青柳镇中心小学党支部"),
            (.boilerplate, 8, "（2024年12月）"),
            (.paragraph, 9, "2024年，支部"),
        ])
    }

    @Test("〔一〕 headings run into their text; ⑴ ⑵ short sentences with no body are items")
    func bracketVariants() {
        check("""
            白塔公司党委书记2023年度述职报告
            一、履职情况
            〔一〕压实责任，健全制度。全年召开党委会研究党建工作十次，修订完善制度六项，层层签订责任书。
            〔二〕夯实基础，规范运行。各支部按期换届，党员教育管理台账齐全规范，组织生活质量明显提升。
            二、存在问题
            ⑴学习不够系统，往往满足于读文件、听报告。
            ⑵创新不足，活动形式较为单一。
            """, [
            (.title, 1, "白塔公司党委书记"),
            (.heading, 2, "一、履职情况"),
            (.heading, 3, "〔一〕压实责任"),
            (.paragraph, 3, "全年召开党委会"),
            (.heading, 4, "〔二〕夯实基础"),
            (.paragraph, 4, "各支部按期换届"),
            (.heading, 5, "二、存在问题"),
            (.paragraph, 6, "⑴学习不够系统"),
            (.paragraph, 7, "⑵创新不足"),
        ])
    }

    @Test("an English news report: headline as title, a date byline, ordinal requirements as items")
    func englishNewsReport() {
        check("""
            Maple Street Party Branch Holds 2023 Organizational Life Meeting
            
            2024-01-12 0 By
            
            On the afternoon of January 10, the Maple Street party branch held its annual organizational life meeting. Secretary Lin Hua presided and put forward three requirements. First, we should study the theory in depth. Second, we should carry out criticism sincerely. Third, we should rectify problems on time.
            """, [
            (.title, 1, "Maple Street Party Branch"),
            (.boilerplate, 3, "2024-01-12 0 By"),
            (.paragraph, 5, "On the afternoon of"),
            (.paragraph, 5, "First, we should study"),
            (.paragraph, 5, "Second, we should carry"),
            (.paragraph, 5, "Third, we should rectify"),
        ])
    }

    @Test("a Chinese news report: 首先…接下来…最后 items, a bare-numeral requirement list, a photo caption")
    func chineseNewsReport() {
        check("""
            3月12日上午，青石村党支部召开专题组织生活会，镇党委委员李明到会指导。
            会议分三个阶段进行。首先支部书记通报了班子对照检查情况。接下来全体党员逐一发言，开展批评与自我批评。最后李明同志作点评讲话。
            李明同志提出要求：一学习要深入。二检查要深刻。三整改要见效。会后全体党员重温了入党誓词。
            党员开展批评与自我批评
            全体党员表示，将以更加饱满的热情投入到今年的各项工作中去，为乡村振兴作出新的贡献。
            """, [
            (.paragraph, 1, "3月12日上午"),
            (.paragraph, 2, "会议分三个阶段"),
            (.paragraph, 2, "首先支部书记"),
            (.paragraph, 2, "接下来全体党员"),
            (.paragraph, 2, "最后李明同志"),
            (.paragraph, 3, "李明同志提出要求"),
            (.paragraph, 3, "一学习要深入"),
            (.paragraph, 3, "二检查要深刻"),
            (.paragraph, 3, "三整改要见效"),
            (.paragraph, 3, "会后全体党员"),
            (.boilerplate, 4, "党员开展批评"),
            (.paragraph, 5, "全体党员表示"),
        ])
    }

    @Test("unmarked headings: a short slogan line, and sibling blocks opening with a short sentence")
    func unmarkedHeadings() {
        check("""
            松林支行党委2023年党建工作总结
            夯实基础，让组织强起来
            支部坚持“三会一课”制度，全年召开支委会十二次、党员大会四次。
            搞好班子自身建设。党委坚持民主集中制，重大事项一律集体研究决定，全年召开党委会十八次，班子团结有力，作风扎实。
            做好以党建带团建工作。党委把共青团工作纳入党建工作总体安排，支持团支部开展青年志愿服务活动十余次，青年员工积极参与，收到良好效果。
            （松林支行党委办公室）
            """, [
            (.title, 1, "松林支行党委"),
            (.heading, 2, "夯实基础，让组织"),
            (.paragraph, 3, "支部坚持"),
            (.heading, 4, "搞好班子自身建设。"),
            (.paragraph, 4, "党委坚持民主集中制"),
            (.heading, 5, "做好以党建带团建工作。"),
            (.paragraph, 5, "党委把共青团工作"),
            (.boilerplate, 6, "（松林支行党委办公室）"),
        ])
    }

    @Test("(A) and (two) headings; a list restarting at 1. under the heading 1. is items")
    func letterMarkers() {
        check("""
            Work Summary of the Party Branch of Pine Hill Township in 2022
            I. Main work
            (A) Strengthen the team and build cohesion.
            The branch held a committee meeting every month and studied the new rules together with the village cadres.
            (two) Serve the villagers and improve services.
            The branch set up a service desk in every village and answered more than 300 requests during the year.
            II. Learning mechanisms
            1. Build a learning mechanism
            1. Set up a monthly study day. Each month the members spend half a day reading documents and discussing them in groups.
            2. Set up a reading list. Every member reads two books a quarter and writes notes that the branch reviews.
            """, [
            (.title, 1, "Work Summary of the"),
            (.heading, 2, "I. Main work"),
            (.heading, 3, "(A) Strengthen the team"),
            (.paragraph, 4, "The branch held"),
            (.heading, 5, "(two) Serve the villagers"),
            (.paragraph, 6, "The branch set up"),
            (.heading, 7, "II. Learning mechanisms"),
            (.heading, 8, "1. Build a learning"),
            (.paragraph, 9, "1. Set up a monthly"),
            (.paragraph, 10, "2. Set up a reading"),
        ])
    }

    @Test("一是 with text after its first sentence is an item, not a heading")
    func chineseIsItems() {
        check("""
            三、下一步打算
            一是巩固工作成果。继续落实联建共建机制，每月开展一次联合主题党日。二是创新方法，针对不同村的情况制定不同的帮扶措施。
            """, [
            (.heading, 1, "三、下一步打算"),
            (.paragraph, 2, "一是巩固工作成果"),
            (.paragraph, 2, "二是创新方法"),
        ])
    }

    @Test("a page flattened without spaces: title repeated into the text, headings and items cut")
    func flattenedWithoutSpaces() {
        check("""
            青湖水务局党支部2024年党建工作总结.docx
            青湖水务局党支部2024年党建工作总结一年来，支部围绕防汛供水中心任务抓党建，带领党员干部完成年度目标。一、主要做法（一）抓好学习教育，筑牢“思想防线”一是制定学习计划。每月安排一次集中学习。二是开展主题党日。组织党员到水利工程现场参观。（二）抓好队伍建设，提升服务能力
            """, [
            (.title, 1, "青湖水务局党支部2024年党建工作总结.docx"),
            (.title, 2, "青湖水务局党支部2024年党建工作总结"),
            (.paragraph, 2, "一年来"),
            (.heading, 2, "一、主要做法"),
            (.heading, 2, "（一）抓好学习教育"),
            (.paragraph, 2, "一是制定学习计划"),
            (.paragraph, 2, "二是开展主题党日"),
            (.heading, 2, "（二）抓好队伍建设"),
        ])
    }

    @Test("a 'Site - Section - Title' trail and a stock definition of a summary are chrome")
    func dashTrail() {
        check("""
            Essay Website - Work summaries - Party branch work summary
            
            Party Branch Work Summary of Cedar Community
            
            Work summary is a written material that reviews and analyzes the work of a period. Let us take a look at the example below.
            
            In 2023, the Cedar community party branch held twelve theme party days and trained four activists.
            """, [
            (.boilerplate, 1, "Essay Website - Work"),
            (.title, 3, "Party Branch Work Summary"),
            (.boilerplate, 5, "Work summary is a"),
            (.paragraph, 7, "In 2023, the Cedar"),
        ])
    }

    @Test("a document viewer's '- ' information box, an ASCII-colon date line and a word-count title copy are chrome")
    func viewerBoxAndColonMetadata() {
        check("""
            - 118.40 KB
            - 2022-06-30 发布
            - 1、本资料由网友上传，仅供学习交流，请勿用于其他用途。
            - 客服电话:0000-1234567
            柳岸村党支部2022年上半年党建工作汇报
            今年以来，柳岸村党支部在镇党委的领导下，
            """, [
            (.boilerplate, 1, "- 118.40 KB"),
            (.boilerplate, 2, "- 2022-06-30"),
            (.boilerplate, 3, "- 1、本资料"),
            (.boilerplate, 4, "- 客服电话"),
            (.title, 5, "柳岸村党支部"),
            (.paragraph, 6, "今年以来"),
        ])
        check("""
            • 资源ID:1234567       资源大小:88KB        全文页数:6页
            • 资源格式: DOC        下载积分:10金币
            柳岸村党支部2022年上半年党建工作汇报
            今年以来，柳岸村党支部在镇党委的领导下，
            """, [
            (.boilerplate, 1, "• 资源ID"),
            (.boilerplate, 2, "• 资源格式"),
            (.title, 3, "柳岸村党支部"),
            (.paragraph, 4, "今年以来"),
        ])
        check("""
            当前位置:首页 > 总结汇报

            桂园中学党支部工作总结

            时间:2023-07-02 09:12:40
            桂园中学党支部工作总结[本文共2100字]

            一、加强学习
            支部全年组织集中学习十二次。
            """, [
            (.boilerplate, 1, "当前位置"),
            (.title, 3, "桂园中学党支部工作总结"),
            (.boilerplate, 5, "时间:2023"),
            (.boilerplate, 6, "桂园中学党支部工作总结[本文"),
            (.heading, 8, "一、加强学习"),
            (.paragraph, 9, "支部全年"),
        ])
    }

    @Test("a navigation bar of '|' parts, the section name under the breadcrumb, a byline with a time, English Date: and (Written by …) lines")
    func navigationBarAndBylines() {
        check("""
            网站首页|手机版|微信公众号|投稿 某某研究网
            当前位置:首页 > 党建园地 > 支部风采
            支部风采

            2019年机关第二党支部工作总结

            作者王某某    发布时间2019-12-30 10:01:02   来源
            今年以来，机关第二党支部认真落实“三会一课”制度，坚持每月开展一次主题党日活动，全年组织集中学习十二次、专题党课四次，党员的理论水平和党性修养有了明显提高。
            支部还结对帮扶两个社区。
            """, [
            (.boilerplate, 1, "网站首页|手机版"),
            (.boilerplate, 2, "当前位置"),
            (.boilerplate, 3, "支部风采"),
            (.title, 5, "2019年机关第二党支部"),
            (.boilerplate, 7, "作者王某某"),
            (.paragraph, 8, "今年以来"),
            (.paragraph, 9, "支部还结对"),
        ])
        check("""
            The Second Branch Held Its Annual Review Meeting

            Date:2022-12-20        Views:35

            On the morning of December 19th, the second party branch held its annual review meeting in the library.

            (Written by Li Ming Reviewed by Chen Hua)
            """, [
            (.title, 1, "The Second Branch Held"),
            (.boilerplate, 3, "Date:2022-12-20"),
            (.paragraph, 5, "On the morning of"),
            (.boilerplate, 7, "(Written by Li Ming"),
        ])
    }

    @Test("numbered lines ending with a semicolon are items, and so are their siblings after them")
    func semicolonItems() {
        check("""
            Since last year, the branch of the Maple Works has kept party building and production going together, as follows:

            1. The branch set up a “three reviews” system to keep its meetings regular and well recorded;

            2. Went a standard way with the “two ledgers” as the frame;

            3. Opened a reading corner, a study room and a small library for the members and workers of the plant and

            4. Trained two young activists, who joined the branch as probationary members.
            """, [
            (.paragraph, 1, "Since last year"),
            (.paragraph, 3, "1. The branch set up"),
            (.paragraph, 5, "2. Went a standard"),
            (.paragraph, 7, "3. Opened a reading"),
            (.paragraph, 9, "4. Trained two young"),
        ])
        check("""
            三、工作亮点

            1、抓好学习，提高素质，系统学习党章党规;

            2、关心老同志。节日期间逐一走访慰问退休老党员，送去组织的关怀和温暖，帮助解决实际困难三件。
            """, [
            (.heading, 1, "三、工作亮点"),
            (.paragraph, 3, "1、抓好学习"),
            (.heading, 5, "2、关心老同志。"),
            (.paragraph, 5, "节日期间"),
        ])
    }

    @Test("a flattened page: a title run into the text with no space, printed twice, and download watermarks between its parts")
    func titleRunInAndWatermarks() {
        check("""
            您好，欢迎访问某某文库
            精品WORD文档下载可编缉使用石桥镇卫生院2023年度党建工作情况汇报石桥镇卫生院2023年党建工作情况汇报X院现有职工X人，党员X人，设党支部一个。一、主要做法（一）抓好理论学习。支部坚持每月集中学习一次，全年开展专题研讨四次。精品WORD文档下载可编缉使用（二）抓好作风建设。支部开展廉政警示教育两次。
            """, [
            (.boilerplate, 1, "您好"),
            (.boilerplate, 2, "精品WORD文档下载可编缉使用"),
            (.title, 2, "石桥镇卫生院2023年度党建工作情况汇报"),
            (.title, 2, "石桥镇卫生院2023年党建工作情况汇报"),
            (.paragraph, 2, "X院现有职工"),
            (.heading, 2, "一、主要做法"),
            (.heading, 2, "（一）抓好理论学习。"),
            (.paragraph, 2, "支部坚持每月"),
            (.boilerplate, 2, "精品WORD文档下载可编缉使用"),
            (.heading, 2, "（二）抓好作风建设。"),
            (.paragraph, 2, "支部开展廉政"),
        ])
        check("""
            东林小学党支部年度工作总结支部把加强自身建设当作头等大事来抓，党员们齐心协力，各方面工作都有了新的起色，下面作一简要回顾。
            """, [
            (.title, 1, "东林小学党支部年度工作总结"),
            (.paragraph, 1, "支部把加强自身建设"),
        ])
    }

    @Test("a viewer's numbered page chunks: the first opens with the title, the others go on mid-sentence and are no items")
    func pageChunks() {
        let filler = String(repeating: "支部坚持把学习教育放在首位，组织党员集中学习党章党规和系列讲话精神。", count: 3)
        check("""
            1、红星合作社党支部2022年工作总结根据镇党委的统一部署，支部认真开展各项工作。\(filler)一、抓组织建设 一是摸清合作社党员底数，建立党员
            2、台账。\(filler)二是选好支部班子，\(filler)三是完善制度，\(filler)并
            3、定期公开党务。
            """, [
            (.title, 1, "1、红星合作社党支部2022年工作总结"),
            (.paragraph, 1, "根据镇党委"),
            (.heading, 1, "一、抓组织建设"),
            (.paragraph, 1, "一是摸清"),
            (.paragraph, 2, "二是选好"),
            (.paragraph, 2, "三是完善"),
        ])
    }

    @Test("a flattened page: 1. and 2. mid-line that run a short heading into a body are headings")
    func flattenedArabicHeadings() {
        check("""
            东湖小学党支部2023年工作总结 一年来，东湖小学党支部围绕学校中心工作抓党建，带领全体党员教师完成了教育教学和疫情后复课的各项任务，群众满意度明显提高，现将主要做法总结如下。1.健全议事规则，凡事集体商量。支委会每月召开一次，涉及教师切身利益的事项先听取教职工意见，再提交党员大会讨论，讨论结果在校务公开栏公示一周。2.完善学习制度，党员带头读书。支部每月第一周周三下午集中学习，党员教师轮流领学，全年撰写读书笔记40余篇，优秀笔记在教师例会上交流。
            """, [
            (.title, 1, "东湖小学党支部2023年工作总结"),
            (.paragraph, 1, "一年来，东湖小学"),
            (.heading, 1, "1.健全议事规则，凡事集体商量。"),
            (.paragraph, 1, "支委会每月召开"),
            (.heading, 1, "2.完善学习制度，党员带头读书。"),
            (.paragraph, 1, "支部每月第一周"),
        ])
    }

    @Test("page numbers in words and paywall markers are chrome; a lower-case 'first,' opens an ordinal list")
    func pageNumbersPaywallAndLowerCaseFirst() {
        check("""
            林场党支部2021年工作总结

            一、加强学习
            支部全年组织集中学习十次。
            第1页/共3页
            二、发展党员
            支部发展预备党员一名。
            （此处已省略1500字）
            Page 2 of 3
            """, [
            (.title, 1, "林场党支部"),
            (.heading, 3, "一、加强学习"),
            (.paragraph, 4, "支部全年"),
            (.boilerplate, 5, "第1页/共3页"),
            (.heading, 6, "二、发展党员"),
            (.paragraph, 7, "支部发展"),
            (.boilerplate, 8, "（此处已省略"),
            (.boilerplate, 9, "Page 2 of 3"),
        ])
        check("""
            On March 2nd, the retirees' branch met to plan the year. The secretary said the work should focus on three points: first, we should visit sick members every month; Second, we need to hold a study session each quarter; Third, we need to keep the members' files up to date.
            """, [
            (.paragraph, 1, "On March 2nd"),
            (.paragraph, 1, "first, we should"),
            (.paragraph, 1, "Second, we need"),
            (.paragraph, 1, "Third, we need"),
        ])
        check("""
            The meeting set out the tasks: first, study the new rules; second, visit every retired member; finally, report to the committee in June. The first task came first.
            """, [
            (.paragraph, 1, "The meeting set out"),
            (.paragraph, 1, "first, study"),
            (.paragraph, 1, "second, visit"),
            (.paragraph, 1, "finally, report"),
        ])
    }

    @Test("count and file-size lines, a table of contents with dot leaders and its header are chrome")
    func countsAndContents() {
        check("""
            目 录
            一、支部基本情况 .............................. (1)
            二、主要工作 .................................. (2)
            松林社区党支部2023年工作总结
            阅读 1280
            56.4 KB
            一、支部基本情况
            支部现有党员三十一名。
            """, [
            (.boilerplate, 1, "目 录"),
            (.boilerplate, 2, "一、支部基本情况 ...."),
            (.boilerplate, 3, "二、主要工作 ...."),
            (.title, 4, "松林社区党支部"),
            (.boilerplate, 5, "阅读 1280"),
            (.boilerplate, 6, "56.4 KB"),
            (.heading, 7, "一、支部基本情况"),
            (.paragraph, 8, "支部现有党员"),
        ])
    }
}
