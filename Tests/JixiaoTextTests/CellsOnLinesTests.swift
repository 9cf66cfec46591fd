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

    // MARK: - Rows put back together

    /// 临邑县师范附属小学 项目支出目标申报表 (2025年度), http://www.linyixian.gov.cn/…/c75276936/content.html
    /// (judge-docs j7), as the page's text gives it: a line a cell, blank lines between, an
    /// empty cell a line of one blank; 山东's template names its levels 产出值 › 数量值 and its
    /// value column 年度数值.
    static let linyi = [
        "临邑县师范附属小学项目支出目标申报表 (2025年度)\n信息来源:临邑县师范附属小学 发布时间:2025-12-25",
        "项目支出目标申报表 ", "  (2025年度)", "项目名称", "小学教育公用经费", "项目主管部门", "临邑县师范附属小学",
        "项目资金申请(万元)", "          资金总额:", "438.768", "              财政拨款:", "438.768", "              其他:", " ",
        "项目总体情况", "根据鲁财科教(2024)67号文件,小学教育公用经费每生每年780元,县级财政负担20%计,主要用于学校教学与管理、校舍维修维护及日常办公等。",
        "一级", "二级", "三级", "年度数值", "备注",
        "产出值", "数量值", "小学就读人数", "<=6962人", " ",
        "质量值", "教学条件改善、办学水平提高", "=100%", " ",
        "时效值", "教育均衡化发展", "有效", " ",
        "成本值", "义务教育小学生均公用经费", "780元/生/年", " ",
        "效益值", "经济效益值", "经费有效使用情况", "=100%", " ",
        "社会效益值", "教学质量提高、办学条件改善", "=100%", " ",
        "生态效益值", "安全情况", "有效", " ",
        "可持续影响值", "学生受益情况", "=100%", " ", " ",
        "内容保障 | 公务邮箱", "临邑县人民政府主办  临邑县人民政府办公室承办",
    ]

    @Test func aTableWithEachCellOnALineIsReadWhereItsCellsSayWhereRowsBegin() throws {
        // The page's `信息来源:… 发布时间:…` line is no part of the table's title
        // (PublicationLineTests): what is read is written back and read the same.
        let d = try readRoundTrip(Self.text(Self.linyi))
        #expect(d.department.name == "临邑县师范附属小学")
        #expect(d.department.year == 2025)
        let p = try #require(d.projects.first)
        #expect(d.projects.count == 1)
        #expect(p.name == "小学教育公用经费")
        #expect(p.tableTitle == "项目支出目标申报表 (2025年度)")
        #expect(p.budget.total == Money(yuan: 4_387_680))
        #expect(p.indicators.map { "\($0.level1)/\($0.level2)/\($0.name)/\($0.value.raw)" } == [
            "产出值/数量值/小学就读人数/<=6962人", "产出值/质量值/教学条件改善、办学水平提高/=100%",
            "产出值/时效值/教育均衡化发展/有效", "产出值/成本值/义务教育小学生均公用经费/780元/生/年",
            "效益值/经济效益值/经费有效使用情况/=100%", "效益值/社会效益值/教学质量提高、办学条件改善/=100%",
            "效益值/生态效益值/安全情况/有效", "效益值/可持续影响值/学生受益情况/=100%",
        ])
        #expect(p.indicators.map(\.standardLevel1) == Array(repeating: "产出指标", count: 4) + Array(repeating: "效益指标", count: 4))
        // Each row at the line of its first cell; the page's lines under the table kept as notes.
        #expect(p.indicators.first.map(\.line) == 44)
        #expect(p.notes.map(\.text).contains("内容保障 | 公务邮箱"))
    }

    @Test func aCellOnALineTextCutInsideARowIsStillRefusedSayingSo() throws {
        // The text ends inside the last row: the rows cannot all be placed, so the refusal
        // stays the one that names the shape.
        let e = try #require(refusal(Self.text(Array(Self.linyi.prefix(52)))))
        #expect(e.message.contains("单元格各占一行"), "\(e.message)")
        #expect(e.message.contains("“一级”“二级”“三级”"), "\(e.message)")
    }

    @Test func headerLabelsEndingInACopysBarsAreTheHeaders() throws {
        // 安溪县水利局 2022 (judge-docs j8): each cell a line ending in ` |`, a row's end a line of bars.
        let cells = ["2022年省级第七批水利专项资金绩效目标表", "项目名称 |", "省级第七批水利专项资金 |", "|||||||||",
                     "绩效 指标 |", "一级指标 |", "二级指标 |", "三级指标 |", "指 标 解 释 |", "西坪镇尧山村 |", "|",
                     "产出 指标 |", "数量指标 |", "开展小型水利工程建设(个) |", "反映小型水利工程建设项目开展情况 |", "1 |", "||"]
        let e = try #require(refusal(cells.joined(separator: "\n") + "\n"))
        #expect(e.message.contains("单元格各占一行：指标表头的“一级指标”“二级指标”“三级指标”分别在第 6、7、8 行"), "\(e.message)")
    }

    @Test func rowsAreNotPutTogetherInATextWithTabs() throws {
        let cells = "一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n产出指标\n\n数量指标\n\n某数\n\n1个\n"
        #expect(CellsOnLines.rejoined(try SourceText.decode(Array(cells.utf8)).rows()) != nil)
        let withTab = "项目名称\t某项目\n\n" + cells
        #expect(CellsOnLines.rejoined(try SourceText.decode(Array(withTab.utf8)).rows()) == nil)
    }
}
