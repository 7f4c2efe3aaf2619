import ArgumentParser
import Foundation

/// "Did you mean …?" for a mistyped subcommand (`summarykit audt` → `audit`, `summarykit stats
/// mrege` → `merge`), checked before the arguments are parsed.
enum CommandSuggestion {
    /// The message for `arguments` (without the program name) when a subcommand name in it is
    /// unknown but close to a real one; nil when the arguments name real commands, or nothing
    /// close enough, or an existing file (`stats` reads files where a subcommand could stand).
    static func message(for arguments: [String]) -> String? {
        var children: [any ParsableCommand.Type] = SummaryKitCommand.configuration.subcommands
        var path = [SummaryKitCommand._commandName]
        for argument in arguments {
            guard !children.isEmpty, !argument.hasPrefix("-") else { return nil }
            if let child = children.first(where: { name(of: $0) == argument }) {
                children = subcommands(of: child)
                path.append(argument)
                continue
            }
            if FileManager.default.fileExists(atPath: argument) { return nil }
            let names = children.map { name(of: $0) }
            guard let best = closest(to: argument, in: names) else { return nil }
            return "unknown command '\(argument)' for '\(path.joined(separator: " "))'. Did you mean '\(best)'? (\(names.joined(separator: ", ")))"
        }
        return nil
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command._commandName
    }

    static func subcommands(of command: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        command.configuration.subcommands
    }

    /// The name within two edits of `word` (or that it starts, for three letters or more), the
    /// nearest first; nil when none is.
    static func closest(to word: String, in names: [String]) -> String? {
        let scored = names.map { ($0, distance(word.lowercased(), $0)) }
        if let (name, d) = scored.min(by: { $0.1 < $1.1 }), d <= min(2, max(1, name.count / 3)) { return name }
        if word.count >= 3, let name = names.first(where: { $0.hasPrefix(word.lowercased()) }) { return name }
        return nil
    }

    /// Optimal string alignment distance (Levenshtein with adjacent transpositions).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
