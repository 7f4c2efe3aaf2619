import Foundation
import Testing
import SummaryKit

/// The structure stage's fast paths answer exactly what the plain code they replace answered.
@Suite("Structure fast paths")
struct StructureFastPathTests {
    /// Lines built from the pieces the fast paths look for, in many combinations.
    static let lines: [String] = {
        let pieces = ["总结", "總結", "工作彙\u{2F857}", "述职报告", "。", "；", ">", "＞", "»", "›", "→", "结\u{0301}",
                      "x", "A", "支部", "Summary", " ", "工作汇报", "报", "ab", "\r\n", "é", "𠀀"]
        var out: [String] = []
        var seed: UInt64 = 0x5EED
        for _ in 0..<2000 {
            var line = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for k in 0..<Int(seed >> 60) {
                line += pieces[Int((seed >> UInt64(k * 5)) & 0x1F) % pieces.count]
            }
            out.append(line)
        }
        return out
    }()

    @Test("ByteNeedles finds what memmem finds")
    func byteNeedles() {
        let needles = [">", "＞", "»", "›", "→", "总结", "報", "\u{2F857}"]
        let set = ByteNeedles(needles.map { Array($0.utf8) })
        for line in Self.lines {
            var text = line
            text.withUTF8 { bytes in
                let expected = needles.enumerated().reduce(UInt64(0)) { mask, entry in
                    line.fastContains(entry.element) ? mask | 1 << UInt64(entry.offset) : mask
                }
                #expect(set.found(in: bytes) == expected, "\(line)")
                #expect(set.occurInAny(bytes) == (expected != 0), "\(line)")
            }
        }
    }

    @Test("counting an organisation keyword by bytes gives what components(separatedBy:) gave")
    func keywordCount() {
        var compared = 0
        // Where every character is one scalar the two agree exactly; a keyword followed by a
        // combining mark counts by bytes, as the organisation check over titles (fastContains)
        // has always matched.
        for line in Self.lines where line.unicodeScalars.count == line.count {
            let folded = line.lowercased()
            for needle in ["总结", "支部", "summary", "x", "ab", "结", "\r\n", "aa"] {
                #expect(folded.fastCount(of: needle) == folded.components(separatedBy: needle).count - 1, "\(folded) / \(needle)")
                compared += 1
            }
        }
        #expect("aaaa".fastCount(of: "aa") == 2)  // without overlap, left to right
        #expect("".fastCount(of: "a") == 0)
        #expect(compared > 1000)
        #expect("村\u{0301}委".fastCount(of: "村") == 1)
    }

    @Test("the HTML sniff, which gives up at a first scalar other than '<', agrees with the full check")
    func htmlSniff() {
        // The check as it was before the first-scalar test.
        func reference(_ text: String) -> Bool {
            var string = String(String.UnicodeScalarView(text.unicodeScalars.prefix(2048))).lowercased()
            while let first = string.first, first.isWhitespace || first == "\u{FEFF}" { string.removeFirst() }
            return string.hasPrefix("<!doctype html") || string.hasPrefix("<html") || string.hasPrefix("<?xml") && string.contains("<html")
                || (string.hasPrefix("<") && (string.contains("<body") || string.contains("<head")))
        }
        let texts = ["\u{FEFF}\n  <!DOCTYPE html><html><body>支部</body></html>", "\u{3000}<html lang=\"zh\">",
                     "<div><head></head><body>x</body></div>", "<一>支部工作总结\n<body>", "<一>支部工作总结",
                     "党支部工作总结 <html>", String(repeating: " ", count: 3000) + "<html>", "", "\r\n<HTML>",
                     "<?xml version=\"1.0\"?><html>", "<?xml version=\"1.0\"?><doc/>"]
            + Self.lines.map { "<" + $0 + "<body>" } + Self.lines
        for text in texts {
            #expect(HTMLExtractor.looksLikeHTML(text) == reference(text), "\(text.debugDescription)")
        }
        #expect(HTMLExtractor.looksLikeHTML("\u{FEFF}\n  <!DOCTYPE html><html><body>支部</body></html>"))
        #expect(!HTMLExtractor.looksLikeHTML("党支部工作总结 <html>"))
    }

    @Test("the title-word test agrees with Foundation's contains")
    func titleWords() {
        var titles = 0
        var byEquivalence = 0
        for line in Self.lines {
            let expected = !line.fastContains("。") && !line.fastContains("；")
                && StructureParser.titleWords.contains { line.contains($0) }
            var text = line
            #expect(text.withUTF8(StructureParser.namesSummary(utf8:)) == expected, "\(line)")
            if expected { titles += 1 }
            if expected, !StructureParser.titleWords.contains(where: { line.fastContains($0) }) { byEquivalence += 1 }
        }
        // The lines exercise both answers, and titles found only through U+2F857.
        #expect(titles > 0 && titles < Self.lines.count && byEquivalence > 0)
    }

    @Test("the chrome mark filter passes every line that holds a mark")
    func markFilter() {
        let marks = Chrome.leadInMarks + Chrome.englishLeadInMarks + Chrome.lineContains + ["the following is"]
        for mark in marks {
            for line in ["\(mark)", "小组\(mark)", "The \(mark.uppercased()) here", "a\(mark)b", "总 \(mark)。"] {
                let folded = line.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
                #expect(folded.withUnsafeBufferPointer(Chrome.mayContainMark), "\(line)")
            }
        }
        let plain = Array("支部小组坚持学习，本的".utf8)
        #expect(!plain.withUnsafeBufferPointer(Chrome.mayContainMark))
    }

    @Test("checkpointed byte offsets match the offsets of every scalar")
    func byteOffsets() {
        for line in Self.lines.prefix(300) + [String(repeating: "a总", count: 100), ""] {
            let text = ScalarText(SourceText(line))
            var expected: [Int] = []
            var offset = 0
            for scalar in line.unicodeScalars {
                expected.append(offset)
                offset += UTF8.width(scalar)
            }
            expected.append(offset)
            #expect((0...text.count).map(text.byteOffset) == expected, "\(line)")
        }
    }
}
