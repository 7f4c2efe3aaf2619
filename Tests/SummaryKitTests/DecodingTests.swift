import Foundation
import Testing
import SummaryKit

@Suite("TextDecoder")
struct DecodingTests {
    let decoder = TextDecoder()

    @Test("UTF-16 is transcoded to exactly the String the standard library decodes, lone surrogates included")
    func utf16Transcoding() {
        let pieces: [[UInt16]] = [[0x41], [0x7F], [0x80], [0x7FF], [0x800], [0x4E2D], [0xFFFD], [0xFFFF], [0xD83D, 0xDE00],
                                  [0xD800], [0xDFFF], [0xDC00, 0xD800], [0xD800, 0x41], [0x0A], [0x3000], [0xDBFF, 0xDFFF]]
        var seed: UInt64 = 0x0516
        for _ in 0..<3000 {
            var units = [UInt16]()
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(seed >> 59) { units += pieces[Int((seed >> UInt64(k * 2)) & 0xFF) % pieces.count] }
            let ours = units.withUnsafeBufferPointer(UTF8Scan.string(fromUTF16:))
            let reference = String(decoding: units, as: UTF16.self)
            #expect(Array(ours.utf8) == Array(reference.utf8), "\(units)")
        }
        let text = "党支部 Party branch 😀 \u{301}"
        #expect(Array(text.utf16).withUnsafeBufferPointer(UTF8Scan.string(fromUTF16:)) == text)
    }

    @Test("UTF-8 without BOM is taken as is")
    func plainUTF8() throws {
        let source = try decoder.decode(Array("党支部工作总结\n一、加强学习".utf8), origin: "a.txt")
        #expect(source.encoding == "UTF-8")
        #expect(source.text == "党支部工作总结\n一、加强学习")
    }

    @Test("a UTF-8 byte-order mark is removed")
    func utf8BOM() throws {
        let source = try decoder.decode([0xEF, 0xBB, 0xBF] + Array("三会一课".utf8), origin: "bom.txt")
        #expect(source.text == "三会一课")
    }

    @Test("UTF-16 LE and BE with byte-order marks decode to the same text")
    func utf16() throws {
        let text = "民主生活会 democratic life meeting"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try decoder.decode(le, origin: "le.txt").text == text)
        #expect(try decoder.decode(be, origin: "be.txt").text == text)
    }

    @Test("GB18030 and UTF-16 copies of corpus files decode to the UTF-8 original")
    func legacyCopies() throws {
        let pairs = [
            ("zh-04-hospital.gb18030.txt", "zh-04-hospital", "GB18030"),
            ("zh-16-hospital.gb18030.txt", "zh-16-hospital", "GB18030"),
            ("zh-02-community.utf16le.txt", "zh-02-community", "UTF-16LE"),
            ("en-01-school.utf16be.txt", "en-01-school", "UTF-16BE"),
        ]
        for (variant, id, encoding) in pairs {
            let copy = try decoder.decode(fileAt: Repo.variant(variant))
            let original = try decoder.decode(fileAt: Repo.text(id))
            #expect(copy.encoding == encoding, "\(variant)")
            #expect(copy.text == original.text, "\(variant)")
        }
    }

    @Test("Big5 Traditional text is detected and decoded")
    func big5() throws {
        let copy = try decoder.decode(fileAt: Repo.variant("zh-22-trad.big5.txt"))
        let utf8 = try decoder.decode(fileAt: Repo.text("zh-22-trad"))
        #expect(copy.encoding == "Big5")
        #expect(copy.text == utf8.text)
    }

    @Test("--encoding overrides detection")
    func forcedEncoding() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.variant("zh-04-hospital.gb18030.txt"))))
        let source = try TextDecoder(encoding: "GBK").decode(bytes, origin: "x")
        #expect(source.text == (try decoder.decode(fileAt: Repo.text("zh-04-hospital"))).text)
        #expect(throws: TextDecodingError.unknownEncoding(file: "x", name: "NOPE-8")) {
            try TextDecoder(encoding: "NOPE-8").decode(bytes, origin: "x")
        }
    }

    @Test("random bytes are refused as binary, naming the file and the offset")
    func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect {
            try decoder.decode(bytes, origin: "noise.bin")
        } throws: { error in
            guard let error = error as? TextDecodingError, case let .binary(file, offset) = error else { return false }
            return file == "noise.bin" && offset < 4096 && bytes[offset] < 0x20
        }
    }

    @Test("UTF-8 with one broken byte is reported at that byte, not misread as GB18030")
    func brokenUTF8() throws {
        var bytes = Array("坚持三会一课制度，认真开展组织生活会和民主评议党员工作。".utf8)
        let bad = 3 * 7
        bytes.insert(0xFF, at: bad)
        #expect(throws: TextDecodingError.invalidBytes(file: "broken.txt", encoding: "UTF-8", offset: bad)) {
            try decoder.decode(bytes, origin: "broken.txt")
        }
    }

    @Test("file errors name the file")
    func fileErrors() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing.txt").path
        #expect(throws: TextDecodingError.unreadable(file: missing, reason: "no such file or directory")) {
            try decoder.decode(fileAt: missing)
        }
        #expect(throws: TextDecodingError.unreadable(file: dir.path, reason: "it is a directory")) {
            try decoder.decode(fileAt: dir.path)
        }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        #expect(throws: TextDecodingError.empty(file: empty.path)) { try decoder.decode(fileAt: empty.path) }
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 2000).write(to: big)
        #expect(throws: TextDecodingError.tooLarge(file: big.path, bytes: 2000, limit: 1000)) {
            try TextDecoder(maxBytes: 1000).decode(fileAt: big.path)
        }
    }

    @Test("CRLF, CR and LF line endings all count as one line break")
    func lineEndings() {
        let source = SourceText("一\r\n二\r三\n四")
        #expect(source.lineCount == 4)
        #expect(source.line(atUTF8Offset: 0) == 1)
        #expect(source.line(atUTF8Offset: 5) == 2)
        #expect(source.line(atUTF8Offset: 9) == 3)
        #expect(source.line(atUTF8Offset: 13) == 4)
        #expect(source.lineText(2) == "二")
    }

    @Test("line starts after LF, CRLF and lone CR, one line per break")
    func lineStartsOfMixedBreaks() {
        let source = SourceText("a\r\nb\rc\n\nd党\r")
        #expect(source.lineStarts == [0, 3, 5, 7, 8, 13])
        #expect(source.line(atUTF8Offset: 9) == 5)
        #expect(SourceText("").lineStarts == [0])
    }
}
