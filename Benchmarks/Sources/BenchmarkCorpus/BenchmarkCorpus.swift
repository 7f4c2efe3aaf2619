// The benchmark inputs: the project's own corpus texts of one language, whole files repeated.
import Foundation

/// About `target` bytes of the UTF-8 corpus texts of `language` (`zh` or `en`), whole files
/// repeated in name order, each followed by `separator`.
public func corpusText(language: String, target: Int, separator: String = "\n") -> String {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let dir = root.appendingPathComponent("Corpus/texts")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
        .filter { $0.hasPrefix(language + "-") && $0.hasSuffix(".txt") }.sorted()
    let texts = names.compactMap { try? String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }
    precondition(!texts.isEmpty, "no corpus texts for \(language) under \(dir.path)")
    var out = ""
    while out.utf8.count < target {
        for text in texts { out += text + separator }
    }
    return out
}
