/// A reference document that a summary shares a substantial part of its text with.
///
/// ```swift
/// let match = try CopyDetector().matches(of: submission, in: index).first
/// match?.reference         // "refs/fanwen-17.txt"
/// match?.share             // 0.82: 82 % of the summary's normalised characters
/// match?.passages[0].lines // 3...9 in the summary, referenceLines 2...8 in the reference
/// ```
public struct CopyMatch: Sendable, Hashable, Codable {
    /// The reference document's id, as given to ``ReferenceIndexBuilder/add(id:source:)``.
    public var reference: String
    /// Its number in the index (`0..<documentCount`).
    public var referenceNumber: Int
    /// The share (0…1) of the summary's normalised characters (``CopyText``) that the
    /// passages found identical in the reference.
    public var share: Double
    /// The normalised characters of the summary found identical in the reference.
    public var sharedCharacters: Int
    /// The normalised characters of the summary (or of the part of it that was checked).
    public var characters: Int
    /// The shared passages, in the order they appear in the summary.
    public var passages: [CopyPassage]

    /// Creates a match.
    public init(reference: String, referenceNumber: Int, share: Double, sharedCharacters: Int, characters: Int, passages: [CopyPassage]) {
        self.reference = reference
        self.referenceNumber = referenceNumber
        self.share = share
        self.sharedCharacters = sharedCharacters
        self.characters = characters
        self.passages = passages
    }
}

/// A passage of a summary that is also in a reference document, allowing for small changes
/// (names, numbers, placeholders, a word here and there): its place in both texts.
public struct CopyPassage: Sendable, Hashable, Codable {
    /// The passage's bytes in the summary's source text.
    public var utf8Range: Range<Int>
    /// Its 1-based lines in the summary.
    public var lines: ClosedRange<Int>
    /// The passage's bytes in the reference text.
    public var referenceUTF8Range: Range<Int>
    /// Its 1-based lines in the reference.
    public var referenceLines: ClosedRange<Int>
    /// Normalised characters of the passage (summary side).
    public var characters: Int
    /// Of those, the characters verified identical in the reference, in runs at least a
    /// k-gram long.
    public var sharedCharacters: Int

    /// Creates a passage.
    public init(utf8Range: Range<Int>, lines: ClosedRange<Int>, referenceUTF8Range: Range<Int>, referenceLines: ClosedRange<Int>,
                characters: Int, sharedCharacters: Int) {
        self.utf8Range = utf8Range
        self.lines = lines
        self.referenceUTF8Range = referenceUTF8Range
        self.referenceLines = referenceLines
        self.characters = characters
        self.sharedCharacters = sharedCharacters
    }
}
