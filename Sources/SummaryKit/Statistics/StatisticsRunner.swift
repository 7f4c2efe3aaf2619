/// How far a run has come, for progress displays.
package struct StatisticsProgress: Sendable, Hashable {
    /// Inputs finished (read or failed).
    package var inputs: Int
    /// Inputs that failed.
    package var failed: Int
    /// UTF-8 bytes of decoded text so far.
    package var bytes: Int

    /// Creates a progress value.
    package init(inputs: Int = 0, failed: Int = 0, bytes: Int = 0) {
        self.inputs = inputs
        self.failed = failed
        self.bytes = bytes
    }
}

/// Streams inputs through a bounded group of tasks and folds what they give into a
/// ``CorpusStatistics``, in input order: the result, and the order of the records handed to
/// `onRecords`, are the same for any number of jobs.
///
/// At most ``jobs`` inputs are analysed at once, and only while their estimated memory fits
/// ``memoryBudget`` (an input over it alone runs by itself); at most `4 × jobs` finished ones
/// wait for an earlier one, so memory is bounded by the workers and the budget, not by the corpus.
///
/// ```swift
/// let runner = StatisticsRunner(analyzer: try DocumentAnalyzer(), jobs: 4)
/// let statistics = await runner.run(paths.map { .file(path: $0) })
/// let report = CorpusReport(statistics)
/// ```
public struct StatisticsRunner: Sendable {
    /// What analyses each input.
    public let analyzer: DocumentAnalyzer
    /// How many inputs are analysed at once (at least 1).
    public let jobs: Int
    /// What the inputs analysed at once may take together, by their estimated cost.
    public let memoryBudget: MemoryBudget

    /// A runner with `jobs` workers.
    ///
    /// - Parameters:
    ///   - analyzer: What analyses each input.
    ///   - jobs: How many inputs to analyse at once; a value below 1 is raised to 1.
    ///   - memoryBudget: What the inputs analysed at once may take together.
    public init(analyzer: DocumentAnalyzer, jobs: Int, memoryBudget: MemoryBudget = .default) {
        self.analyzer = analyzer
        self.jobs = max(1, jobs)
        self.memoryBudget = memoryBudget
    }

    /// The estimated memory for `input`: by its file's size, or its text's.
    func cost(of input: StatisticsInput) -> Int {
        switch input {
        case let .file(path): return memoryBudget.cost(ofFileAt: path)
        case let .text(_, text): return memoryBudget.cost(ofInputBytes: text.utf8.count)
        case .invalid: return 0
        }
    }

    /// Analyses every input and returns the folded statistics.
    ///
    /// - Parameters:
    ///   - inputs: The inputs, consumed lazily (a JSONL stream is never read ahead by more
    ///     than the window).
    ///   - onRecords: Called in input order with each input's records, or its failure.
    /// - Returns: The statistics, starting from a value with the checklist's section order.
    /// - Throws: Whatever `onRecords` throws; the run stops at the first error.
    public func run<S: Sequence>(
        _ inputs: S,
        onRecords: (Result<InputAnalysis, StatisticsFailure>) throws -> Void = { _ in }
    ) async throws -> CorpusStatistics where S.Element == StatisticsInput {
        try await run(inputs, onRecords: onRecords, onProgress: { _ in })
    }

    /// ``run(_:onRecords:)`` that also reports progress after each input (the CLI's progress line).
    package func run<S: Sequence>(
        _ inputs: S,
        onRecords: (Result<InputAnalysis, StatisticsFailure>) throws -> Void = { _ in },
        onProgress: (StatisticsProgress) -> Void
    ) async throws -> CorpusStatistics where S.Element == StatisticsInput {
        var statistics = CorpusStatistics(sectionOrder: analyzer.auditor.scorer.checklist.sections.map(\.id))
        var progress = StatisticsProgress(inputs: 0, failed: 0, bytes: 0)
        let analyzer = self.analyzer
        let window = jobs * 4
        try await withThrowingTaskGroup(of: (Int, Result<InputAnalysis, StatisticsFailure>).self) { group in
            var iterator = inputs.makeIterator()
            var submitted = 0
            var folded = 0
            var running = 0
            var waiting = [Int: Result<InputAnalysis, StatisticsFailure>]()
            // The next input, taken from the iterator but not started: it waits for the budget.
            var held: (input: StatisticsInput, cost: Int)?
            var inFlight = 0
            var costs = [Int: Int]()
            func submit() -> Bool {
                if held == nil {
                    guard let input = iterator.next() else { return false }
                    held = (input, cost(of: input))
                }
                guard let (input, cost) = held else { return false }
                guard memoryBudget.admits(cost, inFlight: inFlight) else { return true }
                held = nil
                let index = submitted
                submitted += 1
                running += 1
                inFlight += cost
                costs[index] = cost
                // Several inputs at once: each one's stages stay on its task.
                let sequential = jobs > 1
                group.addTask {
                    if sequential { return Concurrently.$runsSequentially.withValue(true) { (index, analyzer.analyze(input)) } }
                    // One input at a time, on all cores: off the cooperative pool while its stages fan out.
                    return (index, await Concurrently.offPool { analyzer.analyze(input) })
                }
                return true
            }
            var exhausted = false
            /// Starts inputs while a worker is free, the window has room and the next one fits.
            func fill() {
                while !exhausted, running < jobs, submitted - folded < window {
                    let before = submitted
                    exhausted = !submit()
                    if submitted == before { break }  // the next input waits for the budget
                }
            }
            fill()
            while let (index, result) = try await group.next() {
                running -= 1
                inFlight -= costs.removeValue(forKey: index) ?? 0
                waiting[index] = result
                while let next = waiting.removeValue(forKey: folded) {
                    switch next {
                    case let .success(analysis):
                        statistics.add(analysis)
                        progress.bytes += analysis.bytes
                    case let .failure(failure):
                        statistics.add(failure)
                        progress.failed += 1
                    }
                    try onRecords(next)
                    folded += 1
                    progress.inputs += 1
                    onProgress(progress)
                }
                fill()
            }
        }
        return statistics
    }
}
