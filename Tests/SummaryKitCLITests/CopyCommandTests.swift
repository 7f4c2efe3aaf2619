import Foundation
import Testing

/// `summarykit index build|info` and `audit --reference|--cross-check`, on copies made from the
/// Corpus.
@Suite("summarykit index and copied text")
struct CopyCommandTests {
    /// The Corpus community summary handed in again: names, years and numbers changed.
    static func renamedCopy() throws -> String {
        var text = try String(contentsOfFile: CLI.path("Corpus/texts/zh-02-community.txt"), encoding: .utf8)
        for (from, to) in [("青禾苑", "枫林湾"), ("2023", "2024"), ("11次", "9次"), ("46场", "52场")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    static func copyFindings(_ json: String) throws -> [(file: String, finding: [String: Any])] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var out: [(String, [String: Any])] = []
        for file in document["files"] as? [[String: Any]] ?? [] {
            for summary in file["summaries"] as? [[String: Any]] ?? [] {
                for finding in summary["findings"] as? [[String: Any]] ?? [] where finding["rule"] as? String == "copied-text" {
                    out.append((file["file"] as? String ?? "", finding))
                }
            }
        }
        return out
    }

    @Test("index build indexes the references, names a binary one and exits 3; audit --reference finds the copy through the index")
    func buildWithBinaryFile() throws {
        let dir = try CLI.temporaryDirectory("sk-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let refs = dir.appendingPathComponent("refs/2023")
        try FileManager.default.createDirectory(at: refs, withIntermediateDirectories: true)
        for id in ["zh-02-community", "zh-18-street"] {
            try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/\(id).txt"), toPath: refs.appendingPathComponent("\(id).txt").path)
        }
        var binary = Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00])
        binary.append(Data((0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 37) }))
        try binary.write(to: refs.appendingPathComponent("branch-09.txt"))
        let index = dir.appendingPathComponent("refs.skidx").path
        let build = try CLI.run(["index", "build", "-o", index, refs.path])
        #expect(build.status == 3, "\(build.stderr)")
        #expect(build.stderr.contains(refs.appendingPathComponent("branch-09.txt").path + ": "), "\(build.stderr)")
        #expect(build.stderr.split(separator: "\n").count == 1, "\(build.stderr)")
        let info = try CLI.run(["index", "info", "--format", "json", "--documents", index])
        #expect(info.status == 0, "\(info.stderr)")
        let described = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(described["documents"] as? [String] == ["zh-02-community", "zh-18-street"].map { refs.appendingPathComponent("\($0).txt").path })
        #expect(described["document_count"] as? Int == 2)
        #expect(described["format_version"] as? Int == 2)
        #expect(described["normalizer_version"] as? Int == 1)
        #expect((described["fingerprints"] as? Int ?? 0) > 100)
        #expect(described["bytes"] as? Int == (try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int))
        let text = try CLI.run(["index", "info", index])
        #expect(text.stdout.contains("normaliser version  1"))

        let submission = dir.appendingPathComponent("fenglin-2024.txt").path
        try Self.renamedCopy().write(toFile: submission, atomically: true, encoding: .utf8)
        let audit = try CLI.run(["audit", "--format", "json", "--reference", index, submission])
        #expect(audit.status == 0 || audit.status == 1, "\(audit.stderr)")
        let findings = try Self.copyFindings(audit.stdout)
        #expect(findings.count == 1)
        let copy = try #require(findings.first?.finding["copy"] as? [String: Any])
        #expect(copy["reference"] as? String == refs.appendingPathComponent("zh-02-community.txt").path)
        #expect((copy["share"] as? Double ?? 0) > 0.95)
        // Renamed only, nothing moved: the passages' lines are the same in both texts.
        for passage in copy["passages"] as? [[String: Any]] ?? [] {
            #expect(passage["line"] as? Int == passage["reference_line"] as? Int)
            #expect(passage["end_line"] as? Int == passage["reference_end_line"] as? Int)
        }
        let line = try CLI.run(["audit", "--reference", index, submission], environment: ["COLUMNS": "300"])
        #expect(line.stdout.contains("copied-text  "), "\(line.stdout)")
        #expect(line.stdout.contains("% of this summary matches \(refs.appendingPathComponent("zh-02-community.txt").path) ("))
    }

    @Test("index build --stock counts the genre's shared phrases into the index; a copy is still found through it")
    func stock() throws {
        let dir = try CLI.temporaryDirectory("sk-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("refs.skidx").path
        let build = try CLI.run(["index", "build", "--stock", "Corpus/texts", "-o", index, "Corpus/texts/zh-02-community.txt"])
        #expect(build.status == 0, "\(build.stderr)")
        let info = try CLI.run(["index", "info", "--format", "json", index])
        let described = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(described["stock_documents"] as? Int == 46)
        #expect((described["stock_phrase_hashes"] as? Int ?? 0) > 0)
        let submission = dir.appendingPathComponent("fenglin-2024.txt").path
        try Self.renamedCopy().write(toFile: submission, atomically: true, encoding: .utf8)
        let audit = try CLI.run(["audit", "--format", "json", "--reference", index, submission])
        #expect(try Self.copyFindings(audit.stdout).count == 1)
    }

    @Test("--reference a folder that holds the audited files: a file is not its own copy; its variants are copies")
    func referenceHoldsSubmissions() throws {
        let result = try CLI.run(["audit", "--format", "json", "--reference", "Corpus/texts", "Corpus/texts", "Corpus/variants"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let findings = try Self.copyFindings(result.stdout)
        let pairs = findings.map { ($0.file, ($0.finding["copy"] as? [String: Any])?["reference"] as? String ?? "") }
        #expect(!pairs.contains { $0.0 == $0.1 }, "\(pairs)")
        // Each of the 9 variants (re-encoded or Traditional) matches its original, and nothing else matches.
        #expect(pairs.count == 9, "\(pairs)")
        for (file, reference) in pairs {
            #expect(file.hasPrefix("Corpus/variants/"))
            let id = URL(fileURLWithPath: file).lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
            #expect(reference == "Corpus/texts/\(id).txt")
        }
    }

    @Test("index build with no readable reference writes nothing and exits 3; an unwritable output exits 2 before reading")
    func buildFailures() throws {
        let dir = try CLI.temporaryDirectory("sk-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt").path
        _ = FileManager.default.createFile(atPath: empty, contents: Data())
        let index = dir.appendingPathComponent("refs.skidx").path
        let none = try CLI.run(["index", "build", "-o", index, empty])
        #expect(none.status == 3)
        #expect(none.stderr.contains(empty))
        #expect(!FileManager.default.fileExists(atPath: index))
        let unwritable = try CLI.run(["index", "build", "-o", dir.appendingPathComponent("no/such/dir/refs.skidx").path, "Corpus/texts"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("no/such/dir/refs.skidx"))
        let stdout = try CLI.run(["index", "build", "-o", "-", "Corpus/texts"])
        #expect(stdout.status == 2)
    }

    @Test("a truncated, foreign or other-version index is a clear error naming the file, and nothing is audited")
    func badIndexes() throws {
        let dir = try CLI.temporaryDirectory("sk-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let index = dir.appendingPathComponent("refs.skidx").path
        #expect(try CLI.run(["index", "build", "-o", index, "Corpus/texts/zh-02-community.txt"]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: index))
        func check(_ data: Data, _ name: String, _ says: String) throws {
            let path = dir.appendingPathComponent(name).path
            try data.write(to: URL(fileURLWithPath: path))
            for command in [["audit", "--reference", path, "Corpus/texts/zh-18-street.txt"], ["index", "info", path]] {
                let result = try CLI.run(command)
                #expect(result.status == 2, "\(command)")
                #expect(result.stdout.isEmpty, "\(command)")
                #expect(result.stderr.hasPrefix("summarykit: \(path): "), "\(result.stderr)")
                #expect(result.stderr.contains(says), "\(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"))
            }
        }
        try check(bytes.prefix(bytes.count / 2), "cut.skidx", "truncated")
        var version = bytes
        version[8] = 1
        try check(version, "old.skidx", "format version 1; this summarykit reads version 2")
        var normaliser = bytes
        normaliser[96] = 9
        try check(normaliser, "normaliser.skidx", "normaliser version 9")
        try check(Data("一、加强学习\n".utf8), "text.skidx", "not a summarykit reference index")
        try check(bytes.prefix(40), "header.skidx", "truncated")
    }

    @Test("--cross-check flags both files of a copy pair, each naming the other, and nothing else")
    func crossCheck() throws {
        let dir = try CLI.temporaryDirectory("sk-cross")
        defer { try? FileManager.default.removeItem(at: dir) }
        let submissions = dir.appendingPathComponent("2024")
        try FileManager.default.createDirectory(at: submissions, withIntermediateDirectories: true)
        for id in ["zh-02-community", "zh-18-street", "zh-01-village", "en-09-community"] {
            try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/\(id).txt"), toPath: submissions.appendingPathComponent("\(id).txt").path)
        }
        try Self.renamedCopy().write(to: submissions.appendingPathComponent("zh-99-fenglin.txt"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["audit", "--format", "json", "--cross-check", submissions.path])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let findings = try Self.copyFindings(result.stdout)
        let pairs = findings.map { ($0.file, ($0.finding["copy"] as? [String: Any])?["reference"] as? String ?? "") }
        let original = submissions.appendingPathComponent("zh-02-community.txt").path
        let copy = submissions.appendingPathComponent("zh-99-fenglin.txt").path
        #expect(pairs.count == 2, "\(pairs)")
        #expect(pairs.contains { $0 == (original, copy) })
        #expect(pairs.contains { $0 == (copy, original) })
        // Without --cross-check, no copied text.
        let plain = try CLI.run(["audit", "--format", "json", submissions.path])
        #expect(try Self.copyFindings(plain.stdout).isEmpty)
    }

    @Test("--reference DIR indexes on the fly; every format shows the copy; an unreadable reference is named and exits 2")
    func referenceFolder() throws {
        let dir = try CLI.temporaryDirectory("sk-refdir")
        defer { try? FileManager.default.removeItem(at: dir) }
        let refs = dir.appendingPathComponent("refs")
        try FileManager.default.createDirectory(at: refs, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/zh-02-community.txt"), toPath: refs.appendingPathComponent("branch-03.txt").path)
        let submission = dir.appendingPathComponent("fenglin.txt").path
        try Self.renamedCopy().write(toFile: submission, atomically: true, encoding: .utf8)
        let reference = refs.appendingPathComponent("branch-03.txt").path
        let json = try CLI.run(["audit", "--format", "json", "--reference", refs.path, submission])
        #expect(json.status == 0 || json.status == 1, "\(json.stderr)")
        #expect(try Self.copyFindings(json.stdout).first.flatMap { ($0.finding["copy"] as? [String: Any])?["reference"] as? String } == reference)
        let sarif = try CLI.run(["audit", "--format", "sarif", "--reference", refs.path, submission])
        #expect(sarif.stdout.contains("\"relatedLocations\""))
        #expect(sarif.stdout.contains("\"ruleId\" : \"copied-text\""))
        let markdown = try CLI.run(["audit", "--format", "markdown", "--reference", refs.path, submission])
        #expect(markdown.stdout.contains("`copied-text` (warning)"))
        #expect(markdown.stdout.contains("  - passage 1: "))
        let html = try CLI.run(["audit", "--format", "html", "--reference", refs.path, submission])
        #expect(html.stdout.contains("<table class=\"copy\">"))
        #expect(html.stdout.contains("<mark class=\"same\">"))
        // A reference that cannot be read is named; the others still count; exit 2.
        _ = FileManager.default.createFile(atPath: refs.appendingPathComponent("empty.txt").path, contents: Data())
        let partial = try CLI.run(["audit", "--format", "json", "--reference", refs.path, submission])
        #expect(partial.status == 2)
        #expect(partial.stderr.contains(refs.appendingPathComponent("empty.txt").path))
        #expect(try Self.copyFindings(partial.stdout).count == 1)
    }

    @Test("copied-text JSON matches Docs/schemas/audit.schema.json and its SARIF the SARIF 2.1.0 schema")
    func schemas() throws {
        // The Traditional-script variant of a Corpus summary is a copy of the original.
        let files = ["Corpus/texts/zh-01-village.txt", "Corpus/variants/zh-01-village.hant.txt", "Corpus/texts/zh-18-street.txt"]
        let json = try CLI.run(["audit", "--format", "json", "--cross-check"] + files)
        #expect(try Self.copyFindings(json.stdout).count == 2)
        let schema = try JSONSchema(path: CLI.path("Docs/schemas/audit.schema.json"))
        let errors = schema.validate(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)))
        #expect(errors.isEmpty, "\(errors.prefix(10))")
        let sarif = try CLI.run(["audit", "--format", "sarif", "--cross-check"] + files)
        #expect(sarif.stdout.contains("\"relatedLocations\""))
        let result = try CLI.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                 ["python3", SARIFSchemaTests.validator, SARIFSchemaTests.schema, "-"], stdin: sarif.stdout)
        if result.status == 3 || result.status == 127 {
            Issue.record("python3 with jsonschema is needed for this test (run scripts/bootstrap.sh): \(result.stderr)")
        }
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
