import CICU

/// An ICU word break iterator that is never iterated, only cloned: `ubrk_clone` is documented
/// thread-safe on its source, so one prototype serves every concurrent task, each of which
/// owns the clone it iterates.
final class ICUBreakPrototype: @unchecked Sendable {
    let handle: OpaquePointer

    init(locale: String) throws(SegmentationError) {
        var status: Int32 = 0
        guard let handle = locale.withCString({ sk_brk_open_word($0, &status) }), status <= 0 else {
            throw .icu(operation: "ubrk_open", code: String(cString: sk_error_name(status)))
        }
        self.handle = handle
    }

    /// A fresh iterator for one task; close it with `sk_brk_close`.
    func makeIterator() throws(SegmentationError) -> OpaquePointer {
        var status: Int32 = 0
        guard let clone = sk_brk_clone(handle, &status), status <= 0 else {
            throw .icu(operation: "ubrk_clone", code: String(cString: sk_error_name(status)))
        }
        return clone
    }

    deinit { sk_brk_close(handle) }
}

/// A transliterator prototype (e.g. `Hant-Hans`), cloned per use for the same reason.
final class ICUTransliteratorPrototype: @unchecked Sendable {
    let handle: OpaquePointer

    init(identifier: String) throws(SegmentationError) {
        var status: Int32 = 0
        guard let handle = identifier.withCString({ sk_trans_open($0, &status) }), status <= 0 else {
            throw .icu(operation: "utrans_open(\(identifier))", code: String(cString: sk_error_name(status)))
        }
        self.handle = handle
    }

    func makeTransliterator() throws(SegmentationError) -> OpaquePointer {
        var status: Int32 = 0
        guard let clone = sk_trans_clone(handle, &status), status <= 0 else {
            throw .icu(operation: "utrans_clone", code: String(cString: sk_error_name(status)))
        }
        return clone
    }

    deinit { sk_trans_close(handle) }
}

/// Errors of the segmentation stage.
public enum SegmentationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An ICU call failed; `code` is ICU's error name.
    case icu(operation: String, code: String)
    /// The text is longer than ICU can address (2^31 UTF-16 units).
    case textTooLong(origin: String, units: Int)
    /// A term dictionary line is malformed.
    case invalidTerm(file: String, line: Int, text: String, reason: String)
    /// A built-in data file (`Resources/`) is missing or unreadable: a broken installation.
    case missingResource(file: String, reason: String)

    /// A full sentence for the user; it starts with the origin or `file:line` where there is one.
    public var description: String {
        switch self {
        case let .icu(operation, code):
            return "ICU failed in \(operation) with \(code)."
        case let .textTooLong(origin, units):
            return "\(origin): the text has \(units) UTF-16 units, more than ICU can segment at once."
        case let .invalidTerm(file, line, text, reason):
            return "\(file):\(line): invalid term '\(text)': \(reason)."
        case let .missingResource(file, reason):
            return "\(file): \(reason)."
        }
    }
}
