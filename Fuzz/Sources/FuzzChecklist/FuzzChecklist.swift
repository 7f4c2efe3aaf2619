// The checklist parser on arbitrary YAML: a checklist or a ChecklistError with lines.
import SummaryKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let checklist = try Checklist(yaml: text, file: "fuzz.yaml")
        precondition(!checklist.sections.isEmpty)
    } catch let error as ChecklistError {
        precondition(!error.problems.isEmpty)
    } catch {}
    return 0
}
