/// Problems and the measures that answer them (问题 ↔ 整改措施), within each summary.
///
/// An annual summary admits its shortcomings (`shortcomings` units) and states what the branch
/// will do next (`plans` units). Auditors check that every problem a branch admits has a
/// measure. ``ProblemMeasurePairer`` pairs each shortcoming with the plan units that answer it
/// by what they share: lexicon concepts (the same concept in either language, so a Chinese
/// problem and an English measure pair alike) and content categories. A shortcoming that names
/// no specific problem (a section heading such as 存在的不足, a lead-in that only announces the
/// list) is *general* and needs no answer of its own.
public struct ProblemMeasurePair: Sendable, Hashable, Codable {
    /// The shortcoming unit's index in `Document.units`.
    public var shortcoming: Int
    /// The plan unit's index in `Document.units`.
    public var measure: Int
    /// How strongly they are related, 0…1 (at least the pairer's threshold).
    public var score: Double
    /// The ids of the lexicon concepts both units hold, in the shortcoming's order.
    public var sharedConcepts: [String]

    /// A pair of unit `shortcoming` and unit `measure`.
    public init(shortcoming: Int, measure: Int, score: Double, sharedConcepts: [String]) {
        self.shortcoming = shortcoming
        self.measure = measure
        self.score = score
        self.sharedConcepts = sharedConcepts
    }
}

/// The pairing of one summary's shortcomings and plans.
public struct SummaryPairing: Sendable, Hashable, Codable {
    /// The summary's index in `Document.summaries`.
    public var summary: Int
    /// Every shortcoming–measure pair, by shortcoming then measure unit.
    public var pairs: [ProblemMeasurePair]
    /// Shortcoming units that name a specific problem and have no measure.
    public var unaddressed: [Int]
    /// Plan units that state a specific measure answering no stated problem (empty when the
    /// summary states no problem at all: then no measure can answer one).
    public var unanchored: [Int]
    /// Shortcoming units that name no specific problem (headings, lead-ins).
    public var general: [Int]
    /// The plan units of the summary (measures that state no topic included).
    public var measures: [Int]

    /// The measures that answer shortcoming unit `unit`.
    public func measures(answering unit: Int) -> [Int] {
        pairs.filter { $0.shortcoming == unit }.map(\.measure)
    }
}

/// Pairs each summary's shortcomings with the plans that answer them; see
/// ``ProblemMeasurePair``.
///
/// ```swift
/// let tagged = try Auditor().tag(fileAt: "branch-07.txt")
/// for pairing in ProblemMeasurePairer().pairings(tagged) {
///     for unit in pairing.unaddressed { print("no measure for:", tagged.document.text(of: tagged.document.units[unit])) }
/// }
/// ```
public struct ProblemMeasurePairer: Sendable, Hashable {
    /// The least relatedness at which a plan answers a shortcoming, 0…1.
    public var threshold: Double
    /// The least category weight for which a concept counts as specific (a topic of its own)
    /// rather than generic (党员, 支部, "work", which every paragraph holds).
    public var specificWeight: Double

    /// What ordinal correspondence adds to a problem and the measure in its place: the k-th
    /// item of a problem list and the k-th item of the measure list right after it, when both
    /// lists have as many items (一是…二是… problems, then 一是…二是… measures). It only lifts a
    /// pair that already shares something, never makes one from nothing.
    public var ordinalBonus: Double

    /// A pairer with the given threshold, specificity cut and ordinal bonus.
    public init(threshold: Double = 0.4, specificWeight: Double = 0.5, ordinalBonus: Double = 0.25) {
        self.threshold = threshold
        self.specificWeight = specificWeight
        self.ordinalBonus = ordinalBonus
    }

    /// What one unit brings to the comparison.
    struct Profile {
        /// Content category weights (study, discipline, member development, mass work),
        /// normalised to sum 1; all zero when the unit holds no content concept.
        var categories: [Double]
        /// The unit's specific concepts and their largest content weight, in text order.
        var concepts: [(id: String, weight: Double)]
        /// Its distinctive words: English stems and Chinese character pairs (``ContentWords``).
        var words: Set<String> = []
        /// Whether the unit names a topic the lexicon knows.
        var isSpecific: Bool { !concepts.isEmpty }
        /// Whether it can take part in a pair: a known topic, or words of its own.
        var canPair: Bool { isSpecific || words.count >= ContentWords.leastForTopic }
    }

    /// The profile of a tagged unit, from its lexicon evidence and its words.
    func profile(_ unit: TaggedUnit, in document: Document) -> Profile {
        var profile = profile(unit)
        profile.words = ContentWords.of(document.text(of: document.units[unit.unit]))
        return profile
    }

    /// The profile of a tagged unit, from its lexicon evidence alone.
    func profile(_ unit: TaggedUnit) -> Profile {
        var totals = [Double](repeating: 0, count: Category.content.count)
        var concepts = [(id: String, weight: Double)]()
        var seen = Set<String>()
        for evidence in unit.evidence {
            let largest = Category.content.map { evidence.categories[$0] }.max() ?? 0
            // Generic words (党员, 党支部, "work") say nothing of a topic: a closing signature
            // "XX村党支部" is not about members and organisation.
            guard largest >= specificWeight else { continue }
            for (k, category) in Category.content.enumerated() { totals[k] += evidence.categories[category] }
            if seen.insert(evidence.concept).inserted { concepts.append((evidence.concept, largest)) }
        }
        let sum = totals.reduce(0, +)
        return Profile(categories: sum > 0 ? totals.map { $0 / sum } : totals, concepts: concepts)
    }

    /// How strongly a measure answers a problem, 0…1: half from what they share — specific
    /// concepts (one of full weight is enough) and distinctive words (four are enough: "the
    /// attraction of branch activities to young cadres" ↔ "make the activities attractive to
    /// young people", where the lexicon knows neither) — and half from how much of the
    /// measure's topic the problem's topics hold (a problem listing several topics is answered
    /// by a measure on any one of them).
    func relatedness(problem: Profile, measure: Profile) -> (score: Double, shared: [String]) {
        let measureConcepts = Dictionary(measure.concepts.map { ($0.id, $0.weight) }, uniquingKeysWith: max)
        var shared = [String]()
        var sharedWeight = 0.0
        for concept in problem.concepts {
            if let other = measureConcepts[concept.id] {
                shared.append(concept.id)
                sharedWeight += min(concept.weight, other)
            }
        }
        var contained = 0.0
        for k in problem.categories.indices { contained += min(problem.categories[k], measure.categories[k]) }
        let sharedWords = Double(problem.words.intersection(measure.words).count)
        let score = 0.5 * min(1, sharedWeight + min(1, sharedWords / 4)) + 0.5 * contained
        return (score, shared)
    }

    /// Whether a unit only announces what follows: it ends with a colon ("还存在一些不足，主要
    /// 表现在：", "The main problems are as follows:").
    static func isLeadIn(_ text: Substring) -> Bool {
        guard let last = text.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return true }
        return last == ":" || last == "："
    }

    /// The pairing of every summary of `tagged`, in summary order.
    public func pairings(_ tagged: TaggedDocument) -> [SummaryPairing] {
        // Summaries are paired apart: a file of many runs on all cores, as coverage does.
        Concurrently.chunkedMap(tagged.document.summaries.count, grain: 16) { pairing(ofSummary: $0, in: tagged) }
    }

    /// The pairing of summary `index` of `tagged`.
    public func pairing(ofSummary index: Int, in tagged: TaggedDocument) -> SummaryPairing {
        let document = tagged.document
        guard document.summaries.indices.contains(index) else {
            return SummaryPairing(summary: index, pairs: [], unaddressed: [], unanchored: [], general: [], measures: [])
        }
        var problems = [(unit: Int, profile: Profile)]()
        var measures = [(unit: Int, profile: Profile)]()
        var general = [Int]()
        for i in document.summaries[index].units where document.units[i].isContent {
            let unit = tagged.units[i]
            if unit.tags.contains(.shortcomings) {
                let profile = profile(unit, in: document)
                if profile.canPair, !Self.isLeadIn(document.text(of: document.units[i])) {
                    problems.append((i, profile))
                } else {
                    general.append(i)
                }
            } else if unit.tags.contains(.plans) {
                measures.append((i, profile(unit, in: document)))
            }
        }
        let places = ordinalPlaces(problems: problems, measures: measures, in: document)
        let partners = headingPartners(of: measures.map(\.unit), among: document.summaries[index].units, in: document)
        var pairs = [ProblemMeasurePair]()
        var answered = Set<Int>()
        for problem in problems {
            var scores = [Int: (score: Double, shared: [String])]()
            for measure in measures where measure.profile.canPair {
                var (score, shared) = relatedness(problem: problem.profile, measure: measure.profile)
                if let place = places[problem.unit], place.measure == measure.unit,
                   place.words.map({ !$0.isDisjoint(with: problem.profile.words) }) ?? (score > 0) {
                    score = min(1, score + ordinalBonus)
                }
                scores[measure.unit] = (score, shared)
            }
            let before = pairs.count
            for measure in measures {
                guard var best = scores[measure.unit] else { continue }
                // A topic heading and the one paragraph under it ("（二）在服务上再用力。组织党员
                // 每月走访困难群众…") are one measure that the layout split: each answers what the other does,
                // when it shares something with the problem itself.
                if best.score > 0, let partner = partners[measure.unit], let other = scores[partner], other.score > best.score {
                    best = other
                }
                guard best.score >= threshold else { continue }
                pairs.append(ProblemMeasurePair(shortcoming: problem.unit, measure: measure.unit, score: best.score, sharedConcepts: best.shared))
                answered.insert(measure.unit)
            }
            // A unit that names a problem and states its own measure ("针对…不足，我们将…")
            // answers itself, when no plan unit does: its own words must say what will be done
            // (a plans tag drawn from its neighbours alone states no measure).
            if pairs.count == before, tagged.units[problem.unit].tags.contains(.plans),
               tagged.units[problem.unit].evidence.contains(where: { $0.categories[.plans] > 0 }) {
                pairs.append(ProblemMeasurePair(shortcoming: problem.unit, measure: problem.unit, score: 1,
                                                sharedConcepts: problem.profile.concepts.map(\.id)))
            }
        }
        let paired = Set(pairs.map(\.shortcoming))
        // Only a problem on a topic the lexicon knows is reported unanswered: words alone may
        // belong to a lead-in ("回顾一年来的工作，我们也清醒地看到").
        let unaddressed = problems.filter { !paired.contains($0.unit) && $0.profile.isSpecific }.map(\.unit)
        general += problems.filter { !paired.contains($0.unit) && !$0.profile.isSpecific }.map(\.unit)
        general.sort()
        // A measure is anchored when it, the heading over it or an item under it answers a
        // problem: "（一）加强理论学习" answers, and so does the paragraph that carries it out.
        let unanchored = problems.isEmpty ? [] : measures.filter { measure in
            guard measure.profile.isSpecific, !answered.contains(measure.unit) else { return false }
            if let heading = document.units[measure.unit].heading, answered.contains(heading) { return false }
            return !answered.contains { document.units[$0].heading == measure.unit }
        }.map(\.unit)
        return SummaryPairing(summary: index, pairs: pairs, unaddressed: unaddressed, unanchored: unanchored, general: general,
                              measures: measures.map(\.unit))
    }
}

extension ProblemMeasurePairer {
    /// Where each problem's answer stands when the measures answer the problem list item by
    /// item: problem k ↔ measure k. Both lists must follow one another (nothing but headings,
    /// lead-ins and general shortcomings between the last problem and the first measure: a
    /// 整改措施 list right after the 存在问题 list, not plans closing the summary pages later)
    /// and have as many items. The problems are an enumerated list (each carries a marker:
    /// 一是, （二）, "Third,"); the measures are either as many paragraphs, or one paragraph whose
    /// list after its colon has as many items separated by semicolons ("will focus on the
    /// following: …; …; …"), in which case `words` holds the words of item k.
    func ordinalPlaces(problems: [(unit: Int, profile: Profile)], measures: [(unit: Int, profile: Profile)],
                       in document: Document) -> [Int: (measure: Int, words: Set<String>?)] {
        guard problems.count >= 2, let last = problems.last?.unit,
              problems.allSatisfy({ document.units[$0.unit].marker != nil }) else { return [:] }
        let items = measures.filter { measure in
            measure.unit > last && document.units[measure.unit].kind == .paragraph && measure.profile.canPair
                && !Self.isLeadIn(document.text(of: document.units[measure.unit]))
        }
        guard let first = items.first?.unit else { return [:] }
        let measureUnits = Set(measures.map(\.unit))
        for i in (last + 1)..<first where document.units[i].isContent {
            guard document.units[i].kind == .heading || measureUnits.contains(i) else { return [:] }
        }
        var places = [Int: (measure: Int, words: Set<String>?)]()
        if items.count == problems.count {
            for (problem, measure) in zip(problems, items) { places[problem.unit] = (measure.unit, nil) }
        } else if items.count == 1 {
            let text = document.text(of: document.units[first])
            let list = text.firstIndex(where: { $0 == ":" || $0 == "：" }).map { text[text.index(after: $0)...] } ?? text
            let parts = list.split(whereSeparator: { $0 == ";" || $0 == "；" })
                .filter { !$0.allSatisfy { $0.isWhitespace || $0.isPunctuation } }
            guard parts.count == problems.count else { return [:] }
            for (problem, part) in zip(problems, parts) { places[problem.unit] = (first, ContentWords.of(part)) }
        }
        return places
    }

    /// Each measure heading that announces exactly one content unit, and that unit, keyed both
    /// ways: "（一）在学习上再深入。" and the paragraph that carries it out. `units` are the
    /// summary's units (a heading's paragraphs are in its summary): one pass over them, not over
    /// the whole file, since a file may hold thousands of summaries.
    func headingPartners(of measures: [Int], among units: Range<Int>, in document: Document) -> [Int: Int] {
        guard !measures.isEmpty else { return [:] }
        let set = Set(measures)
        var children = [Int: [Int]]()
        for i in units where document.units.indices.contains(i) && document.units[i].isContent {
            if let heading = document.units[i].heading, set.contains(heading) { children[heading, default: []].append(i) }
        }
        var partners = [Int: Int]()
        for (heading, under) in children where document.units[heading].kind == .heading && under.count == 1 {
            guard let child = under.first, set.contains(child) else { continue }
            partners[heading] = child
            partners[child] = heading
        }
        return partners
    }
}

/// The distinctive words of a unit's text, compared between a problem and a measure: English
/// words of four letters or more cut to their first five letters ("attraction", "attractive"
/// → `attra`), and pairs of adjacent Chinese characters in Simplified form ("學習" → `学习`),
/// without the words every paragraph of the genre holds (party, branch, 党员, 工作, 加强, 不够…).
package enum ContentWords {
    /// How many distinctive words a unit without a known concept needs to count as naming a topic.
    static let leastForTopic = 3

    /// English stems that say nothing of a topic: function words, and words of every
    /// paragraph of a summary.
    static let englishStop: Set<String> = [
        "this", "that", "these", "those", "there", "their", "which", "with", "from", "into", "have", "been", "were",
        "will", "shall", "shoul", "must", "need", "more", "most", "than", "then", "also", "such", "they", "them",
        "some", "still", "very", "much", "many", "only", "each", "every", "other", "about", "over", "under", "after",
        "befor", "while", "when", "what", "where", "being", "does", "done", "make", "made", "well", "good", "better",
        "party", "parti", "branc", "membe", "work", "works", "worki", "year", "years", "next", "first", "secon",
        "third", "fourt", "fifth", "conti", "stren", "furth", "impro", "enhan", "deepe", "carry", "insis", "effor",
        "focus", "probl", "short", "insuf", "enoug", "aspec", "certa", "exist", "situa", "level", "actua", "activ",
        "gener", "overa", "compr", "persi", "adher", "promo", "imple", "resol", "serio", "stron", "throu", "accor",
        "requi", "follo", "toget", "again", "alway", "regar", "relat", "wheth", "among", "withi",
    ]

    /// Characters whose pairs say nothing of a topic: function characters and negations.
    static let chineseStopCharacters: Set<Unicode.Scalar> = Set("的了和在是有与及等将要把被对为以于也而并或其这那之个们我你他她它不还较够些各每".unicodeScalars)

    /// Chinese pairs of every paragraph of a summary.
    static let chineseStop: Set<String> = [
        "党员", "支部", "党支", "工作", "加强", "进一", "一步", "存在", "问题", "方面", "今后", "明年", "一年", "继续",
        "努力", "全面", "深入", "落实", "做好", "认真", "积极", "开展", "推进", "提高", "提升", "进行", "党建", "建设",
        "坚持", "不断", "部分", "同志", "全体", "一些", "有的", "个别", "主要", "工作", "切实", "着力", "持续",
        "不足", "差距", "薄弱", "下一", "打算", "计划", "措施", "整改", "新的", "今年", "全年", "回顾", "一是", "二是",
        "三是", "四是", "五是", "首先", "其次", "最后", "更加", "充分", "发挥", "作用", "水平", "能力", "意识",
    ]

    /// The distinctive words of `text`.
    package static func of(_ text: Substring) -> Set<String> {
        var words = Set<String>()
        var letters = [UInt8]()
        var previousHan: Unicode.Scalar?
        let table = try? SimplifiedTable.shared()
        func endWord() {
            if letters.count >= 4 {
                let stem = String(decoding: letters.prefix(5), as: UTF8.self)
                if !englishStop.contains(stem) { words.insert(stem) }
            }
            letters.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII letters, lowercased; anything else ASCII ends a word and a Han run.
                if (v | 0x20) >= 0x61, (v | 0x20) <= 0x7A {
                    letters.append(UInt8(v | 0x20))
                    previousHan = nil
                    continue
                }
                endWord()
                previousHan = nil
                continue
            }
            endWord()
            // The common ideographs at once; the Unicode property for the rest (〇, extensions …).
            let ideographic = (0x4E00...0x9FFF).contains(v) || (v >= 0x3000 && scalar.properties.isIdeographic)
            guard ideographic else { previousHan = nil; continue }
            var han = scalar
            if let table, v < 0x10000, case let mapped = table.map[Int(v)], mapped != 0,
               let simple = Unicode.Scalar(UInt32(mapped)) {
                han = simple
            }
            if chineseStopCharacters.contains(han) { previousHan = nil; continue }
            if let previous = previousHan {
                let pair = String(String.UnicodeScalarView([previous, han]))
                if !chineseStop.contains(pair) { words.insert(pair) }
            }
            previousHan = han
        }
        endWord()
        return words
    }
}
