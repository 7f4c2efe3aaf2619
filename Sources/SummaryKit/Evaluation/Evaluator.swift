/// Runs structure, tagger and coverage over labelled corpus files and compares with the gold.
package struct Evaluator: Sendable {
    /// Reads the corpus text files into structured documents.
    package let reader: DocumentReader
    /// The tagger under evaluation.
    package let tagger: Tagger
    /// Scores each summary against the checklist, for the status comparison.
    package let scorer: CoverageScorer

    /// An evaluator of `tagger` (and the default checklist).
    package init(reader: DocumentReader = DocumentReader(), tagger: Tagger, scorer: CoverageScorer = CoverageScorer()) {
        self.reader = reader
        self.tagger = tagger
        self.scorer = scorer
    }

    /// Adds the comparison of one file to `evaluation`.
    package func evaluate(textAt path: String, gold: GoldLabels, into evaluation: inout Evaluation) throws {
        let document = try reader.read(fileAt: path)
        let tagged = try tagger.tag(document)
        evaluation.files.append(gold.id)
        let source = document.source
        var goldPresent = Set<Category>()
        var optionalPresent = Set<Category>()
        for goldUnit in gold.units {
            evaluation.unitsTotal += 1
            goldPresent.formUnion(goldUnit.categories)
            optionalPresent.formUnion(goldUnit.optional)
            let located = Self.locate(goldUnit, in: document)
            let predicted = located.map { Set(tagged.units[$0].tags) } ?? []
            if let index = located, document.units[index].kind == goldUnit.kind,
               let offset = Self.offset(of: goldUnit, in: source), document.units[index].utf8Range.lowerBound == offset {
                evaluation.unitsMatched += 1
            }
            evaluation.boilerplate.count(gold: goldUnit.kind == .boilerplate,
                                         predicted: located.map { document.units[$0].kind == .boilerplate } ?? false)
            for category in Category.allCases where !goldUnit.optional.contains(category) {
                evaluation.categories[category, default: Evaluation.Counts()]
                    .count(gold: goldUnit.categories.contains(category), predicted: predicted.contains(category))
            }
            if predicted.subtracting(goldUnit.optional) != goldUnit.categories {
                evaluation.disagreements.append(.init(file: gold.id, line: goldUnit.line, prefix: goldUnit.prefix,
                                                      gold: goldUnit.categories.sorted(), optional: goldUnit.optional.sorted(),
                                                      predicted: predicted.sorted()))
            }
        }
        let predictedPresent = Set(tagged.units.flatMap(\.tags))
        for category in Category.allCases {
            let isGold = goldPresent.contains(category)
            if !isGold, optionalPresent.contains(category) { continue }
            evaluation.presence[category, default: Evaluation.Counts()]
                .count(gold: isGold, predicted: predictedPresent.contains(category))
        }
        let coverage = scorer.score(tagged)
        if coverage.count != gold.summaries.count {
            evaluation.summaryCountMismatches.append("\(gold.id): \(coverage.count) summaries found, \(gold.summaries.count) expected")
        }
        for (expected, found) in zip(gold.summaries, coverage) {
            for (category, status) in expected {
                evaluation.statusesTotal += 1
                let got = found.status(of: category.rawValue)
                if got == status { evaluation.statusesCorrect += 1 }
                if let got { evaluation.statusConfusion[status, default: [:]][got, default: 0] += 1 }
            }
        }
    }

    /// Each gold unit with the tagger's feature vector of the unit found at its place (nil
    /// when none was found or it is not content): the training rows of `scripts/train-tagger.py`.
    package func featureRows(textAt path: String, gold: GoldLabels) throws -> [(unit: GoldLabels.GoldUnit, features: [Double]?)] {
        let document = try reader.read(fileAt: path)
        let features = try tagger.features(of: document)
        return gold.units.map { unit in
            let found = Self.locate(unit, in: document).flatMap { features[$0].isEmpty ? nil : features[$0] }
            return (unit, found)
        }
    }

    /// The byte offset at which a gold unit starts: its prefix on its line.
    static func offset(of unit: GoldLabels.GoldUnit, in source: SourceText) -> Int? {
        guard unit.line >= 1, unit.line <= source.lineStarts.count else { return nil }
        let lineText = source.lineText(unit.line)
        guard let range = lineText.range(of: unit.prefix) else { return nil }
        return source.lineStarts[unit.line - 1] + lineText.utf8.distance(from: lineText.startIndex, to: range.lowerBound)
    }

    /// The index of the document unit that holds the gold unit's start.
    static func locate(_ unit: GoldLabels.GoldUnit, in document: Document) -> Int? {
        guard let offset = offset(of: unit, in: document.source) else { return nil }
        if let exact = document.units.firstIndex(where: { $0.utf8Range.lowerBound == offset }) { return exact }
        if let holding = document.units.lastIndex(where: { $0.utf8Range.contains(offset) }) { return holding }
        return document.units.firstIndex { $0.utf8Range.lowerBound > offset && $0.lines.contains(unit.line) }
    }
}
