import Foundation

/// Negation and criticism cues: a lexicon match with one of these in the same clause is
/// marked negated ("理论学习不够深入", "failed to pay party dues").
public struct PolarityCues: Sendable, Hashable {
    /// Where the cue stands relative to the matched form.
    public enum Position: String, Sendable, Hashable, Codable {
        /// The cue precedes the matched form in the same clause ("未开展" in "未开展主题党日").
        case before
        /// The cue follows the matched form in the same clause ("不够" in "理论学习不够深入").
        case after
    }

    /// A cue.
    public struct Cue: Sendable, Hashable, Codable {
        /// The cue as written (lower-cased when parsed from a file).
        public var text: String
        /// Whether the cue stands before or after the forms it negates.
        public var position: Position
        /// Whether it is an English cue, matched only on word boundaries (`en-…` in the file).
        public var isEnglish: Bool
    }

    /// All cues.
    public private(set) var cues: [Cue]

    /// Cues from explicit values.
    public init(_ cues: [Cue]) { self.cues = cues }

    /// Parses the polarity file format: `zh-before CUE`, `zh-after CUE`, `en-before CUE`,
    /// `en-after CUE` per line, `#` comments.
    public init(parsing text: String, file: String) throws(LexiconError) {
        var cues = [Cue]()
        for (offset, raw) in LexiconParser.lines(text).enumerated() {
            let line = raw.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw .malformed(file: file, line: offset + 1, text: line, reason: "expected a keyword and a cue")
            }
            let keyword = line[..<space]
            let cue = line[space...].trimmingBlanks().lowercased()
            let kind: (Bool, Position)
            switch keyword {
            case "zh-before": kind = (false, .before)
            case "zh-after": kind = (false, .after)
            case "en-before": kind = (true, .before)
            case "en-after": kind = (true, .after)
            default:
                throw .malformed(file: file, line: offset + 1, text: line,
                                 reason: "the keyword is one of zh-before, zh-after, en-before, en-after")
            }
            if cue.isEmpty { throw .malformed(file: file, line: offset + 1, text: line, reason: "the cue is empty") }
            cues.append(Cue(text: cue, position: kind.1, isEnglish: kind.0))
        }
        self.cues = cues
    }
}
