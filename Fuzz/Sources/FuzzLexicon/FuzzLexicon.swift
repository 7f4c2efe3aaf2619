// The lexicon parser and matcher compiler on arbitrary text.
import SummaryKit

let sample = SourceText("一、加强理论学习，落实三会一课。The branch held democratic life meetings; study is not deep enough.")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let lexicon = try? Lexicon(concepts: []).layering(text: text, file: "fuzz.lex"),
       let matcher = try? KeywordMatcher(lexicon: lexicon),
       let matches = try? matcher.matches(in: sample) {
        for match in matches { precondition(match.utf8Range.upperBound <= sample.text.utf8.count) }
    }
    return 0
}
