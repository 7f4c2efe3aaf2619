import Foundation

/// A count passed ``CorpusStatistics/maxCount`` in a merge: `field` names it.
package struct CountOverflow: Error {
    var field: String
}

extension CorpusStatistics {
    /// `a + b`, or ``CountOverflow`` naming `field` when the sum passes ``maxCount``.
    package static func sum(_ a: Int, _ b: Int, _ field: @autoclosure () -> String) throws(CountOverflow) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        guard !overflow, result <= maxCount, result >= -maxCount else { throw CountOverflow(field: field()) }
        return result
    }

    static func sum(_ a: [String: Int], _ b: [String: Int], _ field: String) throws(CountOverflow) -> [String: Int] {
        var result = a
        for (key, value) in b { result[key] = try sum(result[key] ?? 0, value, "\(field).\(key)") }
        return result
    }

    /// ``merging(_:)`` with every addition checked: the merge of partials read from outside.
    func checkedMerging(_ other: CorpusStatistics) throws(CountOverflow) -> CorpusStatistics {
        var result = self
        if result.sectionOrder.isEmpty { result.sectionOrder = other.sectionOrder }
        result.inputs = try Self.sum(inputs, other.inputs, "inputs")
        result.summaries = try Self.sum(summaries, other.summaries, "summaries")
        result.bytes = try Self.sum(bytes, other.bytes, "bytes")
        result.failureCounts = try Self.sum(failureCounts, other.failureCounts, "failure_counts")
        result.failures = (failures + other.failures).sorted()
        result.languages = try Self.sum(languages, other.languages, "languages")
        result.organizations = try Self.sum(organizations, other.organizations, "organizations")
        result.years = try Self.sum(years, other.years, "years")
        result.formats = try Self.sum(formats, other.formats, "formats")
        result.encodings = try Self.sum(encodings, other.encodings, "encodings")
        result.characters = try characters.checkedMerging(other.characters, "characters")
        result.tokens = try tokens.checkedMerging(other.tokens, "tokens")
        result.paragraphs = try paragraphs.checkedMerging(other.paragraphs, "paragraphs")
        result.coverage = try coverage.checkedMerging(other.coverage, "coverage")
        result.placeholders = try placeholders.checkedMerging(other.placeholders, "placeholders")
        result.boilerplate = try boilerplate.checkedMerging(other.boilerplate, "boilerplate")
        for (key, value) in other.categories {
            let mine = result.categories[key] ?? CategoryCounts()
            result.categories[key] = CategoryCounts(
                summaries: try Self.sum(mine.summaries, value.summaries, "categories.\(key).summaries"),
                paragraphs: try Self.sum(mine.paragraphs, value.paragraphs, "categories.\(key).paragraphs"),
                scoreThousandths: try Self.sum(mine.scoreThousandths, value.scoreThousandths, "categories.\(key).score_thousandths"))
        }
        for (key, value) in other.sections {
            let mine = result.sections[key] ?? StatusCounts()
            result.sections[key] = StatusCounts(covered: try Self.sum(mine.covered, value.covered, "sections.\(key).covered"),
                                                thin: try Self.sum(mine.thin, value.thin, "sections.\(key).thin"),
                                                missing: try Self.sum(mine.missing, value.missing, "sections.\(key).missing"))
        }
        result.terms = try Self.sum(terms, other.terms, "terms")
        for (key, value) in other.categoryTerms {
            result.categoryTerms[key] = try Self.sum(result.categoryTerms[key] ?? [:], value, "category_terms.\(key)")
        }
        result.paragraphTerms = try Self.sum(paragraphTerms, other.paragraphTerms, "paragraph_terms")
        result.categoryTermTotals = try Self.sum(categoryTermTotals, other.categoryTermTotals, "category_term_totals")
        result.conceptMatches = try Self.sum(conceptMatches, other.conceptMatches, "concept_matches")
        result.conceptSummaries = try Self.sum(conceptSummaries, other.conceptSummaries, "concept_summaries")
        result.signatures = (signatures + other.signatures).sorted()
        return result
    }

    /// The first way in which the counts are out of range or contradict each other, as a
    /// phrase naming the field and its value; nil when they are consistent.
    func countProblem() -> String? {
        func check(_ value: Int, _ field: String) -> String? {
            if value < 0 { return "\"\(field)\" is \(value), a negative count" }
            if value > Self.maxCount { return "\"\(field)\" is \(value), more than the largest count (2^53)" }
            return nil
        }
        func total(_ values: some Sequence<Int>) -> Int? {
            var sum = 0
            for value in values {
                let (next, overflow) = sum.addingReportingOverflow(value)
                if overflow { return nil }
                sum = next
            }
            return sum
        }
        func map(_ dictionary: [String: Int], _ field: String, summing expected: Int?) -> String? {
            for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
                if let problem = check(value, "\(field).\(key)") { return problem }
            }
            if let expected, let sum = total(dictionary.values), sum != expected {
                return "\"\(field)\" adds up to \(sum), not to \(expected)"
            }
            return nil
        }
        // Identity.
        guard let identity else { return "there is no \"identity\" (run id, shard, configuration)" }
        guard PartialIdentity.isValidRunID(identity.runID) else {
            return "the run id '\(identity.runID.prefix(200))' is not 1 to \(PartialIdentity.maxRunIDBytes) ASCII letters, digits, '.', '_', '-' or ':'"
        }
        guard (1...PartialIdentity.maxShardCount).contains(identity.shardCount) else {
            return "\"shard_count\" is \(identity.shardCount), not from 1 to \(PartialIdentity.maxShardCount)"
        }
        guard !identity.shards.isEmpty, identity.shards.allSatisfy({ (1...identity.shardCount).contains($0) }),
              zip(identity.shards, identity.shards.dropFirst()).allSatisfy({ $0 < $1 }) else {
            return "\"shards\" must list shards from 1 to \(identity.shardCount) in ascending order, once each"
        }
        let configuration = identity.configuration
        for value in [configuration.version, configuration.checklist, configuration.lexicon, configuration.model, configuration.reading]
            where value.isEmpty || value.utf8.count > 64 {
            return "a \"configuration\" fingerprint is empty or longer than 64 bytes"
        }
        // Totals.
        for (field, value) in [("inputs", inputs), ("summaries", summaries), ("bytes", bytes), ("paragraph_terms", paragraphTerms)] {
            if let problem = check(value, field) { return problem }
        }
        if inputs == 0, summaries > 0 || bytes > 0 { return "\"summaries\" is \(summaries) and \"bytes\" \(bytes) with no inputs" }
        if sectionOrder.isEmpty { return "\"section_order\" is empty (every checklist has a section)" }
        if Set(sectionOrder).count != sectionOrder.count { return "\"section_order\" names a section twice" }
        // Failures.
        for key in failureCounts.keys.sorted() where FailureReason(rawValue: key) == nil {
            return "\"failure_counts\" has the unknown reason '\(key.prefix(80))'"
        }
        if let problem = map(failureCounts, "failure_counts", summing: failures.count) { return problem }
        for reason in FailureReason.allCases {
            let listed = failures.filter { $0.reason == reason }.count
            if (failureCounts[reason.rawValue] ?? 0) != listed {
                return "\"failure_counts.\(reason.rawValue)\" is \(failureCounts[reason.rawValue] ?? 0), but \(listed) such failures are listed"
            }
        }
        // Mix: every summary has one language, organization, year, format and encoding.
        for (field, dictionary) in [("languages", languages), ("organizations", organizations), ("years", years),
                                    ("formats", formats), ("encodings", encodings)] {
            if let problem = map(dictionary, field, summing: summaries) { return problem }
        }
        // Histograms: one observation per summary, in the fixed bins.
        let standard = CorpusStatistics.empty
        for (field, distribution, bins) in [("characters", characters, standard.characters), ("tokens", tokens, standard.tokens),
                                            ("paragraphs", paragraphs, standard.paragraphs), ("coverage", coverage, standard.coverage),
                                            ("placeholders", placeholders, standard.placeholders),
                                            ("boilerplate", boilerplate, standard.boilerplate)] {
            if let problem = distribution.problem(field, bins: bins.upperBounds, count: summaries) { return problem }
        }
        // Categories and sections.
        for (key, counts) in categories.sorted(by: { $0.key < $1.key }) {
            guard Category(rawValue: key) != nil else { return "\"categories\" has the unknown category '\(key.prefix(80))'" }
            for (field, value) in [("summaries", counts.summaries), ("paragraphs", counts.paragraphs), ("score_thousandths", counts.scoreThousandths)] {
                if let problem = check(value, "categories.\(key).\(field)") { return problem }
            }
            if counts.summaries > summaries { return "\"categories.\(key).summaries\" is \(counts.summaries), more than the \(summaries) summaries" }
            if counts.scoreThousandths > 1000 * summaries {
                return "\"categories.\(key).score_thousandths\" is \(counts.scoreThousandths), more than 1000 for each of the \(summaries) summaries"
            }
        }
        for (key, counts) in sections.sorted(by: { $0.key < $1.key }) {
            guard sectionOrder.contains(key) else { return "\"sections\" has '\(key.prefix(80))', which is not in \"section_order\"" }
            for (field, value) in [("covered", counts.covered), ("thin", counts.thin), ("missing", counts.missing)] {
                if let problem = check(value, "sections.\(key).\(field)") { return problem }
            }
            if let sum = total([counts.covered, counts.thin, counts.missing]), sum != summaries {
                return "\"sections.\(key)\" counts \(sum) summaries covered, thin or missing, not \(summaries)"
            }
        }
        if summaries > 0, sections.count != sectionOrder.count {
            return "\"sections\" has \(sections.count) sections, \"section_order\" \(sectionOrder.count)"
        }
        // Terms: the per-category totals are the sums of their counts.
        if let problem = map(terms, "terms", summing: paragraphTerms) { return problem }
        for key in categoryTerms.keys.sorted() where Category(rawValue: key) == nil {
            return "\"category_terms\" has the unknown category '\(key.prefix(80))'"
        }
        if Set(categoryTermTotals.keys) != Set(categoryTerms.keys) {
            return "\"category_term_totals\" and \"category_terms\" name different categories"
        }
        for (key, counts) in categoryTerms.sorted(by: { $0.key < $1.key }) {
            let expected = categoryTermTotals[key] ?? 0
            if let problem = map(counts, "category_terms.\(key)", summing: expected) { return problem }
            if expected > paragraphTerms { return "\"category_term_totals.\(key)\" is \(expected), more than \"paragraph_terms\" (\(paragraphTerms))" }
        }
        // Concepts: a summary with a concept has at least one match of it.
        if let problem = map(conceptMatches, "concept_matches", summing: nil) { return problem }
        if let problem = map(conceptSummaries, "concept_summaries", summing: nil) { return problem }
        for (key, value) in conceptSummaries.sorted(by: { $0.key < $1.key }) where value > summaries || value > (conceptMatches[key] ?? 0) {
            return "\"concept_summaries.\(key.prefix(80))\" is \(value), more than its summaries or matches"
        }
        // Signatures: at most one per summary, all of one width.
        if signatures.count > summaries { return "\(signatures.count) signatures for \(summaries) summaries" }
        if let width = signatures.first?.signature.count {
            guard (1...4096).contains(width), signatures.allSatisfy({ $0.signature.count == width }) else {
                return "the signatures are not all of one width from 1 to 4096"
            }
        }
        if let entry = signatures.first(where: { $0.summary < 1 }) { return "a signature of '\(entry.id.prefix(80))' has summary \(entry.summary)" }
        for failure in failures.prefix(1) where failure.id.isEmpty { return "a failure has an empty id" }
        return nil
    }
}
