/// A table that prints no money unit: no `单位：元`/`单位：万元`, none in its money labels
/// (`项目资金（万元）`), and figures without one (`预算数 814`). Its figures are held as 元
/// (the only way to hold an amount), but the table does not say 元 or 万元 — 814 元 and
/// 814 万元 differ ten thousand times — so what is said of them is said as printed.
extension TableUnit {
    /// The table printed no money unit (`currency` is empty).
    public var currencyUnprinted: Bool { currency.isEmpty }

    /// `单位：万元`, or that the table prints none: what a report's unit cell says.
    public var currencyLabel: String { currencyUnprinted ? "表中未印金额单位" : "单位：\(currency)" }
}

extension Project {
    /// The table prints no money unit and at least one of its amounts is a bare figure
    /// (`814`, not `854万`): which unit the figures are in is not known.
    public var budgetUnitUnprinted: Bool { !bareFigures.isEmpty }

    /// The amounts printed without a unit in a table that prints none, in table order, with
    /// the line each is on: (`预算数`, `814`, 11). Empty when the table prints its unit. A 0 is
    /// 0 in any unit: not one.
    public var bareFigures: [(label: String, printed: String, line: Int)] {
        guard unit.currencyUnprinted else { return [] }
        var out: [(label: String, printed: String, line: Int)] = []
        for part in Budget.Part.allCases where budget.isStated(part) && budget.amount(part) != .zero {
            let f = budget.figure(part)
            let line = part == .total ? lines.budgetTotal ?? lines.budget : lines.budget
            if let printed = f.printed {
                if !Self.namesUnit(printed) { out.append((part.chinese, printed, line)) }
            } else {
                out.append((part.chinese, budget.amount(part).bareFigure, line))
            }
        }
        for item in budget.items where (item.amount ?? .zero) != .zero && !Self.namesUnit(item.printed) {
            out.append((item.label, item.printed, item.line))
        }
        return out
    }

    /// An amount of this table in a column of 元: `80,000.00`, or as printed when it is a figure
    /// of unknown unit (`814（未印单位）`: the table prints no money unit and the cell, `printed`
    /// — nil for a plain figure — names none).
    public func amountCell(_ m: Money, printed: String?) -> String {
        isOfUnknownUnit(printed: printed) ? m.bareFigure + "（未印单位）" : m.grouped
    }

    /// An amount of this table printed as `printed` (nil for a plain figure) is a figure of
    /// unknown unit: the table prints no money unit and the cell names none.
    public func isOfUnknownUnit(printed: String?) -> Bool {
        unit.currencyUnprinted && !(printed.map(Self.namesUnit) ?? false)
    }

    /// `854万`, `2279.048 万元`, `20000元`: a figure that carries its unit.
    public static func namesUnit(_ printed: String) -> Bool {
        printed.contains("元") || printed.contains("万") || printed.contains("亿")
    }
}

extension Money {
    /// The figure with no unit and no needless decimals (`814`, `12.5`, `0.01`): an amount
    /// read from a table that names no unit, said as printed.
    public var bareFigure: String {
        var s = plain
        while s.hasSuffix("0"), s.contains(".") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}

extension Document {
    /// How many of the tables the 预算数合计 counts print their figures with no unit.
    public var unprintedUnitTables: (unprinted: Int, counted: Int) {
        let counted = projects.filter { !$0.isDepartmentWide && $0.budget.totalSource != .missing }
        return (counted.reduce(0) { $0 + ($1.budgetUnitUnprinted ? 1 : 0) }, counted.count)
    }

    /// `knownTotalBudget` kept apart by what the tables say of their unit: `yuan`, the 元
    /// total of the tables that print their unit (or whose figures carry it), and
    /// `unprinted`, the bare figures' total of those that print none — a number of unknown
    /// unit, never added to 元. Each nil when no such table gives a 预算数; for a document
    /// whose tables all print their unit, `yuan` is `knownTotalBudget` and `unprinted` nil.
    public var budgetTotalsByUnit: (yuan: Money?, unprinted: Money?) {
        var yuan: Money?, unprinted: Money?
        for p in projects where !p.isDepartmentWide && p.budget.totalSource != .missing {
            if p.budgetUnitUnprinted { unprinted = (unprinted ?? .zero) + p.budget.total }
            else { yuan = (yuan ?? .zero) + p.budget.total }
        }
        return (yuan, unprinted)
    }

    /// `预算数合计 9,096,580.00 元` with `totalBudgetNote`; as printed when the tables print no
    /// money unit (`预算数合计 814（表中未印金额单位）`); when only some of them do not, the 元
    /// total of the others and theirs apart (`…元（另有 1 个项目表未印金额单位，其预算数 814 未计入）`);
    /// `unstatedTotalBudget` when no table gives one.
    public var totalBudgetSaid: String {
        guard let total = knownTotalBudget else { return unstatedTotalBudget }
        let (unprinted, _) = unprintedUnitTables
        if unprinted == 0 { return "预算数合计 \(total.grouped) 元\(totalBudgetNote)" }
        let split = budgetTotalsByUnit
        guard let yuan = split.yuan else { return "预算数合计 \(total.bareFigure)（表中未印金额单位）\(totalBudgetNote)" }
        return "预算数合计 \(yuan.grouped) 元（另有 \(unprinted) 个项目表未印金额单位，其预算数 \((split.unprinted ?? .zero).bareFigure) 未计入）\(totalBudgetNote)"
    }

    /// The 预算数合计 in a column of 元 figures: `9,096,580.00`, `814（未印单位）` when the
    /// tables print no money unit, `1,000.00 + 814（未印单位）` when some do not, `—` when no
    /// table gives one.
    public var totalBudgetCell: String {
        let split = budgetTotalsByUnit
        return Self.budgetCell(yuan: split.yuan, unprinted: split.unprinted)
    }

    /// A 元 figure and one of unknown unit, side by side and never added: what a column of 元
    /// figures shows of a department (`1,000.00 + 814（未印单位）`); `—` for neither.
    public static func budgetCell(yuan: Money?, unprinted: Money?) -> String {
        let bare = unprinted.map { $0.bareFigure + "（未印单位）" }
        guard let yuan else { return bare ?? "—" }
        return yuan.grouped + (bare.map { " + " + $0 } ?? "")
    }
}
