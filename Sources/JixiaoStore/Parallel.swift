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
