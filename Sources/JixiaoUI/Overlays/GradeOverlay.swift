import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// `p`: the 综合评定. The four grades to choose from, the one Jixiao suggests selected
/// first, and under them the score table and why (GradeAssessment, docs/grading.md).
/// Enter asks for the overall opinion — required when the grade is not the suggested one.
public struct GradeOverlay: Hashable, Sendable, OverlayFeature {
    /// The grade selected.
    public var selected: Grade
    public var suggested: Grade
    /// First line shown.
    public var offset = 0

    init(_ s: AppState) {
        suggested = GradeAssessment.assess(s.document, findings: s.ordered).suggested
        selected = s.document.review.grade?.grade ?? suggested
    }

    var overlay: Overlay { .grade(self) }

    func layout(_ s: AppState) -> PopupLayout { PopupLayout(s, lines: lines(s, width: PopupLayout.textWidth(s))) }

    func lines(_ s: AppState, width: Int) -> [TextLine] {
        var out = [TextLine("选择评定（↑↓ 选择，Enter 写总体意见）", .heading)]
        for g in Grade.allCases {
            let mark = g == selected ? "> " : "  "
            let notes = [g == suggested ? "建议" : nil, g == s.document.review.grade?.grade ? "现评定" : nil].compactMap { $0 }
            out.append(TextLine(mark + "\(g.chinese)  \(g.meaning)" + (notes.isEmpty ? "" : "（\(notes.joined(separator: "，"))）"),
                                g == selected ? .heading : .plain))
        }
        out.append(TextLine(""))
        if let g = s.document.review.grade {
            out += DisplayWidth.wrap("现评定：\(g.grade.chinese)，\(g.reviewer) \(s.time(g.time))" + (g.comment.isEmpty ? "" : "；" + g.comment),
                                     to: width).map { TextLine($0) }
        }
        for line in GradeAssessment.assess(s.document, findings: s.ordered).lines {
            out += DisplayWidth.wrap(line, to: width).map { TextLine($0, .dim) }
        }
        return out
    }

    func action(for key: Key) -> Action? {
        switch key {
        case .up, .char("k"): .up
        case .down, .char("j"): .down
        case .enter: .submit
        case .escape, .char("q"): .back
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        default: nil
        }
    }

    mutating func reduce(_ s: inout AppState, _ action: Action, _ layout: PopupLayout) -> [Effect] {
        let all = Grade.allCases
        let k = all.firstIndex(of: selected)!
        switch action {
        case .up: selected = all[max(0, k - 1)]
        case .down: selected = all[min(all.count - 1, k + 1)]
        case .pageUp, .pageDown: PopupLayout.scroll(&offset, action, layout)
        case .submit:
            let current = s.document.review.grade
            s.overlay = .prompt(PromptOverlay(purpose: .grade(selected, suggested: suggested),
                                              text: current?.grade == selected ? current?.comment ?? "" : ""))
        case .back: s.overlay = nil
        default: break
        }
        return []
    }

    mutating func settle(_ s: AppState) { offset = layout(s).viewport(offset: offset).offset }

    func render(_ s: AppState, _ layout: PopupLayout, into b: inout Buffer) {
        layout.draw(title: " 综合评定 ", offset: offset, glyphs: s.glyphs, into: &b)
    }

    func hints(_ s: AppState) -> [(String, String)] { [("↑↓", "选择"), ("Enter", "写总体意见"), ("Esc", "关闭")] }
}
