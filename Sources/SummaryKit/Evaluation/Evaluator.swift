/// Runs structure, tagger and coverage over labelled corpus files and compares with the gold.
package struct Evaluator: Sendable {
    /// Reads the corpus text files into structured documents.
    package let reader: DocumentReader
    /// The tagger under evaluation.
    package let tagger: Tagger
    /// Scores each summary against the checklist, for the status comparison.
    package let scorer: CoverageScorer
    /// Pairs shortcomings with plans, for files whose labels hold pairing records.
    package let pairer: ProblemMeasurePairer

    /// An evaluator of `tagger` (and the default checklist).
    package init(reader: DocumentReader = DocumentReader(), tagger: Tagger, scorer: CoverageScorer = CoverageScorer(),
                 pairer: ProblemMeasurePairer = ProblemMeasurePairer()) {
        self.reader = reader
        self.tagger = tagger
        self.scorer = scorer
        self.pairer = pairer
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
        if gold.hasPairing { evaluatePairing(tagged, gold: gold, into: &evaluation) }
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

    /// Compares the pairer's shortcoming–plan pairs and unaddressed shortcomings with the gold
    /// pairing records, at the gold units' grain: a found pair counts for the gold units that
    /// hold its two units (a gold paragraph the structure splits into items is one unit here).
    /// A gold pair whose units the tagger does not tag shortcomings and plans is missed.
    func evaluatePairing(_ tagged: TaggedDocument, gold: GoldLabels, into evaluation: inout Evaluation) {
        let document = tagged.document
        // Where each gold unit starts, in file order.
        var starts = [(offset: Int, unit: Int)]()
        var indexOf = [GoldLabels.UnitReference: Int]()
        for (k, unit) in gold.units.enumerated() {
            indexOf[GoldLabels.UnitReference(line: unit.line, prefix: unit.prefix)] = k
            if let offset = Self.offset(of: unit, in: document.source) { starts.append((offset, k)) }
        }
        starts.sort { $0.offset < $1.offset }
        /// The gold unit that holds document unit `i`: the last one starting at or before it.
        func goldUnit(holding i: Int) -> Int? {
            let start = document.units[i].utf8Range.lowerBound
            return starts.last { $0.offset <= start }?.unit
        }
        func describe(_ k: Int) -> String { "\(gold.units[k].line) \(gold.units[k].prefix)" }
        var goldPairs = Set<[Int]>(), optionalPairs = Set<[Int]>()
        for pair in gold.pairs {
            guard let s = indexOf[pair.shortcoming], let p = indexOf[pair.measure] else {
                evaluation.pairingProblems.append("\(gold.id):\(pair.shortcoming.line): a pair names a unit the labels do not hold")
                continue
            }
            if pair.isOptional { optionalPairs.insert([s, p]) } else { goldPairs.insert([s, p]) }
        }
        /// Why a gold pair was not found: the best relatedness between the document units
        /// the two gold units hold, and whether the tagger tagged them.
        func bestMissed(_ s: Int, _ p: Int) -> String {
            let problems = document.units.indices.filter { goldUnit(holding: $0) == s && document.units[$0].isContent }
            let measures = document.units.indices.filter { goldUnit(holding: $0) == p && document.units[$0].isContent }
            var best = 0.0
            for a in problems { for b in measures {
                best = max(best, pairer.relatedness(problem: pairer.profile(tagged.units[a], in: document), measure: pairer.profile(tagged.units[b], in: document)).score)
            } }
            let sTagged = problems.contains { tagged.units[$0].tags.contains(.shortcomings) }
            let pTagged = measures.contains { tagged.units[$0].tags.contains(.plans) }
            return "best \(String(format: "%.2f", best))\(sTagged ? "" : " S untagged")\(pTagged ? "" : " P untagged")"
        }
        let pairings = pairer.pairings(tagged)
        var predicted = [[Int]: ProblemMeasurePair]()
        for pair in pairings.flatMap(\.pairs) {
            guard let s = goldUnit(holding: pair.shortcoming), let p = goldUnit(holding: pair.measure) else { continue }
            if let seen = predicted[[s, p]], seen.score >= pair.score { continue }
            predicted[[s, p]] = pair
        }
        for pair in Set(predicted.keys).union(goldPairs).sorted(by: { $0.lexicographicallyPrecedes($1) }) where !optionalPairs.contains(pair) {
            let isGold = goldPairs.contains(pair), found = predicted[pair]
            evaluation.pairs.count(gold: isGold, predicted: found != nil)
            guard isGold != (found != nil) else { continue }
            let detail = found.map { "score \(String(format: "%.2f", $0.score)) shared [\($0.sharedConcepts.joined(separator: " "))]" }
                ?? bestMissed(pair[0], pair[1])
            evaluation.pairingDisagreements.append("\(gold.id)\t\(isGold ? "missed" : "extra")\t\(detail)\t\(describe(pair[0])) → \(describe(pair[1]))")
        }
        // Unaddressed: over the shortcomings the gold decides (paired, none), not general ones.
        let answered = Set(predicted.keys.map { $0[0] })
        let unaddressed = Set(pairings.flatMap(\.unaddressed).compactMap(goldUnit(holding:))).subtracting(answered)
        let paired = Set(goldPairs.map { $0[0] })
        let none = Set(gold.unanswered.compactMap { indexOf[$0] })
        for s in paired.union(none).sorted() {
            evaluation.unaddressed.count(gold: none.contains(s) && !paired.contains(s), predicted: unaddressed.contains(s))
        }
    }

    /// Each gold unit with the tagger's feature vector of the unit found at its place (nil
    /// when none was found or it is not content): the training rows of `scripts/train-tagger.py`.
    package func featureRows(textAt path: String, gold: GoldLabels) throws -> [(unit: GoldLabels.GoldUnit, summary: Int?, features: [Double]?)] {
        let document = try reader.read(fileAt: path)
        let features = try tagger.features(of: document)
        return gold.units.map { unit in
            let located = Self.locate(unit, in: document)
            let found = located.flatMap { features[$0].isEmpty ? nil : features[$0] }
            return (unit, located.map { document.units[$0].summary }, found)
        }
    }

    /// The byte offset at which a gold unit starts: its prefix on its line.
    static func offset(of unit: GoldLabels.GoldUnit, in source: SourceText) -> Int? {
        offset(line: unit.line, prefix: unit.prefix, in: source)
    }

    /// The byte offset of `prefix` on line `line`.
    static func offset(line: Int, prefix: String, in source: SourceText) -> Int? {
        guard line >= 1, line <= source.lineStarts.count else { return nil }
        let lineText = source.lineText(line)
        guard let range = lineText.range(of: prefix) else { return nil }
        return source.lineStarts[line - 1] + lineText.utf8.distance(from: lineText.startIndex, to: range.lowerBound)
    }

    /// The index of the document unit that holds the gold unit's start.
    static func locate(_ unit: GoldLabels.GoldUnit, in document: Document) -> Int? {
        locate(line: unit.line, prefix: unit.prefix, in: document)
    }

    /// The index of the document unit that holds the start of `prefix` on line `line`.
    static func locate(line: Int, prefix: String, in document: Document) -> Int? {
        guard let offset = offset(line: line, prefix: prefix, in: document.source) else { return nil }
        if let exact = document.units.firstIndex(where: { $0.utf8Range.lowerBound == offset }) { return exact }
        if let holding = document.units.lastIndex(where: { $0.utf8Range.contains(offset) }) { return holding }
        return document.units.firstIndex { $0.utf8Range.lowerBound > offset && $0.lines.contains(line) }
    }
}
