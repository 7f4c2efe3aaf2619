import Foundation
import Testing
import SummaryKit

/// The fast JSON writer against Foundation's `JSONEncoder`: `summarykit audit --format json` and
/// `summarykit tag --format jsonl` print the writer's bytes, and they must stay exactly the bytes
/// `JSONEncoder` produces from the same values (sorted keys, unescaped slashes, pretty-printed
/// or compact). A failure here means the writer (or a `writeJSON(to:)` method) no longer
/// matches a type's `Encodable` conformance.
@Suite("JSON writer matches JSONEncoder")
struct JSONWriterTests {
    let auditor: Auditor
    init() throws { auditor = try Auditor() }

    // MARK: Scalars

    /// Every ASCII character alone, and strings with the characters escaping gets wrong.
    static let strings: [String] = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) } + [
        "", "a/b", "</script>", "say \"hi\"", #"C:\path\to"#, "\\\"", "\r\n", "tab\there", "\u{7F}",
        "\u{2028}\u{2029}", "\u{FEFF}bom", "e\u{301}", "👍🏽 🇨🇳 👨‍👩‍👧", "党支部2024年度工作总结", "中文“引号”和『括号』",
        "\u{0}\u{1}\u{1F} mixed \u{08}\u{0C}", String(repeating: "长", count: 5000) + "\n",
    ] + JSONWriterTests.shifted

    /// Each character that needs escaping at every position of ASCII and CJK runs longer than
    /// the eight bytes the writer scans at a time.
    static let shifted: [String] = {
        var strings = [String]()
        for special in ["\"", "\\", "\u{0}", "\u{1F}", "\n", "\u{7F}", "/", "é"] {
            for position in 0..<20 {
                let ascii: String = String(repeating: "a", count: position) + special + String(repeating: "b", count: 19 - position)
                let cjk: String = String(repeating: "党", count: position) + special + String(repeating: "建", count: 7)
                strings += [ascii, cjk]
            }
        }
        return strings
    }()

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.0, 100.0, 83.3, 0.30000000000000004, 1e-7, 1e-5, 0.0001,
        0.22506806530154244, 1e14, 1e15 - 1, 1e15, 1e15 + 1, 9007199254740992, 1e16, 1e17,
        123456789012345.0, 1.5e300, -2.5e-300, .leastNonzeroMagnitude, .leastNormalMagnitude,
        .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .pi, 2.0 / 3.0, 60, 62.5, 99.9,
    ]

    static let ints: [Int] = [0, 1, 9, 10, 99, 100, -1, -9, -10, 1_234_567_890, .max, .min, .max - 1, .min + 1]

    struct Box<Value: Encodable>: Encodable {
        var value: Value
    }

    @Test("strings, escapes included")
    func stringValues() throws {
        for pretty in [true, false] {
            for text in Self.strings {
                let written = Self.written(pretty: pretty) { writer in
                    writer.beginObject()
                    writer.field("value", text)
                    writer.endObject()
                }
                try Self.expectSame(written, Self.encoded(Box(value: text), pretty: pretty), "\(text.debugDescription)")
                let substring = Self.written(pretty: pretty) { $0.string(text.dropFirst(0)) }
                try Self.expectSame(substring, Self.encoded(text, pretty: pretty), "substring \(text.debugDescription)")
            }
            let array = Self.written(pretty: pretty) { writer in
                writer.beginArray()
                for text in Self.strings {
                    writer.element()
                    writer.string(text)
                }
                writer.endArray()
            }
            try Self.expectSame(array, Self.encoded(Self.strings, pretty: pretty), "array of strings")
        }
    }

    @Test("numbers: integers and doubles (whole, fractional, tiny, huge, negative zero)")
    func numbers() throws {
        var generator = SeededGenerator(state: 42)
        var doubles = Self.doubles
        while doubles.count < 2000 {
            let value = Double(bitPattern: generator.next())
            if value.isFinite { doubles.append(value) }
        }
        for _ in 0..<1000 { doubles.append((Double(generator.next() % 1_000_000) / 1000).rounded() / 1000) }
        for pretty in [true, false] {
            for value in doubles {
                let written = try Self.written(pretty: pretty) { writer throws(JSONWriter.InvalidNumber) in
                    writer.beginObject()
                    try writer.field("value", value)
                    writer.endObject()
                }
                try Self.expectSame(written, Self.encoded(Box(value: value), pretty: pretty), "\(value)")
            }
            for value in Self.ints {
                let written = Self.written(pretty: pretty) { writer in
                    writer.beginObject()
                    writer.field("value", value)
                    writer.endObject()
                }
                try Self.expectSame(written, Self.encoded(Box(value: value), pretty: pretty), "\(value)")
            }
            let array = try Self.written(pretty: pretty) { writer throws(JSONWriter.InvalidNumber) in
                writer.beginArray()
                for value in doubles {
                    writer.element()
                    try writer.double(value)
                }
                writer.endArray()
            }
            try Self.expectSame(array, Self.encoded(doubles, pretty: pretty), "array of doubles")
        }
    }

    @Test("NaN and infinity are refused, as JSONEncoder refuses them")
    func nonFinite() throws {
        for value in [Double.nan, .infinity, -.infinity] {
            var writer = JSONWriter(pretty: true)
            #expect(throws: JSONWriter.InvalidNumber.self) { try writer.double(value) }
            #expect(writer.bytes.isEmpty)
            #expect(throws: EncodingError.self) { try Self.encoded(Box(value: value), pretty: true) }
        }
    }

    @Test("empty containers, booleans and absent optionals")
    func shapes() throws {
        struct Shape: Encodable {
            var empty: [Int] = []
            var flag = true
            var nested: [[Int]] = [[], [1], []]
            var off = false
            var title: String? = nil
        }
        for pretty in [true, false] {
            let written = Self.written(pretty: pretty) { writer in
                writer.beginObject()
                writer.field("empty", [Int]()) { writer, value in writer.int(value) }
                writer.field("flag", true)
                writer.field("nested", [[], [1], []]) { writer, inner in
                    writer.beginArray()
                    for value in inner {
                        writer.element()
                        writer.int(value)
                    }
                    writer.endArray()
                }
                writer.field("off", false)
                writer.field("title", ifPresent: String?.none)
                writer.endObject()
            }
            try Self.expectSame(written, Self.encoded(Shape(), pretty: pretty), "shape")
            let empty = AuditJSON(failUnder: 60, checklist: "default", files: [], errors: [])
            try Self.expectSame(Self.written(pretty: pretty) { try? empty.writeJSON(to: &$0) },
                                Self.encoded(empty, pretty: pretty), "empty audit document")
        }
    }

    // MARK: Reports

    /// Every corpus text and variant, the structure and CLI fixtures, the fuzz fixtures (which
    /// fail to read, so that the document has errors), a missing file, and texts written to
    /// stress escaping: quotes, backslashes, control characters, emoji, CJK, placeholders.
    func outcomes() async throws -> [FileAuditOutcome] {
        let variants = (try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Corpus/variants"))) ?? []
        var paths = Repo.corpusTexts + variants.sorted().map(Repo.variant)
        for folder in ["Tests/SummaryKitTests/Fixtures/structure", "Tests/SummaryKitTests/Fixtures/fuzz",
                       "Tests/SummaryKitCLITests/Fixtures"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: Repo.path(folder))) ?? []
            paths += names.sorted().filter { !$0.hasSuffix(".md") && $0.contains(".") }.map { Repo.path(folder + "/" + $0) }
        }
        paths.append(Repo.path("Corpus/texts/no-such-file.txt"))
        #expect(paths.count > 40)
        var outcomes = await auditor.audit(filesAt: paths, jobs: 2)
        for (index, text) in Self.hostileTexts.enumerated() {
            let name = index == 0 ? "dir/sub \"quoted\" \\ name\u{7}.txt" : "hostile-\(index).txt"
            outcomes.append(FileAuditOutcome(path: name, result: Result { try auditor.audit(text: text, name: name) }))
        }
        return outcomes
    }

    static let hostileTexts: [String] = [
        """
        XX社区党支部20xx年度工作总结 "草稿" \\ 版本/2
        一、理论学习
        支部全年组织集中学习12次，由XXX同志负责，某某同志记录。😀 引用："学习\\笔记" 路径 a/b/c。
        \u{1}\u{1F}控制字符\t制表符\u{0B}垂直制表\u{0C}换页\u{7F}删除 \u{2028}行分隔\u{2029}段分隔
        二、组织建设
        召开党员大会4次，发展预备党员____名，x村党员志愿者参加活动。
        三、存在的不足
        理论学习不够深入，联系群众不够紧密。
        四、下一步计划
        20xx年将继续加强学习，👍🏽 做好"三会一课"。
        """,
        "Annual Work Summary of the \"Riverside\" Party Branch\r\n\r\n1. Study\r\nThe branch held 12 study sessions on C:\\docs\\notes and </script> tags.\r\n\r\n2. Plans\r\nNext year we will do XXX and ____ in 20xx.\r\n",
        "",
        "\u{0}\u{0}\u{0}",
        "只有一行😀",
    ]

    @Test("audit documents: the writer's bytes equal JSONEncoder's, pretty and compact")
    func auditDocuments() async throws {
        let outcomes = try await outcomes()
        let reports = outcomes.compactMap { try? $0.result.get().audit }
        let errors = outcomes.compactMap { outcome -> AuditJSON.FileError? in
            guard case let .failure(error) = outcome.result else { return nil }
            return AuditJSON.FileError(file: outcome.path, message: "\(error)\t\"\u{1}\\/")
        }
        #expect(reports.count > 40)
        #expect(errors.count >= 2, "the fuzz fixtures and the missing file fail")
        #expect(reports.contains { $0.organization == nil })
        #expect(reports.contains { $0.summaries.contains { $0.title == nil } })
        #expect(reports.contains { $0.summaries.contains { $0.findings.contains { $0.rule == .placeholder } } })
        for pretty in [true, false] {
            for failUnder in [60, 62.5, 0.1] {
                let document = AuditJSON(failUnder: failUnder, checklist: "default \"list\"", files: reports, errors: errors)
                let written = try Self.written(pretty: pretty) { writer throws(JSONWriter.InvalidNumber) in
                    try document.writeJSON(to: &writer)
                }
                try Self.expectSame(written, Self.encoded(document, pretty: pretty), "audit document, pretty: \(pretty)")
                #expect(written.count <= document.estimatedByteCount, "the estimate reserves enough")
            }
            for report in reports {
                let written = try Self.written(pretty: pretty) { writer throws(JSONWriter.InvalidNumber) in
                    try report.writeJSON(to: &writer)
                }
                try Self.expectSame(written, Self.encoded(report, pretty: pretty), report.file)
                try Self.expectSame(try report.jsonBytes(pretty: pretty), Self.encoded(report, pretty: pretty), "public jsonBytes, \(report.file)")
            }
        }
    }

    @Test("tag records: the writer's bytes equal JSONEncoder's for every unit")
    func tagRecords() async throws {
        let outcomes = try await outcomes()
        var count = 0
        var tagged = 0
        for outcome in outcomes {
            guard let result = try? outcome.result.get() else { continue }
            // One writer for the whole file, as `summarykit tag --format jsonl` uses it.
            var writer = JSONWriter(pretty: false)
            var expected = [UInt8]()
            for unit in result.tagged.units {
                let record = TagRecord(unit, of: result.tagged, file: outcome.path)
                try record.writeJSON(to: &writer)
                writer.raw(UInt8(ascii: "\n"))
                expected += try Self.encoded(record, pretty: false) + [UInt8(ascii: "\n")]
                let pretty = try Self.written(pretty: true) { writer throws(JSONWriter.InvalidNumber) in
                    try record.writeJSON(to: &writer)
                }
                try Self.expectSame(pretty, Self.encoded(record, pretty: true), "\(outcome.path) unit \(unit.unit), pretty")
                count += 1
                if !record.categories.isEmpty { tagged += 1 }
            }
            try Self.expectSame(writer.bytes, expected, "\(outcome.path) as JSONL")
        }
        #expect(count > 1000)
        #expect(tagged > 500)
    }

    @Test("token records: the JSON Lines writer's bytes equal JSONEncoder's for every token, with and without file")
    func tokenRecords() throws {
        let segmenter = try WordSegmenter(options: .init(selection: .all))
        var sources = try Repo.corpusTexts.map { try TextDecoder().decode(fileAt: $0) }
        sources += Self.hostileTexts.enumerated().map { SourceText($1, origin: "hostile-\($0).txt") }
        var count = 0, terms = 0
        for source in sources {
            let tokens = try segmenter.tokens(in: source)
            for file in [nil, source.origin, "dir/sub \"quoted\" \\ name\u{7}\u{2028}😀.txt"] as [String?] {
                var written = [UInt8]()
                var lines = JSONLinesWriter<TokenRecord>(block: 4096) { written += $0 }
                var expected = [UInt8]()
                for token in tokens {
                    let record = TokenRecord(token, of: source, file: file)
                    try lines.write(record)
                    expected += try Self.encoded(record, pretty: false) + [UInt8(ascii: "\n")]
                    if record.term == true { terms += 1 }
                    count += 1
                }
                lines.flush()
                try Self.expectSame(written, expected, "\(source.origin) tokens, file \(file ?? "absent")")
            }
        }
        #expect(count > 100_000)
        #expect(terms > 1000)
    }

    @Test("match records: the fast writer's bytes equal JSONEncoder's for every match, with and without file")
    func matchRecords() throws {
        let matcher = try KeywordMatcher(lexicon: Lexicon.builtIn())
        var count = 0
        for path in Repo.corpusTexts {
            let source = try TextDecoder().decode(fileAt: path)
            for match in try matcher.matches(in: source) {
                for file in [nil, source.origin, "dir/sub \"quoted\" \\ name\u{7}\u{2028}😀.txt"] as [String?] {
                    let record = MatchRecord(match, matcher: matcher, source: source, file: file)
                    try Self.expectSame(JSONOutput.bytes(record), Self.encoded(record, pretty: false), "\(path) match \(match)")
                    count += 1
                }
            }
        }
        #expect(count > 10_000)
    }

    @Test("JSONOutput is the configuration these tests compare with")
    func oneConfiguration() throws {
        let value = ["b/c": ["\u{2028}", "\"\\\u{1}😀"], "a": ["x"]]
        for pretty in [true, false] {
            #expect(try Array(JSONOutput.data(value, pretty: pretty)) == Self.encoded(value, pretty: pretty))
        }
        #expect(try JSONOutput.string(value) == #"{"a":["x"],"b/c":["\#u{2028}","\"\\\u0001😀"]}"#)
    }

    // MARK: Helpers

    static func encoded<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
                                          : [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    static func written<E: Error>(pretty: Bool, _ write: (inout JSONWriter) throws(E) -> Void) throws(E) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        try write(&writer)
        return writer.bytes
    }

    /// Expects equal bytes; on a difference, shows where, with some context, not megabytes.
    static func expectSame(_ written: [UInt8], _ encoded: [UInt8], _ label: String,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard written != encoded else { return }
        let offset = zip(written.indices, encoded.indices).first { written[$0.0] != encoded[$0.1] }?.0 ?? min(written.count, encoded.count)
        func context(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, offset - 80)..<min(bytes.count, offset + 80)], as: UTF8.self).debugDescription
        }
        Issue.record("""
            \(label): writer and JSONEncoder differ at byte \(offset) (\(written.count) vs \(encoded.count) bytes)
            writer:  \(context(written))
            encoder: \(context(encoded))
            """, sourceLocation: sourceLocation)
    }
}
