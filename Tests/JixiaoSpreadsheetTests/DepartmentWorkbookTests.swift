import JixiaoModel
import Testing
@testable import JixiaoText

/// A department's workbook as units fill the province's forms: the 部门整体支出绩效目标申报表
/// on the first sheet, then one project per sheet, goals typed in one cell as `目标1：…`
/// with line breaks (Alt+Enter) between them.
@Suite struct DepartmentWorkbookTests {
    /// The 部门整体 form: its money block labelled 金额（万元） (a cell merged down its three
    /// lines), the lines and figures beside it.
    static func departmentSheet() -> WorkbookFixture.Sheet {
        var s = WorkbookFixture.Sheet(name: "部门整体支出绩效目标表")
        s.merges = [(0, 0, 0, 4, "部门整体支出绩效目标申报表"), (1, 0, 1, 4, "（2024年度）"), (2, 1, 2, 4, "某县教育局"),
                    (3, 0, 4, 0, "年度主要任务"), (5, 0, 7, 0, "金额（万元）"), (8, 1, 8, 4, "目标1：保障全县义务教育学校正常运转；\n目标2：完成校舍维修改造。"),
                    (9, 0, 11, 0, "年度绩效指标")]
        s.cells = [(2, 0, .text("部门（单位）名称")),
                   (3, 1, .text("任务名称")), (3, 2, .text("主要内容")), (4, 1, .text("义务教育")), (4, 2, .text("保障义务教育学校正常运转")),
                   (5, 1, .text("年度资金总额")), (5, 2, .number(5000, "#,##0.00")),
                   (6, 1, .text("其中：财政拨款")), (6, 2, .number(4800, "#,##0.00")),
                   (7, 1, .text("其他资金")), (7, 2, .number(200, "#,##0.00")),
                   (8, 0, .text("年度总体目标")),
                   (9, 1, .text("一级指标")), (9, 2, .text("二级指标")), (9, 3, .text("三级指标")), (9, 4, .text("指标值")),
                   (10, 1, .text("产出指标")), (10, 2, .text("数量指标")), (10, 3, .text("义务教育学校数")), (10, 4, .text("32所")),
                   (11, 1, .text("满意度指标")), (11, 2, .text("服务对象满意度指标")), (11, 3, .text("家长满意度")), (11, 4, .number(0.9, "0%"))]
        return s
    }

    /// A project's form (`WorkbookReaderTests.form`) with its goals cell as given.
    static func projectSheet(_ name: String, goals: String) -> WorkbookFixture.Sheet {
        var s = WorkbookReaderTests.form()
        s.name = name
        s.cells = s.cells.map { $0.0 == 7 && $0.1 == 1 ? (7, 1, .text(goals)) : $0 }
        return s
    }

    static func document() throws -> Document {
        let sheets = [departmentSheet(), projectSheet("项目1", goals: "目标1：完成城区主次干道日常清扫保洁\n目标2：道路机械化清扫率达到80%以上。"),
                      projectSheet("项目2", goals: "目标1：完成城区主次干道日常清扫保洁；\n目标2：道路机械化清扫率达到80%以上。")]
        return try ImportedText.read(try WorkbookFixture(sheets: sheets).bytes()).document
    }

    /// The 部门整体 sheet's money under 金额（万元） is the department's 预算数, 财政资金 and 其他资金
    /// (before: a fact `金额（万元）：年度资金总额 5000 …` and a table with no money).
    @Test func theDepartmentWideSheetsMoneyUnderItsAmountLabel() throws {
        let d = try Self.document()
        #expect(d.projects.count == 3)
        let wide = d.projects[0]
        #expect(wide.isDepartmentWide)
        #expect(wide.unit.currency == "万元")
        #expect(wide.budget.total == Money(yuan: 50_000_000))
        #expect(wide.budget.fiscal == Money(yuan: 48_000_000))
        #expect(wide.budget.other == Money(yuan: 2_000_000))
        #expect(wide.lines.budget == 6)
        #expect(!wide.facts.contains { $0.label.contains("金额") })
        #expect(d.projects.dropFirst().allSatisfy { !$0.isDepartmentWide && $0.budget.total == Money(yuan: 12_505_000) })
    }

    /// Goals typed `目标1：…` one a line in their cell are goals each, whether or not a line ends
    /// with a stop (before: one goal, `目标1：…目标2：…`).
    @Test func goalsTypedOneALineAfterTheWordTarget() throws {
        let d = try Self.document()
        #expect(d.projects.map { $0.goals.map(\.text) } == [
            ["保障全县义务教育学校正常运转；", "完成校舍维修改造。"],
            ["完成城区主次干道日常清扫保洁", "道路机械化清扫率达到80%以上。"],
            ["完成城区主次干道日常清扫保洁；", "道路机械化清扫率达到80%以上。"],
        ])
    }
}
