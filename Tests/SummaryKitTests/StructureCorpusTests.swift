import Foundation
import Testing
import SummaryKit

@Suite("Document structure on the corpus and the reference pages")
struct StructureCorpusTests {
    let reader = DocumentReader()

    @Test("every unit of every corpus file slices back to its trimmed text on its own lines")
    func rangesSliceBack() throws {
        let files = Repo.corpusTexts
        #expect(files.count >= 20)
        for file in files {
            let document = try reader.read(fileAt: file)
            #expect(checkRanges(document).isEmpty, "\(file): \(checkRanges(document).prefix(3))")
            #expect(!document.units.isEmpty, "\(file)")
            // Summaries partition the units in order.
            var next = 0
            for summary in document.summaries {
                #expect(summary.units.lowerBound == next, "\(file)")
                next = summary.units.upperBound
            }
            #expect(next == document.units.count, "\(file)")
            for (index, unit) in document.units.enumerated() {
                #expect(document.summaries[unit.summary].units.contains(index), "\(file) unit \(index)")
                if let heading = unit.heading { #expect(heading < index && document.units[heading].kind == .heading) }
            }
        }
    }

    @Test("units agree with the hand-written gold labels (kind, first line, prefix) on at least 95%")
    func goldAgreement() throws {
        var matched = 0
        var total = 0
        var misses: [String] = []
        var split = (matched: 0, total: 0)   // the test split: ids whose number is divisible by 3
        for file in Repo.corpusTexts {
            let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let labels = Repo.path("Corpus/labels/\(id).labels")
            guard FileManager.default.fileExists(atPath: labels) else { continue }
            let gold = try GoldStructure(contentsOf: labels)
            let document = try reader.read(fileAt: file)
            let result = gold.agreement(with: document)
            matched += result.matched
            total += gold.units.count
            if let number = Int(id.split(separator: "-")[1]), number % 3 == 0 {
                split.matched += result.matched
                split.total += gold.units.count
            }
            misses += result.misses.map { "\(id): \($0)" }
            #expect(document.summaries.count == gold.summaryCount, "\(id): \(document.summaries.count) summaries")
        }
        #expect(total > 500)
        let rate = Double(matched) / Double(max(1, total))
        print("structure agreement with gold labels: \(matched)/\(total) = \(String(format: "%.3f", rate)); test split \(split.matched)/\(split.total)")
        #expect(rate >= 0.95, "\(misses.prefix(20).joined(separator: "\n"))")
    }

    @Test("the Chinese reference page: 5 summaries, chrome marked, every x-placeholder found")
    func chineseSeed() throws {
        guard let path = StructureFixture.seed("000_30048a0eac17e51d.txt") else {
            print("skipped: ../shared/seeds/000_30048a0eac17e51d.txt is not present")
            return
        }
        let document = try reader.read(fileAt: path)
        #expect(document.summaries.count == 5)
        #expect(document.units.filter { $0.kind == .separator }.count == 5)
        let first = try #require(document.units.first)
        #expect(first.kind == .boilerplate && document.text(of: first).hasPrefix("学习啦>"))
        #expect(document.units.last?.kind == .boilerplate)
        #expect(checkRanges(document).isEmpty)
        // Every run of x standing alone (not part of a Latin word) is a placeholder.
        var runs: [Int] = []   // UTF-8 end offsets of x-runs that are not part of a Latin word
        let bytes = Array(document.source.text.utf8)
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        var k = 0
        while k < bytes.count {
            guard bytes[k] == 0x78 || bytes[k] == 0x58 else { k += 1; continue }
            var e = k
            while e < bytes.count, bytes[e] == 0x78 || bytes[e] == 0x58 { e += 1 }
            if (k == 0 || !isLetter(bytes[k - 1])), (e == bytes.count || !isLetter(bytes[e])) { runs.append(e) }
            k = e
        }
        let found = Set(document.placeholders.map(\.utf8Range.upperBound))
        #expect(runs.count >= 40)
        #expect(runs.allSatisfy(found.contains), "missed \(runs.filter { !found.contains($0) }.count)")
    }

    @Test("the English reference page: 3 summaries, chrome marked, run-in heading split into items")
    func englishSeed() throws {
        guard let path = StructureFixture.seed("004_d3ce9575bbdcc7d9.txt") else {
            print("skipped: ../shared/seeds/004_d3ce9575bbdcc7d9.txt is not present")
            return
        }
        let document = try reader.read(fileAt: path)
        #expect(document.summaries.count == 3)
        #expect(checkRanges(document).isEmpty)
        let texts = document.units.map { (kind: $0.kind, text: String(document.text(of: $0))) }
        #expect(texts.first?.kind == .boilerplate && texts.first?.text == "Summary of Work > Summary of Party Work")
        #expect(texts.contains { $0.kind == .boilerplate && $0.text == "recommended article" })
        #expect(texts.contains { $0.kind == .boilerplate && $0.text == "popular articles" })
        let index = try #require(texts.firstIndex { $0.text.hasPrefix("First, strengthen ideological construction") })
        #expect(texts[index].kind == .heading)
        #expect(texts[index].text.hasSuffix("do a good job in party building work"))
        #expect(texts[index + 1].kind == .paragraph)
        #expect(texts[index + 1].text.hasPrefix("1, improve organization, and standardize systems."))
        #expect(texts[index + 2].text.hasPrefix("2. Improve the faculty"))
        #expect(texts[index + 3].text.hasPrefix("3. Do a good job"))
    }
}
