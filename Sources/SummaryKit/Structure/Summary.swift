/// One summary of a ``Document``. A page of templates (【篇一】…【篇五】, or a repeated title
/// line) holds several; a plain file holds one.
public struct Summary: Sendable, Hashable {
    /// The summary's own title, if it has one.
    public var title: String?
    /// Its units in `Document.units`. Summaries partition the units: page chrome before the
    /// first summary belongs to the first, chrome after the last to the last.
    public var units: Range<Int>
    /// The bytes from its separator or title (or first content) to its last non-chrome unit.
    public var utf8Range: Range<Int>
    /// The lines of ``utf8Range``.
    public var lines: ClosedRange<Int>

    /// Creates a summary.
    public init(title: String?, units: Range<Int>, utf8Range: Range<Int>, lines: ClosedRange<Int>) {
        self.title = title
        self.units = units
        self.utf8Range = utf8Range
        self.lines = lines
    }
}
