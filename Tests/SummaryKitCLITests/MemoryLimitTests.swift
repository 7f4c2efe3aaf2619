import Foundation
import Testing

/// Memory per input, checked by running the binary under an address-space limit
/// (`prlimit --as`), never by timing.
@Suite("Memory limits", .serialized, .tags(.slow))
struct MemoryLimitTests {
    static let prlimit = URL(fileURLWithPath: "/usr/bin/prlimit")
    static var hasPrlimit: Bool { FileManager.default.isExecutableFile(atPath: prlimit.path) }

    /// A page of `bytes` of nested `<div>`, all closed, around one sentence.
    static func nestedPage(bytes: Int) -> String {
        let depth = bytes / 11
        return "<html><body>" + String(repeating: "<div>", count: depth) + "支部坚持三会一课制度。" + String(repeating: "</div>", count: depth) + "</body></html>"
    }

    @Test("two 16 MB pages of nested <div> are audited with --jobs 2 under a 330 MB address-space limit",
          .enabled(if: hasPrlimit, "needs /usr/bin/prlimit"),
          .enabled(if: !Sanitizer.isOn, "an address-space cap cannot hold a sanitizer's shadow memory"))
    func nestedPagesUnderLimit() throws {
        // Before, the extractor copied each page into 4-byte scalars and both ran at once: the
        // same run crashed (SIGABRT) under this limit; it needed 400 MB. Now it passes at 250 MB.
        // glibc reserves 64 MB of address space per malloc arena, up to 8 per core, which would
        // make the limit depend on the number of threads: two arenas keep it about memory.
        let dir = try CLI.temporaryDirectory("summarykit-memory")
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = Self.nestedPage(bytes: 16_000_000)
        let a = dir.appendingPathComponent("a.html").path, b = dir.appendingPathComponent("b.html").path
        try page.write(toFile: a, atomically: false, encoding: .utf8)
        try page.write(toFile: b, atomically: false, encoding: .utf8)
        let result = try CLI.run(executable: Self.prlimit,
                                 ["--as=\(330 << 20)", CLI.executable.path, "audit", "--jobs", "2", "--format", "json", a, b],
                                 environment: ["MALLOC_ARENA_MAX": "2"])
        // 1: the pages are audited and fail the pass mark (one sentence); not a crash, not 2.
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]] ?? []
        #expect(files.compactMap { $0["file"] as? String } == [a, b])
        #expect(files.allSatisfy { $0["format"] as? String == "html" })
    }

    @Test("--memory-limit takes a size; anything else is a usage error naming the option")
    func memoryLimitOption() throws {
        let file = CLI.path("Corpus/texts/zh-01-village.txt")
        let good = try CLI.run(["audit", "--memory-limit", "1M", "--jobs", "2", "--format", "json", file, file])
        #expect(good.status == 0 || good.status == 1, "\(good.stderr)")
        #expect(good.stderr.isEmpty)
        let bad = try CLI.run(["audit", "--memory-limit", "lots", file])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--memory-limit takes a size such as 512M or 4G, not 'lots'."))
        let stats = try CLI.run(["stats", "--memory-limit", "0", file])
        #expect(stats.status == 2)
        #expect(stats.stderr.contains("--memory-limit takes a size such as 512M or 4G, not '0'."))
    }
}
