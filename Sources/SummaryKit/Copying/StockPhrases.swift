import Foundation

/// The built-in stock phrases of the genre: `Resources/copy-stock-phrases.txt` and the domain
/// terms of `Resources/terms.txt`, normalised, for marking the characters of a text that no
/// passage may count as copied.
struct StockPhrases: Sendable {
    /// Phrases by their first two normalised characters.
    let phrases: [UInt64: [[Unicode.Scalar]]]
    /// The number of phrases.
    let count: Int

    /// Reads the built-in files.
    ///
    /// - Throws: ``SegmentationError/missingResource(file:reason:)`` when one is missing.
    init(normalizer: CopyNormalizer) throws(SegmentationError) {
        var lines: [String] = []
        for name in ["copy-stock-phrases.txt", "terms.txt"] {
            switch BuiltInResources.text(name) {
            case .success(let text): lines.append(contentsOf: text.split(whereSeparator: \.isNewline).map(String.init))
            case .failure(let missing): throw .missingResource(file: missing.file, reason: missing.reason)
            }
        }
        self.init(lines: lines, normalizer: normalizer)
    }

    /// Phrases from `lines` (`#` comments and blank lines skipped).
    init(lines: [String], normalizer: CopyNormalizer) {
        var phrases: [UInt64: [[Unicode.Scalar]]] = [:]
        var count = 0
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let characters = normalizer.normalize(SourceText(trimmed)).characters
            guard characters.count >= 2 else { continue }
            phrases[Self.key(characters[0], characters[1]), default: []].append(characters)
            count += 1
        }
        self.phrases = phrases
        self.count = count
    }

    @inline(__always)
    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Marks in `mask` every character of `text` inside an occurrence of a phrase.
    func mark(_ text: CopyText, in mask: inout [Bool]) {
        let c = text.characters
        guard c.count >= 2 else { return }
        for i in 0..<(c.count - 1) {
            guard let candidates = phrases[Self.key(c[i], c[i + 1])] else { continue }
            for phrase in candidates where i + phrase.count <= c.count {
                var k = 2
                while k < phrase.count, c[i + k] == phrase[k] { k += 1 }
                if k == phrase.count {
                    for j in i..<(i + phrase.count) { mask[j] = true }
                }
            }
        }
    }
}
