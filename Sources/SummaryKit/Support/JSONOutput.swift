import Foundation

/// The one way SummaryKit writes JSON: `Encodable` values through `JSONEncoder` with sorted keys
/// and unescaped slashes (`.prettyPrinted` for whole-document reports, compact for JSON Lines).
///
/// One escaping rule follows from it for every output: `"` and `\` escaped, `\b \f \n \r \t` by
/// name, other C0 controls as `\u00xx`, and everything else — `/`, DEL, U+2028, U+2029 and all
/// non-ASCII text, astral planes included — written as is, UTF-8. Keys come in UTF-8 order.
///
/// A few outputs whose encoding dominates their run (``JSONFastWritable``) are written by
/// ``JSONWriter`` instead, which produces the same bytes; `JSONWriterTests` holds the two to
/// that.
package enum JSONOutput {
    /// The encoder every output uses.
    package static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as UTF-8 JSON.
    /// - Throws: `EncodingError` for a number JSON cannot hold (NaN, infinity).
    package static func data<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        try encoder(pretty: pretty).encode(value)
    }

    /// `value` as JSON text.
    /// - Throws: `EncodingError` for a number JSON cannot hold (NaN, infinity).
    package static func string<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        String(decoding: try data(value, pretty: pretty), as: UTF8.self)
    }

    /// `value` as UTF-8 JSON bytes, written by ``JSONWriter`` (the same bytes as ``data(_:pretty:)``,
    /// faster); a number the writer refuses goes through `JSONEncoder`, whose error is thrown.
    /// - Throws: `EncodingError` for a number JSON cannot hold (NaN, infinity).
    package static func bytes<T: JSONFastWritable>(_ value: T, pretty: Bool = false, capacity: Int = 0) throws -> [UInt8] {
        var writer = JSONWriter(pretty: pretty, capacity: capacity)
        do {
            try value.writeJSON(to: &writer)
            return writer.bytes
        } catch {
            return Array(try data(value, pretty: pretty))
        }
    }
}

/// An `Encodable` value that can also write itself into a ``JSONWriter``, byte for byte as
/// ``JSONOutput`` encodes it: members in UTF-8 order of their JSON names, optionals that are nil
/// left out (as synthesised conformances do). Kept only for outputs where `JSONEncoder` was
/// measured to dominate the run (Docs/Performance.md); `JSONWriterTests` compares the two.
package protocol JSONFastWritable: Encodable {
    /// Writes the value as one JSON value.
    /// - Throws: ``JSONWriter/InvalidNumber`` if a number is NaN or infinite.
    func writeJSON(to writer: inout JSONWriter) throws(JSONWriter.InvalidNumber)
}

/// A stream of JSON Lines written through one ``JSONWriter`` buffer, handed to `emit` in blocks of
/// about `block` bytes: the bytes ``JSONOutput/data(_:pretty:)`` gives for each record, each
/// followed by a line break.
package struct JSONLinesWriter<Record: JSONFastWritable> {
    private var writer: JSONWriter
    private let block: Int
    private let emit: ([UInt8]) -> Void

    /// A writer handing blocks of about `block` bytes to `emit`.
    package init(block: Int = 1 << 16, emit: @escaping ([UInt8]) -> Void) {
        writer = JSONWriter(pretty: false, capacity: block + 1024)
        self.block = block
        self.emit = emit
    }

    /// Writes one record and a line break.
    /// - Throws: `EncodingError` for a number JSON cannot hold; the lines before it are kept.
    package mutating func write(_ record: Record) throws {
        let mark = writer.count
        do {
            try record.writeJSON(to: &writer)
        } catch {
            writer.reset(to: mark)
            flush()
            // JSONEncoder reports the number by its coding path.
            emit(Array(try JSONOutput.data(record)) + [UInt8(ascii: "\n")])
            return
        }
        writer.raw(UInt8(ascii: "\n"))
        if writer.count >= block { flush() }
    }

    /// Hands over what is buffered.
    package mutating func flush() {
        guard writer.count > 0 else { return }
        emit(writer.bytes)
        writer.removeAll()
    }
}

