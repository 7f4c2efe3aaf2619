import CICU

/// Turns the bytes of a submitted file into a ``SourceText``, detecting the encoding.
///
/// Detection order: a byte-order mark (UTF-8, UTF-16 LE/BE); strict UTF-8 validation; then
/// ICU's charset detector, trusted only for the encodings Chinese office documents really come
/// in (GB18030/GBK, Big5, UTF-16 without BOM) and for single-byte Latin text. Conversion uses
/// ICU's converters with a stop-on-error callback, so a bad byte is reported with its offset
/// rather than replaced.
///
/// ```swift
/// let source = try TextDecoder().decode(fileAt: "Corpus/texts/zh-01-village.txt")
/// source.encoding   // "UTF-8"
/// ```
public struct TextDecoder: Sendable, Hashable {
    /// An ICU converter name that overrides detection (`--encoding`), or nil to detect.
    public var encoding: String?
    /// Files larger than this are refused without being read.
    public var maxBytes: Int

    /// The default size limit: 64 MiB.
    public static let defaultMaxBytes = 64 << 20

    /// Creates a decoder.
    ///
    /// - Parameters:
    ///   - encoding: An ICU converter name to use instead of detection.
    ///   - maxBytes: The largest input accepted.
    public init(encoding: String? = nil, maxBytes: Int = TextDecoder.defaultMaxBytes) {
        self.encoding = encoding
        self.maxBytes = maxBytes
    }

    /// Reads and decodes the file at `path`.
    ///
    /// - Throws: ``TextDecodingError`` naming the file: unreadable, empty, too large, binary,
    ///   invalid bytes, or an encoding that cannot be recognised.
    public func decode(fileAt path: String) throws(TextDecodingError) -> SourceText {
        let bytes = try FileReader.readFile(path, limit: maxBytes)
        if bytes.isEmpty { throw .empty(file: path) }
        return try decode(bytes, origin: path)
    }

    /// Reads standard input to its end and decodes it; empty input gives empty text.
    public func decodeStandardInput(origin: String = "<stdin>") throws(TextDecodingError) -> SourceText {
        let bytes = try FileReader.readAll(fd: 0, name: origin, limit: maxBytes)
        if bytes.isEmpty { return SourceText("", origin: origin) }
        return try decode(bytes, origin: origin)
    }

    /// Decodes bytes that came from `origin`.
    public func decode(_ bytes: [UInt8], origin: String) throws(TextDecodingError) -> SourceText {
        if bytes.count > maxBytes { throw .tooLarge(file: origin, bytes: bytes.count, limit: maxBytes) }
        if let name = encoding {
            guard name.withCString({ sk_converter_exists($0) }) == 1 else {
                throw .unknownEncoding(file: origin, name: name)
            }
            var body = bytes[...]
            if Self.isUTF8(name), bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
            return try convert(Array(body), from: name, origin: origin)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try convert(Array(bytes.dropFirst(3)), from: "UTF-8", origin: origin, offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try convert(Array(bytes.dropFirst(2)), from: "UTF-16LE", origin: origin, offsetBase: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try convert(Array(bytes.dropFirst(2)), from: "UTF-16BE", origin: origin, offsetBase: 2)
        }
        let invalid = bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
        let control = Self.firstBinaryByte(bytes)
        if invalid == nil, control == nil {
            return SourceText(String(decoding: bytes, as: UTF8.self), encoding: "UTF-8", origin: origin)
        }
        if control == nil, let invalid,
           bytes.withUnsafeBufferPointer({ UTF8Validation.validMultibyteShare($0) }) >= 0.9 {
            // UTF-8 with a few damaged bytes: say so rather than misread it as a legacy encoding.
            throw .invalidBytes(file: origin, encoding: "UTF-8", offset: invalid)
        }
        let (guess, confidence) = Self.detect(bytes)
        if let guess, guess.hasPrefix("UTF-16"), confidence >= 30 {
            return try convert(bytes, from: guess, origin: origin)
        }
        if let control { throw .binary(file: origin, offset: control) }
        guard let guess else { throw .undetectable(file: origin, guess: nil) }
        if Self.trustedLegacy.contains(guess), confidence >= 10 {
            do {
                return try convert(bytes, from: guess, origin: origin)
            } catch let .invalidBytes(_, _, offset) where invalid.map({ $0 > offset }) == true {
                // Neither reading works; report the one that got further (mixed encodings
                // usually start as UTF-8 and go bad where another encoding was pasted in).
                throw .invalidBytes(file: origin, encoding: "UTF-8", offset: invalid ?? 0)
            }
        }
        if guess == "UTF-8", let invalid {
            throw .invalidBytes(file: origin, encoding: "UTF-8", offset: invalid)
        }
        throw .undetectable(file: origin, guess: guess)
    }

    static let trustedLegacy: Set<String> = [
        "GB18030", "Big5", "ISO-8859-1", "windows-1252",
    ]

    static func isUTF8(_ name: String) -> Bool {
        let folded = name.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }

    /// The offset of the first byte that no text encoding we accept produces outside UTF-16:
    /// NUL and C0 controls other than tab, line feed, vertical tab, form feed, carriage
    /// return, escape and SUB (a DOS end-of-file marker).
    static func firstBinaryByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            for (i, b) in buffer.enumerated() where b < 0x20 {
                switch b {
                case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B: continue
                default: return i
                }
            }
            return nil
        }
    }

    static func detect(_ bytes: [UInt8]) -> (String?, Int) {
        let sample = bytes.prefix(1 << 16)
        var name = [CChar](repeating: 0, count: 64)
        var confidence: Int32 = 0
        var status: Int32 = 0
        let found = sample.withUnsafeBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            return sk_detect_charset(base, Int32(buffer.count), &name, 64, &confidence, &status)
        }
        guard found == 1 else { return (nil, 0) }
        let text = name.withUnsafeBufferPointer { buffer -> String in
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return (text, Int(confidence))
    }

    func convert(_ bytes: [UInt8], from name: String, origin: String, offsetBase: Int = 0) throws(TextDecodingError) -> SourceText {
        if bytes.isEmpty { return SourceText("", encoding: name, origin: origin) }
        var units = [UInt16](repeating: 0, count: bytes.count + 2)
        var bad: Int64 = -1
        var status: Int32 = 0
        let count = bytes.withUnsafeBufferPointer { src in
            units.withUnsafeMutableBufferPointer { dst in
                name.withCString { cname in
                    sk_convert_to_utf16(cname, src.baseAddress, Int64(src.count), dst.baseAddress!,
                                        Int64(dst.count), &bad, &status)
                }
            }
        }
        if count < 0 {
            if bad >= 0 { throw .invalidBytes(file: origin, encoding: name, offset: Int(bad) + offsetBase) }
            throw .undetectable(file: origin, guess: name)
        }
        let decoded = units[0..<Int(count)]
        if let nul = decoded.firstIndex(where: { $0 == 0 }) {
            // A NUL character decodes from valid UTF-16 but no text document carries one.
            throw .binary(file: origin, offset: offsetBase + (name.hasPrefix("UTF-16") ? nul * 2 : nul))
        }
        return SourceText(decoded.withUnsafeBufferPointer(UTF8Scan.string(fromUTF16:)), encoding: name, origin: origin)
    }
}
