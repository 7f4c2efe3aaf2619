// The decoder on raw bytes: any input decodes or throws a TextDecodingError, never crashes,
// and decoded text has true line starts.
import SummaryKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let source = try? TextDecoder().decode(bytes, origin: "fuzz") {
        precondition(source.lineStarts.first == 0)
        precondition(source.lineStarts.last ?? 0 <= source.text.utf8.count)
        if let segmenter = try? WordSegmenter(options: .init(normalization: .all, selection: .all)),
           let tokens = try? segmenter.tokens(in: source) {
            for token in tokens { precondition(source[utf8: token.utf8Range] == source.text[token.range]) }
        }
    }
    return 0
}
