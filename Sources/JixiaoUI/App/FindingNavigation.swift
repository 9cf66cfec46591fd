import JixiaoRules

/// n and N: the next or previous finding in document order, across projects, opening
/// the screen it is shown on — among the findings the walk mode takes in (`m`: the open
/// ones, errors only, or all).
enum FindingNavigation {
    static func step(_ s: inout AppState, by step: Int) {
        let all = s.ordered
        let walked = all.indices.filter { s.walk.includes(all[$0]) }
        guard !walked.isEmpty else {
            s.message = all.isEmpty ? "没有发现问题" : "没有\(s.walk.title)；按 m 换成别的范围"
            return
        }
        // Where the cursor is, as a position among the walked findings.
        var target: Int
        switch Router.findingCursor(s) {
        case .on(let current):
            if let k = walked.firstIndex(of: current) {
                target = k + step
            } else {
                let after = walked.firstIndex { $0 > current } ?? walked.count
                target = step > 0 ? after : after - 1
            }
        case .before(let next):
            let after = walked.firstIndex { $0 >= next } ?? walked.count
            target = step > 0 ? after : after - 1
        }
        var wrapped = false
        if target >= walked.count { target = 0; wrapped = true }
        if target < 0 { target = walked.count - 1; wrapped = true }
        go(&s, to: walked[target])
        let f = all[walked[target]]
        let rule = RuleCatalogue.rule(f.rule)?.title ?? f.rule
        let what = s.walk == .open ? "问题" : s.walk == .errors ? "错误" : "问题（含已豁免）"
        s.message = (wrapped ? (step > 0 ? "已回到第一个问题。" : "已到最后一个问题。") : "") +
            "\(what) \(target + 1)/\(walked.count)（\(f.severity.chinese)\(f.isOpen ? "" : "，已豁免")）：\(rule)"
    }

    /// `m`: the next walk mode, said on the status line.
    static func changeWalk(_ s: inout AppState) {
        s.walk = s.walk.next
        let count = s.ordered.filter { s.walk.includes($0) }.count
        s.message = "n/N 现在走：\(s.walk.title)，共 \(count) 个（再按 m 换）"
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
