import JixiaoRules

/// n and N: the next or previous finding in document order, across projects, opening
/// the screen it is shown on.
enum FindingNavigation {
    static func step(_ s: inout AppState, by step: Int) {
        let all = s.ordered
        guard !all.isEmpty else {
            s.message = "没有发现问题"
            return
        }
        var target = switch Router.findingCursor(s) {
        case .on(let current): current + step
        case .before(let next): step > 0 ? next : next - 1
        }
        var wrapped = false
        if target >= all.count { target = 0; wrapped = true }
        if target < 0 { target = all.count - 1; wrapped = true }
        go(&s, to: target)
        let f = all[target]
        let rule = RuleCatalogue.rule(f.rule)?.title ?? f.rule
        s.message = (wrapped ? (step > 0 ? "已回到第一个问题。" : "已到最后一个问题。") : "") +
            "问题 \(target + 1)/\(all.count)（\(f.severity.chinese)）：\(rule)"
    }

    /// Shows finding `i` of `ordered`: its project (or the department part), its item, and
    /// the finding highlighted in the panel.
    static func go(_ s: inout AppState, to i: Int) {
        let f = s.ordered[i]
        s.overlay = nil
        s.currentFinding = i
        if let p = f.projectIndex {
            ProjectScreen.show(&s, finding: f, project: p)
        } else {
            DepartmentScreen.show(&s, finding: f)
        }
    }
}
