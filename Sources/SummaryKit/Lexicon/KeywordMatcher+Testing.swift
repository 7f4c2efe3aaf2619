// Package-visible hooks for the test targets, which import SummaryKit plainly.

extension KeywordMatcher {
    /// For tests: `units` as the matcher's scans see them (NFKC, case folded, Traditional to
    /// Simplified), without exposing the normaliser itself.
    package func normalizedUnits(_ units: [UInt16]) -> [UInt16] {
        normalizer.view(of: units).units
    }
}
