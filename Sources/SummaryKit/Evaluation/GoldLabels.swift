import Foundation

/// The hand-written gold labels of one corpus file (`Corpus/labels/<id>.labels`; the format is
/// described in `Corpus/README.md`).
package struct GoldLabels: Sendable, Hashable {
    /// One labelled unit.
    package struct GoldUnit: Sendable, Hashable {
        /// 1-based line on which the unit starts in the text file.
        package var line: Int
        /// What the unit is: title, heading, paragraph, boilerplate or separator.
        package var kind: UnitKind
        /// The categories the unit is about; empty for `-`.
        package var categories: Set<Category>
        /// Categories written `cat?`: only one of two annotators gave them, so they count neither
        /// for nor against a tagger.
        package var optional: Set<Category> = []
        /// The unit's first characters, as in the file.
        package var prefix: String
    }

    /// A unit named by its line and first characters, as in a unit record.
    package struct UnitReference: Sendable, Hashable {
        /// 1-based line on which the unit starts.
        package var line: Int
        /// The unit's first characters, as in the file.
        package var prefix: String

        /// Written out so that it can be `package` (tests build references); the synthesized one is internal.
        package init(line: Int, prefix: String) {
            self.line = line
            self.prefix = prefix
        }
    }

    /// A shortcoming and a plan that answers it (a `pair` record; `pair?` when the annotators
    /// disagreed, which counts neither way).
    package struct GoldPair: Sendable, Hashable {
        package var shortcoming: UnitReference
        package var measure: UnitReference
        package var isOptional: Bool
    }

    /// The corpus id, e.g. `zh-07-government`.
    package var id: String
    /// Expected checklist status of each summary, in file order.
    package var summaries: [[Category: SectionStatus]]
    /// The labelled units, in file order.
    package var units: [GoldUnit]
    /// Shortcomings and the plans that answer them (`pair` records).
    package var pairs: [GoldPair] = []
    /// Shortcomings that name a specific problem no plan answers (`none` records).
    package var unanswered: [UnitReference] = []
    /// Shortcomings that name no specific problem: headings, lead-ins (`generic` records).
    package var generalProblems: [UnitReference] = []
    /// Whether the file's problems and measures are labelled (any pairing record).
    package var hasPairing: Bool { !pairs.isEmpty || !unanswered.isEmpty || !generalProblems.isEmpty }

    /// Whether the id belongs to the test split (its number is divisible by 3).
    package var isTestSplit: Bool { Self.isTestSplit(id: id) }

    /// The split rule of `Corpus/README.md`: ids whose number is divisible by 3 are test data.
    package static func isTestSplit(id: String) -> Bool {
        let parts = id.split(separator: "-")
        guard parts.count >= 2, let number = Int(parts[1]) else { return false }
        return number % 3 == 0
    }

    /// Parses a labels file.
    ///
    /// - Throws: ``LexiconError/malformed(file:line:text:reason:)`` naming the file and line.
    package init(parsing text: String, id: String, file: String) throws(LexiconError) {
        self.id = id
        summaries = []
        units = []
        for (offset, raw) in LexiconParser.lines(text).enumerated() {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            func fail(_ reason: String) -> LexiconError { .malformed(file: file, line: offset + 1, text: line, reason: reason) }
            if fields.first == "summary" {
                var statuses = [Category: SectionStatus]()
                for field in fields.dropFirst(2) {
                    let pair = field.split(separator: "=")
                    guard pair.count == 2, let c = Category(rawValue: String(pair[0])), let s = SectionStatus(rawValue: String(pair[1])) else {
                        throw fail("a summary status is section=covered|thin|missing")
                    }
                    statuses[c] = s
                }
                summaries.append(statuses)
                continue
            }
            if let record = fields.first, ["pair", "pair?", "none", "generic"].contains(record) {
                func reference(_ at: Int) throws(LexiconError) -> UnitReference {
                    guard fields.count > at + 1, let line = Int(fields[at]), !fields[at + 1].isEmpty else {
                        throw fail("a \(record) record names a unit by LINE<TAB>PREFIX")
                    }
                    return UnitReference(line: line, prefix: fields[at + 1])
                }
                let problem = try reference(1)
                switch record {
                case "none": unanswered.append(problem)
                case "generic": generalProblems.append(problem)
                default: pairs.append(GoldPair(shortcoming: problem, measure: try reference(3), isOptional: record == "pair?"))
                }
                continue
            }
            guard fields.count >= 4, let lineNumber = Int(fields[0]), let kind = UnitKind(rawValue: fields[1]) else {
                throw fail("a unit record is LINE<TAB>KIND<TAB>CATEGORIES<TAB>PREFIX")
            }
            var categories = Set<Category>()
            var optional = Set<Category>()
            if fields[2] != "-" {
                for name in fields[2].split(separator: ",") {
                    let isOptional = name.hasSuffix("?")
                    let bare = isOptional ? name.dropLast() : name
                    guard let c = Category(rawValue: String(bare)) else { throw fail("unknown category '\(name)'") }
                    if isOptional { optional.insert(c) } else { categories.insert(c) }
                }
            }
            units.append(GoldUnit(line: lineNumber, kind: kind, categories: categories, optional: optional,
                                  prefix: fields[3...].joined(separator: "\t")))
        }
    }

    /// Reads `labels/<id>.labels` beside `texts/<id>.txt`.
    package static func load(forText path: String) throws -> GoldLabels {
        let url = URL(fileURLWithPath: path)
        let id = url.deletingPathExtension().lastPathComponent
        let labels = url.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("labels").appendingPathComponent(id + ".labels")
        let text = try TextDecoder().decode(fileAt: labels.path).text
        return try GoldLabels(parsing: text, id: id, file: labels.path)
    }
}
