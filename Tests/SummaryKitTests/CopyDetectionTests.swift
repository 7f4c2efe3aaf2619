import Foundation
import Testing
import SummaryKit

/// Texts written for these tests (names, places and numbers invented).
enum CopyTexts {
    /// A reference summary: 8 lines.
    static let reference = """
    青松社区党支部2023年工作总结
    2023年，青松社区党支部在街道党工委的领导下，围绕服务居民、凝聚人心的目标，扎实开展各项党建工作，现将全年工作总结如下。
    一、抓实理论学习
    支部把每月第二个周四定为主题党日，全年组织集中学习十二次，邀请退休教师王春华同志为居民党员讲授社区治理专题课两次，并在楼栋设立流动书箱八个，方便行动不便的老党员就近借阅。
    二、做实为民服务
    针对老旧小区加装电梯难的问题，支部书记李建国带领党员志愿者逐户上门征求意见，先后召开协调会九次，推动三栋楼完成电梯加装，惠及住户一百二十余户。夏季暴雨期间，党员突击队连夜清理地下车库积水，帮助十六户独居老人转移物品。
    三、存在的问题和明年打算
    部分年轻党员参加组织生活不够积极，党员作用发挥不均衡。明年支部将建立党员积分管理台账，把志愿服务时长纳入年度评议，引导每名党员亮身份、作表率，让居民在家门口感受到党组织的温度。

    """

    /// The reference handed in again a year later: a line added on top, names, places,
    /// numbers and years changed.
    static let renamed = """
    转载自范文网
    柳岸社区党支部2024年工作总结
    2024年，柳岸社区党支部在街道党工委的领导下，围绕服务居民、凝聚人心的目标，扎实开展各项党建工作，现将全年工作总结如下。
    一、抓实理论学习
    支部把每月第三个周四定为主题党日，全年组织集中学习15次，邀请退休教师赵美玲同志为居民党员讲授社区治理专题课3次，并在楼栋设立流动书箱10个，方便行动不便的老党员就近借阅。
    二、做实为民服务
    针对老旧小区加装电梯难的问题，支部书记周国强带领党员志愿者逐户上门征求意见，先后召开协调会7次，推动五栋楼完成电梯加装，惠及住户二百余户。夏季暴雨期间，党员突击队连夜清理地下车库积水，帮助21户独居老人转移物品。
    三、存在的问题和明年打算
    部分年轻党员参加组织生活不够积极，党员作用发挥不均衡。明年支部将建立党员积分管理台账，把志愿服务时长纳入年度评议，引导每名党员亮身份、作表率，让居民在家门口感受到党组织的温度。

    """

    /// The same genre, not copied: a village branch that shares only stock phrases.
    static let village = """
    红旗村党支部年度工作总结
    今年以来，红旗村党支部认真学习贯彻党的二十大精神，坚持全面从严治党，严格落实“三会一课”制度，充分发挥党支部战斗堡垒作用和党员先锋模范作用。
    一、理论学习方面
    支部利用农闲时节在村文化礼堂开办夜校，请镇农技站的技术员讲果树修剪和病虫害防治，党员带头把学到的技术用到自家果园，全村苹果亩产比上年提高一成。
    二、组织建设方面
    严格落实“三会一课”制度，按期召开支部党员大会和支委会，认真开展组织生活会和民主评议党员。今年新发展党员两名，都是回村创业的大学生。
    三、存在的不足
    对照全面从严治党的要求，支部在党员日常教育管理上还有薄弱环节，外出务工党员参加组织生活难的问题没有完全解决。
    """

    /// Another summary of the genre by another branch, sharing the same stock phrases.
    static let hospital = """
    市第二医院内科党支部工作总结
    一年来，内科党支部认真学习贯彻党的二十大精神，坚持全面从严治党，严格落实“三会一课”制度，充分发挥党支部战斗堡垒作用和党员先锋模范作用，推动党建与医疗业务深度融合。
    一、加强政治理论学习
    支部利用交班后的半小时开展微党课，围绕医德医风和患者安全组织专题讨论，党员医生轮流讲述抢救危重病人的经历，大家深受触动。
    二、夯实支部组织建设
    严格落实“三会一课”制度，认真开展组织生活会和民主评议党员，把业务骨干培养成党员、把党员培养成科室骨干。
    三、下一步打算
    对照全面从严治党的要求，支部将继续推进党员示范岗建设，在门诊高峰时段增设党员志愿导诊岗。
    """

    /// An English reference.
    static let english = """
    Maple Street Community Party Branch: Work Summary for 2023
    In 2023 the branch held twelve study sessions on Saturday mornings in the community hall, and retired teacher Comrade Helen Zhou gave two lectures on neighbourhood governance to the members living in the old residential blocks.
    The branch secretary Li Jianguo led volunteers from door to door to ask residents about installing lifts in the old buildings; after nine meetings with the property company, three buildings finished the work and more than 120 households benefited.
    During the summer storms the members' emergency team pumped water out of the underground garage overnight and helped sixteen elderly residents who live alone move their belongings to dry rooms.

    """
}

/// Builds an index of `documents` in memory.
func copyIndex(_ documents: [(String, String)], stock: [String] = []) throws -> ReferenceIndex {
    var builder = try ReferenceIndexBuilder()
    builder.stockCorpus = stock.map { SourceText($0) }
    for (id, text) in documents { builder.add(id: id, source: SourceText(text, origin: id)) }
    return try builder.index()
}

@Suite("Copy detection")
struct CopyDetectionTests {
    @Test("the normaliser maps Traditional, full width, case, numbers and slots, keeping byte offsets")
    func normaliser() throws {
        let source = SourceText("２０２３年，學習貫徹！ XX村 Party十二次")
        let text = try CopyNormalizer().normalize(source)
        #expect(String(String.UnicodeScalarView(text.characters)) == "#年学习贯彻#村party#次")
        #expect(source[utf8: text.utf8Range(of: 0..<1)] == "２０２３")
        #expect(source[utf8: text.utf8Range(of: 6..<8)] == "XX村")
        #expect(source[utf8: text.utf8Range(of: 13..<15)] == "十二次")
    }

    @Test("fingerprints are deterministic and a shared passage of t characters shares one")
    func winnowingGuarantee() throws {
        let normalizer = try CopyNormalizer()
        let fingerprinter = Fingerprinter()
        let shared = "针对老旧小区加装电梯难的问题支部书记带领党员志愿者逐户上门征求意见"
        let a = normalizer.normalize(SourceText("甲乙丙丁戊己庚辛壬癸" + shared + "春夏秋冬"))
        let b = normalizer.normalize(SourceText("东南西北" + shared + "金木水火土山川河流"))
        let fa = Set(fingerprinter.fingerprints(of: a).map(\.hash))
        let fb = Set(fingerprinter.fingerprints(of: b).map(\.hash))
        #expect(!fa.intersection(fb).isEmpty)
        #expect(fingerprinter.fingerprints(of: a) == fingerprinter.fingerprints(of: a))
    }

    @Test("a copy with names, years and numbers changed is found with its passages and lines")
    func renamedCopy() throws {
        let index = try copyIndex([("refs/qingsong-2023.txt", CopyTexts.reference), ("refs/village.txt", CopyTexts.village)])
        let query = SourceText(CopyTexts.renamed, origin: "liuan-2024.txt")
        let matches = try CopyDetector().matches(of: query, in: index)
        #expect(matches.count == 1)
        let match = try #require(matches.first)
        #expect(match.reference == "refs/qingsong-2023.txt")
        #expect(match.share > 0.85)
        // One passage from the second line's sentence to the end: the title's changed name and
        // year leave too little of it; line 1 of the copy is not in the reference.
        #expect(match.passages.count == 1)
        let passage = try #require(match.passages.first)
        #expect(passage.lines == 3...9)
        #expect(passage.referenceLines == 2...8)
        #expect(query[utf8: passage.utf8Range].hasPrefix("社区党支部在街道党工委"))
        #expect(query[utf8: passage.utf8Range].hasSuffix("感受到党组织的温度"))
        let reference = try index.document(match.referenceNumber)
        #expect(reference[utf8: passage.referenceUTF8Range].hasPrefix("社区党支部在街道党工委"))
    }

    @Test("a Traditional-script copy with ASCII punctuation is found")
    func traditionalCopy() throws {
        let index = try copyIndex([("ref", CopyTexts.reference)])
        let traditional = try #require(CopyTexts.renamed.applyingTransform(StringTransform("Hans-Hant"), reverse: false))
        let punctuated = traditional.replacingOccurrences(of: "，", with: ", ").replacingOccurrences(of: "。", with: ". ")
        #expect(punctuated != CopyTexts.renamed)
        let matches = try CopyDetector().matches(of: SourceText(punctuated), in: index)
        let match = try #require(matches.first)
        #expect(match.share > 0.85)
        #expect(match.passages.map(\.referenceLines) == [2...8])
    }

    @Test("reordered paragraphs are found, a passage per run of paragraphs kept in order")
    func reordered() throws {
        let index = try copyIndex([("ref", CopyTexts.reference)])
        let lines = CopyTexts.reference.split(separator: "\n").map(String.init)
        // Bodies in the order 6, 8, 4 (1-based lines of the reference), headings dropped.
        let copy = [lines[0], lines[5], lines[7], lines[3]].joined(separator: "\n") + "\n"
        let match = try #require(try CopyDetector().matches(of: SourceText(copy), in: index).first)
        #expect(match.share > 0.9)
        // Bodies 6 and 8 follow each other in both texts (the heading between them left out).
        #expect(match.passages.map(\.referenceLines) == [6...8, 4...4])
        #expect(match.passages.map(\.lines) == [2...3, 4...4])
    }

    @Test("an English copy with names and numbers changed and a sentence left out is found")
    func englishCopy() throws {
        let index = try copyIndex([("en-ref", CopyTexts.english), ("zh", CopyTexts.reference)])
        let copy = CopyTexts.english
            .replacingOccurrences(of: "Maple Street", with: "Willow Lane")
            .replacingOccurrences(of: "2023", with: "2024")
            .replacingOccurrences(of: "twelve", with: "ten")
            .replacingOccurrences(of: "Helen Zhou", with: "Martha Qian")
            .replacingOccurrences(of: "Li Jianguo", with: "Wang Qiang")
            .replacingOccurrences(of: "after nine meetings with the property company, ", with: "")
        let match = try #require(try CopyDetector().matches(of: SourceText(copy), in: index).first)
        #expect(match.reference == "en-ref")
        #expect(match.share > 0.85)
        #expect(match.passages.count == 1)
    }

    @Test("two summaries of the genre that share only stock phrases are not reported")
    func stockPhrasesOnly() throws {
        let detector = try CopyDetector()
        // Without any stock list: the shared phrases are too short and too scattered.
        let plain = try copyIndex([("village", CopyTexts.village)])
        #expect(try detector.matches(of: SourceText(CopyTexts.hospital), in: plain).isEmpty)
        // With a stock corpus of the genre they are not even evidence.
        let stocked = try copyIndex([("village", CopyTexts.village)], stock: [CopyTexts.village, CopyTexts.hospital])
        #expect(stocked.stockCount > 0)
        #expect(try detector.matches(of: SourceText(CopyTexts.hospital), in: stocked).isEmpty)
        // A real copy is still found through a stock-aware index.
        let index = try copyIndex([("ref", CopyTexts.reference), ("village", CopyTexts.village)], stock: [CopyTexts.village, CopyTexts.hospital])
        #expect(try detector.matches(of: SourceText(CopyTexts.renamed), in: index).first?.reference == "ref")
    }

    @Test("on a page of several summaries, only the copied one matches, with lines of the page")
    func perSummary() throws {
        let index = try copyIndex([("ref", CopyTexts.reference)])
        // The copy without its first line ("转载自范文网", which the reader takes for a summary of its own).
        let copy = CopyTexts.renamed.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        let page = "【篇一】\n" + CopyTexts.village + "\n【篇二】\n" + copy
        let document = DocumentReader().read(SourceText(page, origin: "page.txt"))
        #expect(document.summaries.map(\.lines) == [1...9, 10...18])
        let detector = try CopyDetector()
        let results = try document.summaries.map { try detector.matches(of: $0, in: document, index: index) }
        #expect(results.first?.isEmpty == true)
        let match = try #require(results.last?.first)
        // The copy's title is line 11 of the page; the passage starts on the line after it.
        #expect(match.passages.map(\.lines) == [12...18])
        #expect(match.passages.map(\.referenceLines) == [2...8])
    }

    @Test("an index written to a file maps back and answers the same")
    func fileRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("refs.skidx").path
        var builder = try ReferenceIndexBuilder()
        builder.add(id: "ref", source: SourceText(CopyTexts.reference))
        builder.add(id: "village", source: SourceText(CopyTexts.village))
        try builder.write(to: path)
        let index = try ReferenceIndex(contentsOf: path)
        #expect(index.documentCount == 2)
        #expect(index.normalizerVersion == CopyNormalizer.version)
        #expect(index.byteCount == (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
        #expect(try index.documentID(1) == "village")
        #expect(try index.document(0).text == CopyTexts.reference)
        let fromFile = try CopyDetector().matches(of: SourceText(CopyTexts.renamed), in: index)
        let inMemory = try CopyDetector().matches(of: SourceText(CopyTexts.renamed), in: try builder.index())
        #expect(fromFile == inMemory)
        #expect(!fromFile.isEmpty)
    }

    @Test("a truncated, foreign, empty, damaged or missing index file is a clear error naming the file")
    func badFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var builder = try ReferenceIndexBuilder()
        builder.add(id: "ref", source: SourceText(CopyTexts.reference))
        let data = try builder.data()
        func open(_ bytes: Data, _ name: String) -> CopyIndexError? {
            let path = directory.appendingPathComponent(name).path
            _ = FileManager.default.createFile(atPath: path, contents: bytes)
            do {
                _ = try ReferenceIndex(contentsOf: path)
                return nil
            } catch {
                #expect(error.description.hasPrefix(path))
                return error
            }
        }
        let truncated = open(data.prefix(data.count - 100), "cut.skidx")
        #expect(truncated == .truncated(file: directory.appendingPathComponent("cut.skidx").path, expectedBytes: data.count, foundBytes: data.count - 100))
        #expect(open(data.prefix(40), "header.skidx").map { if case .truncated = $0 { true } else { false } } == true)
        #expect(open(Data("一、加强学习\n".utf8), "text.skidx").map { if case .notAnIndex = $0 { true } else { false } } == true)
        #expect(open(Data(), "empty.skidx").map { if case .notAnIndex = $0 { true } else { false } } == true)
        var version = data
        version[8] = 9
        #expect(open(version, "version.skidx").map { if case .unsupportedVersion(_, 9, 2) = $0 { true } else { false } } == true)
        // An index of format version 1 (a 96-byte header, no normaliser version) is refused by its version.
        var first = data
        first[8] = 1
        #expect(open(first.prefix(96), "v1.skidx").map { if case .unsupportedVersion(_, 1, 2) = $0 { true } else { false } } == true)
        var normaliser = data
        normaliser[96] = 7
        let mismatch = open(normaliser, "normaliser.skidx")
        #expect(mismatch == .normalizerMismatch(file: directory.appendingPathComponent("normaliser.skidx").path, found: 7, expected: CopyNormalizer.version))
        #expect(mismatch?.description.contains("normaliser version 7") == true)
        var damaged = data
        damaged[48 + 7] = 0x7F  // the records' offset far past the end
        #expect(open(damaged, "damaged.skidx").map { if case .corrupt = $0 { true } else { false } } == true)
        let missing = directory.appendingPathComponent("missing.skidx").path
        #expect(throws: CopyIndexError.self) { try ReferenceIndex(contentsOf: missing) }
        #expect(throws: CopyIndexError.self) { try ReferenceIndex(contentsOf: directory.path) }
        // Random damage anywhere never crashes: it opens and answers, or it throws.
        var random = SeededGenerator(state: 7)
        for _ in 0..<200 {
            var bytes = data
            let at = Int(random.next() % UInt64(bytes.count))
            bytes[at] = UInt8(truncatingIfNeeded: random.next())
            if let index = try? ReferenceIndex(data: bytes) {
                _ = try? CopyDetector().matches(of: SourceText(CopyTexts.renamed), in: index)
            }
        }
    }
}


@Suite("Copy detection accuracy on the Corpus")
struct CopyDetectionAccuracyTests {
    @Test("copies made by each kind of edit are found, and unrelated summaries are not")
    func benchmark() throws {
        let stock = ProcessInfo.processInfo.environment["SUMMARYKIT_COPY_STOCK"] == "train"
        var detector = try CopyDetector()
        if let weight = ProcessInfo.processInfo.environment["SUMMARYKIT_COPY_WEIGHT"].flatMap(Int.init) { detector.minimumPassageWeight = weight }
        let result = try CopyBenchmark.run(stockFromTrainSplit: stock, detector: detector)
        var table = "edit               paragraphs  recall  passages  precision\n"
        for edit in CopyBenchmark.Edit.allCases {
            let tally = result.tallies[edit] ?? CopyBenchmark.Tally()
            table += "\(edit.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(tally.paragraphs).padding(toLength: 11, withPad: " ", startingAt: 0)) "
                + String(format: "%.3f   %-8d  %.3f\n", tally.recall, tally.right + tally.wrong, tally.precision)
        }
        table += "negatives: \(result.negatives.wrong) passages reported for \(try CopyBenchmark.corpus().count) unrelated summaries\n"
        print(table)
        if ProcessInfo.processInfo.environment["SUMMARYKIT_COPY_VERBOSE"] == "1" {
            for miss in result.misses { print("miss:", miss) }
            for alarm in result.falseAlarms { print("false:", alarm) }
        }
        // Floors a little under the figures measured (default thresholds, no stock corpus):
        // recall verbatim 1.000, renamed 0.994, rewritten 1.000, reordered 0.987,
        // inserted-deleted 1.000, placeholders 0.998, script 1.000, combined 0.964;
        // precision 1.000 for all; no passage for any unrelated summary.
        let floors: [CopyBenchmark.Edit: Double] = [
            .verbatim: 0.99, .renamed: 0.98, .rewritten: 0.98, .reordered: 0.97, .insertedDeleted: 0.98,
            .placeholders: 0.98, .script: 0.98, .combined: 0.94,
        ]
        for edit in CopyBenchmark.Edit.allCases {
            let tally = result.tallies[edit] ?? CopyBenchmark.Tally()
            #expect(tally.paragraphs > 400, "\(edit)")
            #expect(tally.recall >= floors[edit] ?? 1, "\(edit): recall \(tally.recall)")
            #expect(tally.precision >= 0.99, "\(edit): precision \(tally.precision)")
        }
        #expect(result.negatives.wrong == 0, "\(result.falseAlarms.prefix(5))")
    }
}

/// Index size and speed on synthetic references (opt-in: `SUMMARYKIT_COPY_SCALE=N`, the
/// number of documents; each is a Corpus text with its paragraphs reordered and its numbers
/// shifted by its number).
@Suite("Copy detection scale", .enabled(if: ProcessInfo.processInfo.environment["SUMMARYKIT_COPY_SCALE"] != nil))
struct CopyDetectionScaleTests {
    @Test("building, opening and querying an index of N references")
    func scale() throws {
        let count = Int(ProcessInfo.processInfo.environment["SUMMARYKIT_COPY_SCALE"] ?? "") ?? 1000
        let corpus = try CopyBenchmark.corpus()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-copy-scale-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("refs.skidx").path
        var texts: [String] = []
        var bytes = 0
        for i in 0..<count {
            let base = corpus[i % corpus.count].text
            let lines = CopyBenchmark.reordered(CopyBenchmark.lines(base), seed: UInt64(i + 1)).map(\.text)
            let text = String(String.UnicodeScalarView(lines.joined(separator: "\n").unicodeScalars.map { s -> Unicode.Scalar in
                s.isASCIIDigit ? Unicode.Scalar(0x30 + (s.value - 0x30 + UInt32(i / corpus.count)) % 10) ?? s : s
            }))
            bytes += text.utf8.count
            texts.append(text)
        }
        let clock = ContinuousClock()
        var builder = try ReferenceIndexBuilder()
        let buildTime = try clock.measure {
            for (i, text) in texts.enumerated() { builder.add(id: "ref-\(i)", source: SourceText(text)) }
            try builder.write(to: path)
        }
        let fileBytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        var index: ReferenceIndex?
        let openTime = try clock.measure { index = try ReferenceIndex(contentsOf: path) }
        let opened = try #require(index)
        let query = SourceText(CopyBenchmark.copy(corpus[0].text, edit: .combined, seed: 99).map(\.text).joined(separator: "\n"))
        let detector = try CopyDetector()
        var found: [CopyMatch] = []
        let queryTime = try clock.measure { found = try detector.matches(of: query, in: opened) }
        let megabytes = Double(bytes) / 1_048_576
        func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        print(String(format: "scale: %d documents, %.1f MB of text, %d records; file %.1f MB (%.2f MB per MB); build %.2f s (%.2f MB/s); open %.3f ms; one query %.1f ms, %d matches",
                     count, megabytes, opened.recordCount, Double(fileBytes) / 1_048_576, Double(fileBytes) / Double(bytes),
                     seconds(buildTime), megabytes / seconds(buildTime), seconds(openTime) * 1000, seconds(queryTime) * 1000, found.count))
        #expect(opened.documentCount == count)
        // Records per MB by language, over the Corpus itself.
        for language in ["zh", "en"] {
            var part = try ReferenceIndexBuilder()
            var partBytes = 0
            for (id, text) in corpus where id.hasPrefix(language) {
                part.add(id: id, source: SourceText(text))
                partBytes += text.utf8.count
            }
            let data = try part.data()
            print(String(format: "scale: %@ Corpus: %.2f MB of index per MB of text (%.2f of it records)", language,
                         Double(data.count) / Double(partBytes), Double(try part.index().recordCount * 16) / Double(partBytes)))
        }
    }
}
