/// Checks a lexicon for the mistakes that make evidence wrong: the same form twice, one form
/// claimed by two concepts, and concepts that never match anywhere in a reference corpus.
///
/// Malformed lines are found earlier, when the files are parsed (``LexiconError``).
public struct LexiconValidator: Sendable {
    /// One finding.
    public struct Issue: Sendable, Hashable, Codable, CustomStringConvertible {
        /// How serious it is.
        public enum Severity: String, Sendable, Hashable, Codable {
            /// A mistake worth fixing; every issue the current checks report is a warning.
            case warning
            /// A mistake that makes the lexicon wrong; no current check reports one.
            case error
        }
        /// How serious the issue is.
        public var severity: Severity
        /// `file:line` of the concept concerned.
        public var location: String
        /// The id of the concept concerned, e.g. `study-generic`.
        public var conceptID: String
        /// What is wrong, as a sentence starting in lower case (the description prefixes the
        /// location, severity and concept id).
        public var message: String

        /// One line for the user: `location: severity: [conceptID] message`.
        public var description: String { "\(location): \(severity.rawValue): [\(conceptID)] \(message)" }
    }

    /// The lexicon under review.
    public let lexicon: Lexicon

    /// A validator for `lexicon`.
    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    /// Duplicate forms and forms claimed by several concepts (after normalisation, so 黨費 and
    /// 党费, or "Party Dues" and "party dues", count as the same form).
    public func formIssues() throws(SegmentationError) -> [Issue] {
        let normalizer = try FormNormalizer()
        var issues = [Issue]()
        var owner = [String: Int]()
        for (index, concept) in lexicon.concepts.enumerated() where !concept.isDisabled {
            var seen = Set<String>()
            let keyed = concept.chinese.map { ("zh", $0, String(decoding: normalizer.normalize($0), as: UTF16.self)) }
                + concept.english.map { ("en", $0, KeywordMatcher.englishWords($0).map { String(decoding: $0, as: UTF16.self) }.joined(separator: " ")) }
            for (language, form, key) in keyed {
                let fullKey = language + ":" + key
                if !seen.insert(fullKey).inserted {
                    issues.append(Issue(severity: .warning, location: concept.origin, conceptID: concept.id,
                                        message: "the form '\(form)' is listed twice."))
                    continue
                }
                if let other = owner[fullKey], other != index {
                    let first = lexicon.concepts[other]
                    issues.append(Issue(severity: .warning, location: concept.origin, conceptID: concept.id,
                                        message: "the form '\(form)' is also claimed by [\(first.id)] at \(first.origin); only the first concept gets its matches."))
                } else {
                    owner[fullKey] = index
                }
            }
        }
        return issues
    }

    /// Concepts that match nowhere in `sources` (dead entries).
    public func deadConcepts(in sources: [SourceText]) throws(SegmentationError) -> [Issue] {
        let matcher = try KeywordMatcher(lexicon: lexicon)
        var alive = [Bool](repeating: false, count: lexicon.concepts.count)
        for source in sources {
            for match in try matcher.matches(in: source) { alive[match.concept] = true }
        }
        var issues = [Issue]()
        for (index, concept) in lexicon.concepts.enumerated() where !concept.isDisabled && !alive[index] {
            issues.append(Issue(severity: .warning, location: concept.origin, conceptID: concept.id,
                                message: "no form of this concept matches anywhere in the \(sources.count == 1 ? "reference text" : "\(sources.count) reference texts")."))
        }
        return issues
    }
}
