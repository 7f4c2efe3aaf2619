// Document structure, tagging, coverage and findings on arbitrary text: every unit, match and
// finding must point inside the text.
import SummaryKit

let auditor = try? Auditor()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let auditor else { return 0 }
    let document = DocumentReader().read(SourceText(text, origin: "fuzz.txt"))
    let length = document.source.text.utf8.count
    for unit in document.units {
        precondition(unit.utf8Range.lowerBound >= 0 && unit.utf8Range.upperBound <= length)
        precondition(document.summaries.indices.contains(unit.summary))
    }
    if let result = try? auditor.audit(document: document, name: "fuzz.txt") {
        for summary in result.report.summaries {
            precondition((0...100).contains(summary.coverage))
            for finding in summary.findings { precondition(finding.start <= finding.end && finding.end <= length && finding.line >= 1) }
        }
    }
    return 0
}
