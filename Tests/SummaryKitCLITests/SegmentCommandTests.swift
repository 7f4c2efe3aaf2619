import Foundation
import Testing

@Suite("summarykit segment")
struct SegmentCommandTests {
    @Test("keeps 党风廉政建设, 三会一课 and 民主生活会 whole, one output line per input line")
    func termsWhole() throws {
        let result = try CLI.run(["segment"], stdin: "加强党风廉政建设\n落实三会一课，召开民主生活会。\n")
        #expect(result.status == 0)
        #expect(result.stdout == "加强 党风廉政建设\n落实 三会一课 召开 民主生活会\n")
    }

    @Test("jsonl gives text, kind, line and UTF-8 byte offsets")
    func jsonl() throws {
        let result = try CLI.run(["segment", "--format", "jsonl"], stdin: "一、三会一课\nStudy hard")
        #expect(result.status == 0)
        #expect(result.stdout == """
        {"end":3,"kind":"ideographic","line":1,"start":0,"text":"一"}
        {"end":18,"kind":"ideographic","line":1,"start":6,"term":true,"text":"三会一课"}
        {"end":24,"kind":"letter","line":2,"start":19,"text":"Study"}
        {"end":29,"kind":"letter","line":2,"start":25,"text":"hard"}

        """)
    }

    @Test("a GB18030 copy of a corpus file gives the same tokens as the UTF-8 file")
    func gb18030() throws {
        let utf8 = try CLI.run(["segment", "Corpus/texts/zh-04-hospital.txt"])
        let gb = try CLI.run(["segment", "Corpus/variants/zh-04-hospital.gb18030.txt"])
        #expect(utf8.status == 0 && gb.status == 0)
        #expect(utf8.stdout == gb.stdout)
        #expect(utf8.stdout.contains("三会一课"))
    }

    @Test("a Traditional copy gives the same tokens with --normalize simplified")
    func traditional() throws {
        let simp = try CLI.run(["segment", "--format", "jsonl", "Corpus/texts/zh-04-hospital.txt"])
        let trad = try CLI.run(["segment", "--format", "jsonl", "--normalize", "simplified", "Corpus/variants/zh-04-hospital.hant.txt"])
        // Every token but its text: the same ranges, lines, kinds and term marks.
        func ranges(_ s: String) throws -> [String] {
            try s.split(separator: "\n").map { line in
                var object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                object["text"] = nil
                return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
            }
        }
        let simplified = try ranges(simp.stdout)
        #expect(simplified.count > 900)
        #expect(simplified == (try ranges(trad.stdout)))
        #expect(trad.stdout.contains("\"term\":true,\"text\":\"黨風廉政建設\""))
        #expect(trad.stdout.contains("\"term\":true,\"text\":\"三會一課\""))
    }

    @Test("a file of random bytes exits 2 with a message naming it; other files still print")
    func randomBytes() throws {
        let dir = try CLI.temporaryDirectory("sk-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let noise = dir.appendingPathComponent("noise.bin")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<5000).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: noise)
        let good = dir.appendingPathComponent("good.txt")
        try "发展党员".write(to: good, atomically: true, encoding: .utf8)
        let result = try CLI.run(["segment", noise.path, good.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(noise.path))
        #expect(result.stderr.contains("binary"))
        #expect(result.stdout.contains("发展党员"))
    }

    @Test("usage errors exit 2 and say what is wrong")
    func usage() throws {
        let result = try CLI.run(["segment", "--normalize", "nfd"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'nfd'"))
        let missing = try CLI.run(["segment", "no/such/file.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "summarykit: no/such/file.txt: cannot read the file: no such file or directory.\n")
    }

    @Test("--version and --help")
    func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("summarykit "))
        let help = try CLI.run(["segment", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--user-dict"))
    }

    @Test("every command's help text is wrapped as paragraphs: no line is cut short in mid-sentence",
          arguments: [["audit"], ["segment"], ["structure"], ["match"], ["tag"], ["eval"], ["lexicon", "validate"],
                      ["checklist", "validate"], ["stats", "run"], ["stats", "merge"], ["stats"]])
    func helpParagraphs(command: [String]) throws {
        let help = try CLI.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(help.status == 0)
        // The overview and discussion: the lines before USAGE. A line the wrapper cut is long;
        // a short line must end a sentence or an item.
        let lines = help.stdout.components(separatedBy: "\n").prefix { !$0.hasPrefix("USAGE:") }
        for line in lines where !line.isEmpty && line.count < 60 {
            #expect(line.hasSuffix(".") || line.hasSuffix(":") || line.hasSuffix(")"),
                    "\(command.joined(separator: " ")): short line '\(line)'")
        }
    }
}

@Suite("Output to a closed pipe")
struct ClosedPipeTests {
    @Test("a reader that goes away (| head) ends the command quietly")
    func closedPipe() throws {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["segment", "--format", "jsonl"] + (0..<20).map { _ in "Corpus/texts/zh-04-hospital.txt" }
        process.currentDirectoryURL = CLI.repoRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        _ = out.fileHandleForReading.readData(ofLength: 100)
        try out.fileHandleForReading.close()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(stderr.isEmpty)
    }
}
