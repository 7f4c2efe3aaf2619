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

    @Test("tag --format json matches Docs/schemas/tag.schema.json")
    func tag() throws {
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/tag.schema.json"))
        let result = try CLI.run(["tag", "--format", "json", "Corpus/texts/zh-04-hospital.txt", "Corpus/texts/en-05-runin.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let errors = try schema.validate(json(String(line)))
            #expect(errors.isEmpty, "\(errors.prefix(10))")
        }
    }
}
