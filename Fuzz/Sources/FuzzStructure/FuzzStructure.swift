// Document structure, tagging, coverage and findings on arbitrary text: every unit, match and
// finding must point inside the text; and the text cut into pieces between lines (as a large
// file is, for matching on all cores) must give exactly the whole text's matches.
@testable import SummaryKit

let auditor = try? Auditor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let auditor else { return 0 }
    let source = SourceText(text, origin: "fuzz.txt")
    let matcher = auditor.tagger.matcher
    if let whole = try? matcher.matches(in: source) {
        var pieced = [Match]()
        for piece in KeywordMatcher.pieces(of: source, size: 64) {
            guard let matches = try? matcher.matches(in: source, piece: piece) else { preconditionFailure("a piece failed to match") }
            pieced += matches
        }
        precondition(pieced == whole, "matching in pieces differs from matching the whole text")
    }
    let document = DocumentReader().read(source)
    let length = document.source.text.utf8.count
    for unit in document.units {
        precondition(unit.utf8Range.lowerBound >= 0 && unit.utf8Range.upperBound <= length)
        precondition(document.summaries.indices.contains(unit.summary))
    }
    if let result = try? auditor.audit(document: document, name: "fuzz.txt") {
        for summary in result.audit.summaries {
            precondition((0...100).contains(summary.coverage))
            for finding in summary.findings { precondition(finding.start <= finding.end && finding.end <= length && finding.line >= 1) }
        }
    }
    return 0
}
