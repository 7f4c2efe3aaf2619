import Foundation
import Testing
@testable import SummaryKit

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
}
