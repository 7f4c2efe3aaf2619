import Foundation
import Testing

/// The text report on a real terminal: `script` gives the CLI a pseudo-terminal of a set size,
/// so colours and widths are decided as they are for a person at a shell.
@Suite("Terminal output")
struct TerminalTests {
    static let input = "Tests/SummaryKitCLITests/Fixtures/golden-input.txt"
    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/script") }

    /// Runs `summarykit audit` on a pty `columns` wide with the environment given.
    func onTerminal(columns: Int, _ environment: String) throws -> String {
        let command = "stty cols \(columns); \(environment) '\(CLI.executable.path)' audit \(Self.input)"
        let result = try CLI.run(executable: URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"])
        return result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
    }

    static func columns(_ line: Substring) -> Int {
        // Escapes take no room; wide characters two.
        let plain = line.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        return plain.unicodeScalars.reduce(0) { total, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            return total + (wide ? 2 : 1)
        }
    }

    @Test("colours on a terminal unless NO_COLOR is set to something or TERM is dumb; an empty NO_COLOR counts as unset",
          .enabled(if: TerminalTests.hasScript))
    func colours() throws {
        #expect(try onTerminal(columns: 100, "TERM=xterm NO_COLOR=").contains("\u{1B}[1;31mFAIL"))
        #expect(try onTerminal(columns: 100, "TERM=xterm env -u NO_COLOR").contains("\u{1B}["))
        #expect(!(try onTerminal(columns: 100, "TERM=xterm NO_COLOR=1")).contains("\u{1B}["))
        #expect(!(try onTerminal(columns: 100, "TERM=dumb NO_COLOR=")).contains("\u{1B}["))
    }

    @Test("every line fits the terminal's width, read from the pty when COLUMNS is not set",
          .enabled(if: TerminalTests.hasScript), arguments: [60, 80, 132])
    func width(columns: Int) throws {
        let output = try onTerminal(columns: columns, "TERM=xterm NO_COLOR=1 env -u COLUMNS")
        let lines = output.split(separator: "\n")
        #expect(lines.count > 10)
        for line in lines { #expect(Self.columns(line) <= columns, "\(Self.columns(line)) > \(columns): \(line)") }
        // The verdict and the findings are all there, wrapped rather than cut.
        let flat = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("required section missing: discipline"))
        #expect(flat.contains("The template placeholder 'XXX' was never filled in."))
    }
}
