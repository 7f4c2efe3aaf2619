import Foundation

/// The outcome of auditing one file of a batch (``Auditor/audit(filesAt:jobs:memoryBudget:)``):
/// the file's ``AuditedDocument``, or why it could not be audited.
///
/// Formerly `AuditOutcome`.
public struct FileAuditOutcome: Sendable {
    /// The path as given.
    public var path: String
    /// The audited document, or the typed error (``TextDecodingError``, ``DocumentError``) that names the file.
    public var result: Result<AuditedDocument, any Error>

    /// Written out so that it can be `package` (tests build outcomes); the synthesized one is internal.
    package init(path: String, result: Result<AuditedDocument, any Error>) {
        self.path = path
        self.result = result
    }
}

extension Auditor {
    /// Audits many files in parallel, at most `jobs` at a time and within a memory budget, and
    /// returns one outcome per path in the order of `paths`, whatever order they finish in. A bad
    /// file gives a failed outcome; every other file is still audited.
    ///
    /// ```swift
    /// let outcomes = await auditor.audit(filesAt: ["a.docx", "b.txt"])
    /// for outcome in outcomes {
    ///     switch outcome.result {
    ///     case .success(let result): print(outcome.path, result.audit.passed)
    ///     case .failure(let error): print(error)
    ///     }
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - paths: The files to audit.
    ///   - jobs: How many to audit at once; all cores by default.
    ///   - memoryBudget: What the files audited at once may take together, by their estimated
    ///     cost (``MemoryBudget/cost(ofFileAt:)``): the next file waits until it fits. A file
    ///     whose estimate alone is over the budget is audited by itself.
    public func audit(filesAt paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                      memoryBudget: MemoryBudget = .default) async -> [FileAuditOutcome] {
        var results = [Result<AuditedDocument, any Error>?](repeating: nil, count: paths.count)
        let costs = paths.map { memoryBudget.cost(ofFileAt: $0) }
        let jobs = max(1, jobs)
        // Several files at once: each file's stages stay on its task (Concurrently.runsSequentially).
        let sequential = jobs > 1 && paths.count > 1
        await withTaskGroup(of: (Int, Result<AuditedDocument, any Error>).self) { group in
            var next = 0
            var running = 0
            var inFlight = 0
            // Starts files in order while a worker is free and the next file fits the budget.
            func submit() {
                while next < paths.count, running < jobs, memoryBudget.admits(costs[next], inFlight: inFlight) {
                    let index = next
                    let path = paths[index]
                    next += 1
                    running += 1
                    inFlight += costs[index]
                    group.addTask {
                        if sequential {
                            return Concurrently.$runsSequentially.withValue(true) { (index, Result { try self.audit(fileAt: path) }) }
                        }
                        // One file at a time, on all cores: off the cooperative pool while its stages fan out.
                        return (index, await Concurrently.offPool { Result { try self.audit(fileAt: path) } })
                    }
                }
            }
            submit()
            for await (index, result) in group {
                results[index] = result
                running -= 1
                inFlight -= costs[index]
                submit()
            }
        }
        return zip(paths, results).map { path, result in
            FileAuditOutcome(path: path, result: result ?? .failure(TextDecodingError.unreadable(file: path, reason: "it was not audited")))
        }
    }
}
