import Foundation

/// One `[id]` block of a lexicon file: the fields it sets, replaces or extends.
struct ConceptPatch: Sendable, Hashable {
    var id: String
    var origin: String
    var weights: [Category: Double]?
    var chinese: [String]?
    var english: [String]?
    var unless: [String]?
    var addChinese: [String] = []
    var addEnglish: [String] = []
    var addUnless: [String] = []
    var disabled: Bool?
}

/// Parses the lexicon format (see `Resources/Lexicon/README.md`).
package enum LexiconParser {
    package static func lines(_ text: String) -> [Substring] {
        // Split on the UTF-8 bytes (LF, CRLF or a lone CR), not on Characters: the same lines
        // without breaking the text into grapheme clusters.
        var result = [Substring]()
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            guard byte == 0x0A || byte == 0x0D else {
                i = utf8.index(after: i)
                continue
            }
            result.append(text[start..<i])
            var next = utf8.index(after: i)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            i = next
        }
        result.append(text[start..<utf8.endIndex])
        return result
    }

    static func parse(_ text: String, file: String) throws(LexiconError) -> [ConceptPatch] {
        var patches = [ConceptPatch]()
        var current: ConceptPatch?
        for (offset, raw) in lines(text).enumerated() {
            let lineNumber = offset + 1
            let line = raw.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ reason: String) -> LexiconError {
                .malformed(file: file, line: lineNumber, text: line, reason: reason)
            }
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw fail("a concept header must look like [concept-id]") }
                let id = String(line.dropFirst().dropLast()).trimmingBlanks()
                guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                    throw fail("a concept id uses lower-case ASCII letters, digits and '-'")
                }
                if let current { patches.append(current) }
                current = ConceptPatch(id: id, origin: "\(file):\(lineNumber)")
                continue
            }
            guard var patch = current else { throw fail("a field must follow a [concept-id] header") }
            guard let eq = line.firstIndex(of: "=") else { throw fail("expected 'field = value'") }
            var key = line[..<eq].trimmingBlanks()
            var appending = false
            if key.hasSuffix("+") {
                appending = true
                key = String(key.dropLast()).trimmingBlanks()
            }
            let value = line[line.index(after: eq)...].trimmingBlanks()
            // Split on the byte: '|' is ASCII, never part of another scalar's UTF-8.
            let list = value.utf8.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
                .map { value[$0.startIndex..<$0.endIndex].trimmingBlanks() }.filter { !$0.isEmpty }
            switch (key, appending) {
            case ("categories", false):
                patch.weights = try parseWeights(value, fail: fail)
            case ("zh", false): patch.chinese = list
            case ("zh", true): patch.addChinese += list
            case ("en", false): patch.english = try english(list, fail: fail)
            case ("en", true): patch.addEnglish += try english(list, fail: fail)
            case ("unless", false): patch.unless = list.map { $0.lowercased() }
            case ("unless", true): patch.addUnless += list.map { $0.lowercased() }
            case ("disabled", false):
                switch value.lowercased() {
                case "true", "yes": patch.disabled = true
                case "false", "no": patch.disabled = false
                default: throw fail("disabled takes true or false")
                }
            default:
                throw fail("unknown field '\(key)\(appending ? " +" : "")' (fields: categories, zh, en, unless, disabled; zh/en/unless also take +=)")
            }
            current = patch
        }
        if let current { patches.append(current) }
        return patches
    }

    private static func english(_ forms: [String], fail: (String) -> LexiconError) throws(LexiconError) -> [String] {
        var result = [String]()
        for form in forms {
            if form.unicodeScalars.contains(where: { $0.value >= 0x3000 && $0.properties.isIdeographic }) {
                throw fail("an English form may not contain Chinese characters")
            }
            result.append(form.lowercased())
        }
        return result
    }

    private static func parseWeights(_ value: String, fail: (String) -> LexiconError) throws(LexiconError) -> [Category: Double] {
        var weights = [Category: Double]()
        for item in value.split(separator: ",") {
            let parts = item.split(separator: ":").map { $0.trimmingBlanks() }
            guard parts.count == 2, let category = Category(rawValue: parts[0]) else {
                throw fail("categories are 'name:weight' pairs with names from \(Category.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let weight = Double(parts[1]), weight > 0, weight <= 1 else {
                throw fail("a weight is a number greater than 0 and at most 1")
            }
            weights[category] = weight
        }
        if weights.isEmpty { throw fail("categories needs at least one 'name:weight' pair") }
        return weights
    }
}
