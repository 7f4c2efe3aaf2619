import Foundation

/// Works out a document's language, title, years and kind of organisation.
struct MetadataDetector {
    let text: ScalarText
    let units: [TextUnit]

    /// Keywords per organisation kind, in priority order (`Resources/organizations.txt`): a
    /// hospital's 社区卫生服务中心 is a hospital, a university's 学院 is not a school, a village
    /// co-operative is an enterprise. Empty when the file is missing or malformed, which
    /// ``BuiltInLists/checkBuiltInData()`` reports.
    static let keywords: [(OrganizationKind, [String])] = (try? BuiltInLists.organizationKeywords.get()) ?? []

    /// How many characters of each opening paragraph the organisation guess reads.
    static let sampleLength = 2000

    func detect() -> DocumentMetadata {
        let titles = units.filter { $0.kind == .title }.map { string($0) }
        let content = units.filter { $0.kind != .boilerplate }
        return DocumentMetadata(language: language(content), title: titles.first, years: years(titles, content),
                                organization: organization(titles, content))
    }

    /// The text of `unit` (whose bytes start and end on scalar boundaries).
    func string(_ unit: TextUnit) -> String {
        String(text.source[utf8: unit.utf8Range])
    }

    /// zh when ideographs carry nearly all the text, en when Latin letters do, else mixed.
    /// An ideograph is weighed as three letters (about one English word's worth of meaning).
    ///
    /// Counts in one pass over the units' UTF-8 bytes, which start and end on scalar
    /// boundaries: mapping each unit back to scalar indices cost two binary searches of the
    /// whole offset table per unit, a third of the time on a large file.
    func language(_ content: [TextUnit]) -> Language {
        var ideographs = 0
        var letters = 0
        var source = text.source.text
        source.withUTF8 { bytes in
            for unit in content {
                let range = unit.utf8Range.clamped(to: 0..<bytes.count)
                UTF8Scan.forEachScalar(UnsafeBufferPointer(rebasing: bytes[range])) { value, _, _ in
                    if value < 0x80 {
                        if (value | 0x20) &- 0x61 < 26 { letters += 1 }
                    } else if Unicode.Scalar(value)?.isIdeograph == true {
                        ideographs += 1
                    }
                }
            }
        }
        let wide = Double(ideographs) * 3
        let total = wide + Double(letters)
        guard total > 0 else { return .zh }
        let share = wide / total
        if share >= 0.85 { return .zh }
        if share <= 0.25 { return .en }
        return .mixed
    }

    func years(_ titles: [String], _ content: [TextUnit]) -> [Int] {
        let fromTitles = Set(titles.flatMap(Self.years(in:)))
        if !fromTitles.isEmpty { return fromTitles.sorted() }
        let firstParagraphs = content.filter { $0.kind == .paragraph }.prefix(2).map { string($0) }
        return Set(firstParagraphs.flatMap(Self.years(in:))).sorted()
    }

    /// Four-digit years 1949–2099 standing alone ("2023年", "in 2021", "2019-2020").
    static func years(in string: String) -> [Int] {
        var out: [Int] = []
        let scalars = Array(string.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard scalars[i].isASCIIDigit else { i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j].isASCIIDigit { j += 1 }
            let before = i > 0 ? scalars[i - 1] : " "
            let after = j < scalars.count ? scalars[j] : " "
            if j - i == 4, !before.isASCIILetter, before != ".", !after.isASCIILetter || after == "年",
               let value = Int(String(String.UnicodeScalarView(scalars[i..<j]))), (1949...2099).contains(value) {
                out.append(value)
            }
            i = j
        }
        return out
    }

    func organization(_ titles: [String], _ content: [TextUnit]) -> OrganizationKind? {
        for title in titles {
            let folded = title.lowercased()
            for (kind, words) in Self.keywords where words.contains(where: { folded.fastContains($0) }) { return kind }
        }
        // No title says it: the kind whose words occur most often in the first paragraphs.
        // Only the opening of each paragraph: a 10 MB paragraph must not cost a scan per keyword.
        let sample = content.filter { $0.kind == .paragraph }.prefix(3)
            .map { String(string($0).prefix(Self.sampleLength)).lowercased() }.joined(separator: "\n")
        var best: (OrganizationKind, Int)?
        for (kind, words) in Self.keywords {
            let count = words.reduce(0) { $0 + sample.fastCount(of: $1) }
            if count >= 2, count > (best?.1 ?? 0) { best = (kind, count) }
        }
        return best?.0
    }
}
