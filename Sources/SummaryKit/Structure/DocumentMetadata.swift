/// The language a document is written in.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Chinese (Simplified or Traditional).
    case zh
    /// English (usually machine-translated), possibly with a few Chinese terms left in.
    case en
    /// Substantial amounts of both.
    case mixed
}

/// The kind of organisation whose party branch wrote a summary.
public enum OrganizationKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A village (村) or village cooperative.
    case village
    /// An urban residential community (社区).
    case community
    /// A primary or secondary school.
    case school
    /// A university, college or faculty.
    case university
    /// A hospital, clinic or health service centre.
    case hospital
    /// A company, factory or other enterprise.
    case enterprise
    /// A government agency, bureau, court, street office or other public body.
    case government
}

/// Facts about a whole document.
public struct DocumentMetadata: Sendable, Hashable {
    /// The document's language.
    public var language: Language
    /// The document's title: the page title, or the first summary's title.
    public var title: String?
    /// The years the document states, ascending (from its titles when they state any).
    public var years: [Int]
    /// The kind of organisation, when it is recognisable.
    public var organization: OrganizationKind?

    /// Creates metadata.
    public init(language: Language, title: String?, years: [Int], organization: OrganizationKind?) {
        self.language = language
        self.title = title
        self.years = years
        self.organization = organization
    }
}
