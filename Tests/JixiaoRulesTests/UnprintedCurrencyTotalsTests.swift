import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// A table that prints no money unit (鄂州 2022's `合计 | 814`) among others, edited, and
/// pointed at (judge's session 25): its 预算数 is never added into a 元 total, an edit keeps
/// the table's way of printing its figures, and the finding names the row the figure is on.
@Suite struct UnprintedCurrencyTotalsTests {
    typealias U = UnprintedCurrencyTests

    /// One table of a text: `unitLine` under its heading (none when empty).
    static func table(_ n: Int, _ name: String, unitLine: String, money: [String]) -> [String] {
        var lines = ["\(n).\(name)绩效目标表", ""]
        if !unitLine.isEmpty { lines.append(unitLine) }
        lines += ["项目名称\t\(name)"] + money
        return lines + ["绩效目标\t保障\(name)。", "一级指标\t二级指标\t三级指标\t指标值"] + U.rows
    }

    static func text(_ tables: [[String]]) -> String {
        "**某中心\n2022 年项目支出绩效目标**\n\n" + tables.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    static func document(_ tables: [[String]]) throws -> Document { try DocumentReader.read(text: text(tables)) }

    static let printed = table(1, "办公设备购置", unitLine: "某中心\t\t单位：元", money: ["预算规模及资金用途\t预算数\t1000\t其中：财政资金\t1000\t其他资金\t0"])
    static let bare = table(2, "办公大楼运行保障", unitLine: "单位名称\t某中心", money: [U.bareMoney])

    @Test func anUnprintedBudgetIsKeptApartFromTheYuanTotal() throws {
        let mixed = try Self.document([Self.printed, Self.bare])
        #expect(mixed.projects.map(\.budgetUnitUnprinted) == [false, true])
        let split = mixed.budgetTotalsByUnit
        #expect(split.yuan == Money(yuan: 1000) && split.unprinted == Money(yuan: 814))
        // Not 1,814.00 元: the 814 is not said to be 元.
        #expect(mixed.totalBudgetSaid == "预算数合计 1,000.00 元（另有 1 个项目表未印金额单位，其预算数 814 未计入）")
        #expect(mixed.totalBudgetCell == "1,000.00 + 814（未印单位）")

        let bare = try Self.document([Self.bare])
        #expect(bare.budgetTotalsByUnit.yuan == nil && bare.budgetTotalsByUnit.unprinted == Money(yuan: 814))
        #expect(bare.totalBudgetSaid == "预算数合计 814（表中未印金额单位）")
        #expect(bare.totalBudgetCell == "814（未印单位）")

        // Tables that print their unit: as before, all in 元.
        let yuan = try Self.document([Self.printed])
        #expect(yuan.budgetTotalsByUnit.yuan == yuan.knownTotalBudget && yuan.budgetTotalsByUnit.unprinted == nil)
        #expect(yuan.totalBudgetSaid == "预算数合计 1,000.00 元")
        #expect(yuan.totalBudgetCell == yuan.knownTotalBudget.groupedOrDash)
        #expect(Document.budgetCell(yuan: nil, unprinted: nil) == "—")
    }

    /// An edit of a budget cell shows and keeps the figure as the table prints it: bare in a
    /// table that prints no unit (`814`, not `814.00`, which reads as 元).
    @Test func editingABareFigureKeepsItBare() throws {
        let d = try U.document(unitLine: "单位名称\t某中心", money: U.bareMoney, rows: U.rows)
        let total = FieldPath(projectIndex: 0, field: .budget(.total))
        #expect(d.value(at: total) == "814")
        let edited = try d.setting(total, to: "900")
        #expect(edited.value(at: total) == "900")
        #expect(edited.projects[0].budgetUnitUnprinted)
        #expect(edited.projects[0].bareFigures.map(\.printed) == ["900", "814"])
        #expect(RuleEngine().check(edited).all.contains { $0.rule == "budget.fiscal-sum" && $0.message.contains("900（未印单位）") })
        // Put back as it was shown: the same document.
        #expect(try edited.setting(total, to: "814") == d)
        // A table that prints its unit: its figures in 元, as before.
        let yuan = try U.document(unitLine: "某中心\t\t单位：元", money: U.bareMoney, rows: U.rows)
        #expect(yuan.value(at: total) == "814.00")
        #expect(try yuan.setting(total, to: "900").value(at: total) == "900.00")
    }

    /// A figure typed with its unit into a table that prints none carries it, as `854万`
    /// printed in such a table does: the reviewer said which unit — not a bare 90000.
    @Test func aFigureTypedWithItsUnitCarriesIt() throws {
        let d = try U.document(unitLine: "单位名称\t某中心", money: U.bareMoney, rows: U.rows)
        let total = FieldPath(projectIndex: 0, field: .budget(.total))
        let edited = try d.setting(total, to: "9万元")
        #expect(edited.projects[0].budget.total == Money(yuan: 90_000))
        #expect(edited.projects[0].budget.totalFigure.printed == "9万元")
        #expect(edited.value(at: total) == "9万元")
        // The 财政资金 is still of unknown unit; the 预算数 is not among the bare figures.
        #expect(edited.projects[0].bareFigures.map(\.label) == ["财政资金"])
        // Written out and read back: the same figure with its unit.
        let again = try DocumentReader.read(text: DocumentWriter.write(edited))
        #expect(again.projects[0].budget.total == Money(yuan: 90_000))
        #expect(again.projects[0].budget.totalFigure.printed == "9万元")
    }

    /// 鄂州 2022: the 预算数 is the 合计 row of a table of costs, four rows under the block's
    /// header; the finding about its unit points at that row.
    @Test func theFindingPointsAtTheRowOfTheFigure() throws {
        let money = ["项目预算成本构成\t金额\t测算(公式)依据\t2020年实际执行数", "保安服务费\t191\t依据招标文件\t191",
                     "保洁服务费\t99\t依据招标文件\t99", "水电气、维修维护费\t524\t据实结算\t372.88", "合计\t814\t\t662.88"]
        let text = Self.text([Self.table(1, "办公大楼运行保障", unitLine: "", money: money)])
        let d = try DocumentReader.read(text: text)
        let p = d.projects[0]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(p.budget.total == Money(yuan: 814) && p.budgetUnitUnprinted)
        let f = try #require(RuleEngine().check(d).all.first { $0.rule == "budget.currency-absent" })
        #expect(lines[f.location.line - 1].hasPrefix("合计\t814"), "\(f.location.line)")
        // The block still begins at its header.
        #expect(lines[p.lines.budget - 1].hasPrefix("项目预算成本构成"))
        // A figure on the block's first line: that line, as before.
        let one = try U.document(unitLine: "单位名称\t某中心", money: U.bareMoney, rows: U.rows)
        #expect(RuleEngine().check(one).all.first { $0.rule == "budget.currency-absent" }?.location.line == one.projects[0].lines.budget)
    }
}
