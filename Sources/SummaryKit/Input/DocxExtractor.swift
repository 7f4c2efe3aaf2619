import Foundation
import ZIPFoundation

/// Extracts the text of a Word `.docx` file: one line per paragraph (`w:p`), text from
/// `w:t`, tabs and breaks kept, and structure hints from heading styles and list numbering.
///
/// `word/document.xml` is refused when it unpacks to more than the limit (64 MiB by
/// default); the size is checked before and while unpacking.
package struct DocxExtractor {
    let file: String
    let limit: Int

    /// Written out so that it can be `package` (tests set a small limit); the synthesized one is internal.
    package init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    package struct Extracted {
        var text: String
        var hints: [Int: LineHint]
    }

    static let documentPart = "word/document.xml"
    static let stylesPart = "word/styles.xml"

    package func extract(_ bytes: [UInt8]) throws(DocumentError) -> Extracted {
        // ZIPFoundation's in-memory archives trap on some malformed offsets (found by fuzzing:
        // Archive+MemoryFile.swift, "Range requires lowerBound <= upperBound"); its file-backed
        // archives read through stdio and fail cleanly, so the bytes go through a temporary file.
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("summarykit-\(UUID().uuidString).docx")
        do {
            try Data(bytes).write(to: temporary, options: .atomic)
        } catch {
            throw .corruptContainer(file: file, format: .docx, reason: "a temporary copy cannot be written: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive: Archive
        do {
            archive = try Archive(url: temporary, accessMode: .read)
        } catch {
            throw .corruptContainer(file: file, format: .docx, reason: "the ZIP directory cannot be read")
        }
        guard let entry = archive[Self.documentPart] else {
            throw .missingPart(file: file, part: Self.documentPart)
        }
        let xml = try unpack(entry, from: archive, archiveSize: bytes.count)
        var styles: [String: WordXMLReader.Style] = [:]
        if let stylesEntry = archive[Self.stylesPart], let data = try? unpack(stylesEntry, from: archive, archiveSize: bytes.count) {
            styles = (try? WordXMLReader.styles(data)) ?? [:]
        }
        let paragraphs: [WordXMLReader.Paragraph]
        do {
            paragraphs = try WordXMLReader.paragraphs(xml)
        } catch let error as WordXMLReader.Failure {
            throw .malformedXML(file: file, part: Self.documentPart, line: error.line, reason: error.reason)
        } catch {
            throw .malformedXML(file: file, part: Self.documentPart, line: 0, reason: "\(error)")
        }
        var lines: [String] = []
        var hints: [Int: LineHint] = [:]
        for paragraph in paragraphs {
            let pieces = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false)
            let first = lines.count + 1
            lines.append(contentsOf: pieces.map(String.init))
            if let hint = hint(for: paragraph, styles: styles), !paragraph.text.allSatisfy(\.isWhitespace) {
                hints[first] = hint
            }
        }
        return Extracted(text: lines.joined(separator: "\n"), hints: hints)
    }

    func hint(for paragraph: WordXMLReader.Paragraph, styles: [String: WordXMLReader.Style]) -> LineHint? {
        let style = paragraph.style.flatMap { styles[$0] }
        let name = (style?.name ?? paragraph.style ?? "").lowercased()
        if name == "title" || name == "标题" { return .title }
        if let level = paragraph.outlineLevel ?? style?.outlineLevel { return .heading(level: level + 1) }
        for prefix in ["heading ", "heading", "标题 ", "标题"] where name.hasPrefix(prefix) {
            if let level = Int(name.dropFirst(prefix.count)) { return .heading(level: level) }
        }
        if let level = paragraph.listLevel { return .listItem(level: level + 1) }
        return nil
    }

    func unpack(_ entry: Entry, from archive: Archive, archiveSize: Int) throws(DocumentError) -> Data {
        let limit = self.limit
        // An entry cannot hold more compressed bytes than the whole archive: ZIPFoundation keeps
        // reading (nothing) for the declared size, which made fuzzed inputs hang.
        if entry.compressedSize > UInt64(archiveSize) {
            throw .corruptContainer(file: file, format: .docx,
                                    reason: "\(entry.path) claims \(entry.compressedSize) compressed bytes in a \(archiveSize)-byte file")
        }
        if entry.uncompressedSize > UInt64(limit) {
            throw .partTooLarge(file: file, part: entry.path, bytes: entry.uncompressedSize, limit: limit)
        }
        var data = Data()
        data.reserveCapacity(Int(entry.uncompressedSize))
        // Stop as soon as the entry unpacks to more than it declares: a lying deflate stream
        // would otherwise be inflated (and checksummed) up to the limit before failing.
        let declared = Int(entry.uncompressedSize)
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                if data.count + chunk.count > limit { throw SizeExceeded() }
                if data.count + chunk.count > declared { throw SizeMismatch() }
                data.append(chunk)
            }
        } catch is SizeExceeded {
            throw .partTooLarge(file: file, part: entry.path, bytes: UInt64(data.count), limit: limit)
        } catch is SizeMismatch {
            throw .corruptContainer(file: file, format: .docx,
                                    reason: "\(entry.path) unpacks to more than the \(declared) bytes it declares")
        } catch {
            throw .corruptContainer(file: file, format: .docx, reason: "\(entry.path) cannot be unpacked")
        }
        return data
    }

    struct SizeExceeded: Error {}
    struct SizeMismatch: Error {}
}
