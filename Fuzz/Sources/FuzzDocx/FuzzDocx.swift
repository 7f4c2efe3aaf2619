// The .docx reader on ZIP bytes: a document or a DocumentError, never a crash.
import SummaryKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? DocumentReader().read(bytes, origin: "fuzz.docx") {
        for unit in document.units { precondition(unit.utf8Range.upperBound <= document.source.text.utf8.count) }
    }
    return 0
}
