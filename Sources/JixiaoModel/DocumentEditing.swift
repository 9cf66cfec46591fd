/// Why an edit cannot be made. Messages are for the reviewer.
public struct EditError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Document {
    /// The current text of a field, as the document would print it; nil when the
    /// field does not exist (no such row, goal or checkpoint).
    public func value(at path: FieldPath) -> String? {
        if case .overall(let f) = path.field { return path.isDepartment ? overall.value(f) : nil }
        guard projects.indices.contains(path.projectIndex) else { return nil }
        let p = projects[path.projectIndex]
        switch path.field {
        case .code: return p.code
        case .name: return p.name
        case .heading: return p.heading
        case .usage: return p.usage
        case .budget(let part):
            // An amount the table left empty reads as the empty cell, derived or not.
            guard p.budget.isStated(part) else { return "" }
            // A table that prints no money unit: the figure as it has it — bare (`814`), or
            // with the unit it carries (`854万`) — not the 元 spelling `814.00`.
            let f = p.budget.figure(part)
            if p.unit.currencyUnprinted, f.defect == nil { return f.printed ?? p.budget.amount(part).bareFigure }
            return p.budget.amount(part).plain
        case .plan(let month): return p.spendingPlan.checkpoint(month: month)?.figure
        case .goal(let n): return p.goals.indices.contains(n - 1) ? p.goals[n - 1].text : nil
        case .indicator(let row, let f):
            guard p.indicators.indices.contains(row - 1) else { return nil }
            return p.indicators[row - 1][f]
        case .overall:
            return nil
        }
    }

    /// The document with one field set to `text`. Amounts and percentages are checked
    /// strictly; text must fit in one table cell (no tab, no line break).
    public func setting(_ path: FieldPath, to text: String) throws(EditError) -> Document {
        // The department part has only its own fields, and a project none of them.
        if path.isDepartment && !path.field.isOverall {
            throw EditError("部门整体绩效目标没有\(path.field.chinese)：它的字段是 \(ProjectField.departmentSpellings)")
        }
        if case .overall(let f) = path.field, !path.isDepartment {
            throw EditError("\(f.chinese)属于部门整体绩效目标，不属于项目 \(path.projectIndex + 1)")
        }
        if !path.isDepartment && !projects.indices.contains(path.projectIndex) {
            throw EditError("没有第 \(path.projectIndex + 1) 个项目（文档共 \(projects.count) 个项目）")
        }
        if text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            throw EditError("\(path.field.chinese)不能包含制表符或换行：" + (path.isDepartment ? "一段只能是一行文字" : "表格的一个单元格只能有一行文字"))
        }
        if let refusal = InvisibleCharacters.refusal(of: text, as: path.field.chinese) { throw EditError(refusal) }
        var doc = self
        if case .overall(let f) = path.field {
            doc.overall = try overall.setting(f, to: TextNormalization.trimmed(text))
            return doc
        }
        var p = doc.projects[path.projectIndex]
        let trimmed = TextNormalization.trimmed(text)
        switch path.field {
        case .code:
            let code = TextNormalization.withoutBlanks(TextNormalization.halfWidth(trimmed)).uppercased()
            guard !code.isEmpty else { throw EditError("项目编码不能为空") }
            p.code = code
        case .name: p.name = trimmed
        case .heading: p.heading = trimmed
        case .usage: p.usage = trimmed
        case .budget(let part):
            if trimmed.isEmpty {
                // An empty cell, as the table may have printed it (and as an undo puts it
                // back): not stated, so derived from the other amounts where it can be.
                p.budget.set(part, .zero, .missing)
            } else {
                // What the screen shows is accepted back: `80,000.00`, `8万元`, `8 万元`; a cell
                // printed twice (`854万854万`) is a publishing defect, not something to type.
                let money: Money
                do {
                    let printed = try PrintedAmount.read(trimmed)
                    guard printed.defect == nil else { throw MoneyParseError.notANumber(trimmed) }
                    money = printed.money
                } catch {
                    throw EditError("\(part.chinese)：\(error)")
                }
                // In a table that prints no money unit the cell is kept as typed, as the reader
                // keeps a printed one: a bare `900` stays a figure of the table's unknown unit
                // (held as its figures are), `900万元` carries its unit, as `854万` printed there does.
                let typed = p.unit.currencyUnprinted && DecimalText(TextNormalization.withoutBlanks(trimmed)) == nil
                p.budget.set(part, money, BudgetFigure(source: .stated, printed: typed ? trimmed : nil))
            }
            p.budget = p.budget.derivingMissing()
        case .plan(let month):
            guard let i = p.spendingPlan.checkpoints.firstIndex(where: { $0.month == month }) else {
                let have = p.spendingPlan.checkpoints.map(\.label).joined(separator: "、")
                throw EditError("资金支出计划没有 \(month)月底 这一列（本表有：\(have.isEmpty ? "无" : have)）")
            }
            if !trimmed.isEmpty && Checkpoint(month: month, figure: trimmed).percent == nil {
                throw EditError("资金支出计划的数字应写作百分比，如 50.00%，而不是“\(trimmed)”")
            }
            p.spendingPlan.checkpoints[i].figure = trimmed
        case .goal(let n):
            guard p.goals.indices.contains(n - 1) else {
                throw EditError("没有绩效目标 \(n)（本项目有 \(p.goals.count) 条）")
            }
            p.goals[n - 1].text = trimmed
        case .indicator(let row, let f):
            guard p.indicators.indices.contains(row - 1) else {
                throw EditError("没有第 \(row) 行指标（本项目有 \(p.indicators.count) 行）")
            }
            // A blank 二级 cell reads as "as the row above"; an empty one cannot be written.
            if f == .level2 && trimmed.isEmpty { throw EditError("二级指标不能为空") }
            // A value put together from the areas' columns has no cell of its own to go to.
            if f == .value && p.layout.composesValueFromAreas && !p.indicators[row - 1].areaCells.isEmpty {
                throw EditError("这张表按区域分列目标值（\(p.layout.areaNames.joined(separator: "、"))），没有合计一栏：指标值由各区域的值合成，不能直接修改；请在原件中修改各区域的目标值后重新导入")
            }
            p.indicators[row - 1][f] = trimmed
        case .overall:
            break
        }
        doc.projects[path.projectIndex] = p
        return doc
    }
}
