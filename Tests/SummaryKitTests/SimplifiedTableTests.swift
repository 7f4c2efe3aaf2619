import Foundation
import Testing
import SummaryKit

@Suite("SimplifiedTable")
struct SimplifiedTableTests {
    static let file = Repo.path("Sources/SummaryKit/Resources/hant-hans.txt")

    @Test("the shipped table is what the running ICU's Hant-Hans makes of every ideograph")
    func shippedTableMatchesICU() throws {
        let live = try SimplifiedTable.built()
        let version = SummaryKitInfo.icuVersion
        if ProcessInfo.processInfo.environment["SUMMARYKIT_UPDATE_TABLES"] == "1" {
            try live.fileText(icuVersion: version).write(toFile: Self.file, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOfFile: Self.file, encoding: .utf8)
        // Written for one ICU version; with another the file is ignored (and the table built live).
        guard text.contains("\nicu \(version)\n") else {
            #expect(SimplifiedTable.parse(text, icuVersion: version) == nil)
            return
        }
        let shipped = try #require(SimplifiedTable.parse(text, icuVersion: version))
        #expect(shipped.map == live.map, "regenerate: SUMMARYKIT_UPDATE_TABLES=1 swift test --filter SimplifiedTable")
        #expect(try SimplifiedTable.shared().map == live.map)
        // Well-known pairs, so that an empty or shifted table cannot pass.
        for (traditional, simplified) in [("黨", "党"), ("學", "学"), ("會", "会"), ("廉", "廉"), ("設", "设")] {
            let t = Int(traditional.utf16.first ?? 0), s = simplified.utf16.first ?? 0
            #expect(live.map[t] == (traditional == simplified ? 0 : s), "\(traditional)")
        }
        #expect(live.map.filter { $0 != 0 }.count > 2_000)
    }

    @Test("a table file for another ICU version, or a malformed one, is not used")
    func otherVersionIgnored() {
        #expect(SimplifiedTable.parse("icu 1.0\n黨党\n", icuVersion: "72.1") == nil)
        #expect(SimplifiedTable.parse("icu 72.1\n黨党\n", icuVersion: "72.1")?.map[Int("黨".utf16.first ?? 0)] == "党".utf16.first)
        #expect(SimplifiedTable.parse("icu 72.1\n黨党x\n", icuVersion: "72.1") == nil)
        #expect(SimplifiedTable.parse("黨党\n", icuVersion: "72.1") == nil)
    }
}
