import Foundation
import Testing

/// Hostile inputs for `stats` and `stats merge` (issue 15, items 2–4): limits on every line
/// reader, checked numbers, and merges that refuse what would make their numbers wrong. Each
/// test checks the exit status, the message (the input and the problem named) and the files
/// after.
@Suite("stats: limits, numbers and partial identity", .tags(.slow))
struct StatsRobustnessTests {
    func temporaryDirectory() throws -> URL { try CLI.temporaryDirectory("sk-robust") }

    /// Runs `script` with bash from the repository root; `$SK` is the summarykit binary.
    func bash(_ script: String) throws -> CLIResult {
        try CLI.run(executable: URL(fileURLWithPath: "/bin/bash"), ["-c", script], environment: ["SK": CLI.executable.path])
    }

    /// The address-space cap for the standard-input cases: about 1 GB, less than the 1 GiB
    /// line each case is fed (the reader must not hold it), more than the binary needs.
    let cap = "ulimit -v 1000000"

    /// Three shards of one run over Corpus/texts, in `dir`: p1.json, p2.json, p3.json.
    func shards(in dir: URL, run: String = "run-1", extra: [String] = []) throws -> [String] {
        try (1...3).map { k in
            let part = dir.appendingPathComponent("p\(k).json").path
            let result = try CLI.run(["stats", "--quiet", "--shard", "\(k)/3", "--run-id", run, "-o", part] + extra + ["Corpus/texts"])
            #expect(result.status == 0, "\(result.stderr)")
            return part
        }
    }

    func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    // MARK: - 2. Limits on every line reader

    @Test("stats --jsonl: a 1 GiB line of NULs under a 1 GB address-space cap is skipped as too_large, named with the limit; exit 3",
          .enabled(if: !Sanitizer.isOn, "an address-space cap cannot hold a sanitizer's shadow memory"))
    func jsonlUnboundedLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json").path
        let result = try bash("\(cap); head -c 1G /dev/zero | \"$SK\" stats --jsonl --quiet -o '\(out)'")
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>:1: the record has 1073741824 bytes, more than the limit of 135266304 bytes (129 MiB) for one JSON Lines record; it was skipped."), "\(result.stderr)")
        // The report was still written, with the record counted as too large.
        #expect(contents(out)?.contains("\"too_large\" : 1") == true)
    }

    @Test("stats --jsonl: a record whose text is over the 64 MiB document limit fails as too_large, as a file would; the other record counts")
    func jsonlRecordOverDocumentLimit() throws {
        let result = try bash("""
            { printf '{"id":"small","text":"支部全年组织集中学习十二次。"}\\n{"id":"big","text":"'; head -c 65M /dev/zero | tr '\\0' a; printf '"}\\n'; } \
              | "$SK" stats --jsonl --quiet --partial --run-id big
            """)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("big: the text has 68157440 bytes, more than the limit of 67108864 bytes for one document."), "\(result.stderr)")
        #expect(result.stdout.contains("\"failure_counts\":{\"too_large\":1}") && result.stdout.contains("\"inputs\":1,"))
    }

    @Test("stats merge -: a 1 GiB line under a 1 GB cap is refused at the 256 MiB partial limit; exit 2, the old report intact",
          .enabled(if: !Sanitizer.isOn, "an address-space cap cannot hold a sanitizer's shadow memory"))
    func mergeStandardInputUnboundedLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json").path
        try "old report\n".write(toFile: out, atomically: true, encoding: .utf8)
        let result = try bash("\(cap); { printf '{'; head -c 1G /dev/zero; } | \"$SK\" stats merge - -o '\(out)'")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>:1: the line is longer than 268435456 bytes (256 MiB), the limit for one partial result (raise it with --max-partial-bytes)"), "\(result.stderr)")
        #expect(contents(out) == "old report\n")
    }

    @Test("stats merge FILE: a 1 GiB file of one line under a 1 GB cap is refused, naming the file; the file is untouched",
          .enabled(if: !Sanitizer.isOn, "an address-space cap cannot hold a sanitizer's shadow memory"))
    func mergeFileUnboundedLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = dir.appendingPathComponent("huge.json").path
        let result = try bash("truncate -s 1G '\(huge)' && \(cap) && \"$SK\" stats merge '\(huge)'")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("\(huge):1: the line is longer than 268435456 bytes (256 MiB)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let size = try FileManager.default.attributesOfItem(atPath: huge)[.size] as? Int
        #expect(size == 1 << 30)
    }

    @Test("stats merge --max-partial-bytes lowers the limit: a real partial over it is refused")
    func mergeLowerLimit() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let result = try CLI.run(["stats", "merge", "--max-partial-bytes", "1000"] + parts)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(parts[0]):1: the line is longer than 1000 bytes (1000 bytes)"), "\(result.stderr)")
    }

    @Test("stats --files-from -: a 1 GiB line under a 1 GB cap is refused at 4096 bytes, naming the list; the old report intact",
          .enabled(if: !Sanitizer.isOn, "an address-space cap cannot hold a sanitizer's shadow memory"))
    func filesFromUnboundedLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.json").path
        try "old report\n".write(toFile: out, atomically: true, encoding: .utf8)
        let result = try bash("\(cap); head -c 1G /dev/zero | \"$SK\" stats --quiet --files-from - -o '\(out)'")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("<stdin>:1: a line of the file list is longer than 4096 bytes, the limit for one path"), "\(result.stderr)")
        #expect(contents(out) == "old report\n")
    }

    @Test("stats --files-from FILE: a list over 256 MiB is refused naming the list")
    func filesFromHugeList() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list.txt").path
        let result = try bash("yes \"/no/such/$(head -c 4000 /dev/zero | tr '\\0' a)\" | head -c 300M > '\(list)' && \"$SK\" stats --quiet --files-from '\(list)'")
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("\(list): the file list is longer than 256 MiB, the limit for one list"), "\(result.stderr)")
    }

    // MARK: - 3. Numbers validated at the door

    func writeChecklist(_ dir: URL, weights: [String]) throws -> String {
        var yaml = "name: hostile\nsections:\n"
        for (i, weight) in weights.enumerated() {
            yaml += "  - id: s\(i)\n    categories: [study]\n    weight: \(weight)\n"
        }
        let path = dir.appendingPathComponent("checklist.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("weight: .inf is refused by checklist validate, stats and audit (file, line, key, value), never a crash or 'nan'")
    func infiniteWeight() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = try writeChecklist(dir, weights: [".inf"])
        let message = "\(list):5: 'weight' must be a number greater than 0 and at most 1000, not '.inf'."
        let validate = try CLI.run(["checklist", "validate", list])
        #expect(validate.status == 2 && validate.stdout.contains(message), "\(validate.stdout)")
        let stats = try CLI.run(["stats", "--quiet", "--checklist", list, "Corpus/texts/zh-01-village.txt"])
        #expect(stats.status == 2 && stats.stderr.contains(message), "\(stats.stderr)")
        #expect(stats.stdout.isEmpty)
        let json = try CLI.run(["audit", "--format", "json", "--checklist", list, "Corpus/texts/zh-01-village.txt"])
        #expect(json.status == 2 && json.stderr.contains(message) && !json.stderr.contains("EncodingError"), "\(json.stderr)")
        let text = try CLI.run(["audit", "--checklist", list, "Corpus/texts/zh-01-village.txt"])
        #expect(text.status == 2 && text.stderr.contains(message))
        #expect(!(text.stdout + text.stderr).contains("nan"))
    }

    @Test("two weights of 1e308 (a sum that overflows), .nan, 0, -1 and 1001 are refused; 1000 and 0.5 pass")
    func outOfRangeWeights() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let huge = try CLI.run(["checklist", "validate", try writeChecklist(dir, weights: ["1e308", "1e308"])])
        #expect(huge.status == 2)
        #expect(huge.stdout.contains(":5: 'weight' must be a number greater than 0 and at most 1000, not '1e308'."))
        #expect(huge.stdout.contains(":8: 'weight' must be a number greater than 0 and at most 1000, not '1e308'."))
        for bad in [".nan", "0", "-1", "1001", "-.inf"] {
            let result = try CLI.run(["checklist", "validate", try writeChecklist(dir, weights: [bad])])
            #expect(result.status == 2 && result.stdout.contains("'weight' must be a number greater than 0 and at most 1000, not '\(bad)'."), "\(bad): \(result.stdout)")
        }
        let good = try CLI.run(["checklist", "validate", try writeChecklist(dir, weights: ["1000", "0.5"])])
        #expect(good.status == 0, "\(good.stdout)")
    }

    @Test("min_score: .nan is refused with the key and the value")
    func nanThreshold() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("c.yaml").path
        try "sections:\n  - id: a\n    categories: [study]\n    covered: {min_score: .nan}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CLI.run(["checklist", "validate", path])
        #expect(result.status == 2 && result.stdout.contains("\(path):4: 'covered.min_score' must be a number from 0 to 1, not '.nan'."), "\(result.stdout)")
    }

    @Test("stats merge: a partial whose inputs were edited to 2^63-1 is refused (checksum), no trap; no output written")
    func hugeInputsEdited() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let text = try #require(contents(parts[0]))
        let edited = text.replacingOccurrences(of: #""inputs":\d+"#, with: "\"inputs\":9223372036854775807", options: .regularExpression)
        #expect(edited != text)
        try edited.write(toFile: parts[0], atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("report.json").path
        let result = try CLI.run(["stats", "merge", "-o", out] + parts)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("\(parts[0]):1: the checksum does not match the content"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    // MARK: - 4. Merges that cannot lie

    @Test("the same shard twice is refused, naming both places; no report")
    func sameShardTwice() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let result = try CLI.run(["stats", "merge", parts[0], parts[0], parts[1], parts[2]])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(parts[0]):1: shard 1 of 3 was already given in \(parts[0]):1; the same shard twice would count its inputs twice."), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("overlapping shard sets (a merged partial and one of its shards) are refused")
    func overlappingShards() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let merged = dir.appendingPathComponent("m12.json").path
        let partial = try CLI.run(["stats", "merge", "--partial", "-o", merged, parts[0], parts[1]])
        #expect(partial.status == 0, "\(partial.stderr)")
        let result = try CLI.run(["stats", "merge", merged, parts[1], parts[2]])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(parts[1]):1: shard 2 of 3 is also in \(merged):1; overlapping partials would count their inputs twice."), "\(result.stderr)")
        // The merged partial with the missing shard is the whole report.
        let whole = try CLI.run(["stats", "merge", merged, parts[2]])
        let single = try CLI.run(["stats", "--quiet", "Corpus/texts"])
        #expect(whole.status == 0 && whole.stdout == single.stdout)
    }

    @Test("partials made with different lexicons are refused, naming the lexicon")
    func mixedConfigurations() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = dir.appendingPathComponent("extra.lex").path
        try "[test-extra-concept]\ncategories = study:1.0\nzh = 学习强国平台\n".write(toFile: lexicon, atomically: true, encoding: .utf8)
        let plain = try shards(in: dir)
        let other = dir.appendingPathComponent("other-2.json").path
        let made = try CLI.run(["stats", "--quiet", "--shard", "2/3", "--run-id", "run-1", "--lexicon", lexicon, "-o", other, "Corpus/texts"])
        #expect(made.status == 0, "\(made.stderr)")
        let result = try CLI.run(["stats", "merge", plain[0], other, plain[2]])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(other):1: the partial result was made with another lexicon ("), "\(result.stderr)")
        #expect(result.stderr.contains("than \(plain[0]):1 ("))
    }

    @Test("a 0-byte or blank partial is refused, naming it")
    func emptyPartials() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        for (name, text) in [("empty.json", ""), ("blank.json", "\n   \n\t\n")] {
            let path = dir.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let result = try CLI.run(["stats", "merge"] + parts + [path])
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(path): holds no partial result (it is empty or blank)"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let stdin = try CLI.run(["stats", "merge", "-"], stdin: "")
        #expect(stdin.status == 2 && stdin.stderr.contains("<stdin>: holds no partial result"))
    }

    @Test("an incomplete set is refused; --allow-partial-set merges it and names the missing shard on stderr")
    func incompleteSet() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let refused = try CLI.run(["stats", "merge", parts[0], parts[2]])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the partial results of run 'run-1' lack shard 2 of 3; merge them all, or give --allow-partial-set"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let allowed = try CLI.run(["stats", "merge", "--allow-partial-set", parts[0], parts[2]])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stderr.contains("run 'run-1' lacks shard 2 of 3; merged the 2 present (--allow-partial-set)."), "\(allowed.stderr)")
        let inputs = try parts.map { path -> Int in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            return object?["inputs"] as? Int ?? -1
        }
        let report = try JSONSerialization.jsonObject(with: Data(allowed.stdout.utf8)) as? [String: Any]
        #expect((report?["counts"] as? [String: Any])?["inputs"] as? Int == inputs[0] + inputs[2])
    }

    @Test("shards of different runs are refused, with the hint to share --run-id")
    func differentRuns() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try shards(in: dir, run: "run-a")
        let second = dir.appendingPathComponent("b2.json").path
        #expect(try CLI.run(["stats", "--quiet", "--shard", "2/3", "-o", second, "Corpus/texts"]).status == 0)
        let result = try CLI.run(["stats", "merge", first[0], second, first[2]])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(second):1: the partial result belongs to run '"), "\(result.stderr)")
        #expect(result.stderr.contains("\(first[0]):1 to run 'run-a'; only shards of one run merge (give every shard of a set the same --run-id)."))
    }

    @Test("a partial with edited counts (negative summaries, a histogram bin) fails its checksum, naming the file")
    func tamperedCounts() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let text = try #require(contents(parts[1]))
        for edit in [(#""summaries":\d+"#, "\"summaries\":-3"), (#""counts":\[\d+"#, "\"counts\":[999")] {
            let edited = text.replacingOccurrences(of: edit.0, with: edit.1, options: .regularExpression)
            #expect(edited != text)
            try edited.write(toFile: parts[1], atomically: true, encoding: .utf8)
            let result = try CLI.run(["stats", "merge"] + parts)
            #expect(result.status == 2)
            #expect(result.stderr.contains("\(parts[1]):1: the checksum does not match the content"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("a schema-version-1 partial (no identity) is refused with the reason")
    func oldSchema() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let parts = try shards(in: dir)
        let old = try #require(contents(parts[0])).replacingOccurrences(of: "\"schema_version\":2", with: "\"schema_version\":1")
        try old.write(toFile: parts[0], atomically: true, encoding: .utf8)
        let result = try CLI.run(["stats", "merge"] + parts)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(parts[0]):1: the partial result has schema version 1; this summarykit reads version 2. Version 1 partials have no identity"), "\(result.stderr)")
    }

    @Test("--part K/N labels without selecting, and a set of parts merges to the report of the whole; bad --run-id and --part are usage errors")
    func partsAndRunIDs() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try FileManager.default.contentsOfDirectory(atPath: "Corpus/texts").filter { $0.hasSuffix(".txt") }.sorted()
            .map { "Corpus/texts/" + $0 }
        let half = files.count / 2
        var parts = [String]()
        for (k, slice) in [Array(files[..<half]), Array(files[half...])].enumerated() {
            let path = dir.appendingPathComponent("part-\(k + 1).json").path
            let result = try CLI.run(["stats", "--quiet", "--part", "\(k + 1)/2", "--run-id", "spark-1", "-o", path] + slice)
            #expect(result.status == 0, "\(result.stderr)")
            parts.append(path)
        }
        let merged = try CLI.run(["stats", "merge"] + parts)
        let single = try CLI.run(["stats", "--quiet"] + files)
        #expect(merged.status == 0 && merged.stdout == single.stdout, "\(merged.stderr)")
        let badRun = try CLI.run(["stats", "--run-id", "no spaces", "Corpus/texts"])
        #expect(badRun.status == 2 && badRun.stderr.contains("--run-id takes 1 to 128 ASCII letters"))
        let badPart = try CLI.run(["stats", "--part", "3/2", "Corpus/texts"])
        #expect(badPart.status == 2 && badPart.stderr.contains("--part takes K/N"))
        let both = try CLI.run(["stats", "--part", "1/2", "--shard", "1/2", "Corpus/texts"])
        #expect(both.status == 2 && both.stderr.contains("use one"))
    }
}
