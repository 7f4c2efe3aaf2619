import Foundation
import Testing

/// Golden-output tests: `summarykit audit` in every format on a small fixture
/// (Fixtures/golden-input.txt: five sections, no discipline section, two unfilled
/// placeholders; many-placeholders.txt repeats them, for grouped findings), in English and
/// with `--lang zh`, compared byte for byte with the committed files in Fixtures/golden/. A change
/// to a report format therefore shows up as a diff of those files in review.
///
/// To accept a deliberate format change, regenerate the files and commit them with the change:
///
///     SUMMARYKIT_UPDATE_GOLDEN=1 swift test --skip-build --filter GoldenOutputTests
///     git diff Tests/SummaryKitCLITests/Fixtures/golden/
///
/// The CLI runs from the repository root with relative paths (CLI.run), and the outputs hold no
/// dates or absolute paths; the tool version in SARIF is replaced by `<version>` so that a
/// release does not rewrite the goldens.
@Suite("golden audit outputs")
struct GoldenOutputTests {
    static let input = "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"
    static let second = "Tests/SummaryKitCLITests/Fixtures/no-mass-work.txt"
    /// A summary with the same placeholders many times: one finding per placeholder.
    static let repeated = "Tests/SummaryKitCLITests/Fixtures/many-placeholders.txt"
    /// The environment of every run: no colour, and English unless `--lang` says otherwise
    /// (an empty LC_ALL or LC_MESSAGES counts as unset).
    static let environment = ["NO_COLOR": "1", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"]
    static let directory = "Tests/SummaryKitCLITests/Fixtures/golden"
    static var updating: Bool { ProcessInfo.processInfo.environment["SUMMARYKIT_UPDATE_GOLDEN"] == "1" }

    struct Case: CustomTestStringConvertible, Sendable {
        var golden: String
        var arguments: [String]
        /// The terminal width the text report fits (COLUMNS).
        var columns = 80
        var testDescription: String { golden }
    }

    static let cases: [Case] = [
        Case(golden: "audit.text", arguments: ["audit", input]),
        Case(golden: "audit-120.text", arguments: ["audit", input], columns: 120),
        Case(golden: "audit.json", arguments: ["audit", "--format", "json", input]),
        Case(golden: "audit.md", arguments: ["audit", "--format", "markdown", input]),
        Case(golden: "audit.html", arguments: ["audit", "--format", "html", input]),
        Case(golden: "audit.sarif", arguments: ["audit", "--format", "sarif", input]),
        // Two files: the closing table, and FAIL verdicts under a higher pass mark.
        Case(golden: "audit-two-files.text", arguments: ["audit", "--fail-under", "90", input, second]),
        Case(golden: "audit-two-files-120.text", arguments: ["audit", "--fail-under", "90", input, second], columns: 120),
        Case(golden: "audit-two-files.md", arguments: ["audit", "--format", "markdown", "--fail-under", "90", input, second]),
        // The overview of several files, and --summary-only (no text, evidence or finding list).
        Case(golden: "audit-two-files.html", arguments: ["audit", "--format", "html", "--fail-under", "90", input, second]),
        Case(golden: "audit-summary-only.html", arguments: ["audit", "--format", "html", "--summary-only", "--fail-under", "90", input, second]),
        Case(golden: "audit-summary-only.md", arguments: ["audit", "--format", "markdown", "--summary-only", "--fail-under", "90", input, second]),
        // The same in Chinese.
        Case(golden: "audit-zh.text", arguments: ["audit", "--lang", "zh", input]),
        Case(golden: "audit-zh-120.text", arguments: ["audit", "--lang", "zh", input], columns: 120),
        Case(golden: "audit-zh.md", arguments: ["audit", "--lang", "zh", "--format", "markdown", input]),
        Case(golden: "audit-zh.html", arguments: ["audit", "--lang", "zh", "--format", "html", input]),
        Case(golden: "audit-zh.sarif", arguments: ["audit", "--lang", "zh", "--format", "sarif", input]),
        Case(golden: "audit-two-files-zh.text", arguments: ["audit", "--lang", "zh", "--fail-under", "90", input, second]),
        Case(golden: "audit-two-files-zh-120.text", arguments: ["audit", "--lang", "zh", "--fail-under", "90", input, second], columns: 120),
        Case(golden: "audit-two-files-zh.md", arguments: ["audit", "--lang", "zh", "--format", "markdown", "--fail-under", "90", input, second]),
        // Repeated placeholders: one finding each, with its places.
        Case(golden: "audit-repeated.text", arguments: ["audit", "--lang", "en", repeated]),
        Case(golden: "audit-repeated-zh.text", arguments: ["audit", "--lang", "zh", repeated]),
        Case(golden: "audit-repeated-zh-120.text", arguments: ["audit", "--lang", "zh", repeated], columns: 120),
        Case(golden: "audit-repeated.md", arguments: ["audit", "--lang", "en", "--format", "markdown", repeated]),
        Case(golden: "audit-repeated.json", arguments: ["audit", "--format", "json", repeated]),
        Case(golden: "audit-repeated.sarif", arguments: ["audit", "--format", "sarif", repeated]),
    ] + copyCases

    /// Copied text: the fixture handed in again by another branch (Fixtures/golden-copy.txt:
    /// names, numbers and years changed, two sections swapped), against the fixture.
    static let copy = "Tests/SummaryKitCLITests/Fixtures/golden-copy.txt"
    static let copyCases: [Case] = [
        Case(golden: "audit-copy.text", arguments: ["audit", "--reference", input, copy]),
        Case(golden: "audit-copy.json", arguments: ["audit", "--format", "json", "--reference", input, copy]),
        Case(golden: "audit-copy.md", arguments: ["audit", "--format", "markdown", "--reference", input, copy]),
        Case(golden: "audit-copy.html", arguments: ["audit", "--format", "html", "--reference", input, copy]),
        Case(golden: "audit-copy.sarif", arguments: ["audit", "--format", "sarif", "--reference", input, copy]),
    ]

    @Test("output matches the committed golden file", arguments: cases)
    func golden(_ test: Case) throws {
        let result = try CLI.run(test.arguments, environment: Self.environment.merging(["COLUMNS": String(test.columns)]) { $1 })
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.status == 0 || result.status == 1)
        var output = result.stdout
        if test.golden.hasSuffix(".sarif") { output = try Self.normaliseToolVersion(output) }
        #expect(!output.contains(CLI.repoRoot.path), "no absolute paths in \(test.golden)")
        let path = CLI.path("\(Self.directory)/\(test.golden)")
        if Self.updating {
            try FileManager.default.createDirectory(atPath: CLI.path(Self.directory), withIntermediateDirectories: true)
            try output.write(toFile: path, atomically: true, encoding: .utf8)
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("\(Self.directory)/\(test.golden) is missing; create it with SUMMARYKIT_UPDATE_GOLDEN=1")
            return
        }
        #expect(output == expected, """
            \(test.golden) differs from the committed golden file \(Self.firstDifference(output, expected)).
            If the change is deliberate: SUMMARYKIT_UPDATE_GOLDEN=1 swift test --skip-build --filter GoldenOutputTests
            """)
    }

    @Test("the outputs are deterministic from run to run")
    func deterministic() throws {
        for test in Self.cases {
            let environment = Self.environment.merging(["COLUMNS": String(test.columns)]) { $1 }
            let first = try CLI.run(test.arguments, environment: environment)
            let second = try CLI.run(test.arguments, environment: environment)
            #expect(first.stdout == second.stdout, "\(test.golden)")
        }
    }

    /// Replaces the driver's version (`summarykit --version` prints `summarykit 0.1.0 (ICU …)`)
    /// by `<version>`.
    static func normaliseToolVersion(_ sarif: String) throws -> String {
        let words = try CLI.run(["--version"]).stdout.split(separator: " ")
        let version = try #require(words.count > 1 ? String(words[1]) : nil)
        let needle = "\"version\" : \"\(version)\""
        #expect(sarif.contains(needle), "the SARIF driver carries the tool version")
        return sarif.replacingOccurrences(of: needle, with: "\"version\" : \"<version>\"")
    }

    /// Where two texts first differ, as `at line N: got … expected …`.
    static func firstDifference(_ got: String, _ expected: String) -> String {
        let a = got.components(separatedBy: "\n"), b = expected.components(separatedBy: "\n")
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "<end of output>"
            let y = i < b.count ? b[i] : "<end of file>"
            if x != y { return "at line \(i + 1):\n  got:      \(x)\n  expected: \(y)" }
        }
        return "(no line differs)"
    }
}
