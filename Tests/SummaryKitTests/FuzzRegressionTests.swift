import Foundation
import Testing
import SummaryKit

/// Inputs that crashed a fuzz target once (scripts/fuzz.sh); each must now end in a typed error
/// or a document, never a trap.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static func fixture(_ name: String) -> String { Repo.path("Tests/SummaryKitTests/Fixtures/fuzz/" + name) }

    @Test("a ZIP whose directory offsets point past the end is a corrupt .docx, not a trap (FuzzDocx)")
    func docxBadOffsets() throws {
        let path = Self.fixture("docx-crash-c6e2b317.docx")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect {
            try DocumentReader().read(bytes, origin: "crash.docx")
        } throws: { error in
            guard let error = error as? DocumentError else { return false }
            return error.file == "crash.docx"
        }
    }

    @Test("a .docx whose XML holds bytes that are not UTF-8 is malformed XML, not a trap in FoundationXML (FuzzDocx)")
    func docxInvalidUTF8() throws {
        let path = Self.fixture("docx-crash-c3a82310.docx")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect {
            try DocumentReader().read(bytes, origin: "crash2.docx")
        } throws: { error in
            guard case let .malformedXML(file, part, _, reason) = error as? DocumentError else { return false }
            return file == "crash2.docx" && part == "word/document.xml" && reason.hasPrefix("the bytes are not valid UTF-8")
        }
    }

    @Test("a .docx entry claiming more compressed bytes than the file holds is refused at once (FuzzDocx hang)")
    func docxHugeCompressedSize() throws {
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Repo.path("Tests/SummaryKitTests/Fixtures/structure/zh-02-community.docx"))))
        // Patch the compressed size of every entry, in the local headers (offset 18) and the
        // central directory (offset 20), to 2 GiB.
        var patched = 0
        for i in 0..<(bytes.count - 24) {
            let signature = UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
            let field = signature == 0x0403_4B50 ? 18 : signature == 0x0201_4B50 ? 20 : nil
            guard let field else { continue }
            bytes.replaceSubrange((i + field)..<(i + field + 4), with: [0x00, 0x00, 0x00, 0x80])
            patched += 1
        }
        #expect(patched >= 2)
        let start = Date()
        #expect(throws: DocumentError.self) { try DocumentReader().read(bytes, origin: "huge.docx") }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test("a .docx part that inflates past its declared size stops at once (FuzzDocx timeout)")
    func docxInflatesPastDeclaredSize() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.fixture("docx-timeout-128e44a9.docx"))))
        let start = Date()
        _ = try? DocumentReader().read(bytes, origin: "slow.docx")
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
