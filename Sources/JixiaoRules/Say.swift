import JixiaoModel

/// Text helpers for messages.
enum Say {
    static func quote(_ s: String) -> String { "“\(s)”" }

    static func money(_ m: Money) -> String { m.grouped + " 元" }

    /// `1、2、3`.
    static func list(_ items: [String]) -> String { items.joined(separator: "、") }
}
