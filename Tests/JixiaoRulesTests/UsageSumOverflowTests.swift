import JixiaoModel
import JixiaoText
import Testing
@testable import JixiaoRules

/// A 资金用途 listing a thousand amounts, each within the largest figure read, whose sum
/// passes what Int64 分 holds: before, adding them up trapped and killed the import (its
/// check). Such a sum agrees with no total and cannot be said, so the list is not compared.
@Suite struct UsageSumOverflowTests {
    static func check(_ usage: String, currency: String = "元") throws -> [Finding] {
        let d = try NewRealTablesTests.document(unit: "某中心", currency: currency, name: "办公大楼运行保障", money: ("100", "100", "0"),
                                                usage: usage, goal: "保障办公大楼正常运行。",
                                                rows: ["产出指标\t数量指标\t维修次数\t反映维修情况\t20次\t"])
        return NewRealTablesTests.findings(d, "usage.arithmetic")
    }

    static let items = (0..<1100).map { "保安服务费\($0)项90000000000000元" }

    @Test func itemsBeforeATotalInOneSentence() throws {
        let f = try Self.check(Self.items.joined(separator: "，") + "，合计90071992547409元。")
        #expect(f.map(\.message) == ["资金用途写明合计90,071,992,547,409.00 元，与预算数 100.00 元 不一致"])
    }

    @Test func itemsAfterQizhong() throws {
        let f = try Self.check("资金总额90071992547409元，其中：" + Self.items.joined(separator: "，") + "。")
        #expect(f.map(\.message) == ["资金用途写明资金总额90,071,992,547,409.00 元，与预算数 100.00 元 不一致"])
    }

    @Test func bareFiguresInTheTablesUnit() throws {
        let bare = Array(repeating: "保安服务费9000000000", count: 1100)
        #expect(try Self.check(bare.joined(separator: "，") + "，合计9007199254。", currency: "万元").isEmpty)
    }

    /// A 年度履职目标 table of a thousand rows at the largest figure (万元) under a 部门整体 table.
    @Test func dutiesOfADepartmentWideTable() throws {
        let duties = (0..<1100).map { "\t确保日常工作正常运行\t按时发放人员工资\t基本支出\($0)\t9000000000" }
        let d = try DocumentReader.read(text: NewRealTablesTests.ningde(duties: duties))
        #expect(d.projects[0].goals.count == 1 + 1100)
        #expect(NewRealTablesTests.findings(d, "usage.arithmetic").isEmpty)
    }

    /// The sums as they were for a list that fits.
    @Test func aListThatFitsIsComparedAsBefore() throws {
        let f = try Self.check("保安服务费40元，保洁服务费50元，合计100元。")
        #expect(f.count == 1)
        #expect(f.first?.message.contains("合计 90.00 元") == true, "\(f.map(\.message))")
    }
}
