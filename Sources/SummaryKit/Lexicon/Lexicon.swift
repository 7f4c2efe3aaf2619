import Foundation

/// A bilingual concept lexicon: concepts with Chinese and English forms and category weights,
/// plus the polarity cues that mark a match as negated.
///
/// Immutable once built; layering a user file returns a new lexicon.
///
/// ```swift
/// let lexicon = try Lexicon.builtIn().layering(fileAt: "my-branch.lex")
/// lexicon.concept(id: "three-meetings-one-lesson")?.weights[.memberDevelopment]   // 1.0
/// ```
public struct Lexicon: Sendable, Hashable {
    /// The concepts, in definition order (built-in files first).
    public private(set) var concepts: [Concept]
    /// Negation and criticism cues.
    public private(set) var polarity: PolarityCues
    private var indexByID: [String: Int]

    /// A lexicon of the given concepts and cues.
    public init(concepts: [Concept], polarity: PolarityCues = PolarityCues([])) {
        self.concepts = []
        self.polarity = polarity
        self.indexByID = [:]
        for concept in concepts {
            if let i = indexByID[concept.id] {
                self.concepts[i] = concept
            } else {
                indexByID[concept.id] = self.concepts.count
                self.concepts.append(concept)
            }
        }
    }

    /// The concept with `id`, if any.
    public func concept(id: String) -> Concept? { indexByID[id].map { concepts[$0] } }

    /// The names of the built-in lexicon files, in load order.
    public static let builtInFiles = ["study", "discipline", "member_development", "mass_work", "shortcomings", "plans"]

    /// The lexicon shipped with the package (`Resources/Lexicon/*.lex` and `polarity.txt`).
    ///
    /// - Throws: ``LexiconError`` when a resource is missing or malformed (a packaging bug).
    public static func builtIn() throws(LexiconError) -> Lexicon {
        try BuiltInCache.lexicon.get()
    }

    package static func loadBuiltIn() throws(LexiconError) -> Lexicon {
        // The files are read and parsed on all cores, then layered in order: the first error in
        // file order is the one thrown, as in a sequential load.
        enum Parsed: Sendable {
            case patches([ConceptPatch])
            case polarity(PolarityCues)
        }
        let parsed = Concurrently.map(builtInFiles.count + 1) { i -> Result<Parsed, LexiconError> in
            Result { () throws(LexiconError) -> Parsed in
                guard i < builtInFiles.count else {
                    return .polarity(try PolarityCues(parsing: try resource("polarity", extension: "txt"),
                                                      file: "Lexicon/polarity.txt"))
                }
                let name = builtInFiles[i]
                return .patches(try LexiconParser.parse(try resource(name, extension: "lex"), file: "Lexicon/\(name).lex"))
            }
        }
        var lexicon = Lexicon(concepts: [])
        for result in parsed {
            switch try result.get() {
            case .patches(let patches): lexicon = try lexicon.layering(patches)
            case .polarity(let cues): lexicon.polarity = cues
            }
        }
        return lexicon
    }

    private static func resource(_ name: String, extension ext: String) throws(LexiconError) -> String {
        switch BuiltInResources.text("Lexicon/\(name).\(ext)") {
        case .success(let text): return text
        case .failure(let missing): throw .unreadable(file: missing.file, reason: missing.reason)
        }
    }

    /// A new lexicon with the concepts of the file at `path` layered on top: new ids add
    /// concepts; a repeated id replaces the fields it sets (`zh +=` / `en +=` / `unless +=`
    /// add forms, `disabled = true` turns a concept off, `categories =` changes weights).
    /// A file of polarity lines (`zh-before …`) adds cues instead.
    ///
    /// - Throws: ``LexiconError`` naming the file and line.
    public func layering(fileAt path: String) throws(LexiconError) -> Lexicon {
        let text: String
        do {
            text = try TextDecoder().decode(fileAt: path).text
        } catch {
            throw .unreadable(file: path, reason: "\(error)")
        }
        if Self.looksLikePolarity(text) {
            var copy = self
            copy.polarity = PolarityCues(polarity.cues + (try PolarityCues(parsing: text, file: path)).cues)
            return copy
        }
        return try layering(LexiconParser.parse(text, file: path))
    }

    /// A new lexicon with concepts parsed from `text` layered on top.
    public func layering(text: String, file: String = "<lexicon>") throws(LexiconError) -> Lexicon {
        try layering(LexiconParser.parse(text, file: file))
    }

    static func looksLikePolarity(_ text: String) -> Bool {
        for line in LexiconParser.lines(text) {
            let t = line.trimmingBlanks()
            if t.isEmpty || t.hasPrefix("#") { continue }
            return t.hasPrefix("zh-before") || t.hasPrefix("zh-after") || t.hasPrefix("en-before") || t.hasPrefix("en-after")
        }
        return false
    }

    func layering(_ patches: [ConceptPatch]) throws(LexiconError) -> Lexicon {
        var concepts = self.concepts
        var index = indexByID
        for patch in patches {
            if let i = index[patch.id] {
                var c = concepts[i]
                if let w = patch.weights { c.weights = w }
                if let zh = patch.chinese { c.chinese = zh }
                if let en = patch.english { c.english = en }
                if let u = patch.unless { c.unless = u }
                c.chinese += patch.addChinese
                c.english += patch.addEnglish
                c.unless += patch.addUnless
                if let d = patch.disabled { c.isDisabled = d }
                c.origin = patch.origin
                concepts[i] = c
            } else {
                guard let weights = patch.weights else {
                    let (file, line) = Self.split(origin: patch.origin)
                    throw .malformed(file: file, line: line, text: "[\(patch.id)]",
                                     reason: "a new concept needs a 'categories =' line")
                }
                let c = Concept(id: patch.id, weights: weights,
                                chinese: (patch.chinese ?? []) + patch.addChinese,
                                english: (patch.english ?? []) + patch.addEnglish,
                                unless: (patch.unless ?? []) + patch.addUnless,
                                isDisabled: patch.disabled ?? false, origin: patch.origin)
                if c.chinese.isEmpty, c.english.isEmpty {
                    let (file, line) = Self.split(origin: patch.origin)
                    throw .malformed(file: file, line: line, text: "[\(patch.id)]", reason: "a concept needs at least one zh or en form")
                }
                index[c.id] = concepts.count
                concepts.append(c)
            }
        }
        return Lexicon(concepts: concepts, polarity: polarity)
    }

    static func split(origin: String) -> (String, Int) {
        guard let colon = origin.lastIndex(of: ":"), let line = Int(origin[origin.index(after: colon)...]) else {
            return (origin, 0)
        }
        return (String(origin[..<colon]), line)
    }
}

/// The built-in lexicon, parsed once per process.
enum BuiltInCache {
    static let lexicon: Result<Lexicon, LexiconError> = Result { () throws(LexiconError) -> Lexicon in
        try Lexicon.loadBuiltIn()
    }
}
