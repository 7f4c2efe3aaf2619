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
        let dir = try CLI.temporaryDirectory("sk-lex")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.lex")
        try "# a user lexicon\n[red-property]\ncategories = mass_work:0.8\nzh = 红色物业\nen red property\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "validate", "--no-corpus", file.path])
        #expect(result.status == 2)
        #expect(result.stderr == "summarykit: \(file.path):5: expected 'field = value': 'en red property'.\n")
    }

    @Test("validate warns about a form claimed twice and exits 1")
    func warnings() throws {
        let dir = try CLI.temporaryDirectory("sk-lex")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dup.lex")
        try "[my-three-meetings]\ncategories = member_development:1\nzh = 三会一课\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["lexicon", "validate", "--no-corpus", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(file.path):1: warning: [my-three-meetings] the form '三会一课' is also claimed by [three-meetings-one-lesson]"))
    }

    @Test("the dead-entry check leaves the corpus' test split out unless asked to count it")
    func deadEntriesSkipTestSplit() throws {
        let dir = try CLI.temporaryDirectory("sk-lex")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("own.lex")
        try "[red-property]\ncategories = mass_work:0.8\nzh = 红色物业\n".write(to: lexicon, atomically: true, encoding: .utf8)
        // The form occurs only in the test-split file (number 03).
        try "党支部组织党员参加志愿服务。\n".write(to: dir.appendingPathComponent("zh-01-street.txt"), atomically: true, encoding: .utf8)
        try "社区推行红色物业，党员带头服务群众。\n".write(to: dir.appendingPathComponent("zh-03-estate.txt"), atomically: true, encoding: .utf8)
        let args = ["lexicon", "validate", "--no-built-in-lexicon", "--corpus", dir.path, lexicon.path]
        let training = try CLI.run(args)
        #expect(training.status == 1)
        #expect(training.stdout.contains("[red-property] no form of this concept matches anywhere in the reference text."))
        let all = try CLI.run(args + ["--include-test-split"])
        #expect(all.status == 0, "\(all.stdout)")
        #expect(!all.stdout.contains("red-property"))
    }
}
