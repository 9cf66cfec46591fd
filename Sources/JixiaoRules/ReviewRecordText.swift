import JixiaoModel

/// The review record in the reviewer's words: where a waiver is, what a change did. For the
/// journal (`jixiao log`), the workstation's status line and `jixiao show`.
extension Waiver {
    /// `项目 3 第 1 行指标的指标值`, `项目 2 资金支出计划`, `部门 目录`.
    public var place: String {
        let who = project.map { "项目 \($0)" } ?? "部门"
        if let row {
            return "\(who) 第 \(row) 行指标" + (field.map { "的\($0.chinese)" } ?? "")
        }
        let what = Location.Part(rawValue: part)?.chinese ?? part
        // The department's own part is the department: `部门`, not `部门 部门`.
        return project == nil && what == who ? who : "\(who) \(what)"
    }

    /// `项目 3 第 1 行指标的指标值 [indicator.amount-vs-budget]：核实无误`.
    public var summary: String { "\(place) [\(rule)]：\(reason)" }
}

extension RecordChange {
    /// One phrase per thing changed: `项目 3 第 1 行指标的指标值：“8 万元” → “57.66 万元”`,
    /// `项目 3 通过 → 待审`, `豁免 项目 3 …`, `综合评定 良 → 未评定`.
    public var summary: [String] {
        var out: [String] = []
        for f in fields {
            out.append("\(FieldPath.place(ofProject: f.project)) \(f.field.chinese)：“\(f.old)” → “\(f.new)”")
        }
        for r in reviews {
            let (a, b) = r.statusChange
            var s = "项目 \(r.project) "
            if a != b { s += "\(a.chinese) → \(b.chinese)" }
            let (na, nb) = (r.old?.opinions.count ?? 0, r.new?.opinions.count ?? 0)
            if na != nb { s += (a != b ? "，" : "") + (nb > na ? "审核意见 \(nb - na) 条" : "撤回审核意见 \(na - nb) 条") }
            if a == b && na == nb { s += "审核记录" }
            out.append(s)
        }
        if let w = waivers {
            out += w.removed.map { "取消豁免 \($0.place) [\($0.rule)]" }
            out += w.added.map { "豁免 \($0.summary)" }
        }
        if let g = grade {
            out.append("综合评定 \(g.old?.grade.chinese ?? "未评定") → \(g.new?.grade.chinese ?? "未评定")")
        }
        return out
    }
}
