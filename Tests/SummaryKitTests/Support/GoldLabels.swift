import Foundation
import SummaryKit

/// One unit record of a gold label file: `LINE  KIND  CATEGORIES  PREFIX`.
struct GoldStructureUnit: Hashable {
    var line: Int
    var kind: UnitKind
    var prefix: String
}

/// The unit records and summary count of `Corpus/labels/<id>.labels`.
struct GoldStructure {
    var units: [GoldStructureUnit] = []
    var summaryCount = 0

    init(contentsOf path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "summary" { summaryCount += 1; continue }
            guard fields.count >= 4, let number = Int(fields[0]), let kind = UnitKind(rawValue: fields[1]) else { continue }
            units.append(GoldStructureUnit(line: number, kind: kind, prefix: fields[3].trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}"))))
        }
    }

    /// How many gold units the document has with the same kind, first line and prefix.
    /// Each document unit matches at most one gold unit.
    func agreement(with document: Document) -> (matched: Int, misses: [String]) {
        var used = Set<Int>()
        var matched = 0
        var misses: [String] = []
        for gold in units {
            let hit = document.units.indices.first { index in
                guard !used.contains(index), document.units[index].lines.lowerBound == gold.line else { return false }
                let text = String(document.text(of: document.units[index])).trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}"))
                return text.hasPrefix(gold.prefix) || (!text.isEmpty && text.count < gold.prefix.count && gold.prefix.hasPrefix(text))
            }
            if let hit { used.insert(hit) }
            if let hit, document.units[hit].kind == gold.kind {
                matched += 1
            } else {
                let got = hit.map { "\(document.units[$0].kind)" } ?? "nothing"
                misses.append("line \(gold.line) \(gold.kind) '\(gold.prefix)': got \(got)")
            }
        }
        return (matched, misses)
    }
}

/// Paths of the structure fixtures.
enum StructureFixture {
    static func path(_ name: String) -> String { Repo.path("Tests/SummaryKitTests/Fixtures/structure/" + name) }

    /// The reference pages kept beside the repository in `../shared/seeds` (CI) or
    /// `/work/shared/seeds`; nil when neither is there.
    static func seed(_ name: String) -> String? {
        let candidates = [Repo.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/" + name).path,
                          "/work/shared/seeds/" + name]
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }
}

/// Every unit's range slices back to trimmed text whose lines are the unit's lines.
func checkRanges(_ document: Document) -> [String] {
    var problems: [String] = []
    let bytes = document.source.text.utf8.count
    for (index, unit) in document.units.enumerated() {
        guard unit.utf8Range.lowerBound >= 0, unit.utf8Range.upperBound <= bytes, !unit.utf8Range.isEmpty else {
            problems.append("unit \(index): range \(unit.utf8Range) outside the text"); continue
        }
        let text = document.text(of: unit)
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            problems.append("unit \(index): not trimmed: '\(text.prefix(20))'")
        }
        let first = document.source.line(atUTF8Offset: unit.utf8Range.lowerBound)
        let last = document.source.line(atUTF8Offset: unit.utf8Range.upperBound - 1)
        if unit.lines != first...last { problems.append("unit \(index): lines \(unit.lines) but text spans \(first)...\(last)") }
        if !document.source.lineText(first).contains(text.prefix(while: { !$0.isNewline })) {
            problems.append("unit \(index): text not on line \(first)")
        }
    }
    return problems
}
