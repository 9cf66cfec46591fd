extension Document {
    /// Every editable field of one project.
    public func fieldPaths(ofProjectAt index: Int) -> [FieldPath] {
        let p = projects[index]
        var fields: [ProjectField] = [.code, .name, .heading, .usage]
        fields += ProjectField.BudgetPart.allCases.map { .budget($0) }
        fields += p.spendingPlan.checkpoints.map { .plan(month: $0.month) }
        fields += p.goals.indices.map { .goal($0 + 1) }
        for r in p.indicators.indices {
            fields += IndicatorField.allCases.map { .indicator(row: r + 1, $0) }
        }
        return fields.map { FieldPath(projectIndex: index, field: $0) }
    }

    /// Every editable field of the department part (部门整体绩效目标), in reading order.
    public func departmentFieldPaths() -> [FieldPath] {
        overall.fields.map { FieldPath.department($0) }
    }

    /// Where two versions of a document differ, in the reviewer's terms: one line per
    /// differing field, `项目 3 indicator.1.value：“57.66 万元” → “8 万元”`.
    public func differences(from other: Document) -> [String] {
        var out: [String] = []
        if projects.count != other.projects.count {
            out.append("项目数 \(other.projects.count) → \(projects.count)")
            return out
        }
        for path in Set(departmentFieldPaths()).union(other.departmentFieldPaths()).sorted(by: { $0.field.description < $1.field.description }) {
            let a = other.value(at: path), b = value(at: path)
            if a != b { out.append("部门 \(path.field)：“\(a ?? "（无）")” → “\(b ?? "（无）")”") }
        }
        for i in projects.indices {
            let paths = Set(fieldPaths(ofProjectAt: i)).union(other.fieldPaths(ofProjectAt: i))
            for path in paths.sorted(by: { $0.field.description < $1.field.description }) {
                let a = other.value(at: path), b = value(at: path)
                if a != b {
                    out.append("项目 \(i + 1) \(path.field)：“\(a ?? "（无）")” → “\(b ?? "（无）")”")
                }
            }
            let ra = other.review.projects[String(i + 1)], rb = review.projects[String(i + 1)]
            if ra?.status != rb?.status {
                out.append("项目 \(i + 1) 审核：\(ra?.status.chinese ?? "待审") → \(rb?.status.chinese ?? "待审")")
            } else if ra != rb {
                out.append("项目 \(i + 1) 审核意见：\(ra?.opinions.count ?? 0) 条 → \(rb?.opinions.count ?? 0) 条")
            }
        }
        if review.waivers != other.review.waivers {
            out.append("豁免 \(other.review.waivers.count) 条 → \(review.waivers.count) 条")
        }
        if review.grade != other.review.grade {
            out.append("综合评定：\(other.review.grade?.grade.chinese ?? "未评定") → \(review.grade?.grade.chinese ?? "未评定")")
        }
        if out.isEmpty && self != other {
            out.append("部门信息、目录或来源行号不同")
        }
        return out
    }
}
