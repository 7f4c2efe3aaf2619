import Dispatch
import Synchronization

/// Two pieces of work on two threads at once, for the stages of one large file that do not
/// depend on each other (structure and keyword matching read the same text).
enum Concurrently {
    /// Runs `first` and `second` in parallel (Dispatch's `concurrentPerform`) and returns both
    /// results when both are done.
    static func run<A: Sendable, B: Sendable>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        let a = Mutex<A?>(nil)
        let b = Mutex<B?>(nil)
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let work = (first, second)
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 {
                        let value = work.0()
                        a.withLock { $0 = value }
                    } else {
                        let value = work.1()
                        b.withLock { $0 = value }
                    }
                }
            }
        }
        // concurrentPerform returns after both iterations ran, so both are set; run again
        // on this thread if a result were ever missing rather than trap.
        let resultA = a.withLock { $0 } ?? first()
        let resultB = b.withLock { $0 } ?? second()
        return (resultA, resultB)
    }
}
