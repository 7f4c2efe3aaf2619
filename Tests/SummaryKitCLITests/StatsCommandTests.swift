import Foundation
import Testing

@Suite("summarykit stats")
struct StatsCommandTests {
    func temporaryDirectory() throws -> URL { try CLI.temporaryDirectory("sk-stats") }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--jobs 1, --jobs 4 and --shard 1/3 2/3 3/3 + merge give the same report, byte for byte")
    func jobsShardsAndMerge() throws {
        let single = try CLI.run(["stats", "--quiet", "--jobs", "1", "Corpus"])
        #expect(single.status == 0, "\(single.stderr)")
        let parallel = try CLI.run(["stats", "--quiet", "--jobs", "4", "Corpus"])
        #expect(parallel.stdout == single.stdout)
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var parts = [String]()
        for k in 1...3 {
            let part = dir.appendingPathComponent("part-\(k).json").path
            let result = try CLI.run(["stats", "--quiet", "--shard", "\(k)/3", "--run-id", "corpus-run", "--output", part, "Corpus"])
            #expect(result.status == 0, "\(result.stderr)")
            parts.append(part)
        }
        let merged = try CLI.run(["stats", "merge", parts[2], parts[0], parts[1]])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stdout == single.stdout)
        let report = try json(single.stdout)
        let counts = try #require(report["counts"] as? [String: Any])
        // Every text and variant of the corpus is an input (.txt under texts/ and variants/).
        let corpusFiles = try ["Corpus/texts", "Corpus/variants"].flatMap { dir in
            try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }
        }.count
        #expect(corpusFiles >= 43)
        #expect(counts["inputs"] as? Int == corpusFiles, "every corpus text and variant")
        let inputs = try parts.map { try json(String(contentsOfFile: $0, encoding: .utf8))["inputs"] as? Int ?? -1 }
        #expect(inputs.reduce(0, +) == corpusFiles && inputs.allSatisfy { $0 > 0 })
        // A merged partial merges again to the same report (a reducer's output fed to another).
        let partial = try CLI.run(["stats", "merge", "--partial", parts[0], parts[1]])
        let twoLevel = try CLI.run(["stats", "merge", "-", parts[2]], stdin: partial.stdout)
        #expect(twoLevel.stdout == single.stdout)
    }

    @Test("a corrupt, a binary and an unreadable file are listed and counted; the good files are all reported; exit 3")
    func failures() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["zh-07-government.txt", "en-09-community.txt"] {
            try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/" + name), toPath: dir.appendingPathComponent(name).path)
        }
        try Data("PK\u{03}\u{04}this is not really a zip".utf8).write(to: dir.appendingPathComponent("corrupt.docx"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x10, 0x00, 0x00]).write(to: dir.appendingPathComponent("binary.txt"))
        // A folder named like a text file cannot be read as one, even by root.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("unreadable.txt"), withIntermediateDirectories: false)
        let result = try CLI.run(["stats", "--quiet", dir.path])
        #expect(result.status == 3, "\(result.stderr)")
        for name in ["corrupt.docx", "binary.txt", "unreadable.txt"] { #expect(result.stderr.contains(name)) }
        let report = try json(result.stdout)
        let counts = try #require(report["counts"] as? [String: Any])
        #expect(counts["inputs"] as? Int == 2 && counts["failed"] as? Int == 3 && counts["summaries"] as? Int == 2)
        #expect(counts["failures_by_reason"] as? [String: Int] == ["binary": 1, "corrupt_container": 1, "unreadable": 1])
        let failures = try #require(report["failures"] as? [[String: Any]])
        #expect(failures.compactMap { ($0["id"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } } == ["binary.txt", "corrupt.docx", "unreadable.txt"])
    }

    @Test("JSON Lines in, partial out: a mapper; bad lines are counted, and per-doc records name their ids")
    func jsonLines() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = try ["zh-01-village", "en-02-village", "zh-05-multi"].map {
            try String(contentsOfFile: CLI.path("Corpus/texts/\($0).txt"), encoding: .utf8)
        }
        var lines = try texts.enumerated().map { n, text in
            String(decoding: try JSONSerialization.data(withJSONObject: ["id": "doc-\(n)", "text": text]), as: UTF8.self)
        }
        lines.append("{\"id\": \"broken\"}")
        lines.append("not json")
        let perDoc = dir.appendingPathComponent("docs.jsonl").path
        let result = try CLI.run(["stats", "--jsonl", "--partial", "--per-doc", perDoc], stdin: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 3)
        #expect(result.stdout.split(separator: "\n").count == 1, "one line of JSON")
        let partial = try json(result.stdout)
        #expect(partial["inputs"] as? Int == 3)
        #expect(partial["failure_counts"] as? [String: Int] == ["invalid_record": 2])
        let records = try String(contentsOfFile: perDoc, encoding: .utf8).split(separator: "\n").map { try json(String($0)) }
        #expect(records.count == (partial["summaries"] as? Int ?? -1))
        #expect(records.first?["id"] as? String == "doc-0" && records.last?["id"] as? String == "doc-2")
        #expect(records.allSatisfy { $0["coverage"] is Double && $0["sections"] is [String: String] && $0.keys.contains("cluster") })
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["docs.jsonl"], "no temporary files left")
    }

    @Test("csv is the per-document table with cluster ids; globs select files in folders")
    func csvAndGlobs() throws {
        let result = try CLI.run(["stats", "--quiet", "--format", "csv", "--include", "zh-0*", "--exclude", "*multi*", "Corpus/texts", "Corpus/variants"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("id,summary,summaries_in_file,title,language") == true)
        let ids = Set(rows.dropFirst().map { String($0.split(separator: ",")[0]) })
        #expect(ids.allSatisfy { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix("zh-0") && !$0.contains("multi") })
        #expect(ids.contains("Corpus/variants/zh-01-village.gb18030.txt"))
        let village = rows.filter { $0.contains("zh-01-village") }
        #expect(village.count == 3 && village.allSatisfy { $0.hasSuffix(",dup-1") }, "\(village)")
    }

    @Test("html is one page with SVG charts and no scripts; markdown has the sections")
    func htmlAndMarkdown() throws {
        let html = try CLI.run(["stats", "--quiet", "--format", "html", "Corpus/texts"])
        #expect(html.status == 0)
        #expect(html.stdout.components(separatedBy: "<svg").count - 1 == 5)
        #expect(!html.stdout.contains("<script"))
        #expect(!html.stdout.contains("src=") && !html.stdout.contains("<link"))
        let markdown = try CLI.run(["stats", "--quiet", "--format", "markdown", "Corpus/texts"])
        for heading in ["## Mix", "## Coverage", "## Top terms", "## Concepts", "## Near-duplicates"] { #expect(markdown.stdout.contains(heading)) }
    }

    @Test("Ctrl-C stops cleanly: exit 130 and no output or temporary file left")
    func interrupt() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["stats", "--jsonl", "--per-doc", dir.appendingPathComponent("docs.jsonl").path,
                             "-o", dir.appendingPathComponent("report.json").path]
        let input = Pipe()
        process.standardInput = input
        process.standardError = Pipe()
        try process.run()
        let text = try String(contentsOfFile: CLI.path("Corpus/texts/zh-01-village.txt"), encoding: .utf8)
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "a", "text": text]), as: UTF8.self)
        input.fileHandleForWriting.write(Data((line + "\n").utf8))
        // Standard input stays open: the run is waiting for more records when it is interrupted.
        // The record spool (.docs.jsonl.summarykit-tmp-…) exists once the handler is installed; wait for
        // it rather than for a fixed time, which a loaded machine can outlast.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains(where: { $0.hasPrefix(".docs.jsonl.summarykit-tmp-") }) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)
        process.interrupt()
        process.waitUntilExit()
        try input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("usage errors exit 2 with a sentence naming the problem")
    func usage() throws {
        let shard = try CLI.run(["stats", "--shard", "4/3", "Corpus/texts"])
        #expect(shard.status == 2 && shard.stderr.contains("--shard takes K/N"))
        let both = try CLI.run(["stats", "--jsonl", "Corpus/texts"])
        #expect(both.status == 2)
        let none = try CLI.run(["stats"])
        #expect(none.status == 2)
        let garbage = try CLI.run(["stats", "merge", "-"], stdin: "{\"inputs\": \"many\"}\n")
        #expect(garbage.status == 2 && garbage.stderr.contains("<stdin>:1: not a summarykit stats partial result"))
        let csvMerge = try CLI.run(["stats", "merge", "--format", "csv", "x"])
        #expect(csvMerge.status == 2)
    }
}

@Suite("stats: standard input and an empty corpus")
struct StatsStandardInputTests {
    @Test("'stats -' reads one document from standard input, like a file of the same bytes")
    func standardInput() throws {
        let path = "Corpus/texts/zh-01-village.txt"
        let text = try String(contentsOfFile: CLI.path(path), encoding: .utf8)
        let piped = try CLI.run(["stats", "--format", "csv", "-"], stdin: text)
        #expect(piped.status == 0, "\(piped.stderr)")
        let file = try CLI.run(["stats", "--format", "csv", path])
        // CSV rows end in CRLF (RFC 4180).
        let pipedRows = piped.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst() }
        let fileRows = file.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst() }
        #expect(!pipedRows.isEmpty)
        #expect(pipedRows == fileRows)
        #expect(piped.stdout.split(whereSeparator: \.isNewline).dropFirst().allSatisfy { $0.hasPrefix("-,") })
        // Undecodable standard input is a failed input named '<stdin>', not a crash.
        let bad = try CLI.run(["stats", "--format", "csv", "--encoding", "UTF-8", "-"], stdin: "\u{FFFD}")
        #expect(bad.status == 0 || bad.status == 3)
    }

    @Test("an empty corpus says n/a, not a mean of 0")
    func emptyCorpus() throws {
        let markdown = try CLI.run(["stats", "--format", "markdown", "no-such-file.txt"])
        #expect(markdown.status == 3)
        #expect(markdown.stdout.contains("Mean coverage n/a: no summary was read."))
        #expect(!markdown.stdout.contains("Mean coverage 0"))
        #expect(markdown.stdout.contains("| characters | n/a | - | - |"))
        let html = try CLI.run(["stats", "--format", "html", "no-such-file.txt"])
        #expect(html.stdout.contains("mean coverage n/a"))
    }
}

@Suite("stats --bom")
struct StatsBOMTests {
    @Test("--format csv --bom starts with the UTF-8 byte order mark, the rest unchanged; --bom alone is refused")
    func bom() throws {
        let path = "Corpus/texts/zh-01-village.txt"
        let plain = try CLI.run(["stats", "--format", "csv", path])
        let marked = try CLI.run(["stats", "--format", "csv", "--bom", path])
        #expect(marked.status == 0)
        #expect(Array(marked.stdout.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(marked.stdout.dropFirst()) == plain.stdout)
        #expect(!plain.stdout.hasPrefix("\u{FEFF}"))
        let refused = try CLI.run(["stats", "--bom", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--bom"))
    }
}
