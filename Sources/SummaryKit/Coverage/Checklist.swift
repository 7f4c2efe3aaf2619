/// The sections a complete summary must cover, and what counts as covered or thin.
///
/// The default checklist holds the six sections of the brief: `study`, `discipline`,
/// `member_development`, `mass_work`, `shortcomings`, `plans`; it is the YAML file
/// `Resources/default-checklist.yaml` (``Checklist/builtIn()``). Users bring their own in the
/// same format (see ``Checklist/init(yaml:file:)``).
public struct Checklist: Sendable, Hashable, Codable {
    /// What a section needs to reach a status.
    public struct Requirement: Sendable, Hashable, Codable {
        /// The least unit score (0…1) for a unit to count; nil: the unit must be tagged with one
        /// of the section's categories (the tagger's own per-category thresholds).
        public var minScore: Double?
        /// How many such units are needed.
        public var minParagraphs: Int
        /// How many characters of content those units must hold together.
        public var minCharacters: Int
        /// A unit also counts when it names one of the section's concepts with at least this
        /// lexicon weight (0…1), not negated: a passing mention (三会一课 in a paragraph about
        /// something else). Nil: mentions alone never count.
        public var minMention: Double?

        /// Creates a requirement.
        public init(minScore: Double?, minParagraphs: Int = 1, minCharacters: Int = 0, minMention: Double? = nil) {
            self.minScore = minScore
            self.minParagraphs = minParagraphs
            self.minCharacters = minCharacters
            self.minMention = minMention
        }

        /// What `thin` needs by default: a unit scoring 0.4, or a passing mention of one of the
        /// section's own concepts (lexicon weight 0.8 or more).
        public static let defaultThin = Requirement(minScore: 0.4, minMention: 0.8)

        enum CodingKeys: String, CodingKey {
            case minScore = "min_score", minParagraphs = "min_paragraphs", minCharacters = "min_characters"
            case minMention = "min_mention"
        }
    }

    /// One required (or optional) section.
    public struct Section: Sendable, Hashable, Codable {
        /// A stable id, e.g. `study`.
        public var id: String
        /// Chinese title.
        public var titleZh: String
        /// English title.
        public var titleEn: String
        /// The tagger categories that satisfy the section.
        public var categories: [Category]
        /// Its weight in the coverage score: finite, greater than 0 and at most
        /// ``Checklist/maxWeight`` (a YAML checklist with any other weight is refused).
        public var weight: Double
        /// Whether a missing section is a failure (optional sections only add to the score).
        public var required: Bool
        /// What `covered` needs.
        public var covered: Requirement
        /// What `thin` needs (anything less is `missing`).
        public var thin: Requirement

        /// Creates a section.
        public init(id: String, titleZh: String, titleEn: String, categories: [Category], weight: Double = 1,
                    required: Bool = true, covered: Requirement = Requirement(minScore: nil, minCharacters: 15),
                    thin: Requirement = .defaultThin) {
            self.id = id
            self.titleZh = titleZh
            self.titleEn = titleEn
            self.categories = categories
            self.weight = weight
            self.required = required
            self.covered = covered
            self.thin = thin
        }

        enum CodingKeys: String, CodingKey {
            case id, titleZh = "title_zh", titleEn = "title_en", categories, weight, required, covered, thin
        }
    }

    /// The largest section weight a checklist file may give: 1000. With at most one section
    /// per byte of a checklist file (1 MiB at most), the sum of all weights stays far below the
    /// range of a `Double`, so coverage is always a finite number from 0 to 100.
    public static let maxWeight = 1000.0

    /// The checklist's name.
    public var name: String
    /// Its sections, in report order.
    public var sections: [Section]

    /// Creates a checklist.
    public init(name: String, sections: [Section]) {
        self.name = name
        self.sections = sections
    }

    /// The built-in checklist: the six sections of an annual summary, equally weighted
    /// (``builtIn()``). Empty (no section) when `Resources/default-checklist.yaml` is missing or
    /// malformed; ``builtIn()`` then throws the reason, as ``Tagger/init(lexicon:model:)`` does.
    public static let `default`: Checklist = (try? loadedBuiltIn.get()) ?? Checklist(name: "default", sections: [])

    /// The checklist shipped with the package, `Resources/default-checklist.yaml`: a YAML file in
    /// the format ``init(yaml:file:)`` reads, to copy as the starting point of one's own. Read
    /// once per process.
    ///
    /// - Throws: ``ChecklistError`` naming the file (and every path tried) when it is missing, or
    ///   the file and line of every problem when it is malformed: a broken installation.
    public static func builtIn() throws(ChecklistError) -> Checklist { try loadedBuiltIn.get() }

    static let builtInFile = "default-checklist.yaml"

    private static let loadedBuiltIn: Result<Checklist, ChecklistError> = {
        switch BuiltInResources.text(builtInFile) {
        case .failure(let missing):
            return .failure(ChecklistError(file: missing.file, problems: [.init(line: 1, message: missing.reason)]))
        case .success(let text):
            let path = (try? BuiltInResources.url(builtInFile).get().path) ?? builtInFile
            do throws(ChecklistError) {
                return .success(try Checklist(yaml: text, file: path))
            } catch {
                return .failure(error)
            }
        }
    }()
}
