import ArgumentParser
import Foundation
import SummaryKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `summarykit audit`: what an auditor runs on a folder of submitted summaries.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check submitted summaries against a checklist: sections covered, thin or missing, with evidence and findings.",
        discussion: """
        Reads .txt (any supported encoding), .docx and .html files; folders are searched \
        recursively. A summary passes when its coverage reaches --fail-under and no required \
        section is missing. --reference (an index from `summarykit index build`, or reference \
        files and folders indexed on the fly) and --cross-check (the submissions against each \
        other) add a copied-text warning for each source a summary shares a substantial part of \
        its text with. Exit status: 0 every summary passes, 1 some do not, \
        2 usage or input errors (every unreadable file or folder, and every folder with no \
        supported files, is named; the others are still audited; an index that cannot be read \
        stops the run), or the report cannot be written.
        """ + HelpExamples.audit
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown, html, sarif }

    @Argument(help: "Files or folders to audit ('-' for standard input).", completion: .file())
    var paths: [String]

    @Option(help: "A checklist in YAML instead of the built-in six sections.")
    var checklist: String?

    @Option(help: "Output format.")
    var format: Format = .text

    // .unconditional: a negative value is a value to refuse by name, not an unknown flag.
    @Option(parsing: .unconditional, help: "The coverage (0-100) a summary needs to pass.")
    var failUnder: Double = Auditor.defaultFailUnder

    @Option(name: .shortAndLong, help: "Write the report to this file (atomically; a device or FIFO is written into; '-' for standard output) instead of standard output.", completion: .file())
    var output: String?

    @Option(parsing: .unconditional, help: "How many files to audit at once (default: all cores, \(ProcessInfo.processInfo.activeProcessorCount) here).")
    var jobs: Int?

    /// ``jobs``, or one per core.
    private var jobCount: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    @OptionGroup var memoryOptions: MemoryOptions

    @Option(help: "Decode .txt input with this encoding instead of detecting it.")
    var encoding: String?

    @Flag(help: "HTML and Markdown: verdicts and section tables only, without each summary's text, quoted evidence or finding-by-finding list (findings are counted per rule).")
    var summaryOnly = false

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var copyOptions: CopyOptions
    @OptionGroup var languageOptions: LanguageOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one file or folder to audit.") }
        if !(0...100).contains(failUnder) {
            throw ValidationError("--fail-under takes a coverage from 0 to 100, not \(String(format: "%g", failUnder)).")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if summaryOnly, format != .html, format != .markdown {
            throw ValidationError("--summary-only applies to --format html or markdown, not \(format.rawValue).")
        }
    }

    func run() async throws {
        // With --output, Ctrl-C removes the report's temporary (and the writability probe's)
        // and exits 130: the target keeps its old contents or has the complete new ones.
        let interrupt = OutputPath.isStandard(output) ? nil : InterruptHandler()
        defer { interrupt?.cancel() }
        // Before any work: a run never ends by failing to write its report.
        try OutputPath.check(output)
        let list = try loadChecklist(checklist, language: languageOptions.language)
        let auditor = try Auditor(checklist: list, lexicon: lexiconOptions.load(), failUnder: failUnder,
                                  decoder: TextDecoder(encoding: encoding))
        // References before the audit: a bad index ends the run before any work.
        let references = try await copyOptions.loadReferences(reader: auditor.reader.input)
        let (files, missing) = InputFiles.expand(paths.filter { $0 != "-" })
        var rows = missing.map { (file: $0.0, result: Result<AuditedDocument, any Error>.failure($0.1)) }
        if paths.contains("-") {
            // Standard input, read as text (in the --encoding given, else detected), before the files.
            rows.append((file: "<stdin>", result: Result { try Self.auditStandardInput(auditor, encoding: encoding) }))
        }
        rows += await auditor.audit(filesAt: files, jobs: jobCount, memoryBudget: memoryOptions.budget).map { (file: $0.path, result: $0.result) }
        rows = try copyOptions.check(rows, references: references)
        let rendered = try render(rows, checklist: list)
        for error in references.errors { Output.error("\(error)") }
        for row in rows {
            if case let .failure(error) = row.result { Output.error(InputFiles.describe(error, in: languageOptions.language)) }
        }
        let audited = rows.contains { if case .success = $0.result { return true } else { return false } }
        if let output, !OutputPath.isStandard(output), !audited {
            // Every input failed: a report of nothing must not replace an earlier one.
            Output.error("\(output): not written: no input could be audited.")
        } else {
            do {
                try OutputPath.write(rendered, to: output)
            } catch {
                Output.error("\(error)")
                throw ExitCode(2)
            }
        }
        // The process ends next: freeing every result's units, evidence and strings one by one
        // would only delay the exit (tens of milliseconds for a large file).
        ProcessEnd.keepUntilExit(rows)
        if !references.errors.isEmpty || rows.contains(where: { if case .failure = $0.result { return true } else { return false } }) { throw ExitCode(2) }
        if rows.contains(where: { (try? $0.result.get())?.audit.passed == false }) { throw ExitCode(1) }
    }

    /// The audit of the text on standard input, named `<stdin>`; an empty input is an error, as
    /// an empty file is.
    static func auditStandardInput(_ auditor: Auditor, encoding: String?) throws -> AuditedDocument {
        let source = try TextDecoder(encoding: encoding).decodeStandardInput(origin: "<stdin>")
        if source.text.isEmpty { throw TextDecodingError.empty(file: "<stdin>") }
        return try auditor.audit(document: auditor.reader.read(source), name: "<stdin>")
    }

    /// The report in `format`, UTF-8.
    private func render(_ rows: [(file: String, result: Result<AuditedDocument, any Error>)], checklist: Checklist) throws -> [UInt8] {
        let reports = rows.map { (file: $0.file, result: $0.result.map(\.audit)) }
        let language = languageOptions.language
        switch format {
        case .text:
            let standard = OutputPath.isStandard(output)
            let colour = standard && Terminal.allowsColour(fd: 1)
            let text = TextReport(colour: colour, failUnder: failUnder, width: Terminal.width(fd: standard ? 1 : -1),
                                  language: language, checklist: checklist)
            var out = ""
            for row in reports {
                if case let .success(report) = row.result { out += text.render(report) + "\n" }
            }
            if rows.count > 1 { out += text.renderTable(reports) }
            return Array(out.utf8)
        case .markdown:
            var out = MarkdownReport.renderHeading(checklist: checklist, failUnder: failUnder, language: language)
            for row in reports {
                if case let .success(report) = row.result { out += MarkdownReport.render(report, language: language, checklist: checklist, summaryOnly: summaryOnly) }
            }
            if rows.count > 1 { out += MarkdownReport.renderTable(reports, language: language) }
            return Array(out.utf8)
        case .html:
            return Array(HTMLReport.render(rows.compactMap { try? $0.result.get() }, language: language, checklist: checklist, summaryOnly: summaryOnly).utf8)
        case .sarif:
            return Array((try SARIFReport.render(reports.compactMap { try? $0.result.get() }, toolVersion: SummaryKitInfo.version,
                                                       language: language) + "\n").utf8)
        case .json:
            let document = AuditJSON(failUnder: failUnder, checklist: checklist.name,
                                     files: reports.compactMap { try? $0.result.get() },
                                     errors: rows.compactMap { row in
                                         if case let .failure(error) = row.result { return .init(file: row.file, message: "\(error)") }
                                         return nil
                                     })
            return try Self.json(document)
        }
    }

    /// `document` pretty-printed by the fast writer (the bytes `JSONEncoder` would write), with a
    /// final newline.
    static func json(_ document: AuditJSON) throws -> [UInt8] {
        try JSONOutput.bytes(document, pretty: true, capacity: document.estimatedByteCount) + [UInt8(ascii: "\n")]
    }
}
