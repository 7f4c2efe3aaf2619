import Foundation

/// A small JSON Schema (2020-12) checker for the keywords the committed schemas use: type (one
/// name or a list), required, properties, additionalProperties (false or a schema), items,
/// minItems, maxItems, enum, const, minimum, maximum and local $ref (`#/$defs/…`, and
/// `#/definitions/…` as draft-07 schemas such as SARIF's write it). Other keywords are ignored. It returns every violation with its JSON path, so a failing test says where.
struct JSONSchema {
    let root: [String: Any]

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        root = (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    func validate(_ value: Any) -> [String] {
        var errors = [String]()
        check(value, against: root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String else { return schema }
        for folder in ["$defs", "definitions"] where ref.hasPrefix("#/\(folder)/") {
            let name = String(ref.dropFirst("#/\(folder)/".count))
            return ((root[folder] as? [String: Any])?[name] as? [String: Any]) ?? [:]
        }
        return schema
    }

    private func typeMatches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? (value is Bool)
        case "integer":
            guard let n = value as? NSNumber, !typeMatches(value, "boolean") else { return false }
            return n.doubleValue.rounded() == n.doubleValue
        case "number": return value is NSNumber && !typeMatches(value, "boolean")
        case "null": return value is NSNull
        default: return false
        }
    }

    private func check(_ value: Any, against raw: [String: Any], path: String, errors: inout [String]) {
        let schema = resolve(raw)
        if let type = schema["type"] as? String, !typeMatches(value, type) {
            errors.append("\(path): expected \(type), found \(value)")
            return
        }
        if let types = schema["type"] as? [String], !types.contains(where: { typeMatches(value, $0) }) {
            errors.append("\(path): expected one of \(types), found \(value)")
            return
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            errors.append("\(path): \(value) is not one of \(options)")
        }
        if let constant = schema["const"], "\(constant)" != "\(value)" {
            errors.append("\(path): expected \(constant), found \(value)")
        }
        if let number = (value as? NSNumber)?.doubleValue {
            if let minimum = (schema["minimum"] as? NSNumber)?.doubleValue, number < minimum { errors.append("\(path): \(number) < \(minimum)") }
            if let maximum = (schema["maximum"] as? NSNumber)?.doubleValue, number > maximum { errors.append("\(path): \(number) > \(maximum)") }
        }
        if let object = value as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                errors.append("\(path): missing required '\(key)'")
            }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, child) in object {
                if let sub = properties[key] as? [String: Any] {
                    check(child, against: sub, path: "\(path).\(key)", errors: &errors)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    errors.append("\(path): unexpected property '\(key)'")
                } else if let other = schema["additionalProperties"] as? [String: Any] {
                    check(child, against: other, path: "\(path).\(key)", errors: &errors)
                }
            }
        }
        if let array = value as? [Any] {
            if let items = schema["items"] as? [String: Any] {
                for (i, element) in array.enumerated() { check(element, against: items, path: "\(path)[\(i)]", errors: &errors) }
            }
            if let least = schema["minItems"] as? Int, array.count < least { errors.append("\(path): \(array.count) items, fewer than \(least)") }
            if let most = schema["maxItems"] as? Int, array.count > most { errors.append("\(path): \(array.count) items, more than \(most)") }
        }
    }
}
