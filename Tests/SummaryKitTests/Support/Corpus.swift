import Foundation
import SummaryKit

/// Paths into the repository for tests that read the bundled corpus.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every corpus text file (UTF-8 originals), sorted.
    static var corpusTexts: [String] {
        let dir = path("Corpus/texts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
    }

    static func variant(_ name: String) -> String { path("Corpus/variants/" + name) }
    static func text(_ id: String) -> String { path("Corpus/texts/\(id).txt") }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarykit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Segment texts, the pieces the tests compare.
func words(_ segmenter: WordSegmenter, _ source: SourceText) throws -> [String] {
    try segmenter.tokens(in: source).map { String(source[utf8: $0.utf8Range]) }
}
