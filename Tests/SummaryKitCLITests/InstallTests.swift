import Foundation
import Testing

/// `scripts/install.sh` as the README documents it: the binary in PREFIX/bin, its resources in
/// PREFIX/share/summarykit, and nothing of the build folder left within reach.
@Suite("install: summarykit away from its build folder", .tags(.slow))
struct InstallTests {
    static let bundleName = "SummaryKit_SummaryKit.resources"

    /// A build folder of the test's own (the binary and its resource bundle, as `swift build`
    /// leaves them), installed with the script into `prefix`, then removed.
    static func install(into prefix: URL, scratch: URL) throws {
        let fm = FileManager.default
        let build = scratch.appendingPathComponent("build")
        try fm.createDirectory(at: build, withIntermediateDirectories: true)
        let built = CLI.executable.resolvingSymlinksInPath().deletingLastPathComponent()
        try fm.copyItem(at: CLI.executable, to: build.appendingPathComponent("summarykit"))
        try fm.copyItem(at: built.appendingPathComponent(bundleName), to: build.appendingPathComponent(bundleName))
        let result = try CLI.run(executable: URL(fileURLWithPath: "/usr/bin/env"),
                                 ["bash", "scripts/install.sh", "--from", build.path, prefix.path])
        #expect(result.status == 0, "install.sh failed: \(result.stderr)")
        // Out of reach: nothing of the build folder remains.
        try fm.removeItem(at: build)
    }

    @Test("the installed binary audits Examples/submissions/, also through a symbolic link")
    func installedBinaryAudits() throws {
        let scratch = try CLI.temporaryDirectory("summarykit-install").resolvingSymlinksInPath()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let prefix = scratch.appendingPathComponent("prefix")
        try Self.install(into: prefix, scratch: scratch)
        let installed = prefix.appendingPathComponent("bin/summarykit")
        let fm = FileManager.default
        #expect(fm.isExecutableFile(atPath: installed.path))
        #expect(fm.fileExists(atPath: prefix.appendingPathComponent("share/summarykit/Lexicon/study.lex").path))
        #expect(fm.fileExists(atPath: prefix.appendingPathComponent("share/summarykit/tagger-model.json").path))
        for file in ["page-chrome.txt", "english-openers.txt", "organizations.txt", "default-checklist.yaml"] {
            #expect(fm.fileExists(atPath: prefix.appendingPathComponent("share/summarykit/\(file)").path), "\(file) installed")
        }
        #expect(!fm.fileExists(atPath: prefix.appendingPathComponent("bin/\(Self.bundleName)").path))

        let audit = try CLI.run(executable: installed, ["audit", "Examples/submissions/"],
                                environment: ["COLUMNS": "100", "NO_COLOR": "1"])
        #expect(audit.status == 1, "one summary fails: exit 1; stderr: \(audit.stderr)")
        #expect(audit.stderr.isEmpty)
        for file in ["branch-03-village.txt", "branch-07-school.docx", "branch-11-community.html", "branch-15-enterprise-en.txt"] {
            #expect(audit.stdout.contains("Examples/submissions/\(file)"), "the report names \(file)")
        }
        #expect(audit.stdout.contains("(GB18030, zh, village, 2024)"))
        #expect(audit.stdout.contains("Summary 1: 城南实验中学第二党支部2024年度工作总结"))
        #expect(audit.stdout.contains("verdict: FAIL — required sections missing: discipline, shortcomings, plans"))
        #expect(audit.stdout.components(separatedBy: "verdict: PASS").count - 1 == 3)
        #expect(audit.stdout.contains("4 files: 3 passed, 1 failed, 0 could not be read"))

        // A symbolic link from another folder: the resources are found from the link's target.
        let elsewhere = scratch.appendingPathComponent("elsewhere")
        try fm.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let link = elsewhere.appendingPathComponent("summarykit")
        try fm.createSymbolicLink(at: link, withDestinationURL: installed)
        let json = try CLI.run(executable: link, ["audit", "--format", "json", "Examples/submissions/branch-15-enterprise-en.txt"])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let summaries = try #require(files.first?["summaries"] as? [[String: Any]])
        #expect(summaries.count == 1)
        #expect(summaries.first?["passed"] as? Bool == true)
        #expect(files.first?["language"] as? String == "en")

        // A work folder of links, as job runners lay them out: the binary linked from a folder
        // with no resources, the bundle linked beside the link.
        let real = scratch.appendingPathComponent("cache/a/summarykit")
        try fm.createDirectory(at: real.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fm.copyItem(at: installed, to: real)
        let work = scratch.appendingPathComponent("work")
        try fm.createDirectory(at: work.appendingPathComponent("\(Self.bundleName)"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: work.appendingPathComponent("\(Self.bundleName)/Resources"),
                                  withDestinationURL: prefix.appendingPathComponent("share/summarykit"))
        try fm.createSymbolicLink(at: work.appendingPathComponent("summarykit"), withDestinationURL: real)
        let linked = try CLI.run(executable: work.appendingPathComponent("summarykit"), ["audit", "Examples/submissions/branch-07-school.docx"])
        #expect(linked.status == 0, "stderr: \(linked.stderr)")
        #expect(linked.stdout.contains("verdict: PASS"))
    }

    @Test("a binary without its resources, or with a broken model, stops with the file and the paths tried")
    func missingResourcesAreNamed() throws {
        let scratch = try CLI.temporaryDirectory("summarykit-install").resolvingSymlinksInPath()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let fm = FileManager.default
        let prefix = scratch.appendingPathComponent("prefix")
        try Self.install(into: prefix, scratch: scratch)
        let share = prefix.appendingPathComponent("share/summarykit")
        let input = "Examples/submissions/branch-03-village.txt"

        // The binary copied where neither a bundle nor ../share/summarykit is.
        let lonelyDir = scratch.appendingPathComponent("lonely/tools")
        try fm.createDirectory(at: lonelyDir, withIntermediateDirectories: true)
        let lonely = lonelyDir.appendingPathComponent("summarykit")
        try fm.copyItem(at: prefix.appendingPathComponent("bin/summarykit"), to: lonely)
        let bare = try CLI.run(executable: lonely, ["audit", input])
        #expect(bare.status == 2)
        #expect(bare.stdout.isEmpty)
        #expect(bare.stderr.contains("'Lexicon/study.lex' is missing"), "\(bare.stderr)")
        #expect(bare.stderr.contains(lonelyDir.appendingPathComponent("\(Self.bundleName)/Resources/Lexicon/study.lex").path))
        #expect(bare.stderr.contains(scratch.appendingPathComponent("lonely/share/summarykit/Lexicon/study.lex").path))
        #expect(bare.stderr.contains("scripts/install.sh"))
        let segment = try CLI.run(executable: lonely, ["segment", input])
        #expect(segment.status == 2)
        #expect(segment.stderr.contains("'terms.txt' is missing"), "\(segment.stderr)")

        // A malformed model is an error, not the hand-set defaults in silence.
        let installed = prefix.appendingPathComponent("bin/summarykit")
        let model = share.appendingPathComponent("tagger-model.json")
        try Data("{\"linear\": ".utf8).write(to: model)
        let malformed = try CLI.run(executable: installed, ["tag", input])
        #expect(malformed.status == 2)
        #expect(malformed.stdout.isEmpty)
        #expect(malformed.stderr.contains(model.path), "\(malformed.stderr)")
        #expect(malformed.stderr.contains("the built-in tagger model is malformed"))
        try fm.removeItem(at: model)
        for arguments in [["tag", input], ["audit", input]] {
            let missing = try CLI.run(executable: installed, arguments)
            #expect(missing.status == 2, "\(arguments)")
            #expect(missing.stderr.contains("'tagger-model.json' is missing"), "\(missing.stderr)")
            #expect(missing.stderr.contains(share.appendingPathComponent("tagger-model.json").path))
        }

        // The word lists of the structure stage and the default checklist: named when missing
        // or malformed, by the structure command as by those that tag.
        let chrome = share.appendingPathComponent("page-chrome.txt")
        try fm.removeItem(at: chrome)
        let noChrome = try CLI.run(executable: installed, ["structure", input])
        #expect(noChrome.status == 2)
        #expect(noChrome.stdout.isEmpty)
        #expect(noChrome.stderr.contains("'page-chrome.txt' is missing"), "\(noChrome.stderr)")
        #expect(noChrome.stderr.contains(chrome.path))
        let checklist = share.appendingPathComponent("default-checklist.yaml")
        try Data("name: default\nsections: []\n".utf8).write(to: checklist)
        let badChecklist = try CLI.run(executable: installed, ["checklist", "show"])
        #expect(badChecklist.status == 2)
        #expect(badChecklist.stderr.contains(checklist.path + ":2:"), "\(badChecklist.stderr)")
    }
}
