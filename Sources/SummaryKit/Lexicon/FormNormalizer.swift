/// Normalises lexicon forms and texts alike: NFKC, case folding, Traditional→Simplified.
struct FormNormalizer: Sendable {
    let simplified: SimplifiedTable

    init() throws(SegmentationError) {
        simplified = try SimplifiedTable.shared()
    }

    func view(of units: [UInt16]) -> NormalizedText {
        NormalizedText(original: units, normalization: .all, simplified: simplified)
    }

    func normalize(_ text: String) -> [UInt16] {
        view(of: Array(text.utf16)).units
    }
}
