import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// What `a` shows when a project cannot simply be approved: its errors not corrected or
/// waived, with the way out (Enter goes to the first); or, for a 退回 project, its
/// opinion and the question whether the unit answered it (`y` approves, saying so in the
/// journal).
public struct DecisionOverlay: Hashable, Sendable, OverlayFeature {
    public enum Question: Hashable, Sendable {
        case openErrors(project: Int)
        case answered(project: Int)
    }

    public var question: Question
    /// First line shown.
    public var offset = 0

    public init(_ question: Question) { self.question = question }

    var overlay: Overlay { .decision(self) }

    var project: Int {
        switch question {
        case .openErrors(let p), .answered(let p): p
        }
    }

    func layout(_ s: AppState) -> PopupLayout { PopupLayout(s, lines: lines(s, width: PopupLayout.textWidth(s))) }

    func lines(_ s: AppState, width: Int) -> [TextLine] {
        let p = s.document.projects[project]
        let name = "\(p.number).\(p.shownName)"
        func wrapped(_ text: String, _ kind: TextLine.Kind = .plain, indent: String = "") -> [TextLine] {
            DisplayWidth.wrap(text, to: width - DisplayWidth.of(indent)).map { TextLine(indent + $0, kind) }
        }
        var out: [TextLine] = []
        switch question {
        case .openErrors:
            let errors = ReviewGate.blocking(s.ordered, project: project)
            out += wrapped("不能通过：\(name) 还有 \(errors.count) 个错误未改正或豁免", .heading)
            out.append(TextLine(""))
            for f in errors {
                out += wrapped("E " + ReviewGate.describe(f, in: s.document).dropFirst(name.count + 1), .mark(.error))
                if let suggestion = f.suggestion { out += wrapped("建议：" + suggestion, indent: "  ") }
            }
            out.append(TextLine(""))
            out += wrapped("错误须改正（e 修改，问题面板中可采纳建议的写法）；确实无误或另有依据的，在问题面板中按 w 豁免，写明理由。")
            out.append(TextLine(""))
            out.append(TextLine("Enter 转到第一个错误    Esc 关闭", .dim))
        case .answered:
            out += wrapped("\(name) 已退回", .heading)
            let opinions = s.document.review.opinions(ofProjectAt: project).filter { $0.action == .return || $0.action == nil }
            for o in opinions {
                out += wrapped("\(o.label)（\(o.reviewer) \(s.time(o.time))）：\(o.text)", indent: "  ")
            }
            out.append(TextLine(""))
            out += wrapped("单位已按退回意见修改了吗？确认后通过，日志记下“确认退回意见已落实”。")
            out.append(TextLine(""))
            out.append(TextLine("y 确认并通过    n 或 Esc 取消", .dim))
        }
        return out
    }

    func action(for key: Key) -> Action? {
        switch key {
        case .char("y"), .char("Y"): .confirm
        case .char("n"), .char("N"), .escape: .cancel
        case .enter: .open
        case .up: .up
        case .down: .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        default: .back
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: PopupLayout) -> [Effect] {
        switch (question, action) {
        case (_, .up), (_, .down), (_, .pageUp), (_, .pageDown):
            PopupLayout.scroll(&offset, action, layout)
        case (.answered(let p), .confirm):
            s.overlay = nil
            return [.review(.approve, project: p, comment: nil, answered: true)]
        case (.openErrors(let p), .open):
            s.overlay = nil
            if let first = ReviewGate.blocking(s.ordered, project: p).first, let i = s.ordered.firstIndex(of: first) {
                s.onlyWithFindings = false
                FindingNavigation.go(&s, to: i)
                s.message = "第一个错误：改正（e），或核实后豁免（Tab 进入问题面板，按 w）"
            }
        case (_, .confirm), (_, .open):
            break
        default:
            s.overlay = nil
            s.message = "未通过：\(s.document.projects[project].number).\(s.document.projects[project].shownName) 仍是\(s.document.review.status(ofProjectAt: project).chinese)"
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        layout.draw(title: question == .answered(project: project) ? " 通过已退回的项目 " : " 不能通过 ", offset: offset,
                    glyphs: s.glyphs, into: &b)
    }

    func hints(_ s: AppState) -> [(String, String)] {
        switch question {
        case .openErrors: [("Enter", "转到错误"), ("Esc", "关闭")]
        case .answered: [("y", "确认并通过"), ("n/Esc", "取消")]
        }
    }
}
