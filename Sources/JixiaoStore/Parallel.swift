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

    /// `body()` started on another thread; `wait()` gives its result. For work done ahead
    /// while this thread does another (an import prepares its next batch while it writes
    /// this one to disk).
    public final class Ahead<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        // Written once by the worker before it signals `done`; read after waiting on it.
        private var result: T?

        public init(_ body: @escaping @Sendable () -> T) {
            DispatchQueue.global().async {
                self.result = body()
                self.done.signal()
            }
        }

        /// The result, once `body` has returned. Call once.
        public func wait() -> T {
            done.wait()
            return result!
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
