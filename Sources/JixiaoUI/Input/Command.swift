/// A command as data: its id, default keys, what it is called and what it does. The keymap,
/// the `?` help, the status-line hints and test scripts all come from this one registry.
public struct Command: Hashable, Sendable {
    public let id: String
    public let keys: [Key]
    /// Short name for the status line: `打开`.
    public let title: String
    /// One line for the help overlay.
    public let help: String
    public let group: Group
    public let action: Action

    public enum Group: String, CaseIterable, Sendable {
        case move = "移动"
        case view = "查看"
        case findings = "问题"
        case review = "修改与审核"
        case other = "其他"
    }

    /// `↑ k` — how help writes the keys.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

public enum Commands {
    public static let all: [Command] = [
        Command(id: "move.up", keys: [.up, .char("k")], title: "上移", help: "选择上一行", group: .move, action: .up),
        Command(id: "move.down", keys: [.down, .char("j")], title: "下移", help: "选择下一行", group: .move, action: .down),
        Command(id: "move.page-up", keys: [.pageUp], title: "上一页", help: "向上翻一页", group: .move, action: .pageUp),
        Command(id: "move.page-down", keys: [.pageDown, .char(" ")], title: "下一页", help: "向下翻一页", group: .move, action: .pageDown),
        Command(id: "move.first", keys: [.home, .char("g")], title: "第一行", help: "到第一行", group: .move, action: .first),
        Command(id: "move.last", keys: [.end, .char("G")], title: "最后一行", help: "到最后一行", group: .move, action: .last),
        Command(id: "view.open", keys: [.enter, .right, .char("l")], title: "打开", help: "打开所选部门或项目；在问题面板中查看规则说明", group: .view, action: .open),
        Command(id: "view.back", keys: [.escape, .left, .char("h")], title: "返回", help: "返回上一层（部门概况回到部门列表）；关闭弹出的说明", group: .view, action: .back),
        Command(id: "view.next-pane", keys: [.tab, .backTab], title: "切换面板", help: "在指标表和问题面板之间切换", group: .view, action: .nextPane),
        Command(id: "view.filter", keys: [.char("f")], title: "只看有问题的", help: "只显示有问题的项目或行（部门列表中：有错误的部门）；再按一次显示全部", group: .view, action: .toggleFilter),
        Command(id: "view.sort", keys: [.char("s")], title: "排序", help: "部门列表：按下一列排序", group: .view, action: .sort),
        Command(id: "view.sort-reverse", keys: [.char("S")], title: "倒序", help: "部门列表：按这一列倒过来排序", group: .view, action: .reverseSort),
        Command(id: "app.refresh", keys: [.function(5), .ctrl("l")], title: "刷新", help: "部门列表：重新读取工作区（别的程序导入或修改之后）", group: .view, action: .refresh),
        Command(id: "view.search", keys: [.char("/")], title: "搜索", help: "搜索项目名称和指标文字，回车跳到所选结果（部门列表中：按单位名称或编码查找）", group: .view, action: .startSearch),
        Command(id: "finding.next", keys: [.char("n")], title: "下一个问题", help: "跳到下一个问题（跨项目）", group: .findings, action: .nextFinding),
        Command(id: "finding.previous", keys: [.char("N")], title: "上一个问题", help: "跳到上一个问题（跨项目）", group: .findings, action: .previousFinding),
        Command(id: "finding.walk", keys: [.char("m")], title: "n/N 范围", help: "n/N 走哪些问题：未豁免的（默认）、只走错误、全部（含已豁免）", group: .findings, action: .walkMode),
        Command(id: "finding.waive", keys: [.char("w")], title: "豁免", help: "在问题面板中豁免所选问题（核实无误，或“豁免：”和理由）；已豁免的再按取消", group: .findings, action: .waive),
        Command(id: "edit.value", keys: [.char("e")], title: "修改", help: "修改所选的值；在问题面板中，预先填好建议的写法", group: .review, action: .edit),
        Command(id: "edit.undo", keys: [.char("u")], title: "撤销", help: "撤销上一步：修改、通过、退回、意见、豁免、评定都算，按做的顺序（记入日志）", group: .review, action: .undo),
        Command(id: "edit.redo", keys: [.ctrl("r")], title: "重做", help: "重做撤销的那一步", group: .review, action: .redo),
        Command(id: "review.approve", keys: [.char("a")], title: "通过", help: "审核通过所选项目（有未改正也未豁免的错误时不能通过）", group: .review, action: .approve),
        Command(id: "review.approve-all", keys: [.char("A")], title: "批量通过", help: "通过全部待审且没有未改正错误的项目：先列出，按 y 确认才记（一个项目一条日志，u 一次全部撤销）", group: .review, action: .approveAll),
        Command(id: "review.return-all", keys: [.char("R")], title: "批量退回", help: "退回几个项目，写同一条审核意见：先填项目编号（预先填好有未改正错误的待审项目），再写意见（一个项目一条日志，u 一次全部撤销）", group: .review, action: .returnAll),
        Command(id: "review.return", keys: [.char("r")], title: "退回", help: "退回所选项目，须写审核意见", group: .review, action: .returnProject),
        Command(id: "review.comment", keys: [.char("c")], title: "意见", help: "给所选项目写一条审核意见；选中指标行时意见针对这一行", group: .review, action: .comment),
        Command(id: "review.reopen", keys: [.char("o")], title: "取消审核", help: "取消所选项目的通过或退回，回到待审", group: .review, action: .reopen),
        Command(id: "review.grade", keys: [.char("p")], title: "评定", help: "综合评定：优、良、中、差，附总体意见；显示建议和评分表", group: .review, action: .grade),
        Command(id: "view.changes", keys: [.char("d")], title: "修改记录", help: "自导入以来改过的字段（本项目，或在概况中全部项目）：原值、现值、修改人、时间", group: .view, action: .showChanges),
        Command(id: "app.export", keys: [.char("x")], title: "导出", help: "导出文档（或按 Tab 导出审核意见书），扩展名定格式；在部门列表上导出各部门的审核汇总（.xlsx .csv）", group: .review, action: .exportText),
        Command(id: "app.import-revision", keys: [.char("I")], title: "导入修改稿", help: "导入单位改后送回的修改稿，作为这份文档的下一版：没改的项目保留审核结论，改了的回到待审；d 看对比", group: .review, action: .importRevision),
        Command(id: "app.help", keys: [.char("?"), .function(1)], title: "帮助", help: "显示全部按键", group: .other, action: .help),
        Command(id: "app.quit", keys: [.char("q")], title: "退出", help: "退出", group: .other, action: .quit),
    ]

    public static func command(_ id: String) -> Command? { all.first { $0.id == id } }

    /// The command a key runs outside text entry. Ctrl-J is Enter, as terminals have it
    /// (only an opinion being typed tells them apart).
    public static func command(for key: Key) -> Command? {
        let key = key == .ctrl("j") ? .enter : key
        return all.first { $0.keys.contains(key) }
    }
}
