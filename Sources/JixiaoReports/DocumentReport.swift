import JixiaoTextLayout
import JixiaoModel
import JixiaoRules

/// The document as text for people at a terminal: `jixiao show` and the summary bare
/// `jixiao` prints off a terminal. Columns are aligned by display width, amounts
/// right-aligned with thousands separators.
public enum DocumentReport {
    /// Department, totals, the 综合评定 (when an assessment is given), and one line per
    /// project, its status marked with the number of opinions recorded on it.
    public static func overview(_ d: Document, assessment: GradeAssessment? = nil,
                                time: @escaping ReviewRecordReport.TimeFormat = { $0 }) -> String {
        var out: [String] = []
        let dep = d.department
        out.append("\(dep.name) \(dep.year) 年部门预算绩效文本" + (dep.isDraft ? "（草案）" : ""))
        out.append("单位编码 \(dep.code.isEmpty ? "（表中未印）" : dep.code)  \(dep.unitName)    审核：\(dep.reviewedBy.isEmpty ? "—" : dep.reviewedBy)")
        // 财政资金 not printed in any table is not 0.00 (as 预算数 is not: `knownTotalBudget`).
        let fiscal = d.projects.contains { $0.budget.fiscalSource != .missing }
            ? "财政资金 \(d.sum(\.fiscal).grouped) 元" : "财政资金表中未填"
        out.append("项目 \(d.projects.count) 个，"
                   + (d.unprintedUnitTables.unprinted > 0 ? d.totalBudgetSaid
                      : d.knownTotalBudget.map { "预算数合计 \($0.grouped) 元（\(fiscal)）\(d.totalBudgetNote)" } ?? d.unstatedTotalBudget))
        if let assessment {
            out.append("")
            out += ReviewRecordReport.grade(d, assessment, time: time)
        }
        out.append("")
        var t = TextTable(columns: [
            .init("序号", .right), .init("项目编码"), .init("项目名称"), .init("预算数（元）", .right), .init("审核"),
        ])
        for (i, p) in d.projects.enumerated() {
            let opinions = d.review.opinions(ofProjectAt: i).count
            t.append([String(p.number), p.code, p.shownName.isEmpty ? "（项目名称为空）" : p.shownName, p.budget.totalSource == .missing ? "—" : p.budgetUnitUnprinted ? p.budget.total.bareFigure + "（未印单位）" : p.budget.total.grouped,
                      d.review.status(ofProjectAt: i).chinese + (opinions > 0 ? "（意见 \(opinions)）" : "")])
        }
        let unprinted = d.unprintedUnitTables
        t.append(["", "", "合计" + d.totalBudgetNote,
                  unprinted.unprinted > 0 && unprinted.unprinted == unprinted.counted
                      ? d.knownTotalBudget.map { $0.bareFigure + "（未印单位）" } ?? "—" : d.knownTotalBudget.groupedOrDash, ""])
        out += t.render()
        return out.joined(separator: "\n") + "\n"
    }

    /// One project: header, amounts, plan, goals and the indicator table, numbered so a
    /// reviewer can name a row in `jixiao set` — with what a real table prints beyond the
    /// sample's layout: facts, itemised money, extra indicator columns, notes under it.
    /// The project's opinions (with reviewer and time, in the zone `time` shows) and
    /// waivers (`stale`: those whose finding has gone) follow the table.
    public static func project(_ d: Document, at index: Int, stale: [Waiver] = [],
                               time: @escaping ReviewRecordReport.TimeFormat = { $0 }) -> String {
        let p = d.projects[index]
        var out: [String] = []
        let shown = p.shownName
        out.append("\(p.number). \(shown.isEmpty ? "（项目名称为空）" : shown)")
        if !p.heading.isEmpty,
           TextNormalization.withoutBlanks(p.heading) != TextNormalization.withoutBlanks(p.name + "绩效目标表"),
           TextNormalization.withoutBlanks(p.heading) != TextNormalization.withoutBlanks(shown) {
            out.append("   表头：\(p.heading)")
        }
        if !p.tableTitle.isEmpty, TextNormalization.withoutBlanks(p.tableTitle) != TextNormalization.withoutBlanks(shown) {
            out.append("   表题：\(p.tableTitle)")
        }
        out.append("")
        var header = TextTable(columns: [.init(""), .init("")])
        header.append(["项目编码", p.code.isEmpty ? "（表中未填）" : p.code])
        let unit = [p.unit.code, p.unit.name].filter { !$0.isEmpty }.joined(separator: " ")
        header.append(["单位", "\(unit.isEmpty ? "（表中未印）" : unit)（\(p.unit.currencyLabel)）"])
        header.append(["指标框架", "\(p.frame.rawValue)（\(p.frame == .caiyu2021no101 ? "财预〔2021〕101号" : "财预〔2015〕88号")）"])
        header.append(["审核状态", d.review.status(ofProjectAt: index).chinese])
        for f in p.facts { header.append([f.label, f.text.isEmpty ? "—" : f.text]) }
        out += header.render(header: false)
        out.append("")
        out += money(p)
        out.append("")
        out.append("资金用途")
        out += DisplayWidth.wrap(p.usage.isEmpty ? "（空）" : p.usage, to: ReportLayout.textWidth).map { "  " + $0 }
        out.append("")
        out.append("资金支出计划（%）")
        if p.spendingPlan.checkpoints.isEmpty {
            out.append(p.layout.hasSpendingPlan ? "  （表中没有时间节点）" : "  （表中没有资金支出计划）")
        } else {
            var plan = TextTable(columns: p.spendingPlan.checkpoints.map { .init($0.label + ($0.labelled ? "" : "*"), .right) })
            plan.append(p.spendingPlan.checkpoints.map { $0.figure.isEmpty ? "—" : $0.figure })
            out += plan.render().map { "  " + $0 }
            if !p.spendingPlan.hasFigures { out.append("  （没有填写任何数字）") }
            if p.spendingPlan.checkpoints.contains(where: { !$0.labelled }) {
                out.append("  * 表头没有这一列，按顺序推定")
            }
        }
        out.append("")
        out.append("绩效目标")
        if p.goals.isEmpty { out.append("  （空）") }
        // A goal printed with a number other than its place: the field `jixiao set` takes.
        for (k, g) in p.goals.enumerated() {
            out.append("  \(g.number). \(g.text)" + (g.number == k + 1 ? "" : "  [\(ProjectField.goal(k + 1))]"))
        }
        out.append("")
        out += indicators(p)
        if !p.notes.isEmpty {
            out.append("")
            out.append("表下注记")
            for n in p.notes { out += DisplayWidth.wrap(n.text, to: ReportLayout.textWidth).map { "  " + $0 } }
        }
        for section in [ReviewRecordReport.opinions(d, at: index, time: time),
                        ReviewRecordReport.waivers(d, at: index, stale: stale, time: time)] where !section.isEmpty {
            out.append("")
            out += section
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// 预算数, 财政资金, 其他资金 with how each came to be, then the table's other money lines.
    static func money(_ p: Project) -> [String] {
        var t = TextTable(columns: [.init(""), .init("", .right), .init("")])
        for (part, label) in [(Budget.Part.total, "预算数"), (.fiscal, "  其中：财政资金"), (.other, "        其他资金")] {
            let f = p.budget.figure(part)
            var note = ""
            switch f.source {
            case .stated:
                if let printed = f.printed {
                    note = "原文“\(printed)”" + (f.defect.map { "：\($0.chinese)" } ?? "")
                }
            case .derived:
                note = part == .total ? "表中未填，按财政资金与其他资金推算" : "表中未填，按下列分项推算"
            case .missing:
                note = "表中未填"
            }
            let amount = f.source == .missing ? "—"
                : p.budgetUnitUnprinted ? p.budget.amount(part).bareFigure + "（未印单位）" : p.budget.amount(part).grouped + " 元"
            t.append([label, amount, note.isEmpty ? "" : "（\(note)）"])
        }
        var out = t.render(header: false)
        if !p.budget.items.isEmpty {
            out.append("  表中的其他金额")
            var items = TextTable(columns: [.init(""), .init("", .right), .init("")])
            for i in p.budget.items {
                items.append(["    " + i.label, i.amount.map { $0.grouped + " 元" } ?? "—", "（原文“\(i.printed)”）"])
            }
            out += items.render(header: false)
        }
        return out
    }

    /// The indicator table: the six standard columns and, after them, every other column
    /// the table printed (权重, 指标方向性, 备注, 中期/长期 values …), by its printed header.
    static func indicators(_ p: Project) -> [String] {
        var out = ["绩效指标"]
        let extras = p.layout.extraColumns
        var t = TextTable(columns: [.init("#", .right)] + IndicatorField.columnTitles.map { .init($0) }
                              + extras.map { .init($0.header) })
        var previous: Indicator?
        for (r, i) in p.indicators.enumerated() {
            let cells = extras.map { c in
                i.extras.first { $0.header == c.header && $0.kind == c.kind && $0.term == c.term }?.text ?? ""
            }
            t.append([String(r + 1), i.level1 == previous?.level1 ? "" : i.level1] + IndicatorField.allCases.map { i[$0] } + cells)
            previous = i
        }
        out += t.render().map { "  " + $0 }
        if p.layout.indicatorColumns != IndicatorColumn.standardSix {
            // Each column by its printed header, with what it holds where the header does not say.
            let columns = p.layout.indicatorColumns.filter { $0.kind != .blockLabel }.map { c in
                c.kind == .other || TextNormalization.contains(c.header, c.kind.chinese) ? c.header : "\(c.header)（\(c.kind.chinese)）"
            }
            out.append("  表中的列：" + columns.joined(separator: "、"))
        }
        // Labels printed other than the frame names them (beyond extraction spaces).
        var renamed: [String] = []
        for i in p.indicators {
            for (printed, standard) in [(i.level1, i.standardLevel1), (i.level2, i.standardLevel2)]
                where !printed.isEmpty && TextNormalization.withoutBlanks(printed) != standard {
                let pair = "\(printed) → \(standard)"
                if !renamed.contains(pair) { renamed.append(pair) }
            }
        }
        if !renamed.isEmpty {
            out += DisplayWidth.wrap("按标准名称：" + renamed.joined(separator: "；"), to: ReportLayout.textWidth).map { "  " + $0 }
        }
        return out
    }
}
