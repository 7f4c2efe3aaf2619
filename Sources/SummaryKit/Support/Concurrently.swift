import Dispatch
import Foundation
import Synchronization

/// Pieces of work on all cores at once, for the stages of one large file that do not depend on
/// each other (the structure and the keyword matching of the text's pieces).
package enum Concurrently {
    /// The grain of per-unit passes over a document (tagging, findings): documents with at
    /// least twice this many units are worked on all cores.
    static let unitGrain = 2_000

    /// Set for the per-file work of a batch (``Auditor/audit(filesAt:jobs:memoryBudget:)``,
    /// `StatisticsRunner`) whose task group already runs several files at once: the stages of
    /// one file then run on the task's own thread instead of fanning out to Dispatch again, so
    /// that the task group is the only parallelism and no cooperative thread waits on another
    /// pool. A batch of one file, or with one job, leaves it unset: its one file uses the cores.
    @TaskLocal package static var runsSequentially = false

    /// Runs `body` on a Dispatch thread and waits for it without holding a cooperative thread:
    /// for a task of a batch whose one file uses all cores (``map(_:_:)`` fans out to Dispatch),
    /// so that no thread of Swift's cooperative pool blocks on another pool. The task's
    /// ``runsSequentially`` is carried over.
    package static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        let sequential = runsSequentially
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: $runsSequentially.withValue(sequential) { body() })
            }
        }
    }

    /// `body(0)…body(count - 1)` on as many threads as there are cores (Dispatch's
    /// `concurrentPerform`, which hands out the indices in order), the results in index order.
    /// Put the longest piece of work first: it starts first.
    package static func map<T: Sendable>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 || runsSequentially { return (0..<count).map(body) }
        let results = Mutex<[T?]>([T?](repeating: nil, count: count))
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: count) { i in
                let value = work(i)
                results.withLock { $0[i] = value }
            }
        }
        // concurrentPerform returns after every iteration ran; compute a missing one here
        // rather than trap.
        return results.withLock { $0 }.enumerated().map { i, value in value ?? body(i) }
    }

    /// `body(i)` for every `i` in `0..<count`, in order: on the calling thread when `count` is
    /// under `2 * grain`, else in runs of at least `grain` indices on all cores (``map(_:_:)``).
    package static func chunkedMap<T: Sendable>(_ count: Int, grain: Int, _ body: (Int) -> T) -> [T] {
        guard grain > 0, count >= 2 * grain else { return (0..<count).map(body) }
        let runs = min(count / grain, 4 * ProcessInfo.processInfo.activeProcessorCount)
        let size = (count + runs - 1) / runs
        return map(runs) { r in (r * size..<min(count, (r + 1) * size)).map(body) }.flatMap { $0 }
    }
}
