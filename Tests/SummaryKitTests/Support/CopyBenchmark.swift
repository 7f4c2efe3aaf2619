import Foundation
import SummaryKit

/// The copy-detection accuracy benchmark: copies of the Corpus texts made by hand-written,
/// deterministic rules, one kind of edit at a time, checked against an index of the whole
/// Corpus. Negatives are the Corpus texts themselves, each checked against all the others
/// (summaries of the same genre by other branches).
///
/// - A *copied paragraph* is a line of the original whose text kept in the copy weighs at
///   least ``CopyDetector/minimumPassageWeight`` (shorter lines — titles, headings — are not
///   counted either way). It is *found* when passages reported against the original cover at
///   least half of the kept normalised characters of the line (reference side).
/// - A reported passage is *right* when it points into the original the copy was made from,
///   and *wrong* otherwise (another Corpus text, or any passage reported for a negative).
enum CopyBenchmark {
    /// The kinds of edit, each applied alone, and all of the textual ones together.
    enum Edit: String, CaseIterable {
        case verbatim
        case renamed
        case rewritten
        case reordered
        case insertedDeleted = "inserted-deleted"
        case placeholders
        case script
        case combined
    }

    struct Tally {
        var paragraphs = 0
        var found = 0
        var right = 0
        var wrong = 0
        var recall: Double { paragraphs == 0 ? 1 : Double(found) / Double(paragraphs) }
        var precision: Double { right + wrong == 0 ? 1 : Double(right) / Double(right + wrong) }
    }

    /// One line of a copy: its text and the line of the original it came from (nil: inserted),
    /// with the part of that line's text it keeps.
    struct Line {
        var text: String
        var source: Int?
        var kept: String
    }

    static func corpus() throws -> [(id: String, text: String)] {
        try Repo.corpusTexts.map { path in
            (URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, try String(contentsOfFile: path, encoding: .utf8))
        }
    }

    // MARK: - The edits

    static func sentences(_ line: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in line {
            current.append(c)
            if "。！？!?".contains(c) || (c == "." && current.count > 3) {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.filter(\.isIdeograph).count * 4 > text.unicodeScalars.filter { $0.properties.isAlphabetic }.count
    }

    static func replacing(_ text: String, _ pattern: String, _ template: String) -> String {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template)
    }

    static let surnames = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦方白邹孟熊秦邱江薛段雷侯史陶黎贺顾毛郝龚邵钱严武戴孔汤"
    static let englishKeep: Set<String> = ["Party", "Branch", "Communist", "China", "Chinese", "CPC", "Congress", "Central", "Committee",
                                           "Xi", "Jinping", "Thought", "Socialism", "Characteristics", "New", "Era", "National", "Secretary",
                                           "Comrade", "I", "The", "In", "We", "Our", "This", "It", "A", "An"]
    static let englishNames = ["Harlow", "Benton", "Marsh", "Quill", "Dorsey", "Fenwick", "Ashby", "Corrin"]

    /// Names, places, numbers and years changed.
    static func renamed(_ text: String) -> String {
        var out = String(String.UnicodeScalarView(text.unicodeScalars.map { s -> Unicode.Scalar in
            if s.isASCIIDigit, let changed = Unicode.Scalar(0x30 + (s.value - 0x30 + 7) % 10) { return changed }
            return s
        }))
        out = replacing(out, "[\(surnames)][\\x{4e00}-\\x{9fa5}]{1,2}(同志|书记|主任|老师|医生|委员)", "欧阳明$1")
        out = replacing(out, "[\\x{4e00}-\\x{9fa5}]{2}(村|社区|街道|镇)(党支部|党总支|党委|两委|居委会|村委会)", "青石$1$2")
        // English proper nouns: capitalised words inside a sentence.
        var words: [String] = []
        var sentenceStart = true
        for token in out.split(separator: " ", omittingEmptySubsequences: false) {
            var word = String(token)
            let letters = word.filter(\.isLetter)
            if !sentenceStart, let first = letters.first, first.isUppercase, letters.count >= 3, !englishKeep.contains(letters),
               letters.allSatisfy(\.isASCII) {
                let name = englishNames[Int(StableHash.fnv1a(letters.utf8) % UInt64(englishNames.count))]
                word = word.replacingOccurrences(of: letters, with: name)
            }
            sentenceStart = word.hasSuffix(".") || word.hasSuffix("\n") || word.isEmpty && sentenceStart
            words.append(word)
        }
        return words.joined(separator: " ")
    }

    static let chineseSynonyms = [("加强", "强化"), ("认真", "切实"), ("积极", "主动"), ("进一步", "更加"), ("组织", "安排"), ("全年", "一年来"),
                                  ("扎实", "稳步"), ("提高", "提升"), ("问题", "难题"), ("开展", "进行"), ("党员", "同志"), ("群众", "居民"),
                                  ("工作", "任务"), ("坚持", "始终坚持"), ("及时", "第一时间")]
    static let englishSynonyms = [("carried out", "conducted"), ("strengthen", "reinforce"), ("organized", "arranged"), ("organised", "arranged"),
                                  ("the branch", "our branch"), ("members", "comrades"), ("held", "convened"), ("improve", "enhance"),
                                  ("problems", "issues"), ("work", "tasks"), ("also", "further"), ("actively", "proactively"), ("people", "residents")]

    /// One sentence rewritten by rules: up to two synonyms swapped in, and the first two
    /// clauses exchanged; a connective put in front when no rule applies.
    static func rewrite(_ sentence: String) -> String {
        let chinese = isChinese(sentence)
        var out = sentence
        var applied = 0
        for (from, to) in chinese ? chineseSynonyms : englishSynonyms where applied < 2 && out.contains(from) {
            if let range = out.range(of: from) {
                out.replaceSubrange(range, with: to)
                applied += 1
            }
        }
        let comma: Character = chinese ? "，" : ","
        let parts = out.split(separator: comma, maxSplits: 2, omittingEmptySubsequences: false)
        if parts.count == 3 {
            out = [parts[1], parts[0], parts[2]].joined(separator: String(comma))
            applied += 1
        }
        if applied == 0 { out = (chinese ? "同时，" : "In addition, ") + out }
        return out
    }

    static func lines(_ text: String) -> [Line] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { Line(text: String($1), source: $0, kept: String($1)) }
    }

    /// Every fifth sentence (counted through the document) rewritten.
    static func rewritten(_ text: String) -> [Line] {
        var counter = 0
        return lines(text).map { line in
            var copy = line
            copy.text = sentences(line.text).map { sentence in
                counter += 1
                return counter % 5 == 0 ? rewrite(sentence) : sentence
            }.joined()
            return copy
        }
    }

    /// Every sixth sentence left out, a sentence of the copier's own put in after every fourth.
    static func insertedDeleted(_ text: String) -> [Line] {
        var counter = 0
        return lines(text).map { line in
            var copy = line
            var kept: [String] = []
            var written: [String] = []
            for sentence in sentences(line.text) {
                counter += 1
                if counter % 6 == 0 { continue }
                kept.append(sentence)
                written.append(sentence)
                if counter % 4 == 0 {
                    written.append(isChinese(sentence) ? "这项工作得到了上级领导和广大群众的充分肯定。" : " This was praised by the township leaders and the residents alike.")
                }
            }
            copy.text = written.joined()
            copy.kept = kept.joined()
            return copy
        }
    }

    /// Paragraphs shuffled (a seeded Fisher–Yates): blocks of lines between blank lines, or
    /// single lines in a text without blank lines (hard-wrapped lines stay together).
    static func reordered(_ lines: [Line], seed: UInt64) -> [Line] {
        var blocks: [[Line]] = [[]]
        for line in lines {
            if line.text.trimmingCharacters(in: .whitespaces).isEmpty {
                blocks.append([line])
                blocks.append([])
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        blocks.removeAll { $0.isEmpty }
        if blocks.count <= 3 { blocks = lines.map { [$0] } }
        var random = SeededGenerator(state: seed)
        if blocks.count > 1 {
            for i in stride(from: blocks.count - 1, to: 0, by: -1) {
                blocks.swapAt(i, Int(random.next() % UInt64(i + 1)))
            }
        }
        return blocks.flatMap { $0 }
    }

    /// Template slots filled in and numbers emptied into slots.
    static func placeholders(_ text: String) -> String {
        var out = replacing(text, "20[xX×_＿]{2}", "2023")
        out = replacing(out, "某某", "王明")
        out = replacing(out, "[_＿]{2,}", "张华")
        out = replacing(out, "(?<![A-Za-z])[xX×]{1,3}(?=[\\x{4e00}-\\x{9fa5}])", "青石")
        out = replacing(out, "(?<![A-Za-z])[xX]{1,3}(?![A-Za-z])", "Greenfield")
        out = replacing(out, "[0-9]+", isChinese(text) ? "XX" : "XX")
        return out
    }

    /// Traditional ↔ Simplified, and ASCII ↔ full-width punctuation (English: full-width letters).
    static func script(_ text: String) -> String {
        if isChinese(text) {
            let traditional = text.unicodeScalars.filter { "們國學習發黨員".unicodeScalars.contains($0) }.count > 3
            let converted = text.applyingTransform(StringTransform(traditional ? "Hant-Hans" : "Hans-Hant"), reverse: false) ?? text
            return converted.replacingOccurrences(of: "，", with: ", ").replacingOccurrences(of: "。", with: ". ")
                .replacingOccurrences(of: "：", with: ": ").replacingOccurrences(of: "；", with: "; ")
        }
        return text.applyingTransform(.fullwidthToHalfwidth, reverse: true) ?? text
    }

    static func copy(_ text: String, edit: Edit, seed: UInt64) -> [Line] {
        func whole(_ f: (String) -> String) -> [Line] {
            lines(text).map { Line(text: f($0.text), source: $0.source, kept: $0.kept) }
        }
        switch edit {
        case .verbatim: return lines(text)
        case .renamed: return whole(renamed)
        case .rewritten: return rewritten(text)
        case .reordered: return reordered(lines(text), seed: seed)
        case .insertedDeleted: return insertedDeleted(text)
        case .placeholders: return whole(placeholders)
        case .script: return whole(script)
        case .combined:
            let edited = rewritten(text).map { Line(text: renamed($0.text), source: $0.source, kept: $0.kept) }
            return reordered(edited, seed: seed)
        }
    }

    struct Result {
        var tallies: [Edit: Tally] = [:]
        var negatives = Tally()
        var misses: [String] = []
        var falseAlarms: [String] = []
    }

    /// Runs the benchmark over the Corpus.
    ///
    /// - Parameters:
    ///   - detector: The detector (default thresholds when nil).
    ///   - stockFromTrainSplit: Also give the index the train split of the Corpus
    ///   (ids whose number is not divisible by 3) as its stock corpus.
    static func run(stockFromTrainSplit: Bool = false, detector: CopyDetector? = nil) throws -> Result {
        let texts = try corpus()
        let detector = try detector ?? CopyDetector()
        let normalizer = try CopyNormalizer()
        var builder = try ReferenceIndexBuilder()
        if stockFromTrainSplit {
            builder.stockCorpus = texts.filter { (Int($0.id.split(separator: "-")[1]) ?? 0) % 3 != 0 }.map { SourceText($0.text) }
        }
        for (id, text) in texts { builder.add(id: id, source: SourceText(text, origin: id)) }
        let index = try builder.index()
        var result = Result()
        for (number, original) in texts.enumerated() {
            let source = SourceText(original.text)
            let lineTexts = original.text.split(separator: "\n", omittingEmptySubsequences: false)
            for edit in Edit.allCases {
                let copyLines = copy(original.text, edit: edit, seed: UInt64(number + 1))
                let query = SourceText(copyLines.map(\.text).joined(separator: "\n"), origin: "\(original.id)+\(edit.rawValue)")
                let matches = try detector.matches(of: query, in: index)
                var tally = result.tallies[edit] ?? Tally()
                var covered: [Range<Int>] = []
                for match in matches {
                    for passage in match.passages {
                        if match.reference == original.id {
                            tally.right += 1
                            covered.append(passage.referenceUTF8Range)
                        } else {
                            tally.wrong += 1
                            result.falseAlarms.append("\(query.origin) → \(match.reference) lines \(passage.referenceLines) (\(passage.sharedCharacters) chars)")
                        }
                    }
                }
                // The copied paragraphs of the original and how much of each the passages cover.
                var kept: [Int: String] = [:]
                for line in copyLines { if let source = line.source { kept[source] = line.kept } }
                for (k, _) in lineTexts.enumerated() {
                    guard let keptText = kept[k] else { continue }
                    let keptNormal = normalizer.normalize(SourceText(keptText))
                    guard keptNormal.weight(0..<keptNormal.count) >= detector.minimumPassageWeight else { continue }
                    let start = source.lineStarts[k]
                    let end = k + 1 < source.lineStarts.count ? source.lineStarts[k + 1] : source.text.utf8.count
                    let lineNormal = normalizer.normalize(source, range: start..<end)
                    var inside = 0
                    for i in 0..<lineNormal.count {
                        let at = lineNormal.utf8Range(of: i..<(i + 1)).lowerBound
                        if covered.contains(where: { $0.contains(at) }) { inside += 1 }
                    }
                    tally.paragraphs += 1
                    if Double(inside) >= 0.5 * Double(keptNormal.count) {
                        tally.found += 1
                    } else {
                        result.misses.append("\(query.origin) line \(k + 1): \(inside)/\(keptNormal.count)")
                    }
                }
                result.tallies[edit] = tally
            }
            // The original against all the other texts: nothing is copied.
            let matches = try detector.matches(of: source, in: index, excluding: [number])
            for match in matches {
                for passage in match.passages {
                    result.negatives.wrong += 1
                    result.falseAlarms.append("\(original.id) → \(match.reference) lines \(passage.referenceLines) (\(passage.sharedCharacters) chars)")
                }
            }
        }
        return result
    }
}
