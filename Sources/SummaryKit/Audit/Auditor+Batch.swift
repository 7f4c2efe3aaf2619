import Foundation

/// The outcome of auditing one file of a batch.
public struct AuditOutcome: Sendable {
    /// The path as given.
    public var path: String
    /// The audit, or the typed error (``TextDecodingError``, ``DocumentError``) that names the file.
    public var result: Result<AuditResult, any Error>
}

extension Auditor {
    /// Audits many files in parallel, at most `jobs` at a time, and returns one outcome per path
    /// in the order of `paths`, whatever order they finish in. A bad file gives a failed outcome;
    /// every other file is still audited.
    ///
    /// ```swift
    /// let outcomes = await auditor.audit(filesAt: ["a.docx", "b.txt"])
    /// for outcome in outcomes {
    ///     switch outcome.result {
    ///     case .success(let result): print(outcome.path, result.report.passed)
    ///     case .failure(let error): print(error)
    ///     }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - paths: The files to audit.
    ///   - jobs: How many to audit at once; all cores by default.
    public func audit(filesAt paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) async -> [AuditOutcome] {
        var results = [Result<AuditResult, any Error>?](repeating: nil, count: paths.count)
        await withTaskGroup(of: (Int, Result<AuditResult, any Error>).self) { group in
            var next = 0
            func submit() {
                guard next < paths.count else { return }
                let index = next
                let path = paths[index]
                next += 1
                group.addTask { (index, Result { try self.audit(fileAt: path) }) }
            }
            for _ in 0..<min(max(1, jobs), paths.count) { submit() }
            for await (index, result) in group {
                results[index] = result
                submit()
            }
        }
        return zip(paths, results).map { path, result in
            AuditOutcome(path: path, result: result ?? .failure(TextDecodingError.unreadable(file: path, reason: "it was not audited")))
        }
    }
}
