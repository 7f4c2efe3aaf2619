import Foundation

extension CorpusReport {
    /// The report of `statistics`, computed from their canonical form.
    ///
    /// - Parameters:
    ///   - statistics: The folded or merged statistics of the corpus.
    ///   - top: How many terms to list per category and ranking.
    ///   - finder: The near-duplicate settings.
    public init(_ statistics: CorpusStatistics, top: Int = 20, finder: NearDuplicateFinder = NearDuplicateFinder()) {
        let s = statistics.canonical()
        let summaries = s.summaries
        func share(_ n: Int) -> Double { summaries > 0 ? CorpusReport.round(Double(n) / Double(summaries)) : 0 }
        counts = Counts(inputs: s.inputs, summaries: summaries, bytes: s.bytes, failed: s.failures.count,
                        failuresByReason: s.failureCounts)
        failures = s.failures
        mix = Mix(languages: s.languages, organizations: s.organizations, years: s.years, formats: s.formats, encodings: s.encodings)
        lengths = Lengths(characters: DistributionReport(s.characters), tokens: DistributionReport(s.tokens),
                          paragraphs: DistributionReport(s.paragraphs))
        categories = Category.allCases.map { category in
            let c = s.categories[category.rawValue] ?? CorpusStatistics.CategoryCounts()
            return CategoryPrevalence(category: category.rawValue, summaries: c.summaries, share: share(c.summaries),
                                      paragraphs: c.paragraphs,
                                      meanScore: summaries > 0 ? CorpusReport.round(Double(c.scoreThousandths) / 1000 / Double(summaries)) : 0)
        }
        let order = s.sectionOrder + s.sections.keys.filter { !s.sectionOrder.contains($0) }.sorted()
        let sections = order.map { id in
            let c = s.sections[id] ?? CorpusStatistics.StatusCounts()
            return SectionCounts(id: id, covered: c.covered, thin: c.thin, missing: c.missing)
        }
        func ranked(_ count: (SectionCounts) -> Int) -> [SectionShare] {
            sections.filter { count($0) > 0 }
                .sorted { count($0) != count($1) ? count($0) > count($1) : $0.id < $1.id }
                .map { SectionShare(id: $0.id, summaries: count($0), share: share(count($0))) }
        }
        coverage = Coverage(distribution: DistributionReport(s.coverage, scale: 10), sections: sections,
                            mostMissing: ranked(\.missing), mostThin: ranked(\.thin))
        let withPlaceholders = s.placeholders.count - (s.placeholders.counts.first ?? 0)
        placeholders = Placeholders(summaries: withPlaceholders, share: share(withPlaceholders),
                                    distribution: DistributionReport(s.placeholders))
        boilerplate = DistributionReport(s.boilerplate, scale: 1000)
        terms = Category.allCases.map { Self.terms(of: $0.rawValue, in: s, top: top) }
        concepts = s.conceptMatches.map { ConceptFrequency(concept: $0.key, matches: $0.value, summaries: s.conceptSummaries[$0.key] ?? 0) }
            .sorted { $0.matches != $1.matches ? $0.matches > $1.matches : $0.concept < $1.concept }
        let clusters = finder.clusters(s.signatures)
        nearDuplicates = NearDuplicates(signed: s.signatures.count, clustered: clusters.reduce(0) { $0 + $1.members.count },
                                        clusters: clusters)
    }

    /// Top terms of a category by frequency and by keyness (G² against all other paragraphs).
    static func terms(of category: String, in s: CorpusStatistics, top: Int) -> CategoryTerms {
        let counts = s.categoryTerms[category] ?? [:]
        let inside = s.categoryTermTotals[category] ?? 0
        let outside = s.paragraphTerms - inside
        let scored = counts.map { term, count in
            TermScore(term: term, count: count,
                      keyness: round(logLikelihood(count, inside: inside, other: (s.terms[term] ?? count) - count, outside: outside)))
        }
        let byFrequency = scored.sorted { $0.count != $1.count ? $0.count > $1.count : $0.term < $1.term }.prefix(top)
        let byKeyness = scored.filter { $0.keyness > 0 && $0.count >= 2 }
            .sorted { $0.keyness != $1.keyness ? $0.keyness > $1.keyness : $0.term < $1.term }.prefix(top)
        return CategoryTerms(category: category, terms: inside, byFrequency: Array(byFrequency), byKeyness: Array(byKeyness))
    }

    /// Dunning's log-likelihood G² of `a` occurrences among `inside` tokens against `b` among
    /// `outside`; signed: negative when the term is rarer inside than outside.
    ///
    /// ```swift
    /// CorpusReport.logLikelihood(30, inside: 1000, other: 10, outside: 9000)   // ≈ 95.3
    /// ```
    ///
    /// - Parameters:
    ///   - a: Occurrences of the term among the `inside` tokens.
    ///   - inside: Counted term occurrences inside (in the category's paragraphs).
    ///   - b: Occurrences of the term among the `outside` tokens.
    ///   - outside: Counted term occurrences outside (in all other paragraphs).
    /// - Returns: G², negated when the term is rarer inside; 0 when `inside` is 0.
    public static func logLikelihood(_ a: Int, inside: Int, other b: Int, outside: Int) -> Double {
        let total = Double(inside + outside)
        guard total > 0, inside > 0 else { return 0 }
        let n = Double(a + b)
        let e1 = Double(inside) * n / total
        let e2 = Double(outside) * n / total
        var g = 0.0
        if a > 0, e1 > 0 { g += Double(a) * log(Double(a) / e1) }
        if b > 0, e2 > 0 { g += Double(b) * log(Double(b) / e2) }
        g *= 2
        let overused = outside == 0 || Double(a) / Double(inside) >= Double(b) / Double(outside)
        return overused ? g : -g
    }
}
