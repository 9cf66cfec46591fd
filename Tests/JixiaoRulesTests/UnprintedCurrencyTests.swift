import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// A table that prints no money unit (鄂州 2022: `合计 | 814`, no `单位：元`/`单位：万元`
/// anywhere; judge's session 24): the figures are read as printed, the reviewer is told where,
/// and no message turns them into 元 or 万元 or sets them against amounts written with a unit.
@Suite struct UnprintedCurrencyTests {
    /// A one-table text; `unitLine` is the line under the heading (none when empty).
    static func document(unitLine: String, money: String, rows: [String], usage: String = "") throws -> Document {
        var lines = ["1.办公大楼运行保障绩效目标表", ""]
        if !unitLine.isEmpty { lines.append(unitLine) }
        lines += ["项目名称\t办公大楼运行保障", money]
        if !usage.isEmpty { lines.append("\t\(usage)") }
        lines += ["绩效目标\t保障办公大楼正常运行。", "一级指标\t二级指标\t三级指标\t指标值"] + rows
        return try DocumentReader.read(text: "**某中心\n2022 年项目支出绩效目标**\n\n" + lines.joined(separator: "\n") + "\n")
    }

    static let rows = [
        "产出指标\t数量指标\t维修维护次数\t2280次",
        "产出指标\t成本指标\t成本控制率\t不超预算",
        "效益指标\t社会效益指标\t办公秩序\t良好",
        "满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%",
    ]
    static let bareMoney = "预算规模及资金用途\t预算数\t814\t其中：财政资金\t814\t其他资金\t0"

    @Test func aTableWithoutAUnitIsReadAsPrintedAndSaidSo() throws {
        let d = try Self.document(unitLine: "单位名称\t某中心", money: Self.bareMoney, rows: Self.rows)
        let p = d.projects[0]
        #expect(p.unit.currency == "")
        #expect(p.unit.name == "某中心")
        #expect(p.budgetUnitUnprinted)
        #expect(p.bareFigures.map(\.printed) == ["814", "814"])
        #expect(d.totalBudgetSaid == "预算数合计 814（表中未印金额单位）")
        let all = RuleEngine().check(d).all
        let absent = all.filter { $0.rule == "budget.currency-absent" }
        #expect(absent.count == 1)
        #expect(absent.first?.location.line == 8)
        #expect(absent.first?.message.hasPrefix("表中没有印金额单位") == true)
        #expect(absent.first?.message.contains("预算数“814”、财政资金“814”") == true)
        // The cost advice names the budget as printed: no `≤0.0814万元`, no `814.00 元`.
        let advice = all.first { $0.rule == "indicator.not-quantified" }?.suggestion ?? ""
        #expect(advice == "写明成本上限并写明单位，不超过预算数 814（未印单位）")
        for f in all {
            #expect(!f.message.contains("元") || f.rule == "budget.currency-absent", "\(f.rule): \(f.message)")
            #expect(!(f.suggestion ?? "").contains("万元") || f.rule == "budget.currency-absent", "\(f.rule): \(f.suggestion ?? "")")
        }
    }

    @Test func aUnitPrintedAnywhereIsTheTables() throws {
        // On the unit line, in the money block's label, in the labels of all the bare figures.
        for (unitLine, money, unit) in [
            ("某中心\t\t单位：万元", Self.bareMoney, "万元"),
            ("某中心", "预算规模（万元）\t预算数\t814\t其中：财政资金\t814\t其他资金\t0", "万元"),
            ("某中心", "预算数（万元）\t814\t财政资金（万元）\t814", "万元"),
        ] {
            let d = try Self.document(unitLine: unitLine, money: money, rows: Self.rows)
            #expect(d.projects[0].unit.currency == unit, "\(money)")
            #expect(!d.projects[0].budgetUnitUnprinted)
            #expect(!RuleEngine().check(d).all.contains { $0.rule == "budget.currency-absent" })
        }
        // Each figure with its own unit: known, though the table names none.
        let own = try Self.document(unitLine: "某中心", money: "预算规模及资金用途\t预算数\t854万\t其中：财政资金\t854万\t其他资金\t0", rows: Self.rows)
        #expect(own.projects[0].unit.currency == "")
        #expect(!own.projects[0].budgetUnitUnprinted)
        #expect(own.projects[0].budget.total == Money(yuan: 8_540_000))
        #expect(!RuleEngine().check(own).all.contains { $0.rule == "budget.currency-absent" })
    }

    @Test func amountsWithAUnitAreNotSetAgainstAnUnprintedBudget() throws {
        // `≤500万元` against `814`: 814 元 or 814 万元 — nothing to say but that the unit is missing.
        var rows = Self.rows
        rows[1] = "产出指标\t成本指标\t办公大楼运行成本\t≤900万元"
        let d = try Self.document(unitLine: "某中心", money: Self.bareMoney, rows: rows, usage: "全年共需资金 900 万元。")
        let rules = Set(RuleEngine().check(d).all.map(\.rule))
        #expect(!rules.contains("indicator.cost-above-budget"))
        #expect(!rules.contains("usage.arithmetic"))
        #expect(rules.contains("budget.currency-absent"))
        // The same with the unit printed: both found.
        let printed = try Self.document(unitLine: "某中心\t\t单位：元", money: Self.bareMoney, rows: rows, usage: "全年共需资金 900 万元。")
        let found = Set(RuleEngine().check(printed).all.map(\.rule))
        #expect(found.contains("indicator.cost-above-budget"))
        #expect(found.contains("usage.arithmetic"))
    }

    @Test func bareFiguresInTheSameUnknownUnitAreStillCompared() throws {
        // Items and their 合计 in the 资金用途, all bare: added up whatever the unit.
        let d = try Self.document(unitLine: "某中心", money: Self.bareMoney, rows: Self.rows,
                                  usage: "保安服务费191，保洁服务费99，水电气、维修维护费372.88，合计814。")
        let usage = RuleEngine().check(d).all.filter { $0.rule == "usage.arithmetic" }
        #expect(usage.map(\.message) == ["资金用途中列出的 3 项金额（191、99、372.88，表中未印金额单位）合计 662.88，与写明的合计 814 不符（相差 151.12）"])
        // A funding statement written bare is set against the bare budget, said as printed, with no one-click fix.
        var rows = Self.rows
        rows[0] = "产出指标\t数量指标\t项目所需资金\t900"
        let funding = try Self.document(unitLine: "某中心", money: Self.bareMoney, rows: rows)
        let f = RuleEngine().check(funding).all.first { $0.rule == "indicator.amount-vs-budget" }
        #expect(f?.message.hasSuffix("指标值“900”与预算数 814（未印单位） 不符") == true)
        #expect(f?.fix == nil)
    }

    @Test func aTableWithoutAUnitWritesAndReadsBackWithoutOne() throws {
        let d = try Self.document(unitLine: "单位名称\t某中心", money: Self.bareMoney, rows: Self.rows)
        let text = DocumentWriter.write(d)
        #expect(!text.contains("单位：元"))
        let again = try DocumentReader.read(text: text)
        #expect(d.projects[0].unit.name == "某中心")
        #expect(again.projects[0].unit == d.projects[0].unit)
        #expect(again.projects[0].budget == d.projects[0].budget)
    }
}
