import Foundation
import Testing

/// `--lang zh|en` and its default from the environment, and repeated findings grouped in the
/// machine-readable outputs (#18 item 2).
@Suite("audit --lang and grouped findings")
struct LanguageCommandTests {
    static let input = "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"
    static let repeated = "Tests/SummaryKitCLITests/Fixtures/many-placeholders.txt"
    /// No language variable set (an empty one counts as unset).
    static let unset = ["NO_COLOR": "1", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

    static func environment(_ values: [String: String]) -> [String: String] {
        unset.merging(values) { $1 }
    }

    @Test("the default language comes from LC_ALL, then LC_MESSAGES, then LANG", arguments: [
        (["LANG": "zh_CN.UTF-8"], true),
        (["LANG": "en_US.UTF-8"], false),
        ([:], false),
        (["LANG": "C"], false),
        (["LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"], false),
        (["LC_ALL": "zh_CN.UTF-8", "LANG": "C"], true),
        (["LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_GB.UTF-8"], true),
    ])
    func defaultLanguage(_ variables: [String: String], chinese: Bool) throws {
        let result = try CLI.run(["audit", Self.input], environment: Self.environment(variables))
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("结论：不通过") == chinese, "\(variables): \(result.stdout)")
        #expect(result.stdout.contains("verdict: FAIL") == !chinese, "\(variables)")
        #expect(result.stdout.contains("纪律作风与党风廉政建设  ░") == chinese, "Chinese section titles, not ids")
    }

    @Test("--lang overrides the environment")
    func option() throws {
        let zh = try CLI.run(["audit", "--lang", "zh", Self.input], environment: Self.environment(["LANG": "en_US.UTF-8"]))
        #expect(zh.stdout.contains("结论：不通过") && zh.stdout.contains("已覆盖") && zh.stdout.contains("缺失"))
        #expect(zh.stdout.contains("模板占位符“XXX”未填写。"))
        #expect(!zh.stdout.contains("member_development"))
        let en = try CLI.run(["audit", "--lang", "en", Self.input], environment: Self.environment(["LC_ALL": "zh_CN.UTF-8"]))
        #expect(en.stdout.contains("verdict: FAIL") && en.stdout.contains("member_development"))
        let bad = try CLI.run(["audit", "--lang", "fr", Self.input], environment: Self.unset)
        #expect(bad.status == 64 || bad.status == 2, "a usage error")
        #expect(bad.stderr.contains("--lang"))
    }

    @Test("JSON keeps its ids and English messages in any language, and adds every language's message")
    func jsonStable() throws {
        let en = try CLI.run(["audit", "--format", "json", Self.input], environment: Self.environment(["LANG": "C"]))
        let zh = try CLI.run(["audit", "--format", "json", "--lang", "zh", Self.input], environment: Self.environment(["LANG": "zh_CN.UTF-8"]))
        #expect(en.stdout == zh.stdout, "JSON does not depend on the language")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(en.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let summary = try #require((files.first?["summaries"] as? [[String: Any]])?.first)
        let sections = try #require(summary["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["id"] as? String } == ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"])
        #expect(sections.compactMap { $0["status"] as? String } == ["covered", "missing", "covered", "covered", "covered", "covered"])
        let findings = try #require(summary["findings"] as? [[String: Any]])
        #expect(findings.compactMap { $0["rule"] as? String } == ["section-missing", "placeholder", "placeholder"])
        #expect(findings.compactMap { $0["severity"] as? String } == ["error", "warning", "warning"])
        #expect(findings[1]["message"] as? String == "The template placeholder 'XXX' was never filled in.")
        #expect((findings[1]["messages"] as? [String: String]) == ["en": "The template placeholder 'XXX' was never filled in.",
                                                                    "zh": "模板占位符“XXX”未填写。"])
        for finding in findings {
            let keys = Set(finding.keys)
            #expect(keys.isSuperset(of: ["rule", "severity", "line", "column", "start", "end", "message"]))
        }
    }

    @Test("repeated placeholders are one finding with every place in JSON, and one SARIF result with a location each")
    func grouped() throws {
        let json = try CLI.run(["audit", "--format", "json", Self.repeated], environment: Self.unset)
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(((object["files"] as? [[String: Any]])?.first?["summaries"] as? [[String: Any]])?.first)
        let findings = try #require(summary["findings"] as? [[String: Any]])
        let placeholders = findings.filter { $0["rule"] as? String == "placeholder" }
        #expect(placeholders.count == 3, "XX, 20xx and XXX once each")
        let xxx = try #require(placeholders.first { ($0["message"] as? String)?.contains("'XXX'") == true })
        let places = try #require(xxx["places"] as? [[String: Int]])
        #expect(places.count == 11)
        #expect(places.first?["line"] == xxx["line"] as? Int && places.first?["column"] == xxx["column"] as? Int
                && places.first?["start"] == xxx["start"] as? Int && places.first?["end"] == xxx["end"] as? Int,
                "the first place is the finding's own")
        #expect(places.map { $0["start"] ?? 0 } == places.map { $0["start"] ?? 0 }.sorted())

        let sarif = try CLI.run(["audit", "--format", "sarif", "--lang", "zh", Self.repeated], environment: Self.unset)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == findings.count)
        let result = try #require(results.first { ($0["message"] as? [String: String])?["text"] == "模板占位符“XXX”未填写。" })
        #expect(result["ruleId"] as? String == "placeholder")
        let locations = try #require(result["locations"] as? [[String: Any]])
        #expect(locations.count == 11)
        let lines = locations.compactMap { (($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int }
        #expect(lines == places.compactMap { $0["line"] })
    }

    @Test("stats Markdown and HTML follow --lang and the environment; JSON does not")
    func stats() throws {
        let files = [Self.input, "Tests/SummaryKitCLITests/Fixtures/no-mass-work.txt"]
        let zh = try CLI.run(["stats", "--quiet", "--format", "markdown"] + files, environment: Self.environment(["LANG": "zh_CN.UTF-8"]))
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.hasPrefix("# 党支部工作总结语料统计"))
        #expect(zh.stdout.contains("| 检查项 | 已覆盖 | 薄弱 | 缺失 |") && zh.stdout.contains("| 纪律作风与党风廉政建设 | 1 | 0 | 1 |"))
        let en = try CLI.run(["stats", "--quiet", "--format", "markdown", "--lang", "en"] + files, environment: Self.environment(["LANG": "zh_CN.UTF-8"]))
        #expect(en.stdout.hasPrefix("# SummaryKit corpus statistics") && en.stdout.contains("| discipline | 1 | 0 | 1 |"))
        let html = try CLI.run(["stats", "--quiet", "--format", "html", "--lang", "zh"] + files, environment: Self.unset)
        #expect(html.stdout.contains("<html lang=\"zh-CN\">") && html.stdout.contains("<h1>党支部工作总结语料统计</h1>"))
        let jsonZh = try CLI.run(["stats", "--quiet", "--format", "json", "--lang", "zh"] + files, environment: Self.unset)
        let jsonEn = try CLI.run(["stats", "--quiet", "--format", "json"] + files, environment: Self.unset)
        #expect(jsonZh.stdout == jsonEn.stdout)
    }

    @Test("checklist show explains the rules in the report language; the YAML is the same")
    func checklistShow() throws {
        let zh = try CLI.run(["checklist", "show", "--lang", "zh"], environment: Self.unset)
        let en = try CLI.run(["checklist", "show"], environment: Self.unset)
        #expect(zh.stdout.hasPrefix("# 按本检查清单审核一篇总结的规则："))
        #expect(en.stdout.hasPrefix("# How a summary is judged against this checklist:"))
        func yaml(_ text: String) -> String { text.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
        #expect(yaml(zh.stdout) == yaml(en.stdout) && yaml(en.stdout).contains("title_zh: \"学习教育\""))
    }

    @Test("input and checklist errors are in the report language on standard error")
    func errors() throws {
        let directory = try CLI.temporaryDirectory("sk-lang-errors")
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt").path
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let zh = try CLI.run(["audit", "--lang", "zh", empty], environment: Self.unset)
        #expect(zh.status == 2)
        #expect(zh.stderr.contains("\(empty)：文件是空的。"), "\(zh.stderr)")
        let en = try CLI.run(["audit", empty], environment: Self.unset)
        #expect(en.stderr.contains("\(empty): the file is empty."))
        let json = try CLI.run(["audit", "--lang", "zh", "--format", "json", empty], environment: Self.unset)
        #expect(json.stdout.contains("\"message\" : \"\(empty): the file is empty.\""), "JSON errors stay English")
        let folder = directory.appendingPathComponent("no-files")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let none = try CLI.run(["audit", "--lang", "zh", folder.path], environment: Self.unset)
        #expect(none.stderr.contains("\(folder.path)：文件夹中没有可读取的文件"), "\(none.stderr)")
        let noneEn = try CLI.run(["audit", folder.path], environment: Self.unset)
        #expect(noneEn.stderr.contains("\(folder.path): no supported files (.txt, .docx, .html, .htm) in the folder."))
        let checklist = directory.appendingPathComponent("bad.yaml")
        try "sections:\n  - id: x\n    categories: [nothing]\n".write(to: checklist, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["audit", "--lang", "zh", "--checklist", checklist.path, Self.input], environment: Self.unset)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("检查清单有 1 处错误"), "\(bad.stderr)")
    }

    @Test("Markdown and HTML follow --lang")
    func documents() throws {
        let markdown = try CLI.run(["audit", "--lang", "zh", "--format", "markdown", Self.input], environment: Self.unset)
        #expect(markdown.stdout.hasPrefix("# 党支部工作总结审核报告"))
        #expect(markdown.stdout.contains("| 检查项 | 状态 | 得分 | 段落数 | 最佳证据段落 |"))
        let html = try CLI.run(["audit", "--lang", "zh", "--format", "html", Self.input], environment: Self.unset)
        #expect(html.stdout.contains("<html lang=\"zh-CN\">") && html.stdout.contains("<th>检查项</th>"))
        #expect(html.stdout.contains("class=\"fail\">不通过</span>"))
    }
}
