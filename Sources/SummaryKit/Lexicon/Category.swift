/// The sections a summary is read for: four content categories and two structural ones.
///
/// See `CATEGORIES.md` in the project's shared notes for what each one covers.
public enum Category: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Study and ideological education (学习教育 / 思想建设).
    case study
    /// Discipline, conduct and clean government (纪律 / 党风廉政建设 / 作风建设).
    case discipline
    /// Members and organisation (发展党员 / 党员队伍与组织建设).
    case memberDevelopment = "member_development"
    /// Serving and organising the masses (群众工作).
    case massWork = "mass_work"
    /// Problems and shortcomings (存在的问题与不足).
    case shortcomings
    /// Next steps (下一步工作打算).
    case plans

    /// Every category in order of declaration: stored once rather than built at each use (the
    /// tagger walks it for every unit).
    public static let allCases: [Category] = [.study, .discipline, .memberDevelopment, .massWork, .shortcomings, .plans]

    /// The four content categories.
    public static let content: [Category] = [.study, .discipline, .memberDevelopment, .massWork]
    /// The two structural sections.
    public static let structural: [Category] = [.shortcomings, .plans]

    /// Whether this is a structural section rather than a content category.
    public var isStructural: Bool { self == .shortcomings || self == .plans }

    /// A fixed position, for dense per-category arrays.
    public var index: Int {
        switch self {
        case .study: 0
        case .discipline: 1
        case .memberDevelopment: 2
        case .massWork: 3
        case .shortcomings: 4
        case .plans: 5
        }
    }

    /// Orders categories by ``index``, the order of declaration (study first, plans last).
    public static func < (a: Category, b: Category) -> Bool { a.index < b.index }
}
