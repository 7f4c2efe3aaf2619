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
