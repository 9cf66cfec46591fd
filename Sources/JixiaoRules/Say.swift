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

    /// Projects named in a message: all of a few, the first of many and how many there
    /// are (`1“甲”、2“乙”……等 153 个项目`); `labels` are the first `shownProjects` (or all),
    /// `count` how many there are. A document of many identical projects would otherwise
    /// make every finding name every other one: messages, and memory, growing with the
    /// square of the projects.
    static func projects(_ labels: [String], of count: Int) -> String {
        guard count > shownProjects else { return list(labels) }
        return list(Array(labels.prefix(shownProjects))) + "等 \(count) 个项目"
    }

    static let shownProjects = 5

    /// How many related projects a finding carries at most, for the same reason.
    static let relatedLimit = 20
}
