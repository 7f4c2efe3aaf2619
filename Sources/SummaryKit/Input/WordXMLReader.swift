import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads WordprocessingML parts with Foundation's `XMLParser`.
enum WordXMLReader {
    /// One `w:p`: its text (tabs as `\t`, breaks as `\n`) and its style and numbering.
    struct Paragraph {
        var text = ""
        var style: String?
        var outlineLevel: Int?
        var listLevel: Int?
    }

    /// One paragraph style from `word/styles.xml`.
    struct Style {
        var name: String?
        var outlineLevel: Int?
    }

    /// Why a part could not be parsed.
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    static func paragraphs(_ data: Data) throws -> [Paragraph] {
        let delegate = DocumentDelegate()
        try run(data, delegate)
        return delegate.paragraphs
    }

    static func styles(_ data: Data) throws -> [String: Style] {
        let delegate = StylesDelegate()
        try run(data, delegate)
        return delegate.styles
    }

    static func run(_ data: Data, _ delegate: XMLParserDelegate) throws {
        // FoundationXML traps on element and attribute names that are not valid UTF-8 (found by
        // fuzzing: _NSXMLParserStartElementNs); Word writes its parts in UTF-8, so anything else
        // is refused here, with the offset of the first bad byte.
        var data = data
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let littleEndian = data.first == 0xFF
            let units = stride(from: 2, to: data.count - 1, by: 2).map { i -> UInt16 in
                littleEndian ? UInt16(data[data.startIndex + i]) | UInt16(data[data.startIndex + i + 1]) << 8
                    : UInt16(data[data.startIndex + i]) << 8 | UInt16(data[data.startIndex + i + 1])
            }
            data = Data(String(decoding: units, as: UTF16.self).utf8)
        }
        let invalid = data.withUnsafeBytes { raw in
            UTF8Validation.firstInvalidOffset(raw.bindMemory(to: UInt8.self))
        }
        if let invalid {
            let line = data.prefix(invalid).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw Failure(line: line, reason: "the bytes are not valid UTF-8 (first bad byte at byte offset \(invalid))")
        }
        // Through a stream, not `XMLParser(data:)`: FoundationXML hands data to libxml2's push
        // parser in one piece, and libxml2 (without XML_PARSE_HUGE, which FoundationXML cannot
        // set) refuses more than 10,000,000 bytes of input looked ahead at once ("Huge input
        // lookup", error 1), so every part over 10 MB failed. A stream is pushed in small
        // chunks, and the size limit is the documented one (``InputReader/maxDocumentXMLBytes``).
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            throw Failure(line: parser.lineNumber, reason: reason(for: parser.parserError))
        }
    }

    /// Why a parse failed, in words: FoundationXML reports libxml2's errors by number only.
    static func reason(for error: (any Error)?) -> String {
        guard let error else { return "unknown error" }
        let code = (error as NSError).code
        switch code {
        case 1:
            // XML_ERR_INTERNAL_ERROR: in practice libxml2's limit on one token (a name, an
            // attribute value, a comment) of over 10,000,000 bytes.
            return "libxml2 stopped at an internal limit, such as one attribute value, name or comment over 10 MB (libxml2 error 1)"
        default:
            return (error as NSError).localizedDescription
        }
    }

    /// Collects paragraphs of `word/document.xml`. Deleted text (`w:delText`) and field
    /// instructions (`w:instrText`) are not text.
    final class DocumentDelegate: NSObject, XMLParserDelegate {
        var paragraphs: [Paragraph] = []
        var current: Paragraph?
        var depth = 0
        var inText = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:p":
                if current == nil { current = Paragraph() }
                depth += 1
            case "w:t":
                inText = true
            case "w:tab":
                if current != nil, !inParagraphProperties { current?.text += "\t" }
            case "w:br", "w:cr":
                current?.text += "\n"
            case "w:noBreakHyphen":
                current?.text += "-"
            case "w:pPr":
                inParagraphProperties = true
            case "w:pStyle":
                if inParagraphProperties { current?.style = attributes["w:val"] }
            case "w:outlineLvl":
                if inParagraphProperties, let value = attributes["w:val"].flatMap(Int.init), value < 9 { current?.outlineLevel = value }
            case "w:ilvl":
                if inParagraphProperties { current?.listLevel = attributes["w:val"].flatMap(Int.init) ?? 0 }
            case "w:numId":
                if inParagraphProperties, current?.listLevel == nil, attributes["w:val"] != "0" { current?.listLevel = 0 }
            default:
                break
            }
        }

        var inParagraphProperties = false

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:p":
                depth -= 1
                if depth == 0, let paragraph = current {
                    paragraphs.append(paragraph)
                    current = nil
                }
            case "w:t":
                inText = false
            case "w:pPr":
                inParagraphProperties = false
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current?.text += string }
        }
    }

    /// Collects style names and outline levels of `word/styles.xml`.
    final class StylesDelegate: NSObject, XMLParserDelegate {
        var styles: [String: Style] = [:]
        var currentID: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:style":
                currentID = attributes["w:styleId"]
                if let id = currentID { styles[id] = Style() }
            case "w:name":
                if let id = currentID { styles[id]?.name = attributes["w:val"] }
            case "w:outlineLvl":
                if let id = currentID, let value = attributes["w:val"].flatMap(Int.init), value < 9 {
                    styles[id]?.outlineLevel = value
                }
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:style" { currentID = nil }
        }
    }
}
