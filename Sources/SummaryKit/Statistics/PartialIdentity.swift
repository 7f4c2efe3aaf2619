import Foundation

/// What makes a partial result mergeable with others: the run it belongs to, its place in that
/// run's set of shards, and the configuration it was computed with.
///
/// A run split `--shard K/N` (or labelled `--part K/N` by a framework that splits the input
/// itself) gives N partials of one run id; each holds ``shards`` = `[K]`. A merged partial holds
/// the union of its parts' shards. `stats merge` refuses partials of different runs or
/// configurations, a shard given twice, overlapping sets, and (for a report) a set that lacks
/// a shard.
package struct PartialIdentity: Sendable, Hashable, Codable {
    /// The run's id (`--run-id`; a random UUID by default): every shard of one set carries it.
    package var runID: String
    /// How many shards the run's set has (N of `K/N`; 1 for a run that is not split).
    package var shardCount: Int
    /// The shards this partial holds, 1-based and ascending: `[K]` for a shard's own partial,
    /// their union for a merged one.
    package var shards: [Int]
    /// The configuration the statistics were computed with.
    package var configuration: PartialConfiguration

    /// The most shards a set may have: 1 000 000.
    package static let maxShardCount = 1_000_000
    /// The longest run id, in bytes: 128.
    package static let maxRunIDBytes = 128

    /// Creates an identity.
    ///
    /// - Parameters:
    ///   - runID: The run's id.
    ///   - shardCount: How many shards the set has.
    ///   - shards: The shards this partial holds, 1-based.
    ///   - configuration: The configuration's fingerprint.
    package init(runID: String, shardCount: Int, shards: [Int], configuration: PartialConfiguration) {
        self.runID = runID
        self.shardCount = shardCount
        self.shards = shards
        self.configuration = configuration
    }

    /// Whether `id` is a usable run id: 1 to ``maxRunIDBytes`` ASCII letters, digits and
    /// `.`, `_`, `-`, `:`.
    package static func isValidRunID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= maxRunIDBytes
            && id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-:".unicodeScalars.contains($0)) }
    }

    /// A new random run id (a lower-case UUID).
    package static func newRunID() -> String { UUID().uuidString.lowercased() }

    /// `1, 3, 5–9` for the shards `[1, 3, 5, 6, 7, 8, 9]`.
    package static func describe(_ shards: [Int]) -> String {
        var parts = [String]()
        var i = 0
        while i < shards.count {
            var j = i
            while j + 1 < shards.count, shards[j + 1] == shards[j] + 1 { j += 1 }
            parts.append(j > i ? "\(shards[i])–\(shards[j])" : "\(shards[i])")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", shardCount = "shard_count", shards, configuration
    }
}

/// Fingerprints of everything that changes the statistics of a text: the tool's version, the
/// checklist, the lexicon, the tagger model, and how inputs are read (encoding override,
/// document limit, MinHash settings). Each is the first 16 hexadecimal digits of a SHA-256 of
/// a canonical serialisation, so that shards run on different machines with the same files
/// agree, and any difference is named.
package struct PartialConfiguration: Sendable, Hashable, Codable {
    /// The summarykit version (``SummaryKitInfo/version``).
    package var version: String
    /// The checklist's fingerprint.
    package var checklist: String
    /// The lexicon's fingerprint (concepts and polarity cues; not where they were defined).
    package var lexicon: String
    /// The tagger model's fingerprint.
    package var model: String
    /// The reading settings' fingerprint.
    package var reading: String

    /// Creates a configuration from its fingerprints.
    package init(version: String, checklist: String, lexicon: String, model: String, reading: String) {
        self.version = version
        self.checklist = checklist
        self.lexicon = lexicon
        self.model = model
        self.reading = reading
    }

    /// The fingerprints of `analyzer`'s configuration.
    package init(_ analyzer: DocumentAnalyzer) {
        let auditor = analyzer.auditor
        version = SummaryKitInfo.version
        checklist = Self.fingerprint(Self.encoded(auditor.scorer.checklist))
        model = Self.fingerprint(Self.encoded(auditor.tagger.model))
        var lexiconText = ""
        for concept in auditor.tagger.matcher.lexicon.concepts {
            let weights = concept.weights.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: ",")
            lexiconText += "[\(concept.id)]\u{1}\(weights)\u{1}\(concept.chinese.joined(separator: "\u{2}"))\u{1}"
            lexiconText += "\(concept.english.joined(separator: "\u{2}"))\u{1}\(concept.unless.joined(separator: "\u{2}"))\u{1}\(concept.isDisabled)\n"
        }
        for cue in auditor.tagger.matcher.lexicon.polarity.cues {
            lexiconText += "cue\u{1}\(cue.text)\u{1}\(cue.position.rawValue)\u{1}\(cue.isEnglish)\n"
        }
        lexicon = Self.fingerprint(Array(lexiconText.utf8))
        let decoder = auditor.reader.decoder, hasher = analyzer.hasher
        reading = Self.fingerprint(Array("encoding=\(decoder.encoding ?? "")\nmax_bytes=\(decoder.maxBytes)\nminhash=\(hasher.shingleLength),\(hasher.permutations),\(hasher.minimumShingles)\n".utf8))
    }

    /// The name of the first component in which `self` and `other` differ, with both values.
    func difference(from other: PartialConfiguration) -> (component: String, mine: String, theirs: String)? {
        let pairs = [("version", version, other.version), ("checklist", checklist, other.checklist), ("lexicon", lexicon, other.lexicon),
                     ("tagger model", model, other.model), ("reading settings (--encoding, size limit, MinHash)", reading, other.reading)]
        return pairs.first { $0.1 != $0.2 }
    }

    static func encoded<T: Encodable>(_ value: T) -> [UInt8] {
        (try? Array(JSONOutput.data(value))) ?? []
    }

    static func fingerprint(_ bytes: [UInt8]) -> String { String(SHA256.hex(bytes).prefix(16)) }

    enum CodingKeys: String, CodingKey { case version, checklist, lexicon, model, reading }
}
