import JixiaoModel
import Testing
@testable import JixiaoText

/// A table saved from a web page with every cell on a line of its own. Real: 湘潭市环境卫生管理处,
/// 2024年项目绩效目标表(雾炮车降尘抑尘服务), http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1349210.html
/// (judge-docs j1), as the page's text gives it (blank line between cells).
@Suite struct CellsOnLinesTests {
    static let cells = [
        "2024年项目绩效目标表", "填报单位(盖章):", "项目名称", "雾炮车抑尘降尘服务", "项目起", "止时间", "20246-202516",
        "主管部门及其编码", "湘潭市城市管理和综合执法局 308001", "项目资金申请", "(万元)", "资金总额: 250",
        "项目绩效目标", "长期目标", "年度目标", " 持续改善我市空气质量", "2024通过采购雾炮车抑尘降尘服务,持续改善我市空气质量",
        "年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "绩效标准",
        "产出指标", "数量指标", "雾炮车抑尘降尘服务配备车辆数", "10", "计划标准",
        "雾炮车风炮射程", "80M", "计划标准",
    ]

    static func text(_ cells: [String]) -> String { cells.joined(separator: "\n\n") + "\n" }

    func refusal(_ text: String) -> ReadError? { readError(text) }

    @Test func aTableWithEachCellOnALineIsRefusedSayingSo() throws {
        let e = try #require(refusal(Self.text(Self.cells)))
        // At the header's first label (line 37), naming its three lines and the line the
        // reading stopped at.
        #expect(e.line == 37, "\(e)")
        #expect(e.message.contains("单元格各占一行"), "\(e.message)")
        #expect(e.message.contains("第 37、39、41 行"), "\(e.message)")
        #expect(e.message.contains("读到第 51 行就无法识别，也是这个缘故"), "\(e.message)")
        #expect(e.hint.contains("制表符"))
    }

    @Test func whenALineReadsAsTheNextTablesHeadingTheRefusalStillSaysSo() throws {
        // The page's money lines (`一、预算资金:250`) read as a heading: the first table ends
        // there, short of the indicator header, and fails at the project's name.
        var cells = Self.cells
        cells.insert(contentsOf: ["        一、预算资金:250", "        二、自有资金:0", "        三、其他:0"], at: 12)
        let e = try #require(refusal(Self.text(cells)))
        #expect(e.line == 43, "\(e)")
        #expect(e.message.contains("单元格各占一行"), "\(e.message)")
        #expect(e.message.contains("第 43、45、47 行"), "\(e.message)")
    }

    @Test func withoutAHeadingTooTheRefusalSaysSo() throws {
        let e = try #require(refusal(Self.text(Array(Self.cells.dropFirst()))))
        #expect(e.message.contains("单元格各占一行"), "\(e.message)")
        #expect(e.line == 35, "\(e)")
    }

    @Test func otherRefusalsAreAsBefore() throws {
        // The same page with its header on one line: refused as before, at the first line it
        // cannot place (its other cells are still on lines of their own).
        var cells = Self.cells
        cells.replaceSubrange(18...22, with: ["一级指标\t二级指标\t三级指标\t指标值\t绩效标准"])
        let e = try #require(refusal(Self.text(cells)))
        #expect(!e.message.contains("单元格各占一行"), "\(e.message)")
        #expect(e.line == 43, "\(e)")
    }
}
