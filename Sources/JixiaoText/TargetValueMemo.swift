import Foundation
import JixiaoModel

/// The 指标值 texts this process has parsed, shared by every document it reads or opens.
/// A district's departments write the same values again and again (`≥95%`, `100%`,
/// `≤10个工作日`, the same sentence in every project), and parsing one costs tens of
/// thousands of instructions — the largest part of opening a `document.json` once each file
/// kept its own repeats, and a sixteenth of reading a text. Parsing is a pure function of
/// the text, so the very same bytes may share the result across documents and threads
/// (keyed by UTF-8 bytes, not `String` equality: a `TargetValue` keeps the text it was read
/// from, and é and e + U+0301 are equal Strings). Bounded: once full it only answers.
public final class TargetValueMemo: @unchecked Sendable {
    public static let shared = TargetValueMemo()

    /// Enough for a district's distinct values; a few MB at most.
    public static let capacity = 16_384

    private let lock = NSLock()
    private var values: [[UInt8]: TargetValue] = [:]

    public init() {}

    /// `TargetValue(raw)`, parsed once per text.
    public func value(_ raw: String) -> TargetValue {
        let key = Array(raw.utf8)
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

    /// How many texts it holds.
    public var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return values.count
    }
}
