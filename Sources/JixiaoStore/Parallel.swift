import Dispatch
import Foundation

/// Work on many documents at once, one per core: `check` over a workspace, the department
/// picker's summaries and the documents it opens. The results come back in order.
public enum Parallel {
    /// `body(k)` for every `k` in `0..<count`, several at a time; the results by `k`.
    public static func map<T: Sendable, E: Error>(_ count: Int, _ body: @Sendable (Int) throws(E) -> T) -> [Result<T, E>] {
        let slots = Slots<Result<T, E>>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { k in
            do throws(E) {
                slots.set(k, .success(try body(k)))
            } catch {
                slots.set(k, .failure(error))
            }
        }
        return slots.all
    }

    /// `body(k)` for every `k` in `0..<count`, one thread per core, each result handed to
    /// `consume` on the calling thread in the order of `k` as soon as it (and those before
    /// it) is made. The caller's own work on a result (writing it out, storing it) overlaps
    /// the making of the next ones, and no core waits for the slowest of a batch, as it
    /// does between the batches of `map`. At most `window` results are made ahead of the
    /// one being consumed, so memory holds about that many. When `consume` throws, no more
    /// are started; those under way finish before the error is thrown.
    public static func ordered<T: Sendable, E: Error>(_ count: Int, window: Int, _ body: @escaping @Sendable (Int) -> T,
                                                      consume: (Int, T) throws(E) -> Void) throws(E) {
        guard count > 0 else { return }
        let workers = min(count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let line = Line<T>(count: count, window: max(window, workers))
        let finished = DispatchGroup()
        for _ in 0..<workers {
            finished.enter()
            Thread.detachNewThread {
                line.work(body)
                finished.leave()
            }
        }
        defer {
            line.stop()
            finished.wait()
        }
        for k in 0..<count {
            try consume(k, line.take(k))
        }
    }
}

/// One result per index, each written once by the thread that made it.
private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ value: T) {
        lock.lock()
        values[k] = value
        lock.unlock()
    }

    var all: [T] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }
    }
}

/// The results of `Parallel.ordered` between its workers and its consumer: the next index
/// to make, the results made and not yet taken, and how far the consumer has come.
private final class Line<T>: @unchecked Sendable {
    private let changed = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var taken = 0
    private var stopped = false
    private var made: [T?]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
        made = Array(repeating: nil, count: count)
    }

    /// A worker: makes the next index not yet started, until none is left (or the
    /// consumer stopped), waiting while it would be more than `window` ahead.
    func work(_ body: @Sendable (Int) -> T) {
        while true {
            changed.lock()
            while !stopped, next < count, next >= taken + window { changed.wait() }
            guard !stopped, next < count else {
                changed.unlock()
                return
            }
            let k = next
            next += 1
            changed.unlock()
            let value = body(k)
            changed.lock()
            made[k] = value
            changed.broadcast()
            changed.unlock()
        }
    }

    /// The result for `k` once made, handed over (the consumer takes them in order).
    func take(_ k: Int) -> T {
        changed.lock()
        defer { changed.unlock() }
        while made[k] == nil { changed.wait() }
        let value = made[k]!
        made[k] = nil
        taken = k + 1
        changed.broadcast()
        return value
    }

    /// No more indices are started.
    func stop() {
        changed.lock()
        stopped = true
        changed.broadcast()
        changed.unlock()
    }
}
