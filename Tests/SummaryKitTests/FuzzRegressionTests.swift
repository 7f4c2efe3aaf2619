import Foundation
import Testing
@testable import SummaryKit

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
}
