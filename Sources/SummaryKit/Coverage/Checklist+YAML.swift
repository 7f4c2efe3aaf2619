import Yams

extension Checklist {
    /// Parses a checklist written in YAML:
    ///
    /// ```yaml
    /// name: county-audit-2024
    /// sections:
    ///   - id: study
    ///     title_zh: 学习教育
    ///     title_en: Study
    ///     categories: [study]
    ///     weight: 2
    ///     required: true
    ///     covered: {min_score: 0.5, min_paragraphs: 2, min_characters: 80}
    ///     thin: {min_score: 0.2}
    /// ```
    ///
    /// - Throws: ``ChecklistError`` listing every problem with its line, in full sentences.
    public init(yaml: String, file: String) throws(ChecklistError) {
        var problems = [ChecklistError.Problem]()
        func problem(_ node: Node?, _ message: String) {
            problems.append(.init(line: node?.mark?.line ?? 1, message: message))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ChecklistError(file: file, problems: [.init(line: Self.line(of: error), message: "The file is not valid YAML: \(Self.describe(error)).")])
        } catch {
            throw ChecklistError(file: file, problems: [.init(line: 1, message: "The file is not valid YAML: \(error).")])
        }
        guard let root, let top = root.mapping else {
            throw ChecklistError(file: file, problems: [.init(line: 1, message: "A checklist is a mapping with a 'sections' list.")])
        }
        var name = file
        var sections = [Section]()
        var sawSections = false
        for (keyNode, value) in top {
            let key = keyNode.string ?? ""
            switch key {
            case "name":
                if let text = value.string { name = text } else { problem(value, "'name' must be a string.") }
            case "sections":
                sawSections = true
                guard let list = value.sequence else {
                    problem(value, "'sections' must be a list of sections.")
                    continue
                }
                if list.isEmpty { problem(value, "'sections' must hold at least one section.") }
                var ids = Set<String>()
                for item in list {
                    let (id, section) = Self.section(item, problem: problem)
                    if let id, !ids.insert(id).inserted {
                        problem(item, "The section id '\(id)' is used twice.")
                    }
                    if let section { sections.append(section) }
                }
            default:
                problem(keyNode, "Unknown key '\(key)' at the top level; a checklist has 'name' and 'sections'.")
            }
        }
        if !sawSections { problem(root, "The checklist has no 'sections' list.") }
        if !problems.isEmpty { throw ChecklistError(file: file, problems: problems.sorted { $0.line < $1.line }) }
        self.init(name: name, sections: sections)
    }

    /// The section's id (when it has a valid one) and the section (when it is valid as a whole).
    private static func section(_ node: Node, problem: (Node?, String) -> Void) -> (String?, Section?) {
        guard let map = node.mapping else {
            problem(node, "Each section must be a mapping with at least 'id' and 'categories'.")
            return (nil, nil)
        }
        var id: String?
        var titleZh: String?
        var titleEn: String?
        var categories = [Category]()
        var weight = 1.0
        var required = true
        var covered = Requirement(minScore: nil, minCharacters: 15)
        var thin = Requirement.defaultThin
        var ok = true
        var badCategory = false
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "id":
                if let text = value.string, !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
                    id = text
                } else {
                    problem(value, "A section id must be a word of ASCII letters, digits, '_' or '-'.")
                    ok = false
                }
            case "title_zh": titleZh = value.string
            case "title_en": titleEn = value.string
            case "categories":
                let items = value.sequence.map(Array.init) ?? [value]
                for item in items {
                    if let text = item.string, let category = Category(rawValue: text) {
                        categories.append(category)
                    } else {
                        problem(item, "'\(item.string ?? "?")' is not a category; use \(Category.allCases.map(\.rawValue).joined(separator: ", ")).")
                        ok = false
                        badCategory = true
                    }
                }
            case "weight":
                if let number = value.float, number.isFinite, number > 0, number <= Checklist.maxWeight { weight = number } else {
                    problem(value, "'weight' must be a number greater than 0 and at most \(Int(Checklist.maxWeight)), not '\(value.string ?? "?")'.")
                    ok = false
                }
            case "required":
                if let flag = value.bool { required = flag } else {
                    problem(value, "'required' must be true or false.")
                    ok = false
                }
            case "covered", "thin":
                if let requirement = Self.requirement(value, name: key, problem: problem) {
                    if key == "covered" { covered = requirement } else { thin = requirement }
                } else {
                    ok = false
                }
            default:
                problem(keyNode, "Unknown key '\(key)' in a section; sections have id, title_zh, title_en, categories, weight, required, covered, thin.")
                ok = false
            }
        }
        guard let id else {
            problem(node, "A section needs an 'id'.")
            return (nil, nil)
        }
        if categories.isEmpty, !badCategory {
            problem(node, "The section '\(id)' needs at least one category.")
            ok = false
        }
        if let thinScore = thin.minScore, let coveredScore = covered.minScore, thinScore > coveredScore {
            problem(node, "In the section '\(id)', thin.min_score (\(thinScore)) is above covered.min_score (\(coveredScore)).")
            ok = false
        }
        guard ok else { return (id, nil) }
        return (id, Section(id: id, titleZh: titleZh ?? id, titleEn: titleEn ?? id, categories: categories, weight: weight,
                       required: required, covered: covered, thin: thin))
    }

    private static func requirement(_ node: Node, name: String, problem: (Node?, String) -> Void) -> Requirement? {
        guard let map = node.mapping else {
            problem(node, "'\(name)' must be a mapping with min_score, min_paragraphs and min_characters.")
            return nil
        }
        var requirement = name == "covered" ? Requirement(minScore: nil) : .defaultThin
        var ok = true
        for (keyNode, value) in map {
            switch keyNode.string ?? "" {
            case "min_score":
                if let number = value.float, number.isFinite, number >= 0, number <= 1 { requirement.minScore = number } else {
                    problem(value, "'\(name).min_score' must be a number from 0 to 1, not '\(value.string ?? "?")'.")
                    ok = false
                }
            case "min_paragraphs":
                if let number = value.int, number >= 1 { requirement.minParagraphs = number } else {
                    problem(value, "'\(name).min_paragraphs' must be a whole number of at least 1, not '\(value.string ?? "?")'.")
                    ok = false
                }
            case "min_characters":
                if let number = value.int, number >= 0 { requirement.minCharacters = number } else {
                    problem(value, "'\(name).min_characters' must be a whole number of at least 0, not '\(value.string ?? "?")'.")
                    ok = false
                }
            case "min_mention":
                if value.string == "null" || value.string == "~" {
                    requirement.minMention = nil
                } else if let number = value.float, number.isFinite, number > 0, number <= 1 {
                    requirement.minMention = number
                } else {
                    problem(value, "'\(name).min_mention' must be a number above 0 and at most 1, or null, not '\(value.string ?? "?")'.")
                    ok = false
                }
            default:
                problem(keyNode, "Unknown key '\(keyNode.string ?? "")' in '\(name)'; use min_score, min_paragraphs, min_characters, min_mention.")
                ok = false
            }
        }
        return ok ? requirement : nil
    }

    /// Reads and parses a checklist file.
    public static func load(fileAt path: String) throws -> Checklist {
        let source = try TextDecoder(maxBytes: 1 << 20).decode(fileAt: path)
        return try Checklist(yaml: source.text, file: path)
    }

    /// The checklist as YAML, in the format ``init(yaml:file:)`` reads.
    public var yaml: String {
        var out = "name: \(Self.quote(name))\nsections:\n"
        for s in sections {
            out += "  - id: \(s.id)\n    title_zh: \(Self.quote(s.titleZh))\n    title_en: \(Self.quote(s.titleEn))\n"
            out += "    categories: [\(s.categories.map(\.rawValue).joined(separator: ", "))]\n"
            out += "    weight: \(s.weight)\n    required: \(s.required)\n"
            out += "    covered: \(Self.yaml(s.covered, defaultMention: nil))\n"
            out += "    thin: \(Self.yaml(s.thin, defaultMention: Requirement.defaultThin.minMention))\n"
        }
        return out
    }

    /// A requirement as a flow mapping; `min_mention` is written when it differs from what
    /// reading would assume without it (`defaultMention`), so that the YAML reads back the same.
    static func yaml(_ r: Requirement, defaultMention: Double?) -> String {
        let score = r.minScore.map { "min_score: \($0), " } ?? ""
        let mention = r.minMention == defaultMention ? "" : ", min_mention: " + (r.minMention.map { "\($0)" } ?? "null")
        return "{\(score)min_paragraphs: \(r.minParagraphs), min_characters: \(r.minCharacters)\(mention)}"
    }

    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return 1
        }
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
