import Foundation
import Testing

@Suite("summarykit lexicon")
struct LexiconCommandTests {
    @Test("validate passes on the built-in lexicon")
    func builtIn() throws {
        let result = try CLI.run(["lexicon", "validate", "--no-corpus"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 warnings.\n"))
    }

    @Test("validate reports a broken file with file and line and exits 2")
    func broken() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.lex")
        try "# a user lexicon\n[red-property]\ncategories = mass_work:0.8\nzh = 红色物业\nen red property\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "validate", "--no-corpus", file.path])
        #expect(result.status == 2)
        #expect(result.stderr == "summarykit: \(file.path):5: expected 'field = value': 'en red property'.\n")
    }

    @Test("validate warns about a form claimed twice and exits 1")
    func warnings() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sk-lex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dup.lex")
        try "[my-three-meetings]\ncategories = member_development:1\nzh = 三会一课\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "validate", "--no-corpus", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path):1: warning: [my-three-meetings] the form '三会一课' is also claimed by [three-meetings-one-lesson]"))
    }
}
