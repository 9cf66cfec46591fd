import JixiaoModel

/// Text helpers for messages.
enum Say {
    /// `“按规定执行”`; an empty cell is said to be empty, never quoted as `“”`.
    static func quote(_ s: String) -> String {
        TextNormalization.withoutBlanks(s).isEmpty ? "（空白）" : "“\(s)”"
    }

    static func money(_ m: Money) -> String { m.grouped + " 元" }

    /// `1、2、3`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }
}
