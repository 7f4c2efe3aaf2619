import Foundation
import Testing
import SummaryKit

/// `Document` is `Codable`: it reads back equal, and JSON that does not fit its text is refused.
@Suite("Document as JSON")
struct DocumentCodableTests {
    func json(_ document: Document) throws -> [String: Any] {
        let data = try JSONEncoder().encode(document)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func decode(_ object: [String: Any]) throws -> Document {
        try JSONDecoder().decode(Document.self, from: JSONSerialization.data(withJSONObject: object))
    }

    @Test("every corpus document, and a .docx one, reads back equal to what was written")
    func roundTrip() throws {
        let reader = DocumentReader()
        var paths = Repo.corpusTexts
        #expect(paths.count >= 40)
        paths += (try FileManager.default.contentsOfDirectory(atPath: Repo.path("Tests/SummaryKitTests/Fixtures/structure")))
            .filter { $0.hasSuffix(".docx") || $0.hasSuffix(".html") }.map { Repo.path("Tests/SummaryKitTests/Fixtures/structure/" + $0) }
        for path in paths {
            let document = try reader.read(fileAt: path)
            let data = try JSONEncoder().encode(document)
            let back = try JSONDecoder().decode(Document.self, from: data)
            #expect(back == document, "\(path)")
            #expect(back.units.map { back.text(of: $0) } == document.units.map { document.text(of: $0) })
        }
    }

    @Test("the JSON uses the keys of the other outputs: start/end offsets and [first, last] lines")
    func keys() throws {
        let document = DocumentReader().read(SourceText("一、加强学习\n支部坚持每月学习。", origin: "x.txt"))
        let object = try json(document)
        #expect(Set(object.keys) == ["source", "format", "units", "summaries", "placeholders", "metadata"])
        let units = try #require(object["units"] as? [[String: Any]])
        #expect(units.first?["kind"] as? String == "heading")
        #expect(units.first?["start"] as? Int == 0)
        #expect(units.first?["end"] as? Int == 18)
        #expect(units.last?["lines"] as? [Int] == [2, 2])
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["origin"] as? String == "x.txt")
        #expect(source["lineStarts"] == nil && source["line_starts"] == nil)
    }

    @Test("JSON whose ranges or indices do not fit the text is refused with the reason, never a crash")
    func refusesWhatDoesNotFit() throws {
        let document = DocumentReader().read(SourceText("一、加强学习\n支部坚持每月学习。"))
        let good = try json(document)
        func corrupted(_ change: (inout [String: Any]) -> Void) -> [String: Any] {
            var object = good
            change(&object)
            return object
        }
        func unitsChanged(_ key: String, _ value: Any) -> [String: Any] {
            corrupted { object in
                var units = object["units"] as? [[String: Any]] ?? []
                units[0][key] = value
                object["units"] = units
            }
        }
        let cases: [(String, [String: Any])] = [
            ("past the end", unitsChanged("end", 10_000)),
            ("half a character", unitsChanged("start", 1)),
            ("end before start", unitsChanged("start", 17)),
            ("a line past the last", unitsChanged("lines", [1, 9])),
            ("a heading that is not there", unitsChanged("heading", 7)),
            ("a summary that is not there", unitsChanged("summary", 3)),
            ("no summary", corrupted { $0["summaries"] = [] as [Any] }),
        ]
        for (name, object) in cases {
            #expect(throws: DecodingError.self, "\(name)") { try decode(object) }
        }
        #expect(try decode(good) == document)
    }
}
