import Foundation

/// Runs the built `summarykit` binary and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `summarykit` executable next to the test bundle (SwiftPM builds it first, because
    /// the test target depends on it).
    static let executable: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("summarykit")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return repoRoot.appendingPathComponent(".build/debug/summarykit")
    }()

    static func path(_ relative: String) -> String { repoRoot.appendingPathComponent(relative).path }

    /// A fresh, empty temporary directory named `prefix-UUID`, for one test to remove.
    static func temporaryDirectory(_ prefix: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @discardableResult
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> CLIResult {
        try run(executable: executable, arguments, stdin: stdin, environment: environment)
    }

    /// Runs any program from the repository root (e.g. `/usr/bin/env python3 …`) and captures
    /// what it prints.
    @discardableResult
    static func run(executable: URL, _ arguments: [String], stdin: String? = nil,
                    environment: [String: String] = [:]) throws -> CLIResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repoRoot
        var env = ProcessInfo.processInfo.environment
        // Reports follow the locale (--lang's default): a developer's Chinese locale must not
        // turn the tests' English expectations into Chinese ones. A test sets its own.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] where env[name]?.lowercased().hasPrefix("zh") == true {
            env[name] = "C.UTF-8"
        }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CLIResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Whether the binary under test was built with a sanitizer (`scripts/sanitizers.sh` says so in
/// `SUMMARYKIT_SANITIZER`): its shadow memory reserves terabytes of address space, so tests that
/// cap the address space (`ulimit -v`, `prlimit --as`) cannot run under it.
enum Sanitizer {
    static var isOn: Bool { !(ProcessInfo.processInfo.environment["SUMMARYKIT_SANITIZER"] ?? "").isEmpty }
}
