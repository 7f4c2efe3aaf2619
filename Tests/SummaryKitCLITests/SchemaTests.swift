import Foundation
import Testing

@Suite("JSON outputs against the committed schemas")
struct SchemaTests {
    func json(_ text: String) throws -> Any { try JSONSerialization.jsonObject(with: Data(text.utf8)) }

    @Test("audit --format json matches Docs/schemas/audit.schema.json")
    func audit() throws {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/audit.schema.json"))
        let result = try CLI.run(["audit", "--format", "json", "Corpus/texts", "no/such.txt"])
        #expect(result.status == 2)
        let errors = try schema.validate(json(result.stdout))
        #expect(errors.isEmpty, "\(errors.prefix(10))")
        // The checker itself is not a rubber stamp.
        #expect(!schema.validate(["schema_version": 1]).isEmpty)
    }

    @Test("tag --format jsonl matches Docs/schemas/tag.schema.json, one object per unit")
    func tag() throws {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/tag.schema.json"))
        let result = try CLI.run(["tag", "--format", "jsonl", "Corpus/texts/zh-05-multi.txt", "Corpus/texts/en-05-runin.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 30)
        var previous = (file: "", index: -1)
        for line in lines {
            let object = try json(String(line))
            let errors = schema.validate(object)
            #expect(errors.isEmpty, "\(errors.prefix(10))")
            let dictionary = object as? [String: Any] ?? [:]
            #expect(Set(dictionary.keys) == ["file", "summary", "index", "kind", "line", "end_line", "start", "end", "text", "categories"])
            let file = dictionary["file"] as? String ?? "", index = dictionary["index"] as? Int ?? -1
            if file == previous.file { #expect(index == previous.index + 1, "document order") }
            previous = (file, index)
        }
    }
}

/// Every JSON Lines output and the structure report against their schemas, on the corpus, its
/// re-encoded variants and a hostile text (controls, quotes, backslashes, U+2028, astral
/// characters, a file name with a quote), several inputs at once so that `file` appears.
@Suite("segment, match and structure JSON against the committed schemas")
struct LineSchemaTests {
    /// No C0 controls but tab and line breaks: the decoder refuses those as binary (the
    /// in-process JSONWriterTests cover them).
    static let hostile = "一、学习教育\n支部坚持\"三会一课\"，路径 a/b\\c </script> \u{2028} 分隔 \u{2029}😀𠀀。\n"
        + "二、存在的问题\n理论学习不够深入\t制表。\r\n20xx年 XXX 村 ____\n"

    /// Each line of `output` as an object, checked against `schema`; returns the objects.
    @discardableResult
    static func check(_ output: String, schema name: String) throws -> [[String: Any]] {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/\(name)"))
        var objects = [[String: Any]]()
        for line in output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let errors = schema.validate(object)
            #expect(errors.isEmpty, "\(name): \(errors.prefix(10))")
            objects.append(object as? [String: Any] ?? [:])
        }
        return objects
    }

    static func inputs() throws -> (directory: URL, paths: [String]) {
        let dir = try CLI.temporaryDirectory("sk-line-schema")
        let odd = dir.appendingPathComponent("we\"ird name.txt")
        try hostile.write(to: odd, atomically: true, encoding: .utf8)
        return (dir, ["Corpus/texts/zh-05-multi.txt", "Corpus/texts/en-05-runin.txt", "Corpus/variants/zh-22-trad.big5.txt", odd.path])
    }

    @Test("segment --format jsonl (all tokens) matches Docs/schemas/segment.schema.json")
    func segment() throws {
        let (dir, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["segment", "--format", "jsonl", "--all-tokens"] + paths)
        #expect(result.status == 0)
        let objects = try Self.check(result.stdout, schema: "segment.schema.json")
        #expect(objects.contains { $0["term"] != nil })
        #expect(Set(objects.compactMap { $0["file"] as? String }) == Set(paths))
        // The hostile text comes back exactly, controls and separators included.
        let hostile = objects.filter { $0["file"] as? String == paths[3] }.compactMap { $0["text"] as? String }.joined()
        #expect(hostile == Self.hostile)
        // A single input has no file key.
        let one = try CLI.run(["segment", "--format", "jsonl", "Corpus/texts/zh-04-hospital.txt"])
        #expect(try Self.check(one.stdout, schema: "segment.schema.json").allSatisfy { $0["file"] == nil })
    }

    @Test("match --format jsonl matches Docs/schemas/match.schema.json")
    func match() throws {
        let (dir, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["match", "--format", "jsonl"] + paths)
        #expect(result.status == 0)
        let objects = try Self.check(result.stdout, schema: "match.schema.json")
        #expect(objects.count > 50)
        #expect(objects.contains { $0["negated"] as? Bool == true })
    }

    @Test("structure --format json matches Docs/schemas/structure.schema.json, nulls included")
    func structure() throws {
        let (dir, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["structure", "--format", "json"] + paths)
        #expect(result.status == 0)
        let objects = try Self.check(result.stdout, schema: "structure.schema.json")
        #expect(objects.count == paths.count)
        let units = objects.flatMap { $0["units"] as? [[String: Any]] ?? [] }
        #expect(units.contains { $0["marker"] is NSNull } && units.contains { $0["marker"] is String })
    }

    @Test("audit --format sarif passes this checker against the official SARIF schema too")
    func sarif() throws {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/sarif-schema-2.1.0.json"))
        let (dir, paths) = try Self.inputs()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["audit", "--format", "sarif"] + paths)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let errors = schema.validate(object)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
        #expect(!schema.validate(["version": "2.1.0", "runs": [["results": 3]]]).isEmpty)
    }
}

@Suite("stats JSON against its committed schema")
struct StatsSchemaTests {
    @Test("stats --format json matches Docs/schemas/stats.schema.json, failures and clusters included")
    func stats() throws {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/stats.schema.json"))
        let dir = try CLI.temporaryDirectory("sk-stats-schema")
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["zh-01-village.txt", "en-01-school.txt", "zh-04-hospital.txt"] {
            try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/" + name), toPath: dir.appendingPathComponent(name).path)
        }
        // A near-duplicate (the GB18030 copy) and a failure (binary bytes).
        try FileManager.default.copyItem(atPath: CLI.path("Corpus/variants/zh-04-hospital.gb18030.txt"),
                                         toPath: dir.appendingPathComponent("copy.txt").path)
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: dir.appendingPathComponent("noise.txt"))
        let result = try CLI.run(["stats", "--quiet", "--format", "json", dir.path])
        #expect(result.status == 3)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let errors = schema.validate(object)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
        let report = object as? [String: Any] ?? [:]
        #expect(((report["failures"] as? [Any]) ?? []).count == 1)
        let nearDuplicates = report["near_duplicates"] as? [String: Any] ?? [:]
        let clusters = nearDuplicates["clusters"] as? [Any] ?? []
        #expect(clusters.count == 1, "the GB18030 copy clusters with its original")
    }
}
