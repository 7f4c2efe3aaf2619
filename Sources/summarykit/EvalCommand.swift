import ArgumentParser
import Foundation
import SummaryKit

/// `summarykit eval`: the tagger and coverage scorer against the corpus' gold labels.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the tagger and the checklist statuses against the hand-written gold labels of a corpus.",
        discussion: """
        The corpus folder holds texts/<id>.txt and labels/<id>.labels (see Corpus/README.md). \
        The test split is every id whose number is divisible by 3; tune only on train. A category \
        written `study?` in a labels file (one of two annotators gave it) counts neither for nor \
        against the tagger. Reported per language and overall: per-category precision, recall \
        and F1 over units; whether each category is present in a file at all (what an audit's \
        coverage sees); boilerplate F1; the share of gold units found with the same start and \
        kind; checklist status accuracy.
        """ + HelpExamples.eval
    )

    enum Split: String, ExpressibleByArgument, CaseIterable { case train, test, all }
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The corpus folder (texts/ and labels/ inside).", completion: .directory)
    var directory: String?

    @Option(help: "The corpus folder (same as the argument).")
    var corpus = "Corpus"

    var corpusFolder: String { directory ?? corpus }

    @Option(help: "Which split to evaluate.")
    var split: Split = .test

    @Option(help: "Output format.")
    var format: Format = .text

    @Flag(help: "List every unit where the tags disagree with the gold labels.")
    var showErrors = false

    @Option(help: ArgumentHelp("Write every gold unit of the split with the tagger's features of the unit found there, as JSON lines (for scripts/train-tagger.py).", valueName: "file"))
    var dumpFeatures: String?

    @Option(help: "A checklist in YAML instead of the built-in six sections, for the status comparison.")
    var checklist: String?

    @Option(help: "The least relatedness (0…1) at which a plan answers a shortcoming, for the pairing comparison.")
    var pairThreshold: Double = ProblemMeasurePairer().threshold

    @OptionGroup var taggerOptions: TaggerOptions

    func run() throws {
        // Ctrl-C removes the output's temporary and exits 130, the target as it was.
        let interrupt = OutputPath.isStandard(dumpFeatures) ? nil : InterruptHandler()
        defer { interrupt?.cancel() }
        // Before any work: the run never ends by failing to write the features.
        try OutputPath.check(dumpFeatures)
        let texts = corpusFolder + "/texts"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: texts) else {
            Output.error("\(texts): the corpus has no texts folder.")
            throw ExitCode(2)
        }
        let list = try loadChecklist(checklist)
        let evaluator = Evaluator(tagger: try taggerOptions.makeTagger(), scorer: CoverageScorer(checklist: list),
                                  pairer: ProblemMeasurePairer(threshold: pairThreshold))
        var evaluation = Evaluation()
        var byLanguage = [String: Evaluation]()
        var rows = [String]()
        for name in names.sorted() where name.hasSuffix(".txt") {
            let id = String(name.dropLast(4))
            let isTest = GoldLabels.isTestSplit(id: id)
            if split == .train && isTest || split == .test && !isTest { continue }
            let path = texts + "/" + name
            do {
                let gold = try GoldLabels.load(forText: path)
                var one = Evaluation()
                try evaluator.evaluate(textAt: path, gold: gold, into: &one)
                evaluation.add(one)
                if dumpFeatures != nil {
                    for (unit, summary, features) in try evaluator.featureRows(textAt: path, gold: gold) {
                        guard let features, let summary else { continue }
                        let row = FeatureRow(file: id, line: unit.line, summary: summary, kind: unit.kind.rawValue,
                                             gold: unit.categories.map(\.rawValue).sorted(),
                                             optional: unit.optional.map(\.rawValue).sorted(), features: features)
                        rows.append(try JSONOutput.string(row))
                    }
                }
                byLanguage[String(id.prefix { $0 != "-" }), default: Evaluation()].add(one)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        if let dumpFeatures {
            let header = try JSONOutput.string(["features": Tagger.featureNames])
            let text = ([header] + rows).joined(separator: "\n") + "\n"
            do {
                try OutputPath.write(text, to: dumpFeatures)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        switch format {
        case .json:
            var report = EvalReport(evaluation, split: split.rawValue)
            report.languages = byLanguage.mapValues { EvalReport($0, split: split.rawValue) }
            Output.standard.write(try JSONOutput.string(report, pretty: true) + "\n")
        case .text:
            Output.standard.write(renderText(evaluation, title: "all languages"))
            for language in byLanguage.keys.sorted() {
                if let e = byLanguage[language] { Output.standard.write("\n" + renderText(e, title: language, brief: true)) }
            }
        }
        Output.standard.flush()
    }

    private func renderText(_ e: Evaluation, title: String, brief: Bool = false) -> String {
        func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
        func row(_ name: String, _ c: Evaluation.Counts) -> String {
            name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + " \(pct(c.precision))  \(pct(c.recall))  \(pct(c.f1))   (\(c.truePositives)/\(c.falsePositives)/\(c.falseNegatives))\n"
        }
        var out = "split \(split.rawValue), \(title): \(e.files.count) files, \(e.unitsTotal) gold units\n\n"
        out += "units              P      R     F1    (tp/fp/fn)\n"
        for category in Category.allCases { out += row(category.rawValue, e.categories[category] ?? Evaluation.Counts()) }
        out += "\nmacro F1: content \(pct(e.contentMacroF1))   shortcomings+plans \(pct(e.structuralMacroF1))"
            + "   all six \(pct(e.macroF1))   micro F1 \(pct(e.microF1))\n"
        out += "\ndocuments          P      R     F1    (category present in the file)\n"
        for category in Category.allCases { out += row(category.rawValue, e.presence[category] ?? Evaluation.Counts()) }
        out += "presence macro F1 \(pct(e.presenceMacroF1))\n\n"
        out += row("boilerplate", e.boilerplate)
        out += "checklist statuses correct: \(e.statusesCorrect)/\(e.statusesTotal) (\(pct(e.statusAccuracy))%)\n"
        let order: [SectionStatus] = [.covered, .thin, .missing]
        out += "  gold \\ found     " + order.map { $0.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) }.joined() + "\n"
        for gold in order {
            out += "  " + gold.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0)
                + order.map { String(e.statusConfusion[gold]?[$0] ?? 0).padding(toLength: 9, withPad: " ", startingAt: 0) }.joined() + "\n"
        }
        out += "units found with the gold start and kind: \(e.unitsMatched)/\(e.unitsTotal) (\(pct(e.unitAgreement))%)\n"
        for mismatch in e.summaryCountMismatches { out += "summary count: \(mismatch)\n" }
        if e.pairs.truePositives + e.pairs.falsePositives + e.pairs.falseNegatives > 0 {
            out += "\nproblems and measures P      R     F1    (tp/fp/fn)\n"
            out += row("pairs", e.pairs)
            out += row("unaddressed", e.unaddressed)
        }
        for problem in e.pairingProblems { out += "pairing labels: \(problem)\n" }
        if showErrors, !brief, !e.pairingDisagreements.isEmpty {
            out += "\npairing disagreements (S line → P line):\n" + e.pairingDisagreements.joined(separator: "\n") + "\n"
        }
        if showErrors, !brief {
            out += "\ndisagreements (gold → predicted; optional gold in brackets):\n"
            for d in e.disagreements {
                let optional = d.optional.isEmpty ? "" : " [" + d.optional.map(\.rawValue).joined(separator: ",") + "]"
                out += "\(d.file):\(d.line)\t\(d.gold.map(\.rawValue).joined(separator: ","))\(optional) → \(d.predicted.map(\.rawValue).joined(separator: ","))\t\(d.prefix)\n"
            }
        }
        return out
    }
}

/// One line of `summarykit eval --dump-features`: a gold unit and the tagger's features of the
/// unit found there (read by scripts/train-tagger.py).
struct FeatureRow: Encodable {
    var file: String
    var line: Int
    /// The index of the summary that holds the unit (anchors are per summary).
    var summary: Int
    var kind: String
    var gold: [String]
    var optional: [String]
    var features: [Double]
}

/// The JSON document `summarykit eval --format json` prints.
struct EvalReport: Codable {
    struct Category: Codable {
        var precision: Double
        var recall: Double
        var f1: Double
        var counts: Evaluation.Counts
    }
    var schemaVersion = 1
    var split: String
    var files: [String]
    var categories: [String: Category]
    var microF1: Double
    var macroF1: Double
    var contentMacroF1: Double
    var structuralMacroF1: Double
    var presence: [String: Category]
    var presenceMacroF1: Double
    var boilerplate: Category
    var languages: [String: EvalReport]?
    var statusAccuracy: Double
    var unitAgreement: Double
    /// Shortcoming–plan pairs and unaddressed shortcomings, when the labels hold pairing records.
    var pairs: Category?
    var unaddressed: Category?

    init(_ e: Evaluation, split: String) {
        self.split = split
        files = e.files
        func entry(_ counts: Evaluation.Counts) -> Category {
            Category(precision: counts.precision, recall: counts.recall, f1: counts.f1, counts: counts)
        }
        categories = Dictionary(uniqueKeysWithValues: e.categories.map { ($0.key.rawValue, entry($0.value)) })
        presence = Dictionary(uniqueKeysWithValues: e.presence.map { ($0.key.rawValue, entry($0.value)) })
        boilerplate = entry(e.boilerplate)
        structuralMacroF1 = e.structuralMacroF1
        presenceMacroF1 = e.presenceMacroF1
        microF1 = e.microF1
        macroF1 = e.macroF1
        contentMacroF1 = e.contentMacroF1
        statusAccuracy = e.statusAccuracy
        unitAgreement = e.unitAgreement
        if e.pairs.truePositives + e.pairs.falsePositives + e.pairs.falseNegatives > 0 {
            pairs = entry(e.pairs)
            unaddressed = entry(e.unaddressed)
        }
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion = "schema_version", split, files, categories, microF1 = "micro_f1", macroF1 = "macro_f1"
        case contentMacroF1 = "content_macro_f1", structuralMacroF1 = "structural_macro_f1"
        case presence, presenceMacroF1 = "presence_macro_f1", boilerplate, languages
        case statusAccuracy = "status_accuracy", unitAgreement = "unit_agreement", pairs, unaddressed
    }
}
