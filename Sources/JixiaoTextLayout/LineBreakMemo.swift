import Synchronization

/// The lines long texts were broken into, by text, width and glyph set: `LineBreaking.lines`
/// is a pure function, asked again for the same paragraphs at every key. Bounded: emptied
/// when it holds `capacity` texts (a screen shows far fewer), so it never grows with use.
final class LineBreakMemo: Sendable {
    struct Key: Hashable, Sendable {
        var text: String
        var width: Int
        var ascii: Bool
    }

    /// Texts shorter than this (bytes) are broken each time.
    static let shortest = 256
    static let capacity = 512
    static let shared = LineBreakMemo()

    private let known = Mutex<[Key: [String]]>([:])

    func lines(_ key: Key) -> [String]? {
        known.withLock { $0[key] }
    }

    func keep(_ lines: [String], for key: Key) {
        known.withLock { memo in
            if memo.count >= Self.capacity { memo.removeAll(keepingCapacity: true) }
            memo[key] = lines
        }
    }
}
