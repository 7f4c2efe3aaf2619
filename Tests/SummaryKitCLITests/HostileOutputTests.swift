import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile outputs and inputs (issue 15, items 1, 6 and 8): every case checks the exit status,
/// the message on standard error (naming the file and the problem) and what is on disk after.
/// Devices and FIFOs are made with `mknod`/`mkfifo` in a temporary folder, never in /dev.
@Suite("hostile outputs and folders", .tags(.slow))
struct HostileOutputTests {
    static let text = CLI.path("Corpus/texts/en-01-school.txt")
    static let oldReport = "{\"old\": \"a complete report from an earlier run\"}\n"

    /// Whether this process may make device nodes (root with CAP_MKNOD, a filesystem without
    /// `nodev`): tried once in a temporary folder.
    static let canMakeDevices: Bool = {
        guard let dir = try? CLI.temporaryDirectory("sk-mknod") else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("null").path
        guard mknod(path, S_IFCHR | 0o666, makedev(1, 3)) == 0 else { return false }
        // A `nodev` mount makes the node but refuses to open it.
        let fd = open(path, O_WRONLY)
        if fd < 0 { return false }
        close(fd)
        return true
    }()

    static func makedev(_ major: UInt32, _ minor: UInt32) -> dev_t {
        dev_t(major & 0xfff) << 8 | dev_t(minor & 0xff) | dev_t(major & ~0xfff) << 32 | dev_t(minor & ~0xff) << 12
    }

    func type(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    func names(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    /// Runs the CLI with standard output going to `stdoutPath` (a device) and standard error
    /// captured.
    func run(_ arguments: [String], stdoutPath: String) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repoRoot
        guard let out = FileHandle(forWritingAtPath: stdoutPath) else { throw PublicAPITests.CLIError(message: "cannot open \(stdoutPath)") }
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try out.close()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    // MARK: - Item 1: outputs that are not regular files

    @Test("-o a character device writes into it; the device stays a device (audit, stats -o and --per-doc)",
          .enabled(if: HostileOutputTests.canMakeDevices))
    func outputToDevice() throws {
        let dir = try CLI.temporaryDirectory("sk-dev")
        defer { try? FileManager.default.removeItem(at: dir) }
        let null = dir.appendingPathComponent("null").path, null2 = dir.appendingPathComponent("null2").path
        #expect(mknod(null, S_IFCHR | 0o666, Self.makedev(1, 3)) == 0)
        #expect(mknod(null2, S_IFCHR | 0o666, Self.makedev(1, 3)) == 0)
        let audit = try CLI.run(["audit", "--format", "json", "-o", null, Self.text])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stderr.isEmpty && audit.stdout.isEmpty)
        #expect(type(null) == S_IFCHR)
        let stats = try CLI.run(["stats", "--quiet", "--per-doc", null, "-o", null2, Self.text])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stderr.isEmpty)
        #expect(type(null) == S_IFCHR && type(null2) == S_IFCHR)
        #expect(names(in: dir) == ["null", "null2"], "left behind: \(names(in: dir))")
    }

    /// A full device (1, 7) made in `dir`, or the system's /dev/full when nodes cannot be made.
    func fullDevice(in dir: URL) -> String? {
        let path = dir.appendingPathComponent("full").path
        if Self.canMakeDevices, mknod(path, S_IFCHR | 0o666, Self.makedev(1, 7)) == 0 { return path }
        return type("/dev/full") == S_IFCHR ? "/dev/full" : nil
    }

    @Test("-o a full device: exit 2, 'cannot write the file: no space left on device' naming it; still a device")
    func outputToFullDevice() throws {
        let dir = try CLI.temporaryDirectory("sk-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = try #require(fullDevice(in: dir), "no full device")
        for arguments in [["audit", "--format", "json", "-o", full, Self.text],
                          ["stats", "--quiet", "-o", full, Self.text],
                          ["stats", "--quiet", "--per-doc", full, "-o", dir.appendingPathComponent("r.json").path, Self.text]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("\(full): cannot write the file: no space left on device."), "\(result.stderr)")
            #expect(!result.stderr.contains("cannot read"))
            #expect(type(full) == S_IFCHR)
        }
        // The report beside the failed --per-doc is not written either.
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.json").path))
    }

    @Test("standard output on a full device: exit 2 and '<stdout>: cannot write: no space left on device'")
    func standardOutputFull() throws {
        let dir = try CLI.temporaryDirectory("sk-stdout-full")
        defer { try? FileManager.default.removeItem(at: dir) }
        let full = try #require(fullDevice(in: dir), "no full device")
        for arguments in [["audit", Self.text], ["audit", "--format", "json", "-o", "-", Self.text], ["stats", "--quiet", Self.text],
                          ["segment", Self.text]] {
            let result = try run(arguments, stdoutPath: full)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "summarykit: <stdout>: cannot write: no space left on device.\n", "\(arguments): \(result.stderr)")
        }
    }

    @Test("-o a FIFO writes into it (the reader gets the report); the FIFO stays a FIFO")
    func outputToFIFO() throws {
        let dir = try CLI.temporaryDirectory("sk-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            if let reader = FileHandle(forReadingAtPath: fifo) { received = reader.readDataToEndOfFile() }
            done.signal()
        }
        let result = try CLI.run(["audit", "--format", "json", "-o", fifo, Self.text])
        // Should the run not have opened the FIFO, release the reader.
        let unblock = open(fifo, O_WRONLY | O_NONBLOCK)
        if unblock >= 0 { close(unblock) }
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let report = String(decoding: received, as: UTF8.self)
        #expect(report.hasPrefix("{") && report.contains("\"checklist\" : \"default\"") && report.hasSuffix("}\n"))
        #expect(type(fifo) == S_IFIFO)
        #expect(names(in: dir) == ["pipe"])
    }

    @Test("-o a symbolic link replaces its target atomically; the link stays a link (also a dangling link)")
    func outputThroughSymlink() throws {
        let dir = try CLI.temporaryDirectory("sk-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let target = reports.appendingPathComponent("audit.json").path
        try Self.oldReport.write(toFile: target, atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("latest.json").path
        try #require(symlink("reports/audit.json", link) == 0)
        let result = try CLI.run(["audit", "--format", "json", "-o", link, Self.text])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(type(link) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "reports/audit.json")
        let now = try #require(contents(target))
        #expect(now != Self.oldReport && now.contains("\"checklist\" : \"default\"") && now.contains("en-01-school.txt"))
        #expect(names(in: dir) == ["latest.json", "reports"] && names(in: reports) == ["audit.json"])
        // A dangling link: its target is created, the link kept.
        let dangling = dir.appendingPathComponent("next.json").path
        try #require(symlink("reports/new.json", dangling) == 0)
        let second = try CLI.run(["stats", "--quiet", "-o", dangling, Self.text])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(type(dangling) == S_IFLNK)
        #expect(contents(reports.appendingPathComponent("new.json").path)?.contains("\"inputs\"") == true)
    }

    @Test("-o - writes to standard output, not to a file named '-' (audit, stats, stats merge)")
    func outputDash() throws {
        let dash = CLI.path("-")
        try? FileManager.default.removeItem(atPath: dash)
        let audit = try CLI.run(["audit", "--format", "json", "-o", "-", Self.text])
        #expect(audit.status == 0 && audit.stdout.hasPrefix("{") && audit.stdout.contains("en-01-school.txt"))
        let stats = try CLI.run(["stats", "--quiet", "--partial", "-o", "-", Self.text])
        #expect(stats.status == 0 && stats.stdout.hasPrefix("{"))
        let merge = try CLI.run(["stats", "merge", "-o", "-", "-"], stdin: stats.stdout)
        #expect(merge.status == 0 && merge.stdout.contains("\"inputs\""), "\(merge.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dash))
    }

    // MARK: - Item 8

    @Test("audit -o when every input fails: exit 2, the failures named, the old report intact byte for byte")
    func everyInputFails() throws {
        let dir = try CLI.temporaryDirectory("sk-allfail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let report = dir.appendingPathComponent("audit.txt").path
        for format in ["text", "json"] {
            try Self.oldReport.write(toFile: report, atomically: true, encoding: .utf8)
            let result = try CLI.run(["audit", "--format", format, "-o", report, "no/such/file.txt"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("no/such/file.txt: cannot read the file: no such file or directory."))
            #expect(result.stderr.contains("\(report): not written: no input could be audited."))
            #expect(contents(report) == Self.oldReport)
            #expect(names(in: dir) == ["audit.txt"])
        }
    }

    @Test("an unwritable -o is refused at start, before any input is read (audit, stats, stats merge)")
    func unwritableOutputAtStart() throws {
        let dir = try CLI.temporaryDirectory("sk-unwritable")
        defer { try? FileManager.default.removeItem(at: dir) }
        let nowhere = dir.appendingPathComponent("no-folder/report.json").path
        let folder = dir.path
        let cases: [([String], String)] = [
            (["audit", "-o", nowhere, "no/such/input.txt"], "\(nowhere): cannot write the file: cannot create a file in \(dir.path)/no-folder: no such file or directory."),
            (["audit", "-o", folder, "no/such/input.txt"], "\(folder): cannot write the file: it is a directory."),
            (["stats", "-o", nowhere, "no/such/input.txt"], "\(nowhere): cannot write the file: cannot create a file in \(dir.path)/no-folder: no such file or directory."),
            (["stats", "--per-doc", folder, "no/such/input.txt"], "\(folder): cannot write the file: it is a directory."),
            (["stats", "merge", "-o", nowhere, "no/such/part.json"], "\(nowhere): cannot write the file: cannot create a file in \(dir.path)/no-folder: no such file or directory."),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            // Only the output's error: the run stopped before reading the (missing) input.
            #expect(result.stderr == "summarykit: \(message)\n", "\(arguments): \(result.stderr)")
        }
        #expect(names(in: dir).isEmpty)
    }

    @Test("a temporary left by a killed run (dead PID) is removed by the next run for the same target; others are kept")
    func staleTemporaryRemoved() throws {
        let dir = try CLI.temporaryDirectory("sk-stale")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A process id that is certainly gone: a child that has exited and been waited for.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let dead = child.processIdentifier
        try #require(kill(dead, 0) != 0 && errno == ESRCH)
        let stale = ".audit.json.summarykit-tmp-\(dead)-AbC123"
        let live = ".audit.json.summarykit-tmp-\(getpid())-XyZ789"
        let other = ".other.json.summarykit-tmp-\(dead)-QwE456"
        for name in [stale, live, other] {
            try "partial".write(to: dir.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        let result = try CLI.run(["audit", "--format", "json", "-o", dir.appendingPathComponent("audit.json").path, Self.text])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(names(in: dir) == [live, other, "audit.json"].sorted(), "\(names(in: dir))")
    }

    @Test("SIGTERM exits 143 and SIGINT 130, with no terminal escape on a non-terminal stderr; old report kept, nothing left")
    func terminated() throws {
        let dir = try CLI.temporaryDirectory("sk-term")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus"), out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let texts = URL(fileURLWithPath: CLI.path("Corpus/texts"))
        let names = try FileManager.default.contentsOfDirectory(atPath: texts.path).filter { $0.hasSuffix(".txt") }
        for copy in 0..<20 {
            for name in names {
                let text = try String(contentsOf: texts.appendingPathComponent(name), encoding: .utf8)
                try ("第\(copy + 1)份\n" + text).write(to: corpus.appendingPathComponent("\(copy)-\(name)"), atomically: false, encoding: .utf8)
            }
        }
        let report = out.appendingPathComponent("report.json")
        for (signal, status, word) in [(SIGTERM, Int32(143), "terminated"), (SIGINT, Int32(130), "interrupted")] {
            for quiet in [true, false] {
                try Self.oldReport.write(to: report, atomically: true, encoding: .utf8)
                let process = Process()
                process.executableURL = CLI.executable
                process.arguments = ["stats"] + (quiet ? ["--quiet"] : []) + ["--jobs", "1", "-o", report.path,
                                     "--per-doc", out.appendingPathComponent("docs.jsonl").path, corpus.path]
                let err = Pipe()
                process.standardError = err
                process.standardOutput = FileHandle.nullDevice
                process.standardInput = FileHandle.nullDevice
                try process.run()
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline, !self.names(in: out).contains(where: { $0.hasPrefix(".docs.jsonl.summarykit-tmp-") }) {
                    Thread.sleep(forTimeInterval: 0.05)
                }
                Thread.sleep(forTimeInterval: 0.3)
                try #require(process.isRunning, "the run finished before it could be signalled")
                kill(process.processIdentifier, signal)
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                #expect(process.terminationReason == .exit && process.terminationStatus == status)
                #expect(stderr == "summarykit: \(word); no output written.\n", "\(stderr.debugDescription)")
                #expect(!stderr.contains("\u{1B}") && !stderr.contains("\r"))
                #expect(contents(report.path) == Self.oldReport)
                #expect(self.names(in: out) == ["report.json"])
            }
        }
    }

    @Test("negative --jobs, --top, --fail-under are refused naming the option and the value, not 'Missing value'")
    func negativeOptions() throws {
        let cases: [([String], String)] = [
            (["audit", "--jobs", "-1", Self.text], "--jobs must be at least 1, not -1."),
            (["audit", "--fail-under", "-5", Self.text], "--fail-under takes a coverage from 0 to 100, not -5."),
            (["audit", "--fail-under", "100.5", Self.text], "--fail-under takes a coverage from 0 to 100, not 100.5."),
            (["stats", "--jobs", "-2", Self.text], "--jobs must be at least 1, not -2."),
            (["stats", "--top", "-3", Self.text], "--top must be at least 1, not -3."),
            (["stats", "merge", "--top", "-1", "part.json"], "--top must be at least 1, not -1."),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"))
        }
        // A value in range still works after the change of parsing.
        #expect(try CLI.run(["audit", "--jobs", "1", "--fail-under", "0", Self.text]).status == 0)
    }

    // MARK: - Item 6: folders that yield nothing

    /// A folder with one good summary, a subfolder that is a symbolic-link loop and one that is
    /// a dangling link (both fail for root too), and a dangling `x.pdf` that could never be an input.
    func folderWithBrokenSubfolders() throws -> URL {
        let dir = try CLI.temporaryDirectory("sk-folders")
        let root = dir.appendingPathComponent("submissions")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("good"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.text, toPath: root.appendingPathComponent("good/a.txt").path)
        #expect(symlink("loop", root.appendingPathComponent("loop").path) == 0)
        #expect(symlink("/nonexistent-summarykit-folder", root.appendingPathComponent("gone").path) == 0)
        #expect(symlink("/nonexistent-summarykit-file", root.appendingPathComponent("x.pdf").path) == 0)
        return dir
    }

    @Test("audit DIR with unreadable subfolders: each named, exit 2, the other files still audited")
    func auditUnreadableSubfolders() throws {
        let dir = try folderWithBrokenSubfolders()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = dir.appendingPathComponent("submissions").path
        let result = try CLI.run(["audit", "--format", "json", root])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(root)/loop: cannot read the symbolic link's target: too many levels of symbolic links."))
        #expect(result.stderr.contains("\(root)/gone: cannot read the symbolic link's target: no such file or directory."))
        #expect(!result.stderr.contains("x.pdf"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = (json["files"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files == ["\(root)/good/a.txt"])
        #expect((json["errors"] as? [[String: Any]])?.count == 2)
    }

    @Test("stats DIR with unreadable subfolders: each a named failed input, exit 3, the other files counted")
    func statsUnreadableSubfolders() throws {
        let dir = try folderWithBrokenSubfolders()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = dir.appendingPathComponent("submissions").path
        let result = try CLI.run(["stats", "--quiet", root])
        #expect(result.status == 3)
        #expect(result.stderr.contains("\(root)/loop: cannot read the symbolic link's target: too many levels of symbolic links."))
        #expect(result.stderr.contains("\(root)/gone: cannot read the symbolic link's target: no such file or directory."))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let counts = try #require(json["counts"] as? [String: Any])
        #expect(counts["inputs"] as? Int == 1 && counts["failed"] as? Int == 2)
        let failed = (json["failures"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(failed == ["\(root)/gone", "\(root)/loop"])
    }

    @Test("a folder given directly that cannot be read: named, audit exit 2, stats exit 3")
    func unreadableFolderGivenDirectly() throws {
        let dir = try CLI.temporaryDirectory("sk-direct")
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.txt").path
        try "not a folder".write(toFile: plain, atomically: true, encoding: .utf8)
        let loop = dir.appendingPathComponent("loop").path
        try #require(symlink("loop", loop) == 0)
        let cases = [(plain + "/sub", "a part of the path is not a directory"), (loop, "too many levels of symbolic links")]
        for (path, reason) in cases {
            let audit = try CLI.run(["audit", path])
            #expect(audit.status == 2)
            #expect(audit.stderr.contains("\(path): cannot read the file: \(reason)."), "\(audit.stderr)")
            let stats = try CLI.run(["stats", "--quiet", path])
            #expect(stats.status == 3)
            #expect(stats.stderr.contains("\(path): cannot read the file: \(reason)."), "\(stats.stderr)")
        }
    }

    /// Runs `arguments` as an unprivileged user: directly when this process is not root,
    /// through `setpriv` (uid/gid 65534) when it is; nil when neither is possible.
    func runUnprivileged(_ arguments: [String]) throws -> CLIResult? {
        if getuid() != 0 { return try CLI.run(arguments) }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let probe = try CLI.run(executable: URL(fileURLWithPath: setpriv),
                                ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.executable.path, "--version"])
        guard probe.status == 0 else { return nil }
        return try CLI.run(executable: URL(fileURLWithPath: setpriv),
                           ["--reuid=65534", "--regid=65534", "--clear-groups", CLI.executable.path] + arguments)
    }

    @Test("a mode-000 folder (as a user it refuses): named 'permission denied', inside a folder and given directly")
    func permissionDeniedFolder() throws {
        let dir = try CLI.temporaryDirectory("sk-mode000")
        defer {
            chmod(dir.appendingPathComponent("tree/locked").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let tree = dir.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("locked"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("open"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.text, toPath: tree.appendingPathComponent("open/a.txt").path)
        try FileManager.default.copyItem(atPath: Self.text, toPath: tree.appendingPathComponent("locked/b.txt").path)
        chmod(dir.path, 0o755)
        chmod(tree.appendingPathComponent("locked").path, 0)
        let locked = tree.appendingPathComponent("locked").path
        guard let inside = try runUnprivileged(["audit", "--format", "json", tree.path]) else { return }
        #expect(inside.status == 2)
        #expect(inside.stderr.contains("\(locked): cannot read the folder: permission denied."), "\(inside.stderr)")
        #expect(inside.stdout.contains("\(tree.path)/open/a.txt"))
        let direct = try runUnprivileged(["audit", locked])
        #expect(direct?.status == 2)
        #expect(direct?.stderr.contains("\(locked): cannot read the folder: permission denied.") == true)
        let stats = try runUnprivileged(["stats", "--quiet", locked])
        #expect(stats?.status == 3)
        #expect(stats?.stderr.contains("\(locked): cannot read the folder: permission denied.") == true)
    }

    @Test("an empty folder, or one with no supported files: named, audit exit 2, stats exit 3")
    func emptyFolders() throws {
        let dir = try CLI.temporaryDirectory("sk-empty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty"), other = dir.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try "notes".write(to: other.appendingPathComponent("readme.md"), atomically: true, encoding: .utf8)
        for folder in [empty.path, other.path] {
            let message = "\(folder): no supported files (.txt, .docx, .html, .htm) in the folder."
            let audit = try CLI.run(["audit", folder])
            #expect(audit.status == 2)
            #expect(audit.stderr == "summarykit: \(message)\n", "\(audit.stderr)")
            let stats = try CLI.run(["stats", "--quiet", folder])
            #expect(stats.status == 3)
            #expect(stats.stderr == "summarykit: \(message)\n", "\(stats.stderr)")
        }
        // Globs that select nothing say so.
        let filtered = try CLI.run(["stats", "--quiet", "--include", "*.docx", CLI.path("Corpus/texts")])
        #expect(filtered.status == 3)
        #expect(filtered.stderr.contains("no supported files (.txt, .docx, .html, .htm) in the folder match --include/--exclude."))
    }

    @Test("stats with no inputs at all (an empty --files-from list, empty --jsonl input): said, exit 3, old report kept")
    func noInputsAtAll() throws {
        let dir = try CLI.temporaryDirectory("sk-noinputs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let list = dir.appendingPathComponent("list.txt").path, report = dir.appendingPathComponent("report.json").path
        try "\n\n".write(toFile: list, atomically: true, encoding: .utf8)
        try Self.oldReport.write(toFile: report, atomically: true, encoding: .utf8)
        let fromList = try CLI.run(["stats", "--quiet", "--files-from", list, "-o", report])
        #expect(fromList.status == 3)
        #expect(fromList.stderr == "summarykit: no inputs: \(list) named no files.\n", "\(fromList.stderr)")
        let jsonl = try CLI.run(["stats", "--quiet", "--jsonl", "-o", report], stdin: "")
        #expect(jsonl.status == 3)
        #expect(jsonl.stderr == "summarykit: no inputs: standard input held no JSON Lines records.\n", "\(jsonl.stderr)")
        #expect(contents(report) == Self.oldReport)
        #expect(names(in: dir) == ["list.txt", "report.json"])
    }
}
