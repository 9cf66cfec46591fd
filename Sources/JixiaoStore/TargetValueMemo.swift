import Foundation
import JixiaoModel

/// The 指标值 texts this process has parsed, shared by every `document.json` it reads.
/// A district's departments write the same values again and again (`≥95%`, `100%`,
/// `≤10个工作日`, the same sentence in every project), and parsing one cost tens of
/// thousands of instructions — the largest part of opening a document once each file kept
/// its own repeats. Parsing is a pure function of the text, so the very same bytes may share
/// the result across documents and threads. Bounded: once full it only answers.
final class TargetValueMemo: @unchecked Sendable {
    static let shared = TargetValueMemo()

    /// Enough for a district's distinct values; a few MB at most.
    static let capacity = 16_384

    private let lock = NSLock()
    private var values: [[UInt8]: TargetValue] = [:]

    /// The value of `raw`, whose JSON text (quotes and escapes included) is `token`.
    func value(token: UnsafeBufferPointer<UInt8>, raw: String) -> TargetValue {
        let key = Array(token)
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        // Parsed outside the lock: two threads may both parse a new text; both get equal values.
        let value = TargetValue(raw)
        lock.lock()
        if values.count < Self.capacity { values[key] = value }
        lock.unlock()
        return value
    }

    /// How many texts it holds (for tests).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
