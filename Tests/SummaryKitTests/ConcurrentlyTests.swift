import Foundation
import Testing
import SummaryKit

@Suite("Concurrently")
struct ConcurrentlyTests {
    @Test("map returns every job's result in index order, whichever thread ran it", arguments: [0, 1, 2, 3, 17, 64])
    func mapKeepsOrder(count: Int) {
        let results = Concurrently.map(count) { i -> String in
            // Uneven work, so that jobs finish out of order.
            var x = UInt64(i)
            for _ in 0..<((count - i) * 2_000) { x = x &* 6_364_136_223_846_793_005 &+ 1 }
            return "\(i):\(x & 1)"
        }
        #expect(results.map { $0.split(separator: ":").first.map(String.init) } == (0..<count).map { String($0) })
    }

    @Test("chunkedMap equals a sequential map, below and above twice the grain", arguments: [0, 5, 199, 200, 201, 10_000])
    func chunkedMapEqualsMap(count: Int) {
        let body = { (i: Int) -> Int in i &* i &+ 7 }
        #expect(Concurrently.chunkedMap(count, grain: 100, body) == (0..<count).map(body))
    }

    @Test("inside a batch's task (runsSequentially) every job runs on the task's own thread, in order")
    func sequentialInsideBatch() async {
        let order = await Concurrently.$runsSequentially.withValue(true) { () async -> [Int] in
            let caller = pthread_self()
            let ran = Concurrently.map(64) { i -> Int in pthread_equal(pthread_self(), caller) != 0 ? i : -1 }
            return ran
        }
        #expect(order == Array(0..<64))
        // The same work in a batch of several files gives the same audit as one by one.
        let auditor = try? Auditor()
        let files = Array(Repo.corpusTexts.prefix(4))
        guard let auditor, files.count == 4 else { Issue.record("no auditor or corpus"); return }
        let batch = await auditor.audit(filesAt: files, jobs: 2)
        for (outcome, file) in zip(batch, files) {
            let alone = try? auditor.audit(fileAt: file)
            #expect((try? outcome.result.get().audit) == alone?.audit, "\(file)")
        }
    }

    @Test("offPool runs its work on a Dispatch thread, not the caller's, keeps runsSequentially, and a one-file batch audits as alone")
    func offPool() async {
        let caller = pthread_self()
        let (value, sameThread, sequential) = await Concurrently.$runsSequentially.withValue(true) {
            await Concurrently.offPool { (21 * 2, pthread_equal(pthread_self(), caller) != 0, Concurrently.runsSequentially) }
        }
        #expect(value == 42)
        #expect(!sameThread)
        #expect(sequential)
        let unset = await Concurrently.offPool { Concurrently.runsSequentially }
        #expect(!unset)
        let auditor = try? Auditor()
        guard let auditor, let file = Repo.corpusTexts.first else { Issue.record("no auditor or corpus"); return }
        let batch = await auditor.audit(filesAt: [file])
        #expect((try? batch.first?.result.get().audit) == (try? auditor.audit(fileAt: file).audit))
    }
}
