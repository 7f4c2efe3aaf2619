import Foundation
import Testing
import SummaryKit

@Suite("Near-duplicate detection")
struct StatisticsNearDuplicateTests {
    let analyzer: DocumentAnalyzer
    init() throws { analyzer = try DocumentAnalyzer() }

    /// The corpus's village template filled in for a village, with its own numbers and one
    /// sentence of its own: what branches copying a template submit.
    static func filled(_ template: String, village: String, numbers: [(String, String)], sentence: (String, String)) -> String {
        var text = template.replacingOccurrences(of: "x村", with: village).replacingOccurrences(of: "20xx", with: "2023")
        for (old, new) in numbers { text = text.replacingOccurrences(of: old, with: new) }
        return text.replacingOccurrences(of: sentence.0, with: sentence.1)
    }

    @Test("copies of one template filled for two villages land in one cluster; the distinct originals in none")
    func plantedCopies() throws {
        let template = try String(contentsOfFile: Repo.text("zh-01-village"), encoding: .utf8)
        let english = try String(contentsOfFile: Repo.text("en-02-village"), encoding: .utf8)
        let qingshan = Self.filled(template, village: "青山村", numbers: [("12次", "10次"), ("86篇", "64篇"), ("23名党员", "31名党员")],
                                   sentence: ("果农运果再也不用肩挑背扛了。", "村里新建了一座文化广场，群众茶余饭后有了好去处。"))
        let liuhe = Self.filled(template, village: "柳河村", numbers: [("12次", "11次"), ("300余次", "260余次"), ("3.6万元", "4.2万元")],
                                sentence: ("彻底解决了东组十多户人家雨季积水进院的老难题。", "解决了西组道路泥泞、出行不便的问题。"))
        let englishCopy = english.replacingOccurrences(of: "xx Village", with: "Maple Village")
            .replacingOccurrences(of: "Zhang X", with: "Zhang Wei").replacingOccurrences(of: "43 party members", with: "38 party members")
            .replacingOccurrences(of: "20xx", with: "2022")
        var statistics = CorpusStatistics.empty
        for path in Repo.corpusTexts where !path.hasSuffix("zh-01-village.txt") && !path.hasSuffix("en-02-village.txt") {
            statistics.add(try analyzer.analyze(.file(path: path)).get())
        }
        for (id, text) in [("planted/qingshan.txt", qingshan), ("planted/liuhe.txt", liuhe), ("planted/en-township.txt", englishCopy),
                           ("planted/en-village.txt", english)] {
            statistics.add(try analyzer.analyze(.text(id: id, text: text)).get())
        }
        let clusters = CorpusReport(statistics).nearDuplicates.clusters
        let memberSets = clusters.map { Set($0.members.map(\.id)) }
        #expect(memberSets.contains(["planted/qingshan.txt", "planted/liuhe.txt"]), "\(memberSets)")
        #expect(memberSets.contains(["planted/en-township.txt", "planted/en-village.txt"]), "\(memberSets)")
        #expect(clusters.count == 2, "no false clusters among the distinct originals: \(memberSets)")
        #expect(clusters.map(\.id) == ["dup-1", "dup-2"])
        #expect(clusters.allSatisfy { $0.minimumSimilarity >= 0.5 })
    }

    @Test("signatures estimate Jaccard similarity and do not depend on the process")
    func signatures() throws {
        let hasher = MinHasher()
        let text = try String(contentsOfFile: Repo.text("zh-04-hospital"), encoding: .utf8)
        let a = try #require(hasher.signature(of: text))
        #expect(a == hasher.signature(of: text))
        #expect(a.count == 64)
        let half = String(text.prefix(text.count / 2))
        let b = try #require(hasher.signature(of: half))
        let similarity = MinHasher.similarity(a, b)
        #expect(similarity > 0.3 && similarity < 0.7, "about half the shingles are shared: \(similarity)")
        #expect(hasher.signature(of: "太短了") == nil)
        // A fixed value pins the hash functions: partials from other machines must agree.
        #expect(MinHasher(shingleLength: 2, permutations: 2, minimumShingles: 1).signature(of: "abc") == MinHasher(shingleLength: 2, permutations: 2, minimumShingles: 1).signature(of: "a b c"))
    }

    @Test("a signature is each slot's minimum over the distinct shingles, repeated shingles or not (SIMD and one-slot paths)",
          arguments: [MinHasher(), MinHasher(shingleLength: 3, permutations: 12, minimumShingles: 5)])
    func signatureOverDistinctShingles(hasher: MinHasher) throws {
        // The definition, computed the slow way: a set of shingle hashes, each slot's minimum.
        func reference(_ scalars: [UInt32]) -> [UInt32]? {
            guard scalars.count >= hasher.shingleLength else { return nil }
            var set = Set<UInt64>()
            for start in 0...(scalars.count - hasher.shingleLength) {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for k in start..<(start + hasher.shingleLength) {
                    hash ^= UInt64(scalars[k])
                    hash &*= 0x0000_0100_0000_01B3
                }
                set.insert(hash)
            }
            guard set.count >= hasher.minimumShingles else { return nil }
            return (0..<hasher.permutations).map { slot in
                let seed = StableHash.mix(0x5EED_0000 &+ UInt64(slot))
                return set.map { UInt32(truncatingIfNeeded: StableHash.mix($0 ^ seed) >> 32) }.min() ?? .max
            }
        }
        let texts = ["支部全年组织集中学习十二次党员参学率达到百分之九十八",
                     String(repeating: "学习学习", count: 40),           // few distinct shingles, many repeats
                     String(repeating: "abcdefghij", count: 3) + "klmnopqrstuvwxyz0123",
                     "thebranchheldtwelvestudysessionsandeverymemberattended",
                     "短文本", String(repeating: "党建", count: 12)]
        for text in texts {
            let scalars = text.unicodeScalars.map(\.value)
            #expect(hasher.signature(ofScalars: scalars) == reference(scalars), "\(text)")
        }
        #expect(hasher.signature(ofScalars: Array("学习".unicodeScalars.map(\.value))) == nil)
    }

    @Test("clusters do not depend on the order of the signatures")
    func orderIndependent() throws {
        let hasher = MinHasher()
        var entries = [SignatureEntry]()
        for (n, path) in Repo.corpusTexts.prefix(12).enumerated() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            entries.append(SignatureEntry(id: "a\(n)", summary: 1, signature: try #require(hasher.signature(of: text))))
            entries.append(SignatureEntry(id: "b\(n)", summary: 1, signature: try #require(hasher.signature(of: text + "附记。"))))
        }
        let finder = NearDuplicateFinder()
        let expected = finder.clusters(entries)
        #expect(expected.count == 12 && expected.allSatisfy { $0.members.count == 2 })
        var random = SeededGenerator(state: 7)
        for _ in 0..<5 { #expect(finder.clusters(entries.shuffled(using: &random)) == expected) }
    }
}
