// The HTML reader on arbitrary bytes.
import SummaryKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let document = try? DocumentReader().read(bytes, origin: "fuzz.html") {
        for unit in document.units { precondition(unit.utf8Range.upperBound <= document.source.text.utf8.count) }
    }
    return 0
}
