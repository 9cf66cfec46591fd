import JixiaoModel
import Testing
@testable import JixiaoText

/// A line of one cell among the indicator rows, away from any page mark. A label there
/// (`产出指标`, `数量指标`) is read as one; the rest of a label wrapped onto a line of its
/// own (`项目完成` / `指标`) is joined to it; other text cannot be placed and is refused
/// with its line — never read as the 一级 of the rows below it.
@Suite struct StrayLineTests {
    func text(_ indicators: [String]) -> String {
        smallDocument(tables: [("机关监控设备维护费绩效目标表", tableRows(name: "机关监控设备维护费", indicators: indicators))])
    }

    func line(_ text: String, _ row: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == row }! + 1
    }

    /// Before: `监控设备运行良好` became the 一级 of the row below, silently.
    @Test(arguments: ["监控设备运行良好", "维修保养由专业公司负责"])
    func strayTextIsRefused(_ stray: String) throws {
        let t = text(["产出指标\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t", stray,
                      "\t\t维修响应合格率\t故障按时处理\t100%\t工作计划\t",
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"])
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: t) }
        #expect(e.line == line(t, stray))
        #expect(e.message.contains("只有一格“\(stray)”"))
        #expect(e.message.contains("第 \(line(t, stray) - 1) 行"))
    }

    /// Before: `指标` alone was read as a 一级 named 指标 over the rows below.
    @Test func wrappedLevel1RestIsJoined() throws {
        let t = text(["项目完成\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t", "指标",
                      "\t质量指标\t维修响应合格率\t故障按时处理\t100%\t工作计划\t",
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.map(\.level1) == ["项目完成指标", "项目完成指标", "满意度指标"])
        #expect(p.indicators.map(\.standardLevel1) == ["产出指标", "产出指标", "满意度指标"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "质量指标", "服务对象满意度指标"])
    }

    @Test func wrappedLevel2RestIsJoined() throws {
        let t = text(["效益指标\t经济效益\t带动就业人数\t全年\t≥12人\t工作计划\t", "\t指标",
                      "\t\t增加收入\t全年\t≥2万元\t工作计划\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.map(\.level2) == ["经济效益指标", "经济效益指标"])
    }

    /// A 一级 or 二级 label on a line of its own is read as before.
    @Test(arguments: ["产出指标", "项目完成 指标", "成本指标(0-20)分", "实施效果指标"])
    func labelOnALineOfItsOwnIsALabel(_ label: String) throws {
        let t = text([label, "\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.first?.level1 == label)
        #expect(p.indicators.count == 2)
    }

    /// A form's box under the table (湘潭 2023: `财政部门审核意见`, empty, the table's last
    /// line): nothing follows for it to stand over, so it is kept as a note, as approval
    /// lines are — before, the import was refused. In the first of two tables too.
    @Test(arguments: ["财政部门审核意见\t\t\t\t\t\t", "主管部门审核意见", "财政部门支出股室初审意见"])
    func formBoxUnderTheLastRowIsANote(_ box: String) throws {
        let rows = ["产出指标\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                    "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t", box]
        let t = smallDocument(tables: [("机关监控设备维护费绩效目标表", tableRows(name: "机关监控设备维护费", indicators: rows)),
                                       ("机关大院电费绩效目标表", tableRows(name: "机关大院电费", indicators: Array(rows.prefix(2))))])
        let d = try DocumentReader.read(text: t)
        let first = box.split(separator: "\t").first.map(String.init) ?? box
        #expect(d.projects[0].indicators.count == 2)
        #expect(d.projects[0].notes.map(\.text) == [first])
        #expect(d.projects[0].notes.first?.line == line(t, box))
        #expect(d.projects[1].notes.isEmpty)
    }

    /// Two such boxes are two notes; a note line after one keeps both, in order.
    @Test func boxesAndApprovalLinesUnderTheTable() throws {
        let t = text(["产出指标\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                      "主管部门审核意见", "财政部门审核意见", "填表人：张三"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.count == 1)
        #expect(p.notes.map(\.text) == ["主管部门审核意见", "财政部门审核意见", "填表人：张三"])
    }

    /// Stray lines with an indicator row after them are refused at the first of them.
    @Test func strayLinesOverARowAreRefused() throws {
        let t = text(["产出指标\t数量指标\t监控维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                      "监控设备运行良好", "维修保养由专业公司负责",
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"])
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: t) }
        #expect(e.line == line(t, "维修保养由专业公司负责"))
    }
}

/// A line of one cell in the 三级 name column, or in an indented tree's one column, away
/// from a page break. Before, each was read as an indicator with a name and no value (the
/// rest of a wrapped name became a row of its own, its row's name cut short).
@Suite struct StrayNameLineTests {
    func text(_ indicators: [String]) -> String {
        smallDocument(tables: [("机关监控设备维护费绩效目标表", tableRows(name: "机关监控设备维护费", indicators: indicators))])
    }

    func line(_ text: String, _ row: String) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == row }! + 1
    }

    @Test func wrappedNameRestIsJoined() throws {
        let t = text(["产出指标\t质量指标\t贫困地区旅游基础设施建设\t\t>=98%\t计划标准\t", "\t\t质量达标率\t\t\t\t",
                      "满意度指标\t服务对象满意度指标\t游客满意度\t问卷调查\t≥90%\t历史标准\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.map(\.name) == ["贫困地区旅游基础设施建设质量达标率", "游客满意度"])
        #expect(p.indicators.map(\.value.raw) == [">=98%", "≥90%"])
        // Joined because the name above is long enough to have wrapped, which a row whose
        // value was left empty would look like too: said on the line (`text.reading-doubt`).
        let stray = line(t, "\t\t质量达标率\t\t\t\t")
        #expect(p.readingDoubts.map(\.line) == [stray])
        #expect(p.readingDoubts.first?.text.contains("按上一行（源文本第 \(stray - 1) 行）指标名称未印完的部分读入") == true)
    }

    /// A rest that cannot be anything else — the name above left a bracket open — is joined
    /// without a doubt.
    @Test func surelyWrappedNameRestIsJoinedWithoutADoubt() throws {
        let t = text(["产出指标\t质量指标\t旅游基础设施（道路\t\t>=98%\t计划标准\t", "\t\t及停车场）质量达标率\t\t\t\t",
                      "满意度指标\t服务对象满意度指标\t游客满意度\t问卷调查\t≥90%\t历史标准\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.map(\.name) == ["旅游基础设施（道路及停车场）质量达标率", "游客满意度"])
        #expect(p.readingDoubts.isEmpty)
    }

    /// A sentence no name above could have wrapped into, with rows after it: refused at its line.
    @Test func strayTextInTheNameColumnIsRefused() throws {
        let stray = "\t\t维修保养工作由区机关事务服务中心统一组织实施\t\t\t\t"
        let t = text(["产出指标\t数量指标\t维修保养次数\t全年维修保养\t≥12次\t工作计划\t", stray,
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t"])
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: t) }
        #expect(e.line == line(t, stray))
        #expect(e.message.contains("只有一格“维修保养工作由区机关事务服务中心统一组织实施”，在“三级指标”一栏"))
    }

    /// The same line under the last row: nothing follows for it to be, kept as a note.
    @Test func strayTextUnderTheLastRowIsANote() throws {
        let t = text(["产出指标\t数量指标\t维修保养次数\t全年维修保养\t≥12次\t工作计划\t",
                      "满意度指标\t服务对象满意度指标\t工作人员满意度\t问卷调查\t≥95%\t历史标准\t",
                      "\t\t维修保养工作由区机关事务服务中心统一组织实施\t\t\t\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.count == 2)
        #expect(p.notes.map(\.text) == ["维修保养工作由区机关事务服务中心统一组织实施"])
    }

    /// An unfilled table (names alone, no values): each line is a row of its own, as before.
    @Test func namesWithoutValuesStayRows() throws {
        let t = text(["产出指标\t数量指标\t培训人数\t\t\t\t", "\t\t培训次数\t\t\t\t",
                      "满意度指标\t服务对象满意度指标\t参训人员满意度\t\t\t\t"])
        let p = try DocumentReader.read(text: t).projects[0]
        #expect(p.indicators.map(\.name) == ["培训人数", "培训次数", "参训人员满意度"])
    }

    func tree(_ lines: [String]) -> String {
        oneTable(heading: "1.疫苗及美沙酮药物绩效目标表", unit: "石嘴山市疾病预防控制中心\t\t单位：元",
                 rows: ["项目名称\t狂犬、乙肝、流感等疫苗", "预算规模及资金用途\t绩效金额\t3000000", "项目\t指标值\t绩效金额"] + lines)
    }

    @Test func treeWrappedNameAndLabelRestsAreJoined() throws {
        let p = try DocumentReader.read(text: tree([
            "产出指标\t\t", "时效指标(必填)\t\t", "对美沙酮维持患者及时给予\t100%\t", "治疗\t\t",
            "效益指标\t\t", "经济效益\t\t", "指标\t\t", "带动当地群众务工增收\t≥5000元\t",
        ])).projects[0]
        #expect(p.indicators.map { "\($0.standardLevel2)/\($0.name)/\($0.value.raw)" } == [
            "时效指标/对美沙酮维持患者及时给予治疗/100%", "经济效益指标/带动当地群众务工增收/≥5000元",
        ])
    }

    @Test func treeStrayTextIsRefused() throws {
        let t = tree(["产出指标\t\t", "时效指标(必填)\t\t", "疫苗提供及时率\t100%\t",
                      "以上指标按照疾控中心年度工作计划确定并逐项考核\t\t", "服务对象满意度\t100%\t"])
        let e = try #require(throws: ReadError.self) { try DocumentReader.read(text: t) }
        #expect(e.line == line(t, "以上指标按照疾控中心年度工作计划确定并逐项考核\t\t"))
    }
}
