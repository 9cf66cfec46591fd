import CDisplayWidth

/// The lines texts were broken into, by text, width and glyph set: `LineBreaking.lines`
/// is a pure function, asked again for the same paragraphs at every key. Bounded: emptied
/// when it holds `capacity` texts (more than a screen lays out), so it never grows with use.
final class LineBreakMemo: Sendable {
    struct Key: Hashable, Sendable {
        var text: String
        var width: Int
        var ascii: Bool
    }

    /// Texts shorter than this (bytes: a dozen characters) are broken each time.
    static let shortest = 48
    /// A project screen wraps a few hundred cells; a large department's overview more.
    static let capacity = 4096
    static let shared = LineBreakMemo()

    /// Read and written only between `jixiao_memo_lock` and `jixiao_memo_unlock` (a C mutex:
    /// see CDisplayWidth.h for why not Synchronization's).
    nonisolated(unsafe) private var known: [Key: [String]] = [:]

    func lines(_ key: Key) -> [String]? {
        jixiao_memo_lock()
        defer { jixiao_memo_unlock() }
        return known[key]
    }

    func keep(_ lines: [String], for key: Key) {
        jixiao_memo_lock()
        defer { jixiao_memo_unlock() }
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[key] = lines
    }
}
