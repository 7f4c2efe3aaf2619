/// How well a summary covers one section of a checklist.
public enum SectionStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least one paragraph is really about it, with evidence.
    case covered
    /// Only passing mentions.
    case thin
    /// Nothing.
    case missing
}
