/// Writes JSON as UTF-8 bytes into one growing buffer, byte for byte as Foundation's
/// `JSONEncoder` writes it with `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted`
/// when `pretty`) on Linux (swift-foundation):
///
/// - pretty: two spaces per level, `"key" : value`, elements separated by `,\n`, and an empty
///   container written as `[\n\n<indent>]` / `{\n\n<indent>}`; compact: no white space at all;
/// - strings: `"` and `\` escaped, `\b \f \n \r \t` by name, other C0 controls as `\u00xx` (lower-case
///   hex), everything else (`/`, DEL, U+2028, non-ASCII) as is;
/// - integers in decimal; doubles as `Double.description` with a trailing `.0` removed (`1`,
///   `0.1`, `1e-07`, `1e+16`, `-0`); NaN and infinity are refused as `JSONEncoder` refuses them.
///
/// The writer does not sort: callers write an object's keys in UTF-8 order themselves (which
/// is what `.sortedKeys` produces on Linux) and leave out absent optionals, as synthesised
/// `Encodable` conformances do. `JSONWriterTests` compares its output with `JSONEncoder`'s for
/// every report type written this way, so that a divergence shows up as a failing test.
///
/// Usage: `beginObject()`, then `key(_:)` followed by one value per member, then `endObject()`;
/// `beginArray()`, then `element()` followed by one value per element, then `endArray()`.
package struct JSONWriter: Sendable {
    /// A number JSON cannot represent.
    package struct InvalidNumber: Error, Sendable, CustomStringConvertible {
        /// The value refused.
        package var value: Double
        package var description: String { "Unable to encode Double.\(value) directly in JSON." }
    }

    /// The JSON written so far, UTF-8.
    package private(set) var bytes: [UInt8] = []
    /// Whether the output is indented (`.prettyPrinted`).
    package let pretty: Bool
    /// Current container nesting.
    private var depth = 0
    /// Whether the current container has no member or element yet.
    private var first = true

    /// A writer with an empty buffer of at least `capacity` bytes.
    package init(pretty: Bool, capacity: Int = 0) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// How many bytes have been written.
    package var count: Int { bytes.count }

    /// Empties the buffer, keeping its storage, and returns to the top level.
    package mutating func removeAll() {
        reset(to: 0)
    }

    /// Drops everything written after the first `count` bytes and returns to the top level: undoes
    /// a top-level value that could not be written (``InvalidNumber``) when `count` is where it began.
    package mutating func reset(to count: Int) {
        bytes.removeSubrange(min(max(count, 0), bytes.count)...)
        depth = 0
        first = true
    }

    /// Appends raw bytes outside any container, e.g. the newline after a JSONL record.
    package mutating func raw(_ byte: UInt8) {
        bytes.append(byte)
    }

    // MARK: Containers

    /// Opens an object.
    package mutating func beginObject() { open(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    package mutating func endObject() { close(UInt8(ascii: "}")) }

    /// Opens an array.
    package mutating func beginArray() { open(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    package mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member: the separator, the indentation and `"name" : `. `name` is
    /// written as is, so it must need no escaping; members must come in UTF-8 order of their names.
    package mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        if pretty {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts an object member whose name is only known at run time (a dictionary's key),
    /// escaped like any string; the caller writes members in UTF-8 order of their names.
    package mutating func dynamicKey(_ name: String) {
        separate()
        string(name)
        if pretty {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: ":"))
            bytes.append(UInt8(ascii: " "))
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts an array element: the separator and the indentation.
    package mutating func element() {
        separate()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
        first = false
    }

    private mutating func separate() {
        if first {
            first = false
        } else {
            bytes.append(UInt8(ascii: ","))
            if pretty { bytes.append(UInt8(ascii: "\n")) }
        }
        if pretty { indent() }
    }

    private mutating func indent() {
        for _ in 0..<depth {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }

    // MARK: Values

    /// Writes `text` as a JSON string.
    package mutating func string<S: StringProtocol>(_ text: S) {
        bytes.append(UInt8(ascii: "\""))
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil {
            var copy = String(text)
            copy.withUTF8 { appendEscaped($0) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `value` in decimal.
    package mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
            return
        }
        // 20 digits hold UInt64.max.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = digits.count
            while magnitude > 0 {
                index -= 1
                digits[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index...]))
        }
    }

    /// Writes `value` as `JSONEncoder` does: its `description` without a trailing `.0`.
    /// - Throws: ``InvalidNumber`` for NaN and infinity (nothing is written).
    package mutating func double(_ value: Double) throws(InvalidNumber) {
        guard value.isFinite else { throw InvalidNumber(value: value) }
        // Whole numbers below 2^53 print as "<digits>.0"; below 1e15 is safely inside that.
        if value.magnitude < 1e15, value.rounded(.towardZero) == value, !(value == 0 && value.sign == .minus) {
            int(Int(value))
            return
        }
        var text = value.description
        text.withUTF8 { utf8 in
            var count = utf8.count
            if count >= 2, utf8[count - 2] == UInt8(ascii: "."), utf8[count - 1] == UInt8(ascii: "0") { count -= 2 }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[..<count]))
        }
    }

    /// Writes `true` or `false`.
    package mutating func bool(_ value: Bool) {
        if value {
            bytes.append(contentsOf: [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")])
        } else {
            bytes.append(contentsOf: [UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "e")])
        }
    }

    /// Writes `null`.
    package mutating func null() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    // MARK: Members

    /// Writes the member `name: value`.
    package mutating func field<S: StringProtocol>(_ name: StaticString, _ value: S) {
        key(name)
        string(value)
    }

    /// Writes the member `name: value` if `value` is not nil (as `encodeIfPresent` does).
    package mutating func field<S: StringProtocol>(_ name: StaticString, ifPresent value: S?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Writes the member `name: value`.
    package mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        int(value)
    }

    /// Writes the member `name: value`.
    /// - Throws: ``InvalidNumber`` for NaN and infinity.
    package mutating func field(_ name: StaticString, _ value: Double) throws(InvalidNumber) {
        key(name)
        try double(value)
    }

    /// Writes the member `name: value`.
    package mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// Writes the member `name: [elements]`, each element written by `write`.
    package mutating func field<C: Collection, E: Error>(
        _ name: StaticString, _ elements: C, _ write: (inout JSONWriter, C.Element) throws(E) -> Void
    ) throws(E) {
        key(name)
        beginArray()
        for item in elements {
            element()
            try write(&self, item)
        }
        endArray()
    }

    /// Writes the member `name: [elements]` like ``field(_:_:_:)-(_,C,_)``, a long array's
    /// elements written on all cores (runs of at least `grain` elements, each into a writer of its
    /// own at this nesting) and joined in order: the same bytes as writing them one by one.
    package mutating func field<C: RandomAccessCollection & Sendable, E: Error>(
        _ name: StaticString, parallel elements: C, grain: Int = 16,
        _ write: @Sendable (inout JSONWriter, C.Element) throws(E) -> Void
    ) throws(E) where C.Index == Int, C.Element: Sendable {
        key(name)
        beginArray()
        let pretty = self.pretty
        let depth = self.depth
        let parts = Concurrently.chunkedMap(elements.count, grain: grain) { i -> Result<[UInt8], E> in
            var writer = JSONWriter(pretty: pretty)
            writer.depth = depth
            do throws(E) {
                try write(&writer, elements[elements.startIndex + i])
            } catch {
                return .failure(error)
            }
            return .success(writer.bytes)
        }
        for part in parts {
            element()
            bytes.append(contentsOf: try part.get())
        }
        endArray()
    }

    /// Appends the contents of a string, escaped, without quotes.
    private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        var mark = 0
        var index = 0
        let end = utf8.count
        while index < end {
            // Skip eight bytes at a time while none needs escaping (most of the text).
            if end - index >= 8,
               !Self.needsEscape(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))) {
                index += 8
                continue
            }
            let byte = utf8[index]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<index])) }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)])
            }
            index += 1
            mark = index
        }
        if end > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[mark..<end])) }
    }

    /// Whether any of the eight bytes of `word` is a C0 control, `"` or `\` (the exact
    /// "has a byte less than n" and "has a zero byte" tests of Bit Twiddling Hacks).
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & high != 0
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") &+ value : UInt8(ascii: "a") &+ (value &- 10)
    }
}
