import Foundation
import Testing

/// The library's public surface, read from the symbol graph of the module just built, must
/// equal the committed list in Docs/api/SummaryKit.public-symbols.txt, so that API changes are
/// deliberate. After a deliberate change: `SUMMARYKIT_UPDATE_API=1 swift test --filter PublicAPI`.
@Suite("Public API")
struct PublicAPITests {
    static let listPath = CLI.path("Docs/api/SummaryKit.public-symbols.txt")

    /// The triple the package was built for: the name of the build folder's parent
    /// (`.build/x86_64-unknown-linux-gnu/debug`, `.build/arm64-apple-macosx/debug`), with the
    /// package's deployment target on macOS.
    static var targetTriple: String {
        let triple = CLI.executable.resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
        return triple.hasSuffix("-apple-macosx") ? triple + "13.0" : triple
    }

    /// One line per public symbol: kind, path and declaration.
    static func currentSymbols() throws -> [String] {
        let buildDir = CLI.executable.deletingLastPathComponent()
        let scratch = buildDir.deletingLastPathComponent().deletingLastPathComponent()
        let output = try CLI.temporaryDirectory("sk-symbols")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swift-symbolgraph-extract", "-module-name", "SummaryKit",
            "-I", buildDir.appendingPathComponent("Modules").path,
            "-Xcc", "-fmodule-map-file=" + buildDir.appendingPathComponent("CICU.build/module.modulemap").path,
            "-I", CLI.path("Sources/CICU/include"), "-I", CLI.path("Sources/CICUSystem"),
            "-I", scratch.appendingPathComponent("checkouts/ZIPFoundation/Sources/CZLib").path,
            "-I", scratch.appendingPathComponent("checkouts/Yams/Sources/CYaml/include").path,
            "-target", targetTriple, "-minimum-access-level", "public",
            // Members a type only inherits from a standard protocol's extensions (a Sequence's
            // map, filter …) are not its surface.
            "-skip-synthesized-members",
            "-output-dir", output.path,
        ]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else { throw CLIError(message: "swift-symbolgraph-extract failed: \(message)") }
        let data = try Data(contentsOf: output.appendingPathComponent("SummaryKit.symbols.json"))
        let graph = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        var lines = Set<String>()
        for symbol in graph["symbols"] as? [[String: Any]] ?? [] {
            let kind = ((symbol["kind"] as? [String: Any])?["identifier"] as? String ?? "").replacingOccurrences(of: "swift.", with: "")
            let path = (symbol["pathComponents"] as? [String] ?? []).joined(separator: ".")
            let fragments = symbol["declarationFragments"] as? [[String: Any]] ?? []
            let declaration = fragments.compactMap { $0["spelling"] as? String }.joined()
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            lines.insert("\(kind) \(path) :: \(declaration)")
        }
        return lines.sorted()
    }

    struct CLIError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test("the public symbols equal the committed list")
    func publicSymbols() throws {
        let current = try Self.currentSymbols()
        #expect(current.count > 300)
        if ProcessInfo.processInfo.environment["SUMMARYKIT_UPDATE_API"] == "1" {
            try (current.joined(separator: "\n") + "\n").write(toFile: Self.listPath, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: Self.listPath, encoding: .utf8).split(separator: "\n").map(String.init)
        let added = Set(current).subtracting(committed).sorted()
        let removed = Set(committed).subtracting(current).sorted()
        #expect(added.isEmpty, "new public symbols: \(added.prefix(20))")
        #expect(removed.isEmpty, "public symbols gone: \(removed.prefix(20))")
        // No ICU type or C pointer is part of the public surface.
        #expect(!current.contains { $0.contains("OpaquePointer") || $0.contains("Unsafe") || $0.contains("UBreak") || $0.contains("SKBreak") })
    }
}
