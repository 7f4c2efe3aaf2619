import Foundation

/// The learned tagger's inputs: for every unit, a fixed vector of numbers read off its own
/// lexicon evidence, its headings, the lead-in it follows, its neighbours, its summary's
/// title, its grammar (modality, reported directives) and its place.
///
/// Per category `k` (six each, in ``Category`` order):
/// - `own.k`: the unit's own lexical score (``Tagger/lexicalScores(_:length:)``);
/// - `share.k`: for a content category, its part of the unit's content evidence (a paragraph
///   about discipline that names the 班子成员 in passing is not about the members);
/// - `negated.k`: the same over its negated matches alone, read as plain evidence (理论学习**不够
///   深入** is a shortcoming *about study*; `own.k` counts it towards shortcomings only);
/// - `heading.k`, `grand.k`: the enclosing heading's and the one above it;
/// - `inherit.k`: shortcomings and plans carried down the heading chain
///   (``Tagger/structuralInheritance(_:units:lexical:)``; zero for content categories);
/// - `around.k`: the stronger of the neighbouring paragraphs;
/// - `children.k`: for a heading, the mean of its paragraphs;
/// - `leadin.k`: the unit that leads in to it ("存在问题：", "提出四点要求：", "He stressed three
///   points:") when the unit is an item after such a line;
/// - `title.k`: the summary's title (a 整改清单 or a 工作计划 sets the tone of its items).
///
/// Then: `heading` (the unit is a heading), `item` (it starts with an enumeration marker),
/// `modal` and `opens_modal` (clauses of requirement or commitment, ``ClauseCues``),
/// `modal_words` (modal verbs inside clauses),
/// `directive` (reported directives), `leadin` (a lead-in was found), `leadin_directive`,
/// `negated` (negated content matches), `position` (0 at the summary's start, 1 at its end),
/// `length` (log of the unit's length).
extension Tagger {
    /// The feature names, in vector order; a learned model must list exactly these.
    package static let featureNames: [String] = {
        var names = [String]()
        for group in ["own", "share", "negated", "heading", "grand", "inherit", "around", "children", "leadin", "title"] {
            for category in Category.allCases { names.append("\(group).\(category.rawValue)") }
        }
        names += ["heading", "item", "modal", "opens_modal", "modal_words", "directive", "leadin", "leadin_directive", "negated",
                  "position", "length"]
        return names
    }()

    /// The feature vector of every unit of `document`, computed as ``tag(_:)`` does (empty
    /// vectors for chrome and separators): what `scripts/train-tagger.py` learns from.
    package func features(of document: Document) throws(SegmentationError) -> [[Double]] {
        let (perUnit, lengths, lexical) = unitEvidence(document, matches: try matcher.matchesInParallel(in: document.source))
        return features(document, perUnit: perUnit, lexical: lexical, lengths: lengths)
    }

    /// The feature vector of every unit of `document` (empty vectors for chrome and separators).
    package func features(_ document: Document, perUnit: [[Match]], lexical: [CategoryScores], lengths: [Double]) -> [[Double]] {
        let context = featureContext(document, perUnit: perUnit, lexical: lexical, lengths: lengths)
        return Concurrently.chunkedMap(document.units.count, grain: Self.parallelGrain) { i -> [Double] in
            guard document.units[i].isContent else { return [] }
            return [Double](unsafeUninitializedCapacity: Self.featureNames.count) { buffer, count in
                writeFeatures(of: i, context, into: buffer)
                count = Self.featureNames.count
            }
        }
    }

    /// What the features of every unit are read from: the per-unit evidence, each unit's clause
    /// cues, the children sums of headings, the content positions and the summaries' titles.
    struct FeatureContext: Sendable {
        let units: [TextUnit]
        let perUnit: [[Match]]
        let lexical: [CategoryScores]
        let lengths: [Double]
        let readings: [ClauseCues.Reading]
        let sums: [CategoryScores]
        let counts: [Int]
        let position: [Double]
        let titleLexical: [Int: CategoryScores]
    }

    /// Reads the document-wide parts of the features (one pass each).
    func featureContext(_ document: Document, perUnit: [[Match]], lexical: [CategoryScores], lengths: [Double]) -> FeatureContext {
        let units = document.units
        let readings = Concurrently.chunkedMap(units.count, grain: Self.parallelGrain) { i -> ClauseCues.Reading in
            guard units[i].isContent else { return ClauseCues.Reading() }
            let text = document.text(of: units[i])
            let skip = units[i].marker.map { text.hasPrefix($0) ? $0.utf8.count : 0 } ?? 0
            return ClauseCues.read(text, skip: skip)
        }
        // Children means and per-summary content positions, in one pass each.
        var sums = [CategoryScores](repeating: CategoryScores(), count: units.count)
        var counts = [Int](repeating: 0, count: units.count)
        for (i, unit) in units.enumerated() where unit.isContent {
            guard let h = unit.heading, h != i else { continue }
            counts[h] += 1
            sums[h].values += lexical[i].values
        }
        var position = [Double](repeating: 0, count: units.count)
        var titles = [Int: Int]()
        for summary in document.summaries {
            let content = summary.units.filter { units.indices.contains($0) && units[$0].isContent }
            for (k, u) in content.enumerated() { position[u] = content.count > 1 ? Double(k) / Double(content.count - 1) : 0 }
            if let t = summary.units.first(where: { units.indices.contains($0) && units[$0].kind == .title }) {
                titles[units[t].summary] = t
            }
        }
        let titleLexical = titles.mapValues { t in
            lexicalScores(perUnit[t], length: Self.contentLength(document.text(of: units[t])))
        }
        return FeatureContext(units: units, perUnit: perUnit, lexical: lexical, lengths: lengths, readings: readings,
                              sums: sums, counts: counts, position: position, titleLexical: titleLexical)
    }

    /// Writes the ``featureNames``-long vector of content unit `i` into `x`, which has room for it.
    func writeFeatures(of i: Int, _ c: FeatureContext, into x: UnsafeMutableBufferPointer<Double>) {
        let units = c.units
        let lexical = c.lexical
        let unit = units[i]
        var k = 0
        func add(_ scores: CategoryScores?) {
            for category in Category.allCases { x[k] = scores?[category] ?? 0; k += 1 }
        }
        func add(_ value: Double) { x[k] = value; k += 1 }
        let parent = unit.heading.flatMap { $0 != i ? $0 : nil }
        let grandparent = parent.flatMap { units[$0].heading }.flatMap { $0 != parent ? $0 : nil }
        let previous = neighbour(of: i, step: -1, units: units)
        let next = neighbour(of: i, step: 1, units: units)
        let leadIn = self.leadIn(of: i, units: units, readings: c.readings)
        add(lexical[i])
        var share = CategoryScores()
        let total = Category.content.reduce(0) { $0 + lexical[i][$1] }
        if total > 0 { for category in Category.content { share[category] = lexical[i][category] / total } }
        add(share)
        let negated = c.perUnit[i].contains { $0.isNegated }
        add(negated ? lexicalScores(c.perUnit[i], length: c.lengths[i], negatedOnly: true) : nil)
        add(parent.map { lexical[$0] })
        add(grandparent.map { lexical[$0] })
        add(structuralInheritance(i, units: units, lexical: lexical))
        var around = CategoryScores()
        for category in Category.allCases {
            around[category] = max(previous.map { lexical[$0][category] } ?? 0, next.map { lexical[$0][category] } ?? 0)
        }
        add(around)
        if unit.kind == .heading, c.counts[i] > 0 {
            var mean = CategoryScores()
            mean.values = c.sums[i].values / Double(c.counts[i])
            add(mean)
        } else {
            add(nil)
        }
        add(leadIn.map { lexical[$0] })
        add(c.titleLexical[unit.summary] ?? CategoryScores())
        let reading = c.readings[i]
        add(unit.kind == .heading ? 1 : 0)
        add(unit.marker == nil ? 0 : 1)
        add(min(1, Double(reading.modalClauses) / 2))
        add(reading.opensModal ? 1 : 0)
        add(min(1, Double(reading.modalWords) / 2))
        add(min(1, Double(reading.directives)))
        add(leadIn == nil ? 0 : 1)
        add(leadIn.map { c.readings[$0].directives > 0 || c.readings[$0].modalClauses > 0 ? 1 : 0 } ?? 0)
        add(min(1, Double(c.perUnit[i].reduce(0) { $0 + ($1.isNegated ? 1 : 0) }) / 2))
        add(c.position[i])
        add(log1p(c.lengths[i]) / 6)
        assert(k == Self.featureNames.count)
    }

    /// The unit that leads in to item `i`: walking back over sibling items (units that start
    /// with a marker, as `i` does, or that follow one on the same line) to a content unit of the
    /// same summary ending with a colon. Nil when `i` is not an item or no such unit is near.
    func leadIn(of i: Int, units: [TextUnit], readings: [ClauseCues.Reading]) -> Int? {
        guard units[i].marker != nil || (i > 0 && units[i - 1].lines.upperBound == units[i].lines.lowerBound) else { return nil }
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 12, units[j].summary == units[i].summary {
            if units[j].isContent, readings[j].endsWithColon { return j }
            guard units[j].kind == .paragraph, units[j].marker != nil || units[j].lines.upperBound == units[j + 1].lines.lowerBound
            else { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }
}
