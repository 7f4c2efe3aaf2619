import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs of `stats` and `audit --output` killed midway (SIGINT, SIGKILL) leave no partial output:
/// each target holds its complete old contents or the complete new ones, never a part.
@Suite("interrupted runs leave no partial output", .serialized, .tags(.slow))
struct InterruptionTests {
    static let oldReport = "{\"old\": \"a complete report from an earlier run\"}\n"

    /// A folder of `copies` × the corpus texts (each copy with its own first line, so that the
    /// run has real work for every file) and an `out` folder beside it.
    func makeCorpus(copies: Int) throws -> (root: URL, corpus: URL, out: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sk-interrupt-\(UUID().uuidString)")
        let corpus = root.appendingPathComponent("corpus"), out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let texts = URL(fileURLWithPath: CLI.path("Corpus/texts"))
        let names = try FileManager.default.contentsOfDirectory(atPath: texts.path).filter { $0.hasSuffix(".txt") }.sorted()
        for copy in 0..<copies {
            for name in names {
                let text = try String(contentsOf: texts.appendingPathComponent(name), encoding: .utf8)
                try ("第\(copy + 1)份\n" + text).write(to: corpus.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
        return (root, corpus, out)
    }

    /// Starts the CLI with its output discarded.
    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repoRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until a file whose name starts with `prefix` appears in `folder` (the run is past its
    /// start-up and writing), or `timeout` seconds pass; returns whether it appeared.
    func waitForFile(in folder: URL, prefix: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            if names.contains(where: { $0.hasPrefix(prefix) }) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Waits until process `pid` catches SIGINT (its handler is installed: bit 2 of `SigCgt` in
    /// /proc/PID/status), or `timeout` seconds pass; returns whether it does.
    func waitForInterruptHandler(_ pid: Int32, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            if let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
               let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16),
               mask & (1 << (UInt64(SIGINT) - 1)) != 0 {
                return true
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    func names(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    /// The arguments of a stats run over `corpus` writing a report and per-document records.
    func statsArguments(_ corpus: URL, _ out: URL) -> [String] {
        ["stats", "--quiet", "--jobs", "2", "-o", out.appendingPathComponent("report.json").path,
         "--per-doc", out.appendingPathComponent("docs.jsonl").path, corpus.path]
    }

    /// A stats run over a fresh corpus whose output folder holds an old report, caught while it
    /// is reading (its record spool `.docs.jsonl.summarykit-tmp-…` has appeared).
    func statsRunUnderWay() throws -> (root: URL, out: URL, report: URL, process: Process) {
        let (root, corpus, out) = try makeCorpus(copies: 20)
        let report = out.appendingPathComponent("report.json")
        try Self.oldReport.write(to: report, atomically: true, encoding: .utf8)
        let process = try start(statsArguments(corpus, out))
        #expect(waitForFile(in: out, prefix: ".docs.jsonl.summarykit-tmp-", timeout: 60))
        Thread.sleep(forTimeInterval: 0.5)
        return (root, out, report, process)
    }

    @Test("stats: SIGINT midway exits 130, keeps the old report, writes no per-doc file and leaves no temporary")
    func statsInterrupted() throws {
        let (root, out, report, process) = try statsRunUnderWay()
        defer { try? FileManager.default.removeItem(at: root) }
        try #require(process.isRunning, "the run finished before it could be interrupted; make the corpus larger")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        #expect(contents(report) == Self.oldReport)
        #expect(names(in: out) == ["report.json"], "left behind: \(names(in: out))")
    }

    @Test("stats: SIGKILL midway keeps the old report whole; only clearly named temporaries may remain")
    func statsKilled() throws {
        let (root, out, report, process) = try statsRunUnderWay()
        defer { try? FileManager.default.removeItem(at: root) }
        try #require(process.isRunning, "the run finished before it could be killed; make the corpus larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
        #expect(contents(report) == Self.oldReport)
        let others = names(in: out).filter { $0 != "report.json" }
        #expect(!others.contains("docs.jsonl"))
        #expect(others.allSatisfy { $0.hasPrefix(".docs.jsonl.summarykit-tmp-") || $0.hasPrefix(".report.json.summarykit-tmp-") }, "\(others)")
    }

    /// Kills runs of `arguments` at delays spread over a whole run (the final writes included)
    /// and checks that every target holds its old contents, nothing, or the complete new output.
    func killAcrossRun(_ arguments: [String], out: URL, targets: [String: String?], signal: Int32) throws {
        // A complete run first: the new outputs, and how long a run takes.
        let clock = ContinuousClock()
        let started = clock.now
        let full = try start(arguments)
        full.waitUntilExit()
        let duration = (clock.now - started) / .seconds(1)
        var complete = [String: String]()
        for name in targets.keys { complete[name] = contents(out.appendingPathComponent(name)) }
        #expect(complete.values.allSatisfy { !$0.isEmpty }, "the complete run wrote nothing")
        for step in 1...6 {
            for (name, old) in targets {
                let url = out.appendingPathComponent(name)
                try? FileManager.default.removeItem(at: url)
                if let old { try old.write(to: url, atomically: true, encoding: .utf8) }
            }
            let process = try start(arguments)
            Thread.sleep(forTimeInterval: duration * Double(step) / 6)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            for (name, old) in targets {
                let now = contents(out.appendingPathComponent(name))
                #expect(now == old || now == complete[name], "\(name) after a kill at \(step)/6 of the run: \(now?.prefix(80) ?? "absent")")
            }
            let stray = names(in: out).filter { !targets.keys.contains($0) }
            if signal == SIGINT {
                #expect(stray.isEmpty, "left behind after SIGINT at \(step)/6: \(stray)")
            } else {
                #expect(stray.allSatisfy { name in targets.keys.contains { name.hasPrefix(".\($0).summarykit-tmp-") } }, "\(stray)")
            }
            for name in stray { try? FileManager.default.removeItem(at: out.appendingPathComponent(name)) }
        }
    }

    @Test("stats: killed anywhere in a run (SIGKILL and SIGINT), each output is old or complete, never partial")
    func statsKilledAnywhere() throws {
        let (root, corpus, out) = try makeCorpus(copies: 1)
        defer { try? FileManager.default.removeItem(at: root) }
        let targets: [String: String?] = ["report.json": Self.oldReport, "docs.jsonl": nil]
        try killAcrossRun(statsArguments(corpus, out), out: out, targets: targets, signal: SIGKILL)
        try killAcrossRun(statsArguments(corpus, out), out: out, targets: targets, signal: SIGINT)
    }

    @Test("index build: SIGINT while the references are spilled exits 130, keeps the old index and leaves no temporary")
    func indexBuildInterrupted() throws {
        let (root, corpus, out) = try makeCorpus(copies: 20)
        defer { try? FileManager.default.removeItem(at: root) }
        let index = out.appendingPathComponent("refs.skidx")
        try Self.oldReport.write(to: index, atomically: true, encoding: .utf8)
        let process = try start(["index", "build", "--quiet", "-o", index.path, corpus.path])
        #expect(waitForInterruptHandler(process.processIdentifier, timeout: 60))
        // The texts' and runs' temporaries beside the index (the writability probe comes and goes).
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, names(in: out).filter({ $0.hasPrefix(".refs.skidx.summarykit-tmp-") }).count < 2 {
            Thread.sleep(forTimeInterval: 0.02)
        }
        try #require(process.isRunning, "the build finished before it could be interrupted; make the corpus larger")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 130)
        #expect(contents(index) == Self.oldReport)
        #expect(names(in: out) == ["refs.skidx"], "left behind: \(names(in: out))")
    }

    @Test("audit --output: SIGINT midway exits 130 with the old report; SIGKILL keeps it whole")
    func auditInterruptedAndKilled() throws {
        let (root, corpus, out) = try makeCorpus(copies: 20)
        defer { try? FileManager.default.removeItem(at: root) }
        let report = out.appendingPathComponent("audit.json")
        let arguments = ["audit", "--format", "json", "--output", report.path, corpus.path]
        for signal in [SIGINT, SIGKILL] {
            try Self.oldReport.write(to: report, atomically: true, encoding: .utf8)
            let process = try start(arguments)
            #expect(waitForInterruptHandler(process.processIdentifier, timeout: 60))
            Thread.sleep(forTimeInterval: 1)
            try #require(process.isRunning, "the audit finished before it could be interrupted; make the corpus larger")
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            if signal == SIGINT {
                #expect(process.terminationReason == .exit && process.terminationStatus == 130)
                #expect(names(in: out) == ["audit.json"], "left behind: \(names(in: out))")
            } else {
                #expect(process.terminationReason == .uncaughtSignal)
                #expect(names(in: out).allSatisfy { $0 == "audit.json" || $0.hasPrefix(".audit.json.summarykit-tmp-") })
            }
            #expect(contents(report) == Self.oldReport)
        }
        // Killed anywhere, including while the report is written.
        let small = try makeCorpus(copies: 1)
        defer { try? FileManager.default.removeItem(at: small.root) }
        try killAcrossRun(["audit", "--format", "json", "--output", small.out.appendingPathComponent("audit.json").path, small.corpus.path],
                          out: small.out, targets: ["audit.json": Self.oldReport], signal: SIGKILL)
    }
}
