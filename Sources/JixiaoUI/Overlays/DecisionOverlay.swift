import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// What `a` shows when a project cannot simply be approved: its errors not corrected or
/// waived, with the way out (Enter goes to the first); or, for a 退回 project, its
/// opinion and the question whether the unit answered it (`y` approves, saying so in the
/// journal). `A` (批量通过) lists the projects it would approve and approves them on `y`.
public struct DecisionOverlay: Hashable, Sendable, OverlayFeature {
    public enum Question: Hashable, Sendable {
        case openErrors(project: Int)
        case answered(project: Int)
        /// 批量通过 of these projects (0-based), each 待审 with no open error.
        case approveAll(projects: [Int])
    }

    public var question: Question
    /// First line shown.
    public var offset = 0

    public init(_ question: Question) { self.question = question }

    var overlay: Overlay { .decision(self) }

    var project: Int? {
        switch question {
        case .openErrors(let p), .answered(let p): p
        case .approveAll: nil
        }
    }

    func layout(_ s: AppState) -> PopupLayout { PopupLayout(s, lines: lines(s, width: PopupLayout.textWidth(s))) }

    func lines(_ s: AppState, width: Int) -> [TextLine] {
        let name = project.map { "\(s.document.projects[$0].number).\(s.document.projects[$0].shownName)" } ?? ""
        func wrapped(_ text: String, _ kind: TextLine.Kind = .plain, indent: String = "") -> [TextLine] {
            DisplayWidth.wrap(text, to: width - DisplayWidth.of(indent)).map { TextLine(indent + $0, kind) }
        }
        var out: [TextLine] = []
        switch question {
        case .openErrors(let project):
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
        case .approveAll(let projects):
            out += wrapped("批量通过以下 \(projects.count) 个待审、没有未改正错误的项目：", .heading)
            out.append(TextLine(""))
            for p in projects {
                let q = s.document.projects[p]
                let warnings = s.ordered.filter { $0.projectIndex == p && $0.isOpen && $0.severity == .warning }.count
                out += wrapped("\(q.number).\(q.shownName)" + (warnings > 0 ? "（\(warnings) 个警告）" : ""), indent: "  ")
            }
            let statuses = s.document.projects.indices.map { s.document.review.status(ofProjectAt: $0) }
            let blocked = statuses.indices.filter { statuses[$0] == .pending && !projects.contains($0) }.count
            let returned = statuses.filter { $0 == .returned }.count
            var left: [String] = []
            if blocked > 0 { left.append("\(blocked) 个有未改正的错误") }
            if returned > 0 { left.append("\(returned) 个已退回（须逐个确认退回意见已落实）") }
            if !left.isEmpty {
                out.append(TextLine(""))
                out += wrapped("不在其中：" + left.joined(separator: "，") + "。")
            }
            out.append(TextLine(""))
            out += wrapped("每个项目记一条日志；通过后按 u 一次全部撤销。")
            out.append(TextLine(""))
            out.append(TextLine("y 确认并全部通过    n 或 Esc 取消", .dim))
        case .answered(let project):
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
        case (.approveAll(let projects), .confirm):
            s.overlay = nil
            return [.approveAll(projects)]
        case (.approveAll, .open):
            break
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
            if let project {
                s.message = "未通过：\(s.document.projects[project].number).\(s.document.projects[project].shownName) 仍是\(s.document.review.status(ofProjectAt: project).chinese)"
            } else {
                s.message = "未批量通过：没有改动"
            }
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        let title = switch question {
        case .openErrors: " 不能通过 "
        case .answered: " 通过已退回的项目 "
        case .approveAll: " 批量通过 "
        }
        layout.draw(title: title, offset: offset,
                    glyphs: s.glyphs, into: &b)
    }

    func hints(_ s: AppState) -> [(String, String)] {
        switch question {
        case .openErrors: [("Enter", "转到错误"), ("Esc", "关闭")]
        case .answered: [("y", "确认并通过"), ("n/Esc", "取消")]
        case .approveAll: [("y", "确认并全部通过"), ("n/Esc", "取消")]
        }
    }
}
