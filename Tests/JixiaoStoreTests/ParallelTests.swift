import Foundation
import Testing
@testable import JixiaoStore

/// The counts a worker and the consumer of `Parallel.ordered` share, behind a lock.
private final class Seen: @unchecked Sendable {
    private let lock = NSLock()
    private var started: [Int] = []
    private var consumed = 0
    private(set) var furthestAhead = 0

    func start(_ k: Int) {
        lock.lock()
        started.append(k)
        furthestAhead = max(furthestAhead, k - consumed)
        lock.unlock()
    }

    func consume(_ k: Int) {
        lock.lock()
        consumed = k + 1
        lock.unlock()
    }

    var startedCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return started.count
    }

    var startedSorted: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return started.sorted()
    }
}

private struct Stop: Error, Equatable { let at: Int }

@Suite struct ParallelTests {
    @Test func orderedHandsOnEveryResultInOrder() {
        var got: [Int] = []
        Parallel.ordered(500, window: 7, { k in
            // Uneven work, so later indices often finish before earlier ones.
            if k % 5 == 0 { usleep(200) }
            return k * k
        }, consume: { k, value in
            #expect(value == k * k)
            got.append(k)
        })
        #expect(got == Array(0..<500))
    }

    @Test func orderedStartsNoMoreThanTheWindowAhead() {
        let seen = Seen()
        Parallel.ordered(200, window: 4, { k in
            seen.start(k)
            return k
        }, consume: { k, _ in
            usleep(100)
            seen.consume(k)
        })
        #expect(seen.startedSorted == Array(0..<200))
        // Index k starts only once k - 4 has been taken (taken before it is consumed).
        #expect(seen.furthestAhead <= 4)
    }

    @Test func orderedStopsStartingWhenTheConsumerThrows() {
        let seen = Seen()
        #expect(throws: Stop(at: 10)) {
            try Parallel.ordered(1000, window: 8, { k in
                seen.start(k)
                return k
            }, consume: { k, _ throws(Stop) in
                if k == 10 { throw Stop(at: 10) }
            })
        }
        // Only those within the window of the failing one were started, and every worker
        // has returned: nothing is started after the error is thrown.
        let started = seen.startedCount
        #expect(started <= 10 + 1 + 8)
        usleep(20_000)
        #expect(seen.startedCount == started)
    }

    @Test func orderedWithNothingToDo() {
        var calls = 0
        Parallel.ordered(0, window: 4, { k in k }, consume: { _, _ in calls += 1 })
        #expect(calls == 0)
    }
}
