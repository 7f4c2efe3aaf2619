// The partial-result reader and merge (`stats merge`) on arbitrary lines: every input is merged
// or refused with a PartialResultError, never a trap. A first byte that is odd re-stamps the
// checksum of every line that decodes, so that mutated counts get past the checksum and reach
// the count checks and the checked merge. Whatever merges must give a report, and its partial
// must read back (the checks hold for every merge of partials that pass them).
import Foundation
import SummaryKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let restamp = bytes[0] & 1 == 1
    var lines = [String]()
    for line in bytes.dropFirst().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
        var text = String(decoding: line, as: UTF8.self)
        if restamp, let value = try? JSONDecoder().decode(CorpusStatistics.self, from: Data(line)), let json = try? value.partialJSON() {
            text = json
        }
        lines.append(text)
    }
    let merged: CorpusStatistics
    do {
        merged = try CorpusStatistics.mergingPartials(lines.joined(separator: "\n"), source: "fuzz", allowPartialSet: bytes[0] & 2 == 2)
    } catch {
        precondition(!error.description.isEmpty)
        return 0
    }
    _ = CorpusReport(merged, top: 5)
    guard let json = try? merged.partialJSON() else { preconditionFailure("a merged partial cannot be encoded") }
    do {
        _ = try CorpusStatistics.readPartial(Array(json.utf8), source: "merged", line: 1)
    } catch {
        preconditionFailure("the merged partial does not read back: \(error)")
    }
    return 0
}
