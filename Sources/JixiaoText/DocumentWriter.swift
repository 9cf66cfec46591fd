import JixiaoModel

/// Writes a `Document` as a 部门预算绩效文本 in the layout the reader reads: the title
/// block, the 目录, 第一部分 in paragraphs and 第二部分 as tab-separated tables.
/// `DocumentReader.read(text: write(d))` gives `d` again, apart from source lines.
public enum DocumentWriter {
    /// `draftNote`, when given, goes on a first line of its own in 【】, which the
    /// reader skips: an export made before every project was approved says so.
    public static func write(_ d: Document, draftNote: String? = nil) -> String {
        var out: [String] = []
        func blank() { out.append("") }

        // Title block.
        if let draftNote { out.append("【\(draftNote)】") }
        blank()
        out.append("**" + d.department.name)
        if d.department.isDraft {
            out.append("\(d.department.year) 年部门预算绩效文本")
            out.append("(草案)**")
        } else {
            out.append("\(d.department.year) 年部门预算绩效文本**")
        }
        if !d.department.preparedBy.isEmpty { blank(); out.append(d.department.preparedBy + "编制") }
        if !d.department.reviewedBy.isEmpty { blank(); out.append(d.department.reviewedBy + "审核") }

        // 目录.
        if !d.contents.isEmpty {
            blank(); out.append("目 录")
            for part in [1, 2] {
                let entries = d.contents.filter { $0.part == part }
                guard !entries.isEmpty else { continue }
                blank(); out.append(part == 1 ? "第一部分 部门整体绩效目标" : "第二部分 预算项目绩效目标")
                blank()
                for e in entries {
                    let sep = part == 1 ? "、" : "."
                    out.append((e.number.isEmpty ? "" : e.number + sep) + e.title + ".....\t\(e.page)")
                }
            }
        }

        // 第一部分.
        let o = d.overall
        if !o.summary.isEmpty || !o.subGoals.isEmpty || !o.measures.isEmpty {
            blank(); out.append("第一部分")
            blank(); out.append("部门整体绩效目标")
            if !o.summary.isEmpty {
                blank(); out.append("一、总体绩效目标")
                for p in o.summary { blank(); out.append(paragraph(p)) }
            }
            if !o.subGoals.isEmpty {
                blank(); out.append("二、分项绩效目标")
                for g in o.subGoals {
                    blank(); out.append("\(g.number)、绩效目标：\(g.goal)")
                    if !g.indicators.isEmpty { blank(); out.append("绩效指标：\(g.indicators)") }
                }
            }
            if !o.measures.isEmpty {
                blank(); out.append("三、工作保障措施")
                for p in o.measures { blank(); out.append(paragraph(p)) }
            }
        }

        // 第二部分.
        blank(); out.append("第二部分")
        blank(); out.append("预算项目绩效目标")
        for p in d.projects {
            blank(); out.append("\(p.number).\(p.heading)")
            blank(); out.append(table(p))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func paragraph(_ p: Paragraph) -> String {
        p.number.map { "\($0)、" + p.text } ?? p.text
    }

    static func row(_ cells: [String]) -> String { cells.joined(separator: "\t") }

    /// One project table, every row with the same cells as the extracted PDF tables.
    public static func table(_ p: Project) -> String {
        var rows: [String] = []
        let amount: (Money) -> String = { m in
            p.unit.currency == "万元" ? String(m.inWan.dropLast(3)) : m.plain
        }
        rows.append(row(["\(p.unit.code) \(p.unit.name)", "", "", "", "", "单位：\(p.unit.currency)", ""]))
        rows.append(row(["项目编码", p.code, "", "项目名称", p.name, "", ""]))
        rows.append(row(["预算规模及资金用途", "预算数", amount(p.budget.total), "其中：财政资金",
                         amount(p.budget.fiscal), "其他资金", amount(p.budget.other)]))
        if !p.usage.isEmpty { rows.append(row(["", p.usage, "", "", "", ""])) }

        // The header names only the checkpoints the table labelled; a figure without a
        // label follows the others on the figures line, as in the source.
        let labelled = p.spendingPlan.checkpoints.filter(\.labelled)
        var header = ["资金支出计划（%）"]
        var figures = [""]
        for c in labelled {
            header += [c.label, ""]
            figures += [c.figure, ""]
        }
        let unlabelled = p.spendingPlan.checkpoints.filter { !$0.labelled }
        if !unlabelled.isEmpty {
            figures.removeLast()
            figures += unlabelled.map(\.figure)
        }
        rows.append(row(header))
        if p.spendingPlan.hasFigures { rows.append(row(figures)) }

        let goals = p.goals.map { "\($0.number). \($0.text)" }.joined(separator: " ")
        rows.append(row(["绩效目标", goals, "", "", "", ""]))
        rows.append(row(["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", ""]))
        var previous: Indicator?
        for i in p.indicators {
            let level1 = i.level1 == previous?.level1 ? "" : i.level1
            rows.append(row([level1, i.level2, i.name, i.description, i.value.raw, i.basis, ""]))
            previous = i
        }
        return rows.joined(separator: "\n")
    }
}
