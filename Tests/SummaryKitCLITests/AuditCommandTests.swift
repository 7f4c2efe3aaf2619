import Foundation
import Testing

@Suite("summarykit audit")
struct AuditCommandTests {
    /// `text` with every run of spaces as one space.
    static func spaced(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    func temporaryDirectory() throws -> URL { try CLI.temporaryDirectory("sk-audit") }

    /// A terminal wide enough that no line of the text report wraps (these tests read lines).
    let wide = ["COLUMNS": "200"]

    @Test("exit 0 when every summary passes, 1 when one does not")
    func exitCodes() throws {
        let pass = try CLI.run(["audit", "Corpus/texts/zh-07-government.txt"])
        #expect(pass.status == 0, "\(pass.stderr)")
        #expect(pass.stdout.contains("verdict: PASS"))
        let fail = try CLI.run(["audit", "Corpus/texts/zh-10-short.txt"])
        #expect(fail.status == 1)
        #expect(fail.stdout.contains("verdict: FAIL"))
        #expect(fail.stdout.contains("section-missing"))
        // A missing required section fails the summary at any coverage.
        let lenient = try CLI.run(["audit", "--fail-under", "0", "Corpus/texts/zh-10-short.txt"], environment: wide)
        #expect(lenient.status == 1)
        #expect(lenient.stdout.contains("verdict: FAIL — required sections missing: "), "\(lenient.stdout)")
    }

    @Test("a summary missing a required section fails at any coverage; one the checklist does not require may be missing")
    func requiredSectionRule() throws {
        let missing = "Tests/SummaryKitCLITests/Fixtures/no-mass-work.txt"
        for mark in ["0", "50", "83"] {
            let result = try CLI.run(["audit", "--format", "json", "--fail-under", mark, missing])
            #expect(result.status == 1, "--fail-under \(mark)")
            let summary = try #require(Self.summaries(result.stdout).first)
            #expect(summary["passed"] as? Bool == false)
            #expect((summary["coverage"] as? Double ?? 0) >= Double(mark) ?? 100)
        }
        let text = try CLI.run(["audit", "--fail-under", "50", missing], environment: wide)
        #expect(text.stdout.contains("verdict: FAIL — required section missing: mass_work (5/6 sections covered, coverage 83.3 ≥ 50)"),
                "\(text.stdout)")
        // The same checklist with mass_work optional: the summary passes on its coverage.
        let shown = try CLI.run(["checklist", "show"])
        #expect(shown.stdout.contains("# A summary passes when its coverage reaches --fail-under"))
        let optional = shown.stdout.replacingOccurrences(
            of: "categories: [mass_work]\n    weight: 1.0\n    required: true", with: "categories: [mass_work]\n    weight: 1.0\n    required: false")
        #expect(optional != shown.stdout)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let checklist = directory.appendingPathComponent("optional-mass-work.yaml")
        try optional.write(to: checklist, atomically: true, encoding: .utf8)
        let passes = try CLI.run(["audit", "--checklist", checklist.path, "--fail-under", "50", missing], environment: wide)
        #expect(passes.status == 0, "\(passes.stdout)\(passes.stderr)")
        #expect(passes.stdout.contains("verdict: PASS — 5/6 sections covered, coverage 83.3 ≥ 50"), "\(passes.stdout)")
        #expect(Self.spaced(passes.stdout).contains("L1:1 warning section-missing"))
    }

    @Test("--fail-under 90: a summary without mass work fails on mass_work, a complete one passes")
    func failUnderNinety() throws {
        let missing = "Tests/SummaryKitCLITests/Fixtures/no-mass-work.txt"
        let fail = try CLI.run(["audit", "--fail-under", "90", missing], environment: wide)
        #expect(fail.status == 1, "\(fail.stdout)\(fail.stderr)")
        #expect(fail.stdout.contains("mass_work           ░░░░░░░░░░ missing"), "\(fail.stdout)")
        // Columns depend on the widest place and rule of the block: compared with runs of spaces as one.
        #expect(Self.spaced(fail.stdout).contains("L1:1 error section-missing The section 'mass_work' (群众工作 / Serving the masses) is missing."))
        #expect(fail.stdout.contains("verdict: FAIL — required section missing: mass_work (5/6 sections covered, coverage 83.3 < 90)"))
        // The same in JSON: mass_work is the one missing section, the summary did not pass.
        let json = try CLI.run(["audit", "--format", "json", "--fail-under", "90", missing])
        #expect(json.status == 1)
        let summary = try #require(Self.summaries(json.stdout).first)
        #expect(summary["passed"] as? Bool == false)
        let sections = try #require(summary["sections"] as? [[String: Any]])
        #expect(sections.filter { $0["status"] as? String == "missing" }.map { $0["id"] as? String } == ["mass_work"])
        // Every section covered, in a summary of our own and in a corpus file, zh and en.
        for complete in ["Tests/SummaryKitCLITests/Fixtures/complete.txt", "Corpus/texts/zh-07-government.txt", "Corpus/texts/en-01-school.txt"] {
            let pass = try CLI.run(["audit", "--format", "json", "--fail-under", "90", complete])
            #expect(pass.status == 0, "\(complete): \(pass.stderr)")
            for summary in try Self.summaries(pass.stdout) {
                #expect(summary["passed"] as? Bool == true, "\(complete)")
                #expect(summary["coverage"] as? Double == 100, "\(complete)")
                let statuses = (summary["sections"] as? [[String: Any]] ?? []).map { $0["status"] as? String }
                #expect(statuses == Array(repeating: "covered", count: 6), "\(complete): \(statuses)")
            }
            let text = try CLI.run(["audit", "--fail-under", "90", complete])
            #expect(text.status == 0)
            #expect(text.stdout.contains("verdict: PASS — 6/6 sections covered, coverage 100.0 ≥ 90"), "\(text.stdout)")
        }
    }

    static func summaries(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]] ?? []
        return files.flatMap { $0["summaries"] as? [[String: Any]] ?? [] }
    }

    @Test("exit 2 names a bad file and still reports the others, with a closing table")
    func badInput() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data([0x00, 0x01, 0x02, 0xFF, 0x10]).write(to: dir.appendingPathComponent("broken.txt"))
        try FileManager.default.copyItem(atPath: CLI.path("Corpus/texts/zh-07-government.txt"), toPath: dir.appendingPathComponent("good.txt").path)
        let result = try CLI.run(["audit", dir.path, "no/such/file.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.txt"))
        #expect(result.stderr.contains("no/such/file.txt: cannot read the file: no such file or directory."))
        #expect(result.stdout.contains("good.txt"))
        #expect(result.stdout.contains("3 files: 1 passed, 0 failed, 2 could not be read"))
    }

    @Test("--jobs takes a positive count; without it every core is used, with the same report", arguments: ["audit", "stats"])
    func jobs(command: String) throws {
        let zero = try CLI.run([command, "--jobs", "0", "Corpus/texts/zh-07-government.txt"])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--jobs must be at least 1, not 0."))
        let args = [command, "--format", "json", "Corpus/texts/zh-07-government.txt", "Corpus/texts/en-02-village.txt"]
        let one = try CLI.run(args + ["--jobs", "1"])
        let all = try CLI.run(args)
        #expect(one.status == all.status)
        #expect(one.stdout == all.stdout)
        #expect(!all.stdout.isEmpty)
    }

    @Test("'-' audits standard input like the same text in a file, before the files; empty input is named")
    func standardInput() throws {
        let path = "Corpus/texts/zh-07-government.txt"
        let text = try String(contentsOfFile: CLI.path(path), encoding: .utf8)
        let piped = try CLI.run(["audit", "--format", "json", "-"], stdin: text)
        let file = try CLI.run(["audit", "--format", "json", path])
        #expect(piped.status == file.status)
        #expect(piped.stdout.contains("\"file\" : \"<stdin>\""))
        #expect(piped.stdout.replacingOccurrences(of: "<stdin>", with: path) == file.stdout)
        let empty = try CLI.run(["audit", "-", "Corpus/texts/en-08-short.txt"], stdin: "")
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("<stdin>: the file is empty."))
        #expect(empty.stdout.contains("<stdin>"))
        #expect(empty.stdout.contains("en-08-short.txt"))
    }

    @Test("text output has no colour when not on a terminal")
    func noColour() throws {
        let result = try CLI.run(["audit", "Corpus/texts/zh-01-village.txt"])
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test("json output is stable and documented")
    func json() throws {
        let result = try CLI.run(["audit", "--format", "json", "Corpus/texts/zh-02-community.txt", "Corpus/texts/en-09-community.txt"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 1)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["Corpus/texts/zh-02-community.txt", "Corpus/texts/en-09-community.txt"])
        #expect(files[0]["language"] as? String == "zh")
        #expect(files[1]["language"] as? String == "en")
        let again = try CLI.run(["audit", "--format", "json", "Corpus/texts/zh-02-community.txt", "Corpus/texts/en-09-community.txt"])
        #expect(again.stdout == result.stdout, "deterministic")
    }

    @Test("sarif is SARIF 2.1.0 with one result per finding")
    func sarif() throws {
        let json = try CLI.run(["audit", "--format", "json", "Corpus/texts/zh-18-street.txt"])
        let sarif = try CLI.run(["audit", "--format", "sarif", "Corpus/texts/zh-18-street.txt"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = ((report["files"] as? [[String: Any]]) ?? []).flatMap { ($0["summaries"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        #expect(results.count == findings.count)
        #expect(results.count > 0)
        // Each result points exactly where its finding in the JSON report does, in the same order.
        for (result, finding) in zip(results, findings) {
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            #expect(region?["startLine"] as? Int == finding["line"] as? Int)
            #expect(region?["startColumn"] as? Int == finding["column"] as? Int)
            #expect(result["ruleId"] as? String == finding["rule"] as? String)
        }
    }

    @Test("html is one self-contained page; --output writes it atomically")
    func html() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.html").path
        let result = try CLI.run(["audit", "--format", "html", "--output", out, "Corpus/texts/zh-04-hospital.txt"])
        #expect(result.stdout.isEmpty)
        let page = try String(contentsOfFile: out, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("src=\"http"))
        #expect(!page.contains("href=\"http"))
        #expect(page.contains("三会一课"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(leftovers == ["report.html"], "no temporary file left behind")
    }

    @Test("html opens with an overview linking each file; --summary-only leaves out the text; other formats refuse it")
    func htmlOverviewAndSummaryOnly() throws {
        let full = try CLI.run(["audit", "--format", "html", "Examples/submissions/"])
        #expect(full.status == 1)
        let overview = try #require(full.stdout.range(of: "<section class=\"overview\" id=\"overview\">"))
        let firstFile = try #require(full.stdout.range(of: "<section class=\"file\" id=\"file-1\">"))
        #expect(overview.lowerBound < firstFile.lowerBound, "the overview comes first")
        #expect(full.stdout.contains("4 files · 4 summaries · <span class=\"pass\">3 passed</span> · <span class=\"fail\">1 failed</span>"))
        for n in 1...4 { #expect(full.stdout.contains("<a href=\"#file-\(n)\">") && full.stdout.contains("id=\"file-\(n)\"")) }
        #expect(full.stdout.contains("<tr><td>Discipline, conduct and clean government</td><td class=\"missing\">1 of 4</td>"))
        #expect(full.stdout.contains("@page{size:A4"))
        #expect(full.stdout.contains("class=\"unit paragraph\""))
        // No paragraph colour is a status colour (red, green, amber).
        for colour in ["#c53030", "#2f855a", "#b7791f"] {
            #expect(!full.stdout.contains("border-left-color:\(colour)"), "\(colour)")
        }

        let brief = try CLI.run(["audit", "--format", "html", "--summary-only", "Examples/submissions/"])
        #expect(brief.status == 1)
        #expect(brief.stdout.contains("<section class=\"overview\""))
        #expect(!brief.stdout.contains("class=\"unit "), "no paragraph-by-paragraph text")
        #expect(brief.stdout.contains("<code>placeholder</code> × 10"))
        #expect(brief.stdout.count < full.stdout.count / 2)

        let markdown = try CLI.run(["audit", "--format", "markdown", "--summary-only", "Examples/submissions/"])
        #expect(markdown.status == 1)
        #expect(markdown.stdout.contains("| section | status | score | paragraphs |\n"))
        #expect(!markdown.stdout.contains("best evidence"))

        for format in ["text", "json", "sarif"] {
            let refused = try CLI.run(["audit", "--format", format, "--summary-only", "Examples/submissions/"])
            #expect(refused.status == 2, "\(format)")
            #expect(refused.stderr.contains("--summary-only applies to --format html or markdown"))
        }
    }

    @Test("markdown and a custom checklist")
    func markdownChecklist() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let checklist = dir.appendingPathComponent("c.yaml")
        try "name: two\nsections:\n  - id: study\n    categories: [study]\n  - id: discipline\n    categories: [discipline]\n".write(to: checklist, atomically: true, encoding: .utf8)
        let result = try CLI.run(["audit", "--format", "markdown", "--checklist", checklist.path, "Corpus/texts/zh-10-short.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("| study | covered |"))
        #expect(!result.stdout.contains("| plans |"))
        let bad = dir.appendingPathComponent("bad.yaml")
        try "sections:\n  - id: x\n    categories: [nothing]\n".write(to: bad, atomically: true, encoding: .utf8)
        let validate = try CLI.run(["checklist", "validate", bad.path])
        #expect(validate.status == 2)
        #expect(validate.stdout == "\(bad.path):3: 'nothing' is not a category; use study, discipline, member_development, mass_work, shortcomings, plans.\n")
        let show = try CLI.run(["checklist", "show"])
        #expect(show.stdout.contains("- id: mass_work"))
    }
}
