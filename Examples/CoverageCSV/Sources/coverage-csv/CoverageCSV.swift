// coverage-csv FOLDER [OUT.csv]
//
// Audits every .docx, .txt and .html below FOLDER with SummaryKit's built-in checklist and
// writes one CSV row per summary: file, summary, title, organisation, language, coverage,
// passed, and the status of each checklist section. Files are audited in parallel; rows come
// out in path order. Unreadable files are listed on stderr and skipped.
import Foundation
import SummaryKit

@main
struct CoverageCSV {
    static func main() async {
        let arguments = CommandLine.arguments.dropFirst()
        guard let folder = arguments.first else {
            FileHandle.standardError.write(Data("usage: coverage-csv FOLDER [OUT.csv]\n".utf8))
            exit(2)
        }
        let output = arguments.dropFirst().first
        do {
            let auditor = try Auditor()
            let files = submissions(in: folder)
            let reports = await audit(files, with: auditor)
            let csv = table(reports, sections: auditor.scorer.checklist.sections.map(\.id))
            if let output {
                // Written to a temporary file beside the target, then renamed over it.
                try Data(csv.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } else {
                print(csv, terminator: "")
            }
            exit(reports.contains { $0.1 == nil } ? 2 : 0)
        } catch {
            FileHandle.standardError.write(Data("coverage-csv: \(error)\n".utf8))
            exit(2)
        }
    }

    static func submissions(in folder: String) -> [String] {
        let extensions: Set<String> = ["docx", "txt", "html", "htm"]
        let walker = FileManager.default.enumerator(atPath: folder)
        var files = [String]()
        while let relative = walker?.nextObject() as? String {
            if extensions.contains((relative as NSString).pathExtension.lowercased()) { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }

    static func audit(_ files: [String], with auditor: Auditor) async -> [(String, FileAudit?)] {
        await withTaskGroup(of: (String, FileAudit?).self) { group in
            for file in files {
                group.addTask {
                    do {
                        return (file, try auditor.audit(fileAt: file).audit)
                    } catch {
                        FileHandle.standardError.write(Data("coverage-csv: \(error)\n".utf8))
                        return (file, nil)
                    }
                }
            }
            var results = [(String, FileAudit?)]()
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
    }

    static func table(_ reports: [(String, FileAudit?)], sections: [String]) -> String {
        var csv = (["file", "summary", "title", "organization", "language", "coverage", "passed"] + sections)
            .joined(separator: ",") + "\n"
        for case let (file, report?) in reports {
            for (index, summary) in report.summaries.enumerated() {
                var row = [file, String(index + 1), summary.title ?? "", report.organization?.rawValue ?? "", report.language.rawValue,
                           String(format: "%.1f", summary.coverage), summary.passed ? "yes" : "no"]
                row += sections.map { id in summary.sections.first { $0.id == id }?.status.rawValue ?? "" }
                csv += row.map(quote).joined(separator: ",") + "\n"
            }
        }
        return csv
    }

    /// RFC 4180 quoting.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
