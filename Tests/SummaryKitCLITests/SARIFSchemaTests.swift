import Foundation
import Testing

/// `audit --format sarif` against the official OASIS SARIF 2.1.0 schema, committed as
/// Docs/schemas/sarif-schema-2.1.0.json. The schema is draft-07 with `oneOf`/`anyOf`, patterns
/// and formats, more than the small checker in JSONSchema.swift understands, so the validation
/// is Python's `jsonschema` (scripts/validate-json-schema.py; scripts/bootstrap.sh installs it).
@Suite("SARIF against the 2.1.0 schema")
struct SARIFSchemaTests {
    static let schema = "Docs/schemas/sarif-schema-2.1.0.json"
    static let validator = "scripts/validate-json-schema.py"

    /// Validates `document` and returns the validator's exit status and its messages.
    func validate(_ document: String) throws -> (status: Int32, messages: String) {
        let result = try CLI.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                 ["python3", Self.validator, Self.schema, "-"], stdin: document)
        if result.status == 3 || result.status == 127 {
            Issue.record("python3 with jsonschema is needed for this test (run scripts/bootstrap.sh): \(result.stderr)")
        }
        return (result.status, result.stdout + result.stderr)
    }

    @Test("the committed schema is the SARIF 2.1.0 schema")
    func schemaFile() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLI.path(Self.schema)))
        let schema = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect((schema["title"] as? String)?.contains("Version 2.1.0") == true)
        #expect((schema["$id"] as? String)?.hasSuffix("sarif-schema-2.1.0.json") == true)
        let version = ((schema["properties"] as? [String: Any])?["version"] as? [String: Any])?["enum"] as? [String]
        #expect(version == ["2.1.0"])
    }

    @Test("audit --format sarif validates, zh and en, one file and several", arguments: [
        ["Corpus/texts/zh-18-street.txt"],
        ["Corpus/texts/en-03-multi.txt"],
        ["Corpus/texts/zh-10-short.txt", "Corpus/texts/zh-05-multi.txt", "Corpus/texts/en-12-mixed.txt",
         "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"],
        // Grouped findings (a result with several locations), messages in Chinese.
        ["--lang", "zh", "Tests/SummaryKitCLITests/Fixtures/many-placeholders.txt", "Corpus/texts/zh-18-street.txt"],
    ])
    func corpus(_ files: [String]) throws {
        let sarif = try CLI.run(["audit", "--format", "sarif"] + files)
        #expect(sarif.status == 0 || sarif.status == 1, "\(sarif.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        #expect(!results.isEmpty, "the check should see real results, not an empty run")
        let (status, messages) = try validate(sarif.stdout)
        #expect(status == 0, "SARIF for \(files) does not match the 2.1.0 schema:\n\(messages)")
    }

    @Test("a .docx or .html finding has no region (its lines are the extracted text's); a .txt finding has one")
    func regions() throws {
        let docx = "Tests/SummaryKitTests/Fixtures/structure/zh-02-community.docx"
        let html = "Tests/SummaryKitTests/Fixtures/structure/page.html"
        let text = "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"
        let result = try CLI.run(["audit", "--format", "sarif", docx, html, text])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        #expect(try validate(result.stdout).status == 0)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        var seen = Set<String>()
        for entry in results {
            let location = try #require(((entry["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let message = try #require((entry["message"] as? [String: Any])?["text"] as? String)
            seen.insert(uri)
            if uri.hasSuffix(".txt") {
                let region = try #require(location["region"] as? [String: Any])
                #expect((region["startLine"] as? Int ?? 0) >= 1)
                #expect(!message.contains("extracted"))
            } else {
                #expect(location["region"] == nil, "\(uri)")
                #expect(message.contains("of the text extracted from the \(uri.hasSuffix(".docx") ? "docx" : "html") file)"), "\(message)")
            }
        }
        #expect(seen.contains { $0.hasSuffix(".docx") } && seen.contains { $0.hasSuffix(".txt") })
    }

    @Test("a relative path is a uri relative to SRCROOT, an absolute one a file:// URI")
    func uris() throws {
        let relative = "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"
        for (path, expectedURI, base) in [(relative, relative, "SRCROOT" as String?), (CLI.path(relative), "file://" + CLI.path(relative), nil)] {
            let result = try CLI.run(["audit", "--format", "sarif", path])
            #expect(try validate(result.stdout).status == 0)
            let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let run = try #require((log["runs"] as? [[String: Any]])?.first)
            #expect((run["originalUriBaseIds"] as? [String: Any])?["SRCROOT"] != nil)
            let results = try #require(run["results"] as? [[String: Any]])
            #expect(!results.isEmpty)
            for entry in results {
                let location = try #require(((entry["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
                let artifact = try #require(location["artifactLocation"] as? [String: Any])
                #expect(artifact["uri"] as? String == expectedURI)
                #expect(artifact["uriBaseId"] as? String == base)
            }
        }
    }

    @Test("a broken SARIF log fails validation, naming what is wrong")
    func brokenLogFails() throws {
        let good = try CLI.run(["audit", "--format", "sarif", "Corpus/texts/zh-10-short.txt"]).stdout
        #expect(try validate(good).status == 0)
        // The same log with three faults a consumer would choke on.
        var log = try #require(try JSONSerialization.jsonObject(with: Data(good.utf8)) as? [String: Any])
        log["version"] = "2.0.0"
        var runs = try #require(log["runs"] as? [[String: Any]])
        var results = try #require(runs[0]["results"] as? [[String: Any]])
        results[0]["level"] = "fatal"
        results[0]["locations"] = [["physicalLocation": ["artifactLocation": ["uri": "x.txt"], "region": ["startLine": 0]]]]
        runs[0]["results"] = results
        log["runs"] = runs
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: log), as: UTF8.self)
        let (status, messages) = try validate(broken)
        #expect(status == 1)
        #expect(messages.contains("'2.0.0' is not one of ['2.1.0']"), "\(messages)")
        #expect(messages.contains("'fatal' is not one of"), "\(messages)")
        #expect(messages.contains("0 is less than the minimum of 1"), "\(messages)")
        // And a log without its required members.
        let (emptyStatus, emptyMessages) = try validate("{\"runs\": [{}]}")
        #expect(emptyStatus == 1)
        #expect(emptyMessages.contains("'version' is a required property"), "\(emptyMessages)")
        #expect(emptyMessages.contains("'tool' is a required property"), "\(emptyMessages)")
    }
}
