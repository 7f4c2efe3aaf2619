import Foundation
import Testing
import ZIPFoundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hostile fixtures, generated at run time: each must end in bounded time with a clear outcome.
/// Time bounds are generous (debug builds on a shared 2-core machine) but catch anything
/// quadratic: the same inputs take seconds, not minutes.
@Suite("Hostile input", .serialized, .tags(.slow))
struct HostileInputTests {
    let dir: URL
    init() throws { dir = try Repo.temporaryDirectory() }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func elapsed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    @Test("a file over --max-bytes is refused without being read")
    func overLimit() throws {
        let file = path("huge.txt")
        #expect(FileManager.default.createFile(atPath: file, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.truncate(atOffset: 100 << 20)  // 100 MB, sparse
        try handle.close()
        let (result, seconds) = elapsed { Result { try TextDecoder().decode(fileAt: file) } }
        #expect(throws: TextDecodingError.tooLarge(file: file, bytes: 100 << 20, limit: TextDecoder.defaultMaxBytes)) { try result.get() }
        #expect(seconds < 1)
    }

    @Test("one 20 MB line of text is audited in bounded time")
    func oneLongLine() throws {
        let file = path("line.txt")
        try String(repeating: "加强党员理论学习，", count: 800_000).write(toFile: file, atomically: false, encoding: .utf8)
        let (report, seconds) = try elapsed { try Auditor().audit(fileAt: file).audit }
        #expect(report.summaries.count == 1)
        // One paragraph that only names 理论学习 over and over: study is mentioned in passing
        // (thin), every other section is missing.
        let summary = report.summaries[0]
        #expect(summary.sections.map(\.id) == ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"])
        #expect(summary.sections.map(\.status) == [.thin] + Array(repeating: .missing, count: 5))
        #expect(summary.coverage == 8.3)
        #expect(summary.findings.map(\.rule).sorted { $0.rawValue < $1.rawValue } == Array(repeating: .sectionMissing, count: 5) + [.sectionThin])
        #expect(seconds < 240, "\(seconds) s")
    }

    @Test("a 10 MB paragraph without punctuation is audited in bounded time")
    func longParagraph() throws {
        let file = path("para.txt")
        try String(repeating: "党支部组织党员学习", count: 380_000).write(toFile: file, atomically: false, encoding: .utf8)
        let (report, seconds) = try elapsed { try Auditor().audit(fileAt: file).audit }
        #expect(report.summaries.count == 1)
        #expect(seconds < 240, "\(seconds) s")
    }

    @Test("a million empty lines give an empty summary quickly")
    func emptyLines() throws {
        let file = path("empty-lines.txt")
        try String(repeating: "\n", count: 1_000_000).write(toFile: file, atomically: false, encoding: .utf8)
        let (report, seconds) = try elapsed { try Auditor().audit(fileAt: file).audit }
        #expect(report.summaries.allSatisfy { $0.sections.allSatisfy { $0.status == .missing } })
        #expect(seconds < 30, "\(seconds) s")
    }

    @Test("deeply nested HTML is read in bounded time")
    func nestedHTML() throws {
        let file = path("nested.html")
        let depth = 100_000
        try (String(repeating: "<div>", count: depth) + "<p>支部坚持三会一课制度。</p>" + String(repeating: "</div>", count: depth))
            .write(toFile: file, atomically: false, encoding: .utf8)
        let (document, seconds) = try elapsed { try DocumentReader().read(fileAt: file) }
        #expect(document.format == .html)
        #expect(document.source.text.contains("三会一课"))
        #expect(seconds < 30, "\(seconds) s")
    }

    func makeDocx(_ name: String, entries: [(String, Data)]) throws -> String {
        let file = path(name)
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .create)
        for (entry, data) in entries {
            try archive.addEntry(with: entry, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return file
    }

    @Test("a ZIP-bomb .docx is refused by the size of what it unpacks to")
    func zipBomb() throws {
        var xml = Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>".utf8)
        xml.append(Data(repeating: 0x41, count: 70 << 20))
        xml.append(Data("</w:t></w:r></w:p></w:body></w:document>".utf8))
        let file = try makeDocx("bomb.docx", entries: [("word/document.xml", xml)])
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0 < 1 << 20, "compressed small")
        let (result, seconds) = elapsed { Result { try DocumentReader().read(fileAt: file) } }
        #expect {
            try result.get()
        } throws: { error in
            guard case let .partTooLarge(f, part, _, _) = error as? DocumentError else { return false }
            return f == file && part == "word/document.xml"
        }
        #expect(seconds < 30, "\(seconds) s")
    }

    @Test("a .docx with many entries and ../ paths is read without touching the disk outside")
    func hostileEntries() throws {
        let xml = Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>一、加强理论学习</w:t></w:r></w:p></w:body></w:document>".utf8)
        var entries = [("../../evil.txt", Data("x".utf8)), ("word/document.xml", xml)]
        for i in 0..<3000 { entries.append(("junk/\(i).bin", Data([UInt8(i & 0xFF)]))) }
        let file = try makeDocx("entries.docx", entries: entries)
        let (document, seconds) = try elapsed { try DocumentReader().read(fileAt: file) }
        #expect(document.source.text.contains("加强理论学习"))
        #expect(!FileManager.default.fileExists(atPath: dir.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("evil.txt").path))
        #expect(seconds < 60, "\(seconds) s")
    }

    @Test("a corrupt .docx is a clear error naming the file")
    func corruptDocx() throws {
        let file = path("broken.docx")
        try Data("PK\u{03}\u{04}this is not really a zip".utf8).write(to: URL(fileURLWithPath: file))
        #expect {
            try DocumentReader().read(fileAt: file)
        } throws: { error in
            (error as? DocumentError)?.file == file && "\(error)".hasPrefix(file + ": ")
        }
    }

    @Test("a lexicon with 100,000 forms compiles and matches in bounded time")
    func hugeLexicon() throws {
        var text = ""
        for i in 0..<50_000 {
            text += "[generated-\(i)]\ncategories = study:0.5\nzh = 学习项目\(i)号 | 测试词\(i)\n"
        }
        let lexicon = try Lexicon(concepts: []).layering(text: text, file: "big.lex")
        #expect(lexicon.concepts.count == 50_000)
        let (matcher, seconds) = try elapsed { try KeywordMatcher(lexicon: lexicon) }
        #expect(matcher.forms.count == 100_000)
        #expect(seconds < 120, "\(seconds) s")
        let ids = try matcher.matches(in: "开展学习项目123号和测试词4567").map { matcher.concept(of: $0).id }
        #expect(ids == ["generated-123", "generated-4567"])
    }

    @Test("a named pipe, a symlink loop and a directory are clear errors, never a hang")
    func specialFiles() throws {
        let fifo = path("pipe.txt")
        #expect(mkfifo(fifo, 0o644) == 0)
        #expect(throws: TextDecodingError.unreadable(file: fifo, reason: "it is not a regular file")) {
            try TextDecoder().decode(fileAt: fifo)
        }
        let loop = path("loop.txt")
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        #expect(throws: TextDecodingError.unreadable(file: loop, reason: "too many levels of symbolic links")) {
            try TextDecoder().decode(fileAt: loop)
        }
        #expect(throws: DocumentError.decoding(.unreadable(file: dir.path, reason: "it is a directory"))) {
            try DocumentReader().read(fileAt: dir.path)
        }
    }

    @Test("a file without read permission is a clear error", .enabled(if: geteuid() != 0, "root reads any file"))
    func permissionDenied() throws {
        let file = path("secret.txt")
        try "党建".write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0)
        #expect(throws: TextDecodingError.unreadable(file: file, reason: "permission denied")) {
            try TextDecoder().decode(fileAt: file)
        }
    }

    @Test("mixed encodings in one file are refused at the first bad byte")
    func mixedEncodings() throws {
        let utf8 = Array("一、加强理论学习，支部全年组织集中学习十二次。".utf8)
        let gb = [UInt8](try #require("二、严明纪律".data(using: String.Encoding(rawValue: 0x80000632))))  // GB18030
        let bytes = utf8 + [0x0A] + gb
        #expect(throws: TextDecodingError.invalidBytes(file: "mixed.txt", encoding: "UTF-8", offset: utf8.count + 1)) {
            try TextDecoder().decode(bytes, origin: "mixed.txt")
        }
    }
}

@Suite("Error descriptions")
struct ErrorDescriptionTests {
    @Test("localizedDescription names the file and the problem, as description does")
    func localized() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-errors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let fake = directory.appendingPathComponent("report.docx")
        try Data("not a zip".utf8).write(to: fake)
        for path in [empty.path, fake.path, directory.appendingPathComponent("absent.txt").path] {
            do {
                _ = try DocumentReader().read(fileAt: path)
                Issue.record("\(path) was read")
            } catch {
                let any: any Error = error
                #expect(any.localizedDescription == error.description)
                #expect(any.localizedDescription.contains((path as NSString).lastPathComponent), "\(any.localizedDescription)")
                #expect(!any.localizedDescription.contains("The operation could not be completed"))
            }
        }
        do {
            _ = try Checklist(yaml: "sections: [", file: "broken.yaml")
            Issue.record("a broken checklist was read")
        } catch {
            let any: any Error = error
            #expect(any.localizedDescription.contains("broken.yaml"))
        }
    }
}
