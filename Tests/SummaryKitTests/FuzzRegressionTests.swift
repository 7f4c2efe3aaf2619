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
}
