import Foundation

/// Tags every heading and paragraph of a document with the categories it is about —
/// `study`, `discipline`, `member_development`, `mass_work`, `shortcomings`, `plans` — with
/// scores in 0…1 and the evidence behind them.
///
/// The shipped model is learned: per category, a logistic regression over a fixed vector of
/// unit features (`Tagger+Features.swift`): the unit's own lexicon evidence by category and
/// polarity, the evidence of the heading above it and the one above that, of the line that leads
/// in to it ("存在问题：", "He stressed three points:"), of its neighbours, its children (for a
/// heading) and its summary's title; whether its clauses state requirements or commitments
/// (要…, 将…, "we will …") or report directives (指出, 强调, "stressed"); whether it is a
/// heading or a numbered item; its place in the summary and its length. The weights are trained
/// by `scripts/train-tagger.py` on the training splits of `Corpus/` and of a set of real
/// published summaries, and shipped in `Resources/tagger-model.json`.
///
/// A model without the learned part (``TaggerModel/linear`` nil) falls back to the hand-set
/// combination: lexicon evidence, the topic of the heading above (a 存在的问题 or 下一步打算
/// heading carries strongly to its paragraphs) and the neighbours, content scores damped in
/// units tagged shortcomings or plans.
///
/// ```swift
/// let tagger = try Tagger()
/// let tagged = try tagger.tag(DocumentReader().read(SourceText("一、加强理论学习\n支部每月组织集中学习。")))
/// tagged.units[1].tags   // [.study]
/// ```
public struct Tagger: Sendable {
    /// The keyword engine.
    public let matcher: KeywordMatcher
    /// The scoring parameters.
    public let model: TaggerModel
    /// Each concept's category weights, densely (looked up for every match).
    let conceptWeights: [CategoryScores]
    /// The learned model's weights per category, in feature order, when the model has one.
    let linear: (weights: [[Double]], bias: [Double])?

    /// Builds a tagger.
    ///
    /// - Parameters:
    ///   - lexicon: The lexicon; the built-in one when nil.
    ///   - model: The scoring parameters; ``TaggerModel/builtIn()`` when nil.
    /// - Throws: ``LexiconError`` or ``SegmentationError`` when the lexicon, the model or ICU
    ///   cannot be loaded; ``LexiconError`` or ``ChecklistError`` naming the file when another
    ///   built-in data file (page chrome, English openers, organisation keywords, the default
    ///   checklist) is missing or malformed.
    public init(lexicon: Lexicon? = nil, model: TaggerModel? = nil) throws {
        let model = try model ?? TaggerModel.builtIn()
        let matcher = try KeywordMatcher(lexicon: lexicon ?? Lexicon.builtIn())
        self.matcher = matcher
        self.model = model
        self.conceptWeights = matcher.lexicon.concepts.map { CategoryScores($0.weights) }
        self.linear = try model.linear.map(Self.dense)
        try BuiltInLists.checkBuiltInData()
    }

    /// The learned model's weights in category order, checked against the tagger's features.
    static func dense(_ linear: TaggerModel.LinearModel) throws(LexiconError) -> (weights: [[Double]], bias: [Double]) {
        func fail(_ reason: String) -> LexiconError { .malformed(file: "tagger model", line: 0, text: "linear", reason: reason) }
        guard linear.features == featureNames else {
            throw fail("the model's features are not this tagger's (\(linear.features.count) listed, \(featureNames.count) expected); retrain it with scripts/train-tagger.py")
        }
        var weights = [[Double]]()
        var bias = [Double]()
        for category in Category.allCases {
            guard let w = linear.weights[category.rawValue], w.count == featureNames.count, w.allSatisfy(\.isFinite),
                  let b = linear.bias[category.rawValue], b.isFinite
            else { throw fail("category '\(category.rawValue)' needs \(featureNames.count) finite weights and a finite bias") }
            weights.append(w)
            bias.append(b)
        }
        return (weights, bias)
    }

    /// Scores and tags every unit of `document`; a large text's keyword matching runs on all
    /// cores (``KeywordMatcher/matchesInParallel(in:)``).
    public func tag(_ document: Document) throws(SegmentationError) -> TaggedDocument {
        tag(document, matches: try matcher.matchesInParallel(in: document.source))
    }

    /// Tags `document` with the keyword matches ``matcher`` found in its text, in text order
    /// (``KeywordMatcher/matches(in:)``): the matching stage runs beside the structure stage
    /// over the same text, and the tagger takes both (``Auditor/tag(_:)`` wires them).
    public func tag(_ document: Document, matches: [Match]) -> TaggedDocument {
        let units = document.units
        let (perUnit, lengths, lexical) = unitEvidence(document, matches: matches)
        // Each unit's scores depend only on the lexical scores of its neighbours, headings and
        // lead-in: every pass runs on all cores for a large document.
        let score: @Sendable (Int) -> CategoryScores
        if let linear {
            let context = featureContext(document, perUnit: perUnit, lexical: lexical, lengths: lengths)
            let width = Self.featureNames.count
            score = { [self] i in
                var scores = CategoryScores()
                withUnsafeTemporaryAllocation(of: Double.self, capacity: width) { x in
                    writeFeatures(of: i, context, into: x)
                    for category in Category.allCases {
                        var z = linear.bias[category.index]
                        linear.weights[category.index].withUnsafeBufferPointer { w in
                            for k in 0..<width { z += w[k] * x[k] }
                        }
                        scores[category] = 1 / (1 + exp(-z))
                    }
                }
                return scores
            }
        } else {
            let topics = headingTopics(units, lexical: lexical)
            score = { [self] i in
                var scores = units[i].kind == .heading ? topics[i] : paragraphScores(i, units: units, lexical: lexical, topics: topics)
                let structural = scores[.shortcomings] >= model.thresholds[.shortcomings] || scores[.plans] >= model.thresholds[.plans]
                for category in Category.allCases {
                    var value = min(1, max(0, scores[category]))
                    if structural, !category.isStructural { value *= model.structuralDamping }
                    scores[category] = value
                }
                return scores
            }
        }
        var tagged = Concurrently.chunkedMap(units.count, grain: Self.parallelGrain) { i in
            let scores = units[i].isContent ? score(i) : CategoryScores()
            let tags = Category.allCases.filter { units[i].isContent && scores[$0] >= model.thresholds[$0] }
            return TaggedUnit(unit: i, scores: scores, lexicalScores: lexical[i], tags: tags,
                              evidence: perUnit[i].prefix(Self.maxEvidence).map { evidence($0, source: document.source) },
                              matchCount: perUnit[i].count)
        }
        Self.applyAnchors(model.anchors, to: &tagged, in: document)
        return TaggedDocument(document: document, units: tagged)
    }

    /// Drops the tags of each category whose anchor (``TaggerModel/anchors``) no unit of the
    /// summary reaches; scores stay as they are.
    static func applyAnchors(_ anchors: CategoryScores, to tagged: inout [TaggedUnit], in document: Document) {
        let anchored = Category.allCases.filter { anchors[$0] > 0 }
        guard !anchored.isEmpty else { return }
        for summary in document.summaries {
            let members = summary.units.filter { tagged.indices.contains($0) }
            for category in anchored where !members.contains(where: { tagged[$0].scores[category] >= anchors[category] }) {
                for u in members where tagged[u].tags.contains(category) { tagged[u].tags.removeAll { $0 == category } }
            }
        }
    }

    /// Each unit's matches, length (``contentLength(_:)``, zero for chrome) and lexical scores:
    /// what both the learned and the hand-set scoring start from.
    func unitEvidence(_ document: Document, matches: [Match]) -> (perUnit: [[Match]], lengths: [Double], lexical: [CategoryScores]) {
        let units = document.units
        let perUnit = Self.assign(matches, to: units)
        let lengths = Concurrently.chunkedMap(units.count, grain: Self.parallelGrain) { i in
            units[i].isContent ? Self.contentLength(document.text(of: units[i])) : 0
        }
        let lexical = Concurrently.chunkedMap(units.count, grain: Self.parallelGrain) { i in
            units[i].isContent ? lexicalScores(perUnit[i], length: lengths[i]) : CategoryScores()
        }
        return (perUnit, lengths, lexical)
    }

    /// Documents with at least twice this many units are scored on all cores.
    package static let parallelGrain = Concurrently.unitGrain

    /// At most this many matches of a unit are quoted as evidence (all of them count in the score).
    public static let maxEvidence = 64

    // MARK: - Parts

    /// Matches grouped by the unit whose range holds their start (units are in text order).
    static func assign(_ matches: [Match], to units: [TextUnit]) -> [[Match]] {
        var result = [[Match]](repeating: [], count: units.count)
        let order = units.indices.sorted { units[$0].utf8Range.lowerBound < units[$1].utf8Range.lowerBound }
        var m = 0
        for i in order {
            let range = units[i].utf8Range
            while m < matches.count, matches[m].utf8Range.lowerBound < range.lowerBound { m += 1 }
            var k = m
            while k < matches.count, matches[k].utf8Range.lowerBound < range.upperBound {
                result[i].append(matches[k])
                k += 1
            }
        }
        return result
    }

    /// Han characters plus one and a half per Latin word (a hundred characters of Chinese come
    /// out at about sixty-five words of English): a length that treats both languages alike.
    static func contentLength(_ text: Substring) -> Double {
        var han = 0
        var words = 0
        var inWord = false
        UTF8Scan.withBytes(of: text) { bytes in
            UTF8Scan.forEachScalar(bytes) { value, _, _ in
                // ASCII and the common Han block answer without the Unicode property tables.
                if value < 0x80 {
                    if (value | 0x20) &- 0x61 < 26 {
                        if !inWord { words += 1 }
                        inWord = true
                    } else {
                        inWord = false
                    }
                } else if value >= 0x4E00, value <= 0x9FFF {
                    han += 1
                    inWord = false
                } else if (value >= 0x2000 && value <= 0x206F) || (value >= 0x3000 && value <= 0x3004)
                            || (value >= 0x3008 && value <= 0x3020) || (value >= 0xFF00 && value <= 0xFF20)
                            || (value >= 0xFF3B && value <= 0xFF40) || (value >= 0xFF5B && value <= 0xFF65) {
                    // General, CJK and full-width punctuation (，。、“”《》（）…), digits and
                    // symbols: neither ideographic nor alphabetic, answered without the tables.
                    inWord = false
                } else if let scalar = Unicode.Scalar(value), scalar.properties.isIdeographic {
                    han += 1
                    inWord = false
                } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic {
                    if !inWord { words += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
            }
        }
        return Double(han) + 1.5 * Double(words)
    }

    /// A unit's lexical scores from its matches: each concept's category weights, a repeated
    /// concept counting less each time, spread over the unit's length. With `negatedOnly`, only
    /// the negated matches count, read as plain evidence (the `negated.k` features).
    func lexicalScores(_ matches: [Match], length: Double, negatedOnly: Bool = false) -> CategoryScores {
        var evidence = CategoryScores()
        // Occurrences so far per concept: a short list scanned linearly (units hold a few
        // matches), a dictionary beyond that.
        var recent = [(concept: Int, count: Int)]()
        var seen = [Int: Int]()
        for match in matches where !negatedOnly || match.isNegated {
            let occurrence: Int
            if matches.count <= 32 {
                if let k = recent.firstIndex(where: { $0.concept == match.concept }) {
                    occurrence = recent[k].count
                    recent[k].count += 1
                } else {
                    occurrence = 0
                    recent.append((match.concept, 1))
                }
            } else {
                occurrence = seen[match.concept, default: 0]
                seen[match.concept] = occurrence + 1
            }
            let factor = pow(model.repeatDecay, Double(occurrence))
            let weights = conceptWeights[match.concept]
            let negated = match.isNegated && !negatedOnly
            // In category order, so that the sums come out the same in every run.
            for category in Category.allCases where weights[category] != 0 && weights[category] >= model.minWeight {
                let weight = weights[category]
                if negated, !category.isStructural {
                    evidence[.shortcomings] += model.negatedToShortcomings * weight * factor
                } else {
                    evidence[category] += weight * factor
                }
            }
        }
        var scores = CategoryScores()
        let spread = pow(1 + length / model.lengthScale, model.lengthExponent)
        for category in Category.allCases {
            scores[category] = 1 - exp(-model.gain * evidence[category] / spread)
        }
        return scores
    }

    /// A heading's topic: its own evidence plus the mean evidence of its direct paragraphs.
    func headingTopics(_ units: [TextUnit], lexical: [CategoryScores]) -> [CategoryScores] {
        var sums = [CategoryScores](repeating: CategoryScores(), count: units.count)
        var counts = [Int](repeating: 0, count: units.count)
        for (i, unit) in units.enumerated() where unit.isContent {
            guard let h = unit.heading, h != i else { continue }
            counts[h] += 1
            for c in Category.allCases { sums[h][c] += lexical[i][c] }
        }
        var topics = lexical
        for (i, unit) in units.enumerated() where unit.kind == .heading {
            let inherited = structuralInheritance(i, units: units, lexical: lexical)
            for c in Category.allCases {
                let children = counts[i] > 0 ? sums[i][c] / Double(counts[i]) : 0
                topics[i][c] = min(1, lexical[i][c] + model.childrenWeight * children + inherited[c])
            }
        }
        return topics
    }

    func paragraphScores(_ i: Int, units: [TextUnit], lexical: [CategoryScores], topics: [CategoryScores]) -> CategoryScores {
        var scores = CategoryScores()
        let parent = units[i].heading.flatMap { $0 != i ? $0 : nil }
        let grandparent = parent.flatMap { units[$0].heading }.flatMap { $0 != parent ? $0 : nil }
        let inherited = structuralInheritance(i, units: units, lexical: lexical)
        let previous = neighbour(of: i, step: -1, units: units)
        let next = neighbour(of: i, step: 1, units: units)
        for c in Category.allCases {
            var value = model.ownWeight * lexical[i][c]
            if c.isStructural {
                value += inherited[c]
            } else {
                if let parent { value += model.headingWeight * lexical[parent][c] }
                if let grandparent { value += model.grandHeadingWeight * lexical[grandparent][c] }
            }
            let around = max(previous.map { lexical[$0][c] } ?? 0, next.map { lexical[$0][c] } ?? 0)
            value += model.neighbourWeight * around
            scores[c] = value
        }
        return scores
    }

    /// Shortcomings and plans carry down the whole heading chain: a 下一步打算 heading makes its
    /// sub-headings and their paragraphs plans, however deep. The strongest ancestor counts, up
    /// to the nearest heading that names a structural section itself: under "五、问题与打算",
    /// "（一）存在的问题" makes its paragraphs shortcomings only. A heading that names one itself
    /// inherits nothing.
    func structuralInheritance(_ i: Int, units: [TextUnit], lexical: [CategoryScores]) -> CategoryScores {
        var inherited = CategoryScores()
        if units[i].kind == .heading, Self.namesSection(lexical[i]) { return inherited }
        var ancestor = units[i].heading.flatMap { $0 != i ? $0 : nil }
        var steps = 0
        while let a = ancestor, steps < 8 {
            for c in Category.structural { inherited[c] = max(inherited[c], model.structuralHeadingWeight * lexical[a][c]) }
            if Self.namesSection(lexical[a]) { break }
            let next = units[a].heading
            ancestor = next.flatMap { $0 != a ? $0 : nil }
            steps += 1
        }
        return inherited
    }

    /// Whether a heading's own words name a structural section outright (score ≥ 0.5).
    static func namesSection(_ lexical: CategoryScores) -> Bool {
        Category.structural.contains { lexical[$0] >= 0.5 }
    }

    /// The nearest paragraph before or after `i` in the same summary and under the same heading.
    func neighbour(of i: Int, step: Int, units: [TextUnit]) -> Int? {
        var j = i + step
        while units.indices.contains(j) {
            if units[j].summary != units[i].summary { return nil }
            if units[j].kind == .paragraph { return j }
            if units[j].kind == .heading { return nil }
            j += step
        }
        return nil
    }

    func evidence(_ match: Match, source: SourceText) -> Evidence {
        let concept = matcher.lexicon.concepts[match.concept]
        return Evidence(concept: concept.id, form: matcher.forms[match.form].text,
                        text: String(source[utf8: match.utf8Range]), line: match.line,
                        start: match.utf8Range.lowerBound, end: match.utf8Range.upperBound,
                        negated: match.isNegated, categories: conceptWeights[match.concept])
    }
}
