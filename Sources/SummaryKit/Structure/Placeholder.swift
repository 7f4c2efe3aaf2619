/// An unfilled template slot: x村, xx中学, 20xx年, 20__年, XX年, 《x》, XXX, 某某, ____, `**`,
/// "xx Middle School", "Zheng X".
///
/// ``text`` is the slot itself ("x", "20xx", "XXX", "某某", "____"), not its context.
public struct Placeholder: Sendable, Hashable, Codable {
    /// The slot's text.
    public var text: String
    /// Its bytes in the document's source text.
    public var utf8Range: Range<Int>
    /// Its 1-based line.
    public var line: Int
    /// Its 1-based column, counted in Unicode scalars from the start of the line.
    public var column: Int

    /// Creates a placeholder finding.
    public init(text: String, utf8Range: Range<Int>, line: Int, column: Int) {
        self.text = text
        self.utf8Range = utf8Range
        self.line = line
        self.column = column
    }
}
