/// Problems in a user's checklist file, all of them at once, each with its line.
public struct ChecklistError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem.
    public struct Problem: Sendable, Hashable, Codable {
        /// 1-based line in the checklist file (1 when the problem concerns the whole file or has no position).
        public var line: Int
        /// What is wrong, as a full sentence.
        public var message: String
    }

    /// The file.
    public var file: String
    /// Every problem found, in file order.
    public var problems: [Problem]

    /// One `file:line: message` line per problem, in file order.
    public var description: String {
        problems.map { "\(file):\($0.line): \($0.message)" }.joined(separator: "\n")
    }
}
