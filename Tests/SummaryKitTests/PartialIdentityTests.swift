import Foundation
import Testing
import SummaryKit

extension PartialConfiguration {
    /// A configuration for partials made in tests.
    static let test = PartialConfiguration(version: "test", checklist: "c0", lexicon: "l0", model: "m0", reading: "r0")
}

/// Partial results that must be refused (issue 15, items 3 and 4): the library's reader and
/// merger, with checksums re-stamped where the counts themselves are the problem.
@Suite("Partial results: identity, checksums, counts, checked merge")
struct PartialIdentityTests {
    /// The corpus split into three shards of run `run`, as partial-result lines.
    static func shards(run: String = "run", configuration: PartialConfiguration = .test) throws -> [String] {
        let results = AnalysedCorpus.results
        return try (1...3).map { k in
            let part = AnalysedCorpus.fold(results.enumerated().filter { $0.offset % 3 == k - 1 }.map(\.element))
            return try part.identified(runID: run, shard: Shard(index: k, count: 3), configuration: configuration).partialJSON()
        }
    }

    /// `line` decoded, changed by `edit`, and written again with a checksum that matches.
    static func restamped(_ line: String, _ edit: (inout CorpusStatistics) -> Void) throws -> String {
        var value = try JSONDecoder().decode(CorpusStatistics.self, from: Data(line.utf8))
        edit(&value)
        return try value.partialJSON()
    }

    @Test("SHA-256 gives the FIPS 180-4 test vectors")
    func sha256() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("every shard of a real corpus reads back, and the three merge to the whole")
    func realShardsPass() throws {
        let lines = try Self.shards()
        for (n, line) in lines.enumerated() { _ = try CorpusStatistics.readPartial(Array(line.utf8), source: "p\(n + 1)", line: 1) }
        let merged = try CorpusStatistics.mergingPartials(lines.joined(separator: "\n"), source: "p")
        #expect(merged.canonical().inputs == AnalysedCorpus.fold(AnalysedCorpus.results).inputs)
        #expect(merged.identity?.shards == [1, 2, 3])
    }

    @Test("the same shard twice is refused, naming where it was first")
    func duplicate() throws {
        let lines = try Self.shards()
        #expect(throws: PartialResultError.duplicateShard(source: "p", line: 2, shards: [1], count: 3, other: "p:1")) {
            try CorpusStatistics.mergingPartials([lines[0], lines[0], lines[1], lines[2]].joined(separator: "\n"), source: "p")
        }
    }

    @Test("a merged partial and one of its shards overlap")
    func overlap() throws {
        let lines = try Self.shards()
        let merged = try CorpusStatistics.mergingPartials(lines[0] + "\n" + lines[1], source: "m", allowPartialSet: true).partialJSON()
        #expect(throws: PartialResultError.overlappingShards(source: "p", line: 2, shards: [2], count: 3, other: "p:1")) {
            try CorpusStatistics.mergingPartials([merged, lines[1], lines[2]].joined(separator: "\n"), source: "p")
        }
    }

    @Test("other runs, set sizes and configurations are refused, naming the component")
    func mismatches() throws {
        let lines = try Self.shards()
        let otherRun = try Self.shards(run: "other")
        #expect(throws: PartialResultError.differentRun(source: "p", line: 2, runID: "other", expected: "run", first: "p:1")) {
            try CorpusStatistics.mergingPartials(lines[0] + "\n" + otherRun[1], source: "p")
        }
        var lexicon = PartialConfiguration.test
        lexicon.lexicon = "l1"
        let otherLexicon = try Self.shards(configuration: lexicon)
        #expect(throws: PartialResultError.differentConfiguration(source: "p", line: 2, component: "lexicon", found: "l1", expected: "l0", first: "p:1")) {
            try CorpusStatistics.mergingPartials(lines[0] + "\n" + otherLexicon[1], source: "p")
        }
        let four = try CorpusStatistics(sectionOrder: ["study"]).identified(runID: "run", shard: Shard(index: 2, count: 4), configuration: .test).partialJSON()
        #expect(throws: PartialResultError.differentShardCount(source: "p", line: 2, count: 4, expected: 3, first: "p:1")) {
            try CorpusStatistics.mergingPartials(lines[0] + "\n" + four, source: "p")
        }
    }

    @Test("an incomplete set is refused unless allowed; allowed, the missing shards are returned")
    func incomplete() throws {
        let lines = try Self.shards()
        #expect(throws: PartialResultError.incompleteSet(runID: "run", count: 3, missing: [2])) {
            try CorpusStatistics.mergingPartials(lines[0] + "\n" + lines[2], source: "p")
        }
        var merger = PartialMerger()
        for (n, line) in [lines[2], lines[0]].enumerated() {
            try merger.add(try CorpusStatistics.readPartial(Array(line.utf8), source: "p", line: n + 1), source: "p", line: n + 1)
        }
        let (statistics, missing) = try merger.result(allowPartialSet: true)
        #expect(missing == [2] && statistics.identity?.shards == [1, 3])
        #expect(PartialIdentity.describe([1, 2, 3, 5, 7, 8]) == "1–3, 5, 7–8")
    }

    @Test("blank and empty text is no partial")
    func empty() {
        #expect(throws: PartialResultError.empty(source: "p")) { try CorpusStatistics.mergingPartials("", source: "p") }
        #expect(throws: PartialResultError.empty(source: "p")) { try CorpusStatistics.mergingPartials(" \n\t\n\n", source: "p") }
    }

    @Test("an edited partial fails its checksum; one without checksum or identity is malformed; version 1 is refused")
    func checksums() throws {
        let line = try Self.shards()[0]
        let edited = line.replacingOccurrences(of: #""bytes":(\d+)"#, with: "\"bytes\":1", options: .regularExpression)
        #expect(edited != line)
        do {
            _ = try CorpusStatistics.mergingPartials(edited, source: "p", allowPartialSet: true)
            Issue.record("an edited partial was accepted")
        } catch {
            guard case let .checksumMismatch(source, n, expected, found) = error else { Issue.record("\(error)"); return }
            #expect(source == "p" && n == 1 && expected.hasPrefix("sha256:") && found.hasPrefix("sha256:") && expected != found)
            #expect(error.description.contains("p:1: the checksum does not match the content"))
        }
        let unsigned = line.replacingOccurrences(of: #","checksum":"[^"]*""#, with: "", options: .regularExpression)
        #expect(throws: PartialResultError.malformed(source: "p", line: 1, reason: "no \"checksum\" field")) {
            try CorpusStatistics.mergingPartials(unsigned, source: "p", allowPartialSet: true)
        }
        let anonymous = try Self.restamped(line) { $0.identity = nil }
        #expect(throws: PartialResultError.invalidCounts(source: "p", line: 1, reason: "there is no \"identity\" (run id, shard, configuration)")) {
            try CorpusStatistics.mergingPartials(anonymous, source: "p", allowPartialSet: true)
        }
        let old = line.replacingOccurrences(of: "\"schema_version\":2", with: "\"schema_version\":1")
        #expect(throws: PartialResultError.schemaVersion(source: "p", line: 1, found: 1)) {
            try CorpusStatistics.mergingPartials(old, source: "p")
        }
    }

    @Test("tampered counts with a matching checksum are refused, naming the field and value",
          arguments: [
            ("negative summaries", "\"summaries\" is -1, a negative count"),
            ("inputs 2^63-1", "\"inputs\" is 9223372036854775807, more than the largest count (2^53)"),
            ("histogram bin", "the \"characters\" bins add up to"),
            ("languages", "\"languages\" adds up to"),
            ("section counts", "counts"),
            ("failure counts", "\"failure_counts\" adds up to"),
            ("terms", "\"terms\" adds up to"),
            ("shards", "\"shards\" must list shards from 1 to 3"),
          ])
    func tamperedCounts(name: String, reason: String) throws {
        let line = try Self.shards()[0]
        let tampered = try Self.restamped(line) { value in
            switch name {
            case "negative summaries": value.summaries = -1
            case "inputs 2^63-1": value.inputs = Int.max
            case "histogram bin":
                var json = (try? JSONSerialization.jsonObject(with: JSONEncoder().encode(value.characters)) as? [String: Any]) ?? [:]
                var counts = json["counts"] as? [Int] ?? []
                counts[0] += 1
                json["counts"] = counts
                if let data = try? JSONSerialization.data(withJSONObject: json), let d = try? JSONDecoder().decode(Distribution.self, from: data) {
                    value.characters = d
                }
            case "languages": value.languages["zh", default: 0] += 5
            case "section counts": value.sections[value.sectionOrder[0]]?.covered += 1
            case "failure counts": value.failureCounts["binary", default: 0] += 1
            case "terms": value.terms["伪造", default: 0] += 1
            default: value.identity?.shards = [4]
            }
        }
        do {
            _ = try CorpusStatistics.mergingPartials(tampered, source: "p.json", allowPartialSet: true)
            Issue.record("\(name): accepted")
        } catch {
            guard case let .invalidCounts(source, n, found) = error else { Issue.record("\(name): \(error)"); return }
            #expect(source == "p.json" && n == 1)
            #expect(found.contains(reason), "\(name): \(found)")
            #expect(error.description.hasPrefix("p.json:1: the partial result's counts are invalid: "))
        }
    }

    @Test("a merge whose sum passes 2^53 is refused (checked addition, never a trap)")
    func overflow() throws {
        func partial(_ k: Int) throws -> String {
            var value = CorpusStatistics(sectionOrder: ["study"])
            value.inputs = CorpusStatistics.maxCount - 1
            value.failureCounts = [:]
            return try value.identified(runID: "run", shard: Shard(index: k, count: 2), configuration: .test).partialJSON()
        }
        #expect(throws: PartialResultError.overflow(source: "p", line: 2, field: "inputs")) {
            try CorpusStatistics.mergingPartials(try partial(1) + "\n" + partial(2), source: "p")
        }
        #expect(throws: CountOverflow.self) { try CorpusStatistics.sum(Int.max, 1, "x") }
    }

    @Test("a checklist built in code with an infinite weight gives coverage 0, and statistics never trap on it")
    func infiniteWeightInCode() throws {
        #expect(CoverageScorer.coverage(earned: .infinity, possible: .infinity) == 0)
        #expect(CoverageScorer.coverage(earned: 1, possible: 2) == 50)
        #expect(CorpusStatistics.rounded(.nan, in: 0...1000) == 0 && CorpusStatistics.rounded(.infinity, in: 0...1000) == 0)
        #expect(CorpusStatistics.rounded(-.infinity, in: 0...1000) == 0 && CorpusStatistics.rounded(499.5, in: 0...1000) == 500)
        let list = Checklist(name: "inf", sections: [Checklist.Section(id: "study", titleZh: "学习", titleEn: "Study", categories: [.study], weight: .infinity)])
        let analyzer = try DocumentAnalyzer(auditor: Auditor(checklist: list))
        let analysis = try analyzer.analyze(.file(path: Repo.path("Corpus/texts/zh-01-village.txt"))).get()
        var statistics = CorpusStatistics.empty
        statistics.add(analysis)
        #expect(analysis.records.allSatisfy { $0.coverage == 0 })
        #expect(statistics.coverage.count == analysis.records.count)
    }

    @Test("checklist weights: finite, > 0, at most 1000; the message gives the key and the value")
    func checklistWeights() throws {
        for (weight, accepted) in [(".inf", false), ("1e308", false), (".nan", false), ("0", false), ("1001", false), ("1000", true), ("0.001", true)] {
            let yaml = "sections:\n  - id: a\n    categories: [study]\n    weight: \(weight)\n"
            do {
                let list = try Checklist(yaml: yaml, file: "c.yaml")
                #expect(accepted, "\(weight) was accepted")
                #expect(list.sections[0].weight == Double(weight))
            } catch {
                #expect(!accepted, "\(weight): \(error)")
                #expect(error.description == "c.yaml:4: 'weight' must be a number greater than 0 and at most 1000, not '\(weight)'.")
            }
        }
    }

    @Test("a text over the document limit fails as too_large, whatever way it came")
    func textOverDocumentLimit() throws {
        let analyzer = try DocumentAnalyzer(auditor: Auditor(decoder: TextDecoder(maxBytes: 100)))
        let result = analyzer.analyze(.text(id: "big", text: String(repeating: "a", count: 101)))
        #expect(result == .failure(StatisticsFailure(id: "big", reason: .tooLarge, message: "big: the text has 101 bytes, more than the limit of 100 bytes for one document.")))
        #expect(StatisticsInput.maxRecordBytes == 2 * TextDecoder.defaultMaxBytes + (1 << 20))
    }

    @Test("LineReader holds at most its limit: stop reports at once, skip drops the line and goes on")
    func lineReader() throws {
        func reader(_ text: String, limit: Int, mode: LineReader.Mode) throws -> [LineReader.Line] {
            var fds: [Int32] = [0, 0]
            #expect(pipe(&fds) == 0)
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
            close(fds[1])
            defer { close(fds[0]) }
            let reader = LineReader(fd: fds[0], name: "pipe", limit: limit, mode: mode)
            var lines = [LineReader.Line]()
            while let line = try reader.next() {
                lines.append(line)
                if case .tooLong = line, mode == .stop { break }
            }
            return lines
        }
        #expect(try reader("ab\ncdefgh\nij", limit: 4, mode: .skip)
                == [.text(number: 1, bytes: Array("ab".utf8)), .tooLong(number: 2, bytes: 6), .text(number: 3, bytes: Array("ij".utf8))])
        #expect(try reader("ab\ncdefgh\nij", limit: 4, mode: .stop) == [.text(number: 1, bytes: Array("ab".utf8)), .tooLong(number: 2, bytes: 6)])
        #expect(try reader("abcd\n\n", limit: 4, mode: .stop) == [.text(number: 1, bytes: Array("abcd".utf8)), .text(number: 2, bytes: [])])
        #expect(try reader("", limit: 4, mode: .stop) == [])
        #expect(throws: TextDecodingError.unreadable(file: "/no/such/file", reason: "no such file or directory")) {
            _ = try LineReader(fileAt: "/no/such/file", limit: 10, mode: .stop)
        }
    }
}
