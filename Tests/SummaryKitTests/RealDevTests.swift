import Foundation
import Testing
import SummaryKit

/// The real development set: 59 excerpts of published summaries, labelled by two annotators
/// (`../shared/realdev`, outside this repository; its texts never enter it). The floors sit a
/// little under the figures measured when the model was last trained (README, "Tagger quality"),
/// on both splits; the test split is never trained on.
@Suite("Real published summaries", .enabled(if: RealDev.isPresent, "../shared/realdev is absent: the real development set is not on this machine"))
struct RealDevTests {
    static let tagger = Result { try Tagger() }

    func evaluate(test: Bool, language: String? = nil) throws -> Evaluation {
        let evaluator = Evaluator(tagger: try Self.tagger.get())
        var evaluation = Evaluation()
        for file in RealDev.texts {
            let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            guard GoldLabels.isTestSplit(id: id) == test, language.map({ id.hasPrefix($0 + "-") }) ?? true else { continue }
            try evaluator.evaluate(textAt: file, gold: GoldLabels.load(forText: file), into: &evaluation)
        }
        return evaluation
    }

    @Test("the held-out test split reaches its measured quality")
    func testSplit() throws {
        let e = try evaluate(test: true)
        #expect(e.files.count == 19)
        #expect(e.contentMacroF1 >= RealDev.Floor.testContent, "content macro F1 \(e.contentMacroF1)")
        #expect(e.structuralMacroF1 >= RealDev.Floor.testStructural, "shortcomings+plans macro F1 \(e.structuralMacroF1)")
        #expect(e.presenceMacroF1 >= RealDev.Floor.testPresence, "presence macro F1 \(e.presenceMacroF1)")
        #expect(e.boilerplate.f1 >= RealDev.Floor.testBoilerplate, "boilerplate F1 \(e.boilerplate.f1)")
        #expect(e.unitAgreement >= RealDev.Floor.testAlignment, "unit alignment \(e.unitAgreement)")
        #expect(e.statusAccuracy >= RealDev.Floor.testStatuses, "status accuracy \(e.statusAccuracy)")
    }

    @Test("the training split reaches its measured quality")
    func trainSplit() throws {
        let e = try evaluate(test: false)
        #expect(e.files.count == 40)
        #expect(e.contentMacroF1 >= RealDev.Floor.trainContent, "content macro F1 \(e.contentMacroF1)")
        #expect(e.structuralMacroF1 >= RealDev.Floor.trainStructural, "shortcomings+plans macro F1 \(e.structuralMacroF1)")
        #expect(e.presenceMacroF1 >= RealDev.Floor.trainPresence, "presence macro F1 \(e.presenceMacroF1)")
        #expect(e.unitAgreement >= RealDev.Floor.trainAlignment, "unit alignment \(e.unitAgreement)")
        #expect(e.statusAccuracy >= RealDev.Floor.trainStatuses, "status accuracy \(e.statusAccuracy)")
    }
}

/// Where the real development set lives, and the floors its tests hold.
enum RealDev {
    static let folder = Repo.root.deletingLastPathComponent().appendingPathComponent("shared/realdev").path

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: folder + "/texts") && FileManager.default.fileExists(atPath: folder + "/labels")
    }

    static var texts: [String] {
        let dir = folder + "/texts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir + "/" + $0 }
    }

    /// A little under the figures of the shipped model and structure (README).
    enum Floor {
        static let testContent = 0.70
        static let testStructural = 0.74
        static let testPresence = 0.78
        static let testBoilerplate = 0.95
        static let testAlignment = 0.94
        static let testStatuses = 0.80
        static let trainContent = 0.81
        static let trainStructural = 0.92
        static let trainPresence = 0.91
        static let trainAlignment = 0.96
        static let trainStatuses = 0.87
    }
}
