import Foundation

/// A dictionary of domain terms that the segmenter keeps whole.
///
/// ICU's Chinese dictionary cannot be extended at run time and splits 党风廉政建设 into
/// 党风 / 廉政 / 建设. The term layer merges adjacent ICU tokens back into one token when together
/// they spell a term of this dictionary (longest match wins).
///
/// The file format is plain UTF-8: one term per line, `#` starts a comment, blank lines are
/// ignored, anything after a tab is ignored (room for a frequency or tag, as in jieba's
/// dictionaries). Layering a user file on the built-in list returns a new dictionary.
///
/// ```swift
/// let terms = try TermDictionary.builtIn.adding(contentsOf: "my-terms.txt")
/// terms.contains("三会一课")   // true
/// ```
public struct TermDictionary: Sendable, Hashable {
    /// The terms, in the order they were added, without duplicates.
    public private(set) var terms: [String]
    var trie: UnitTrie

    /// A dictionary of the given terms.
    public init<S: Sequence>(_ terms: S) where S.Element == String {
        var seen = Set<String>()
        var list = [String]()
        for term in terms where !term.isEmpty && seen.insert(term).inserted { list.append(term) }
        self.terms = list
        self.trie = UnitTrie(list.map { Array($0.utf16) })
    }

    /// An empty dictionary: the term layer then changes nothing.
    public static let empty = TermDictionary([String]())

    /// Why the built-in list could not be loaded, carried by ``builtIn`` (then empty) and every
    /// dictionary made from it, so that ``WordSegmenter/init(options:)`` throws it instead of
    /// segmenting without the term layer.
    var loadFailure: SegmentationError?

    /// The built-in list of domain terms shipped with the package (`Resources/terms.txt`).
    ///
    /// When the file is missing or malformed (a broken installation), this is empty and a
    /// ``WordSegmenter`` built with it throws ``SegmentationError/missingResource(file:reason:)``
    /// or ``SegmentationError/invalidTerm(file:line:text:reason:)``.
    public static let builtIn: TermDictionary = {
        do throws(SegmentationError) {
            let text: String
            switch BuiltInResources.text("terms.txt") {
            case .success(let loaded): text = loaded
            case .failure(let missing): throw .missingResource(file: missing.file, reason: missing.reason)
            }
            return TermDictionary(try TermDictionary.parse(text, file: "terms.txt"))
        } catch {
            var failed = TermDictionary.empty
            failed.loadFailure = error
            return failed
        }
    }()

    /// Whether `term` is in the dictionary.
    public func contains(_ term: String) -> Bool { trie.contains(Array(term.utf16)) }

    /// The number of terms.
    public var count: Int { terms.count }

    /// A new dictionary with the terms of the file at `path` added.
    ///
    /// - Throws: ``TextDecodingError`` when the file cannot be read, ``SegmentationError/invalidTerm(file:line:text:reason:)``
    ///   for a malformed line.
    public func adding(contentsOf path: String) throws -> TermDictionary {
        let source = try TextDecoder().decode(fileAt: path)
        return adding(try TermDictionary.parse(source.text, file: path))
    }

    /// A new dictionary with `more` added.
    public func adding<S: Sequence>(_ more: S) -> TermDictionary where S.Element == String {
        var result = TermDictionary(terms + Array(more))
        result.loadFailure = loadFailure
        return result
    }

    /// Parses the dictionary format.
    static func parse(_ text: String, file: String) throws(SegmentationError) -> [String] {
        var result = [String]()
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            var line = rawLine
            if let tab = line.firstIndex(of: "\t") { line = line[..<tab] }
            let term = line.trimmingBlanks()
            if term.isEmpty || term.hasPrefix("#") { continue }
            if term.contains(where: { $0.isWhitespace }) {
                throw .invalidTerm(file: file, line: lineNumber, text: term, reason: "a term may not contain spaces")
            }
            if term.count < 2 {
                throw .invalidTerm(file: file, line: lineNumber, text: term, reason: "a term needs at least two characters")
            }
            result.append(term)
        }
        return result
    }
}

/// A trie over UTF-16 code units, flattened into arrays for cache-friendly lookups. The root
/// has a direct table of 65,536 entries; other nodes keep sorted edge lists.
struct UnitTrie: Sendable, Hashable {
    /// Child node of the root for each first unit, or -1.
    private(set) var root: [Int32]
    /// For node n, its edges are edgeUnits[edgeStart[n] ..< edgeStart[n + 1]].
    private(set) var edgeStart: [Int32]
    private(set) var edgeUnits: [UInt16]
    private(set) var edgeTargets: [Int32]
    private(set) var terminal: [Bool]
    /// For terminal nodes, the index of the first key that ends there; -1 elsewhere.
    private(set) var values: [Int32]

    init(_ keys: [[UInt16]]) {
        // Build a pointer trie, then flatten it breadth-first.
        var children: [[UInt16: Int]] = [[:]]
        var isTerminal = [false]
        var values: [Int32] = [-1]
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var node = 0
            for unit in key {
                if let next = children[node][unit] {
                    node = next
                } else {
                    children.append([:])
                    isTerminal.append(false)
                    values.append(-1)
                    children[node][unit] = children.count - 1
                    node = children.count - 1
                }
            }
            isTerminal[node] = true
            if values[node] < 0 { values[node] = Int32(index) }
        }
        var root = [Int32](repeating: -1, count: keys.isEmpty ? 0 : 65536)
        var edgeStart = [Int32]()
        var edgeUnits = [UInt16]()
        var edgeTargets = [Int32]()
        for (unit, child) in children[0] { root[Int(unit)] = Int32(child) }
        for node in children.indices {
            edgeStart.append(Int32(edgeUnits.count))
            for (unit, child) in children[node].sorted(by: { $0.key < $1.key }) where node != 0 {
                edgeUnits.append(unit)
                edgeTargets.append(Int32(child))
            }
        }
        edgeStart.append(Int32(edgeUnits.count))
        self.root = root
        self.edgeStart = edgeStart
        self.edgeUnits = edgeUnits
        self.edgeTargets = edgeTargets
        self.terminal = isTerminal
        self.values = values
    }

    var isEmpty: Bool { root.isEmpty }

    /// The same trie with every stored value passed through `transform`.
    func remappingValues(_ transform: (Int32) -> Int) -> UnitTrie {
        var copy = self
        copy.values = values.map { $0 >= 0 ? Int32(transform($0)) : -1 }
        return copy
    }

    /// The child of `node` along `unit`, or -1. Node 0 is the root.
    @inline(__always)
    func child(_ node: Int32, _ unit: UInt16) -> Int32 {
        if node == 0 { return root.isEmpty ? -1 : root[Int(unit)] }
        var low = Int(edgeStart[Int(node)])
        var high = Int(edgeStart[Int(node) + 1])
        while low < high {
            let mid = (low + high) >> 1
            let u = edgeUnits[mid]
            if u == unit { return edgeTargets[mid] }
            if u < unit { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    @inline(__always)
    func isTerminal(_ node: Int32) -> Bool { terminal[Int(node)] }

    /// The key index stored at a terminal node, or -1.
    @inline(__always)
    func value(_ node: Int32) -> Int32 { values[Int(node)] }

    func contains(_ key: [UInt16]) -> Bool {
        var node: Int32 = 0
        for unit in key {
            node = child(node, unit)
            if node < 0 { return false }
        }
        return !key.isEmpty && isTerminal(node)
    }
}
