import Foundation
import Testing

/// scripts/test.sh names the slow suites by type (this toolchain's `swift test` cannot filter by
/// tag): its list must be exactly the suites tagged `.slow`.
@Suite("the slow-suite list in scripts/test.sh")
struct SlowSuiteListTests {
    @Test("scripts/test.sh lists exactly the suites tagged .slow")
    func listMatchesTags() throws {
        let script = try String(contentsOfFile: CLI.path("scripts/test.sh"), encoding: .utf8)
        let line = try #require(script.split(separator: "\n").first { $0.hasPrefix("slow_suites=") })
        let listed = Set(line.dropFirst("slow_suites=".count).trimmingCharacters(in: CharacterSet(charactersIn: "'")).split(separator: "|").map(String.init))
        var tagged = Set<String>()
        for folder in ["Tests/SummaryKitTests", "Tests/SummaryKitCLITests"] {
            let root = CLI.path(folder)
            let files = try #require(FileManager.default.enumerator(atPath: root))
            for case let name as String in files where name.hasSuffix(".swift") {
                let lines = try String(contentsOfFile: root + "/" + name, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (i, line) in lines.enumerated() where line.hasPrefix("@Suite(") && line.contains(".tags(.slow)") {
                    // The type follows the attribute: `struct NameTests {`.
                    let declaration = try #require(lines[(i + 1)...].first { $0.hasPrefix("struct ") || $0.hasPrefix("final class ") })
                    let words = declaration.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "{" })
                    let keyword = try #require(words.firstIndex { $0 == "struct" || $0 == "class" })
                    tagged.insert(String(words[keyword + 1]))
                }
            }
        }
        #expect(tagged.count == 7)
        #expect(listed == tagged)
    }
}
