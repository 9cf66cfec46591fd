import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// Reads a crafted text and checks that writing it back and reading again gives the same
/// document: every layout the reader accepts, the writer can reproduce.
func readRoundTrip(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Document {
    let d = try DocumentReader.read(text: text)
    let written = DocumentWriter.write(d)
    let again = try DocumentReader.read(text: written)
    #expect(again.content.differences(from: d.content) == [], sourceLocation: sourceLocation)
    #expect(again.content == d.content, sourceLocation: sourceLocation)
    return d
}

/// Tables as real templates print them, in layouts the corpus does not show.
@Suite struct RealLayoutTests {
    // MARK: - Indicator columns

    @Test func flatListWithSplitValueWeightAndDirection() throws {
        let text = CountyTables.flatList
        let d = try readRoundTrip(text)
        #expect(d.department.year == 2023)
        #expect(d.id == "820001-2023")
        let p = d.projects[0]
        #expect(p.number == 1)
        #expect(p.heading == "部门预算项目绩效目标申报表(2023年度)")
        #expect(p.name == "村组干部报酬")
        #expect(p.budget.total == Money(yuan: 3_309_840))
        #expect(p.budget.fiscal == Money(yuan: 3_309_840))
        #expect(p.budget.otherSource == .missing)
        #expect(p.goals.map(\.text) == ["按时发放村组干部报酬"])
        #expect(p.indicators.map(\.value.raw) == ["≥95%", "≥1年", "=230人", "高中低"])
        #expect(p.indicators.map(\.level1) == ["效益指标", "产出指标", "产出指标", "满意度指标"])
        #expect(p.indicators.map(\.weight) == ["10", "20", "10", "10"])
        #expect(p.indicators.map(\.direction) == ["正向指标", "正向指标", "正向指标", "正向指标"])
        #expect(p.indicators[3].extra(.valueOperator) == "定性")
        #expect(p.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .name, .valueOperator, .valueNumber, .valueUnit,
                                                           .weight, .direction])
        #expect(!p.layout.hasBasisColumn)
        #expect(!p.layout.hasDescriptionColumn)
        #expect(!p.layout.hasSpendingPlan)
        #expect(p.layout.splitsValue)
    }

    @Test func valueTypeTargetUnitContentAndRemark() throws {
        let text = """
        1.基本公共卫生服务专项绩效目标表
        (2025年度)

        南县疾病预防控制中心\t\t\t\t单位：万元
        项目名称\t基本公共卫生服务专项
        预算规模及资金用途\t部门预算\t70.00\t年度本级预算金额\t70.00\t上级资金\t
        绩效目标\t完成上级分配的各项工作任务。
        一级指标\t二级指标\t三级指标\t指标值类型\t目标值\t度量单位\t指标值内容\t备注
        成本指标\t经济成本指标\t疾病预防控制中心经费\t≤\t70\t万元\t反映经费。\t反映经费。
        成本指标\t社会成本指标\t对社会产生的不利影响\t定性\t减少\t\t反映不利影响。\t
        产出指标\t数量指标\t培训人次\t≥\t200\t人次\t\t
        """
        let d = try readRoundTrip(text + "\n")
        #expect(d.department.name == "南县疾病预防控制中心")
        #expect(d.department.year == 2025)
        let p = d.projects[0]
        #expect(p.frame == .caiyu2021no101)
        #expect(p.budget.total == Money(yuan: 700_000))
        #expect(p.budget.fiscal == Money(yuan: 700_000))
        #expect(p.indicators.map(\.value.raw) == ["≤70万元", "减少", "≥200人次"])
        // 指标值内容, the table's only column that describes, is its 绩效指标描述 (`ColumnContent`).
        #expect(p.indicators[0].description == "反映经费。")
        #expect(p.indicators[0].valueContent == nil)
        #expect(p.indicators[0].remark == "反映经费。")
        #expect(p.indicators[1].extra(.valueOperator) == "定性")
    }

    @Test func contentColumnAsLevel3AndBasisByAnotherName() throws {
        let rows = [
            "项目名称\t农村义务教育薄弱学校改造补助资金",
            "预算规模及资金用途\t年度资金总额\t16\t其中：上级资金\t16",
            "绩效目标\t全面改善办学条件。",
            "一级指标\t二级指标\t指标内容\t指标值\t指标标准或依据\t分值\t指标解释",
            "产出指标\t数量指标\t改造覆盖率\t100%\t计划标准\t20\t覆盖的学校数比例",
            "效益指标\t社会公众或服务对象满意度指标\t学生家长满意度\t≥90%\t\t10\t",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.农村义务教育薄弱学校改造补助资金绩效目标表", unit: "青山区教育局\t\t单位：万元", rows: rows))
        let p = d.projects[0]
        #expect(p.indicators.map(\.name) == ["改造覆盖率", "学生家长满意度"])
        #expect(p.indicators.map(\.basis) == ["计划标准", ""])
        #expect(p.indicators.map(\.weightNumber?.text) == ["20", "10"])
        // 指标解释 describes (the table has no 绩效指标描述): the description (`ColumnContent`).
        #expect(p.indicators.map(\.description) == ["覆盖的学校数比例", ""])
        #expect(p.indicators[1].standardLevel2 == "服务对象满意度指标")
        #expect(p.layout.hasBasisColumn)
        #expect(p.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .name, .value, .basis, .weight, .description])
        #expect(p.budget.total == Money(yuan: 160_000))
        #expect(p.budget.fiscal == Money(yuan: 160_000))
    }

    @Test func lastYearsActualUnderATwoRowHeader() throws {
        let rows = [
            "项目名称\t主体班",
            "预算规模及资金用途\t项目金额\t164万元\t当年市级财政资金\t132万元",
            "绩效目标\t主体班培训280人次。",
            "一级指标\t二级指标\t三级指标\t指标值\t\t指标标准或依据",
            "\t\t\t2021年实际实现值\t预期2022年实现值\t",
            "产出指标\t数量指标\t主体班培训人次\t260人次\t280人次\t",
            "\t\t开设课程数量\t200\t220\t",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.主体班绩效目标表", unit: "中共黄石市委党校\t\t单位：万元", rows: rows))
        let p = d.projects[0]
        #expect(p.indicators.map(\.value.raw) == ["280人次", "220"])
        #expect(p.indicators.map(\.previousActual) == ["260人次", "200"])
        #expect(p.layout.indicatorColumns.map(\.header) == ["一级指标", "二级指标", "三级指标", "2021年实际实现值", "预期2022年实现值", "指标标准或依据"])
        #expect(p.budget.total == Money(yuan: 1_640_000))
        #expect(p.budget.fiscal == Money(yuan: 1_320_000))
        #expect(p.budget.otherSource == .missing)
    }

    @Test func longTermAndAnnualColumnsSideBySide() throws {
        let rows = [
            "项目名称\t教育系统基础设施建设和设备购置",
            "预算规模及资金用途\t资金总额\t10000万元\t财政拨款\t10000万元",
            "中期目标\t优化教育布局",
            "年度目标\t完成重点项目建设",
            "一级指标\t二级指标(长期)\t三级指标(长期)\t指标值(长期)\t二级指标(年度)\t三级指标(年度)\t指标值(年度)",
            "产出指标\t数量指标\t\t\t数量指标\t重点建设工程安排数量\t2",
            "产出指标\t质量指标\t\t\t质量指标\t验收合格率\t100%",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.教育系统基础设施建设和设备购置绩效目标表", unit: "[015001]武汉市青山区教育局\t\t单位：万元", rows: rows))
        let p = d.projects[0]
        #expect(d.department.code == "015001")
        #expect(p.goals.map(\.text) == ["中期目标：优化教育布局", "年度目标：完成重点项目建设"])
        #expect(p.indicators.map(\.level2) == ["数量指标", "质量指标"])
        #expect(p.indicators.map(\.name) == ["重点建设工程安排数量", "验收合格率"])
        #expect(p.indicators.map(\.value.raw) == ["2", "100%"])
        #expect(p.indicators[0].longTermValue == "")
        #expect(p.indicators[0].extra(.level2, term: .long) == "数量指标")
        #expect(p.budget.total == Money(yuan: 100_000_000))
        #expect(p.budget.totalFigure.printed == "10000万元")
    }

    // MARK: - Row layouts

    @Test func indentedTreeWithLabelRows() throws {
        let rows = [
            "项目名称\t狂犬、乙肝、流感等疫苗",
            "预算规模及资金用途\t绩效金额\t3000000",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t\t\t",
            "\t成本指标(必填硬性指标)\t\t",
            "\t\t按照物价部门定价标准采购\t100%",
            "\t时效指标(必填)\t\t",
            "\t\t疫苗提供及时率\t100%",
            "满意度指标\t\t\t",
            "\t服务对象满意度指标(必填)\t\t",
            "\t\t服务对象满意度\t100%",
            "效益指标\t\t\t",
            "\t可持续影响指标(必填)\t\t",
            "\t\t降低疫苗针对传染病的发生\t40%",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.疫苗及美沙酮药物绩效目标表", unit: "石嘴山市疾病预防控制中心\t\t单位：元", rows: rows))
        let p = d.projects[0]
        #expect(p.indicators.map { "\($0.level1)/\($0.standardLevel2)/\($0.name)/\($0.value.raw)" } == [
            "产出指标/成本指标/按照物价部门定价标准采购/100%",
            "产出指标/时效指标/疫苗提供及时率/100%",
            "满意度指标/服务对象满意度指标/服务对象满意度/100%",
            "效益指标/可持续影响指标/降低疫苗针对传染病的发生/40%",
        ])
        #expect(p.indicators.map(\.line).count == 4)
        #expect(p.budget.total == Money(yuan: 3_000_000))
        #expect(p.budget.fiscalSource == .missing)
    }

    @Test func indentedTreeInOneNameColumn() throws {
        let rows = [
            "项目名称\t狂犬、乙肝、流感等疫苗",
            "预算规模及资金用途\t绩效金额\t3000000",
            "项目\t指标值\t绩效金额",
            "产出指标\t\t",
            "成本指标(必填硬性指标)\t\t",
            "按照物价部门定价标准采购\t100%\t3000000",
            "时效指标(必填)\t\t",
            "疫苗提供及时率\t100%\t",
            "满意度指标\t\t",
            "服务对象满意度指标(必填)\t\t",
            "服务对象满意度\t100%\t",
            "效益指标\t\t",
            "社会效益指标\t\t",
            "可持续影响指标\t\t",
            "降低疫苗针对传染病的发生\t40%\t",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.疫苗及美沙酮药物绩效目标表", unit: "石嘴山市疾病预防控制中心\t\t单位：元", rows: rows))
        let p = d.projects[0]
        #expect(p.indicators.map { "\($0.standardLevel1)/\($0.standardLevel2)/\($0.name)/\($0.value.raw)" } == [
            "产出指标/成本指标/按照物价部门定价标准采购/100%",
            "产出指标/时效指标/疫苗提供及时率/100%",
            "满意度指标/服务对象满意度指标/服务对象满意度/100%",
            // A 二级 with nothing under it stays, as an empty row.
            "效益指标/社会效益指标//",
            "效益指标/可持续影响指标/降低疫苗针对传染病的发生/40%",
        ])
        #expect(p.indicators[0].extra(.amount) == "3000000")
        #expect(p.layout.indicatorColumns.first?.kind == .tree)
    }

    @Test func level1PrintedOnAMiddleRowOfItsBlock() throws {
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", tableRows(indicators: [
            "\t数量指标\t甲\t\t2次\t\t",
            "产出指标\t\t乙\t\t3次\t\t",
            "\t质量指标\t丙\t\t100%\t\t",
            "\t社会效益指标\t丁\t\t有效提升\t\t",
            "效益指标\t可持续影响指标\t戊\t\t长期\t\t",
            "\t经济效益指标\t己\t\t增收\t\t",
            "满意度指标\t服务对象满意度指标\t庚\t\t≥90%\t\t",
        ]))]))
        let i = d.projects[0].indicators
        #expect(i.map(\.level1) == ["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "满意度指标"])
        #expect(i.map(\.level2) == ["数量指标", "数量指标", "质量指标", "社会效益指标", "可持续影响指标", "经济效益指标", "服务对象满意度指标"])
    }

    @Test func wrappedLabelsReadAsTheStandardOnes() throws {
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", tableRows(indicators: [
            "项目完成 指标\t数量指标\t甲\t\t2次\t\t",
            "产出 指标\t质量指标\t乙\t\t100%\t\t",
            "项目效益 指标\t经济效益 指标\t丙\t\t增收\t\t",
            "效果指标\t环境效益\t丁\t\t改善\t\t",
            "满意度指标\t满意度指标\t戊\t\t≥90%\t\t",
        ]))]))
        let i = d.projects[0].indicators
        #expect(i.map(\.standardLevel1) == ["产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"])
        #expect(i.map(\.standardLevel2) == ["数量指标", "质量指标", "经济效益指标", "生态效益指标", "服务对象满意度指标"])
        #expect(i.map(\.level1) == ["项目完成 指标", "产出 指标", "项目效益 指标", "效果指标", "满意度指标"])
    }

    @Test func notesAndStampLinesAfterTheTable() throws {
        var rows = tableRows()
        rows += ["注:各地请根据实际情况选择适合的指标。", "财政资金管理科室(盖章) 年 月 日\t财政绩效管理科室(盖章) 年 月 日", "填报人：张三"]
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", rows), ("第二项目绩效目标表", tableRows(name: "第二项目"))]))
        #expect(d.projects.count == 2)
        #expect(d.projects[0].notes.map(\.text) == [
            "注:各地请根据实际情况选择适合的指标。", "财政资金管理科室(盖章) 年 月 日  财政绩效管理科室(盖章) 年 月 日", "填报人：张三",
        ])
        #expect(d.projects[0].indicators.count == 2)
        #expect(d.projects[1].notes.isEmpty)
    }

    // MARK: - Headings, 目录 and the document's year

    @Test func yearAndCategoryPrefixedNamesInHeadingsAndContents() throws {
        let text = """
        **某县农业农村局
        2023 年部门预算绩效文本**

        目 录

        第二部分 预算项目绩效目标

        1.2023年高标准农田建设项目绩效目标表.....\t2
        2、2025金安区农产品质检项目绩效目标表.....\t3
        3. 发展建设类-农产品质检体系建设项目绩效目标表.....\t4
        1000．第一千个项目绩效目标表.....\t5

        第二部分

        """ + "\n" + [
            ("1.2023年高标准农田建设项目绩效目标表", "2023年高标准农田建设项目"),
            ("2、2025金安区农产品质检项目绩效目标表", "2025金安区农产品质检项目"),
            ("3. 发展建设类-农产品质检体系建设项目绩效目标表", "发展建设类-农产品质检体系建设项目"),
            ("1000．第一千个项目绩效目标表", "第一千个项目"),
        ].map { heading, name in
            ([heading, "", "430001 某县农业农村局\t\t\t\t\t单位：元\t"] + tableRows(name: name)).joined(separator: "\n")
        }.joined(separator: "\n\n")
        let d = try readRoundTrip(text)
        #expect(d.projects.map(\.number) == [1, 2, 3, 1000])
        #expect(d.projects.map(\.heading) == ["2023年高标准农田建设项目绩效目标表", "2025金安区农产品质检项目绩效目标表",
                                              "发展建设类-农产品质检体系建设项目绩效目标表", "第一千个项目绩效目标表"])
        #expect(d.contents.filter { $0.part == 2 }.map(\.number) == ["1", "2", "3", "1000"])
        #expect(d.contents.filter { $0.part == 2 }.map(\.title)[1] == "2025金安区农产品质检项目绩效目标表")
        #expect(d.projectIndex(named: "1000") == 3)
    }

    @Test func oneTableWithoutContentsOrTitleYear() throws {
        // The year comes from the table's own title line.
        let table = ["1.村组干部报酬绩效目标表", "(2023年度)", "", "井研县马踏镇人民政府\t\t\t\t\t单位：元\t"] + tableRows(name: "村组干部报酬")
        let d = try readRoundTrip(table.joined(separator: "\n"))
        #expect(d.department.year == 2023)
        #expect(d.department.name == "井研县马踏镇人民政府")
        #expect(d.id == "井研县马踏镇人民政府-2023")
        #expect(d.contents.isEmpty)
        #expect(d.overall == OverallTargets())
        #expect(d.projects[0].tableTitle == "(2023年度)")
    }

    @Test(arguments: [
        ("1.2024年农产品质检项目绩效目标表", "农产品质检项目", 2024),
        ("1.质检项目绩效目标表", "2022年农产品质检项目", 2022),
        ("1.质检项目绩效目标表", "2025金安区农产品质检项目", 2025),
    ])
    func yearFromHeadingOrName(_ heading: String, _ name: String, _ year: Int) throws {
        let table = [heading, "", "[066]六安市农业农村局\t\t\t\t\t单位：万元\t"] + tableRows(name: name, total: "51.35", fiscal: "51.35")
        let d = try readRoundTrip(table.joined(separator: "\n"))
        #expect(d.department.year == year)
        #expect(d.id == "066-\(year)")
    }

    @Test func yearFromTheProjectPeriod() throws {
        var rows = tableRows(name: "主体班")
        rows.insert("项目期\t2022年\t\t项目属性\t持续性项目", at: 1)
        let d = try readRoundTrip((["1.主体班绩效目标表", "", "中共黄石市委党校\t\t单位：万元"] + rows).joined(separator: "\n"))
        #expect(d.department.year == 2022)
        #expect(d.projects[0].facts.map { "\($0.label)=\($0.text)" } == ["项目期=2022年", "项目属性=持续性项目"])
    }

    @Test func noYearAnywhereIsRefusedWithWhatToAdd() throws {
        let table = ["1.主体班绩效目标表", "", "中共黄石市委党校\t\t单位：万元"] + tableRows(name: "主体班")
        do {
            _ = try DocumentReader.read(text: table.joined(separator: "\n"))
            Issue.record("read a document without a year")
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("找不到预算年度"))
            #expect(error.hint.contains("中共黄石市委党校 2023 年项目支出绩效目标表"))
        }
    }

    @Test func tableWithoutHeadingOrUnitLine() throws {
        let text = """
        **青山区教育局
        2020 年项目支出绩效目标**

        项目支出绩效目标表
        项目名称\t校舍改造
        预算规模及资金用途\t年度资金总额:16\t其中 :上级资金16
        绩效目标\t改善办学条件
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t改造覆盖率\t100%
        """
        let d = try readRoundTrip(text)
        #expect(d.department.name == "青山区教育局")
        #expect(d.projects[0].heading == "项目支出绩效目标表")
        #expect(d.projects[0].budget.total == Money(yuan: 16))
        #expect(d.projects[0].budget.fiscal == Money(yuan: 16))
        #expect(d.id == "青山区教育局-2020")
    }

    // MARK: - Unit lines

    @Test(arguments: [
        ("430001 秦皇岛市抚宁区机关事务服务中心本级", "430001", "秦皇岛市抚宁区机关事务服务中心本级"),
        ("[015001]武汉市青山区教育局", "015001", "武汉市青山区教育局"),
        ("【015001】武汉市青山区教育局", "015001", "武汉市青山区教育局"),
        ("820001-井研县马踏镇人民政府", "820001", "井研县马踏镇人民政府"),
        ("[066]六安市农业农村局", "066", "六安市农业农村局"),
        ("卫健委", "", "卫健委"),
        ("预算单位：430001 某局", "430001", "某局"),
        ("2020年度青山区教育局", "", "2020年度青山区教育局"),
    ])
    func unitLine(_ cell: String, _ code: String, _ name: String) throws {
        let u = UnitLine.read(Row(number: 1, text: cell + "\t\t\t单位：万元"))
        #expect(u == TableUnit(code: code, name: name, currency: "万元"))
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", tableRows())]).replacingOccurrences(of: "500001 测试单位本级", with: cell))
        #expect(d.department.code == code)
        #expect(d.department.unitName == name)
    }

    // MARK: - Money

    @Test func itemisedSourcesWithSubtotalsAndNoTotalFigure() throws {
        let rows = [
            "项目编码\t\t\t项目名称\t特困家庭再扶助",
            "预算规模及资金用途\t年度资金总额\t\t\t",
            "\t(一)财政拨款小计\t6.30",
            "\t1、一般公共预算\t6.30",
            "\t2、政府性基金\t0.00",
            "\t(二)自有资金小计\t0.00",
            "\t(三)其他收入\t0.00",
            "\t用于独生子女死亡家庭再扶助。",
            "绩效目标\t稳定特扶家庭情绪",
            "一级指标\t二级指标\t三级指标\t指标值",
            "项目完成指标\t数量指标\t扶助人数\t63人",
        ]
        let d = try readRoundTrip(oneTable(heading: "1.特困家庭再扶助绩效目标表", unit: "区卫生健康局\t\t单位：万元", rows: rows, year: 2021))
        let b = d.projects[0].budget
        // Each part is the sum of its numbered sources: 财政拨款小计; 自有资金小计 + 其他收入.
        #expect(b.fiscal == Money(yuan: 63000))
        #expect(b.fiscalSource == .derived)
        #expect(b.other == Money(yuan: 0))
        #expect(b.otherSource == .derived)
        #expect(b.total == Money(yuan: 63000))
        #expect(b.totalSource == .derived)
        #expect(b.items.map(\.label) == ["(一)财政拨款小计", "1、一般公共预算", "2、政府性基金", "(二)自有资金小计", "(三)其他收入"])
        #expect(d.projects[0].usage == "用于独生子女死亡家庭再扶助。")
    }

    @Test func partsDerivedFromItemsWhenOnlyItemsHaveFigures() throws {
        let rows = [
            "项目名称\t某项目",
            "预算规模及资金用途\t预算数\t\t其中：财政资金\t\t其他资金\t",
            "\t1、一般公共预算\t5",
            "\t2、政府性基金\t3",
            "\t1、事业收入\t2",
            "绩效目标\t完成",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t次数\t2次",
        ]
        let b = try readRoundTrip(oneTable(heading: "1.某项目绩效目标表", unit: "某局\t\t单位：万元", rows: rows)).projects[0].budget
        #expect(b.fiscal == Money(yuan: 80000))
        #expect(b.fiscalSource == .derived)
        #expect(b.other == Money(yuan: 20000))
        #expect(b.total == Money(yuan: 100_000))
        #expect(b.totalSource == .derived)
    }

    @Test(arguments: [
        ("项目总预算", "65", "财政资金", "65", "其它资金", "0", 650_000, 650_000, 0),
        ("部门预算", "70.00", "年度本级预算金额", "70.00", "其他收入", "", 700_000, 700_000, -1),
        ("资金总额", "", "其中:财政拨款", "500", "自有资金", "", 5_000_000, 5_000_000, -1),
        ("预算数", "2279.048 万元", "其中:财政投款", "2279.048 万元", "其他资金", "", 22_790_480, 22_790_480, -1),
        ("预算数", "854万", "其中：财政资金", "854万854万", "其他资金", "", 8_540_000, 8_540_000, -1),
        ("绩效金额", "3,309,840.00", "一般公共预算", "", "其他资金", "", 3_309_840, -1, -1),
    ])
    func moneyVocabulary(_ totalLabel: String, _ total: String, _ fiscalLabel: String, _ fiscal: String,
                         _ otherLabel: String, _ other: String, _ totalYuan: Int64, _ fiscalYuan: Int64, _ otherYuan: Int64) throws {
        let unit = total.contains(",") ? "某局\t\t单位：元" : "某局\t\t单位：万元"
        let rows = [
            "项目名称\t某项目",
            "预算规模及资金用途\t\(totalLabel)\t\(total)\t\(fiscalLabel)\t\(fiscal)\t\(otherLabel)\t\(other)",
            "绩效目标\t完成",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t次数\t2次",
        ]
        let b = try readRoundTrip(oneTable(heading: "1.某项目绩效目标表", unit: unit, rows: rows)).projects[0].budget
        #expect(b.total == Money(yuan: totalYuan))
        #expect(b.totalSource == (total.isEmpty ? .derived : .stated))
        #expect(b.fiscal == Money(yuan: max(fiscalYuan, 0)))
        #expect(b.fiscalSource == (fiscalYuan < 0 ? .missing : .stated))
        #expect(b.other == Money(yuan: max(otherYuan, 0)))
        #expect(b.otherSource == (otherYuan < 0 ? .missing : .stated))
        #expect(b.defects.map(\.defect) == (fiscal == "854万854万" ? [.doubled] : []))
    }

    @Test func mediumTermAmountsBesideTheAnnualOnes() throws {
        let rows = [
            "项目名称\t农产品质检",
            "预算规模及资金用途\t年度资金总额\t51.35\t中期资金总额\t68.50",
            "\t其中：财政拨款\t51.35\t其中：财政拨款(中期)\t68.50",
            "绩效目标\t完成",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t次数\t2次",
        ]
        let b = try readRoundTrip(oneTable(heading: "1.农产品质检绩效目标表", unit: "[066]六安市农业农村局\t\t单位：万元", rows: rows)).projects[0].budget
        #expect(b.total == Money(yuan: 513_500))
        #expect(b.fiscal == Money(yuan: 513_500))
        #expect(b.items.map(\.label) == ["中期资金总额", "其中：财政拨款(中期)"])
        #expect(b.items.map(\.kind) == [.mediumTerm, .mediumTerm])
    }

    @Test func noAmountsAtAll() throws {
        let rows = ["项目名称\t食品安全", "绩效目标\t组织协调", "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t会议\t2"]
        let d = try readRoundTrip(oneTable(heading: "1.绩效目标表", unit: "324001-甘孜州市场监督管理局\t\t单位：元", rows: rows))
        #expect(d.projects[0].budget.hasNoAmounts)
        #expect(d.projects[0].budget.totalSource == .missing)
    }

    // MARK: - Frames

    @Test func oneDocumentHoldingBothFrames() throws {
        let d = try readRoundTrip(smallDocument(tables: [
            ("老项目绩效目标表", tableRows(name: "老项目", indicators: [
                "产出指标\t数量指标\t甲\t\t2次\t\t", "\t成本指标\t乙\t\t≤1万元\t\t",
                "效益指标\t社会效益指标\t丙\t\t提升\t\t", "满意度指标\t服务对象满意度指标\t丁\t\t≥90%\t\t",
            ])),
            ("新项目绩效目标表", tableRows(name: "新项目", indicators: [
                "成本指标(0-20)分\t经济成本指标\t甲\t\t≤1万元\t\t", "\t社会成本指标\t\t\t\t\t",
                "产出指标(40-50)分\t数量指标\t乙\t\t2次\t\t", "效益指标\t社会效益指标\t丙\t\t提升\t\t",
                "满意度指标\t服务对象满意度指标\t丁\t\t≥90%\t\t",
            ])),
        ]))
        #expect(d.projects.map(\.frame) == [.caiyu2015no88, .caiyu2021no101])
        #expect(d.projects[1].indicators.map(\.standardLevel1) == ["成本指标", "成本指标", "产出指标", "效益指标", "满意度指标"])
        #expect(d.projects[1].indicators[1].name == "")
    }

    // MARK: - Truncation

    @Test func aTableThatEndsEarlyIsRead() throws {
        // Complete rows, then the end of the file: a copy that stops early, not a cut row.
        let rows = tableRows(indicators: ["产出指标\t数量指标\t甲\t\t2次\t\t", "\t质量指标\t乙\t\t100%\t\t"])
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(d.projects[0].indicators.count == 2)
    }

    @Test func aRowWithoutItsTrailingEmptyCellsIsNotCut() throws {
        let rows = tableRows(indicators: ["产出指标\t数量指标\t甲\t\t2次"])
        let d = try readRoundTrip(smallDocument(tables: [("测试项目绩效目标表", rows)]))
        #expect(d.projects[0].indicators.map(\.value.raw) == ["2次"])
    }
}

extension RealLayoutTests {
    @Test func templateVariationsAroundTheTable() throws {
        // A heading numbered 一、 with the money unit beside it, no unit line, the code and
        // name of the unit as facts, a block label row, goals on rows of their own.
        let text = """
        **某县卫生健康局
        2024 年项目支出绩效目标**

        一、基本公共卫生服务项目绩效目标表\t\t单位：万元
        项目名称\t基本公共卫生服务项目\t主管部门\t某县卫生健康局
        项目资金（万元）\t年度资金总额\t2279.048\t财政拨款\t2279.048
        年度绩效目标\t
        目标1：提高服务均等化水平。
        目标2：完成县级配套。
        绩效指标
        一级\t二级\t三级指标\t目标值\t度量单位
        产出指标\t数量指标\t接种率\t≥90%\t%
        """
        let d = try readRoundTrip(text)
        let p = d.projects[0]
        #expect(p.number == 1)
        #expect(p.heading == "基本公共卫生服务项目绩效目标表")
        #expect(p.unit.currency == "万元")
        #expect(p.budget.total == Money(yuan: 22_790_480))
        #expect(p.facts.map { "\($0.label)=\($0.text)" } == ["主管部门=某县卫生健康局"])
        #expect(p.goals.map(\.text) == ["提高服务均等化水平。", "完成县级配套。"])
        #expect(p.indicators.map(\.value.raw) == ["≥90%"])
        #expect(p.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .name, .valueNumber, .valueUnit])
    }

    @Test func unitCodeInACellOfItsOwn() throws {
        let u = UnitLine.read(Row(number: 1, text: "430001\t秦皇岛市抚宁区机关事务服务中心本级\t\t单位：元"))
        #expect(u == TableUnit(code: "430001", name: "秦皇岛市抚宁区机关事务服务中心本级", currency: "元"))
    }

    @Test func blockLabelNamesTheUnitWhenTheTableDoesNot() throws {
        let text = """
        **某局
        2024 年项目支出绩效目标**

        1.某项目绩效目标表

        项目名称\t某项目
        项目资金（万元）\t年度资金总额\t16\t其中：财政拨款\t16
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t次数\t2次
        """
        let d = try readRoundTrip(text)
        #expect(d.projects[0].unit.currency == "万元")
        #expect(d.projects[0].budget.total == Money(yuan: 160_000))
    }
}

extension RealLayoutTests {
    @Test func bracketedHeadingNumberPeriodInTheUsageAndAnExplanatoryNote() throws {
        var rows = tableRows(name: "教育系统基础设施建设")
        rows[2] = "\t主管部门及编码：[015001]武汉市青山区教育局；项目起止时间：202001-202012\t\t\t\t\t"
        rows.append("说明：本表由项目单位填报。")
        let d = try readRoundTrip((["(1)教育系统基础设施建设绩效目标表", "", "[015001]武汉市青山区教育局\t\t单位：万元"] + rows)
            .joined(separator: "\n"))
        #expect(d.projects[0].number == 1)
        #expect(d.department.year == 2020)
        #expect(d.projects[0].notes.map(\.text) == ["说明：本表由项目单位填报。"])
    }
}

extension RealLayoutTests {
    @Test func yearLineUnderTheUnitLine() throws {
        let table = ["1.村组干部报酬绩效目标表", "", "820001-井研县马踏镇人民政府\t\t\t单位：元", "\t(2023年度)\t"] + tableRows(name: "村组干部报酬")
        let d = try readRoundTrip(table.joined(separator: "\n"))
        #expect(d.department.year == 2023)
        #expect(d.projects[0].tableTitle == "(2023年度)")
    }
}

/// A document of one table: title block with a year, heading, unit line, rows.
func oneTable(heading: String, unit: String, rows: [String], year: Int = 2024) -> String {
    (["**测试单位", "\(year) 年项目支出绩效目标**", "", heading, "", unit] + rows).joined(separator: "\n") + "\n"
}

extension RealLayoutTests {
    /// 湖南's 整体绩效目标表 (seen at 岳阳楼区 2023, 价格认证鉴定中心): no unit line and no 项目名称 — the table begins
    /// `部门(单位)名称 | 某中心` — and the value in parts, `*指标值 | 计量单位`, with a `*评(扣)分标准` column. Before, the
    /// table was not found (the document was refused); with a 项目名称 row instead, the 评(扣)分标准 column was read as
    /// 指标值确定依据, and `28.8万元` under a `%` unit became `28.8万元%`, `应保尽保` became `应保尽保%`.
    @Test func departmentWideTableWithUnitColumnAndScoringRule() throws {
        let text = """
        1.某中心2023年度整体绩效目标表

        某中心2023年度整体绩效目标表
        部门(单位)名称\t某中心
        *部门(单位)职责\t负责价格认定工作
        *年度总体绩效目标\t做好涉案、价格认定工作。
        绩效指标
        一级指标\t二级指标\t三级指标\t指标值类型\t*指标值\t计量单位\t*指标解释\t*评(扣)分标准\t备注
        产出指标\t数量指标\t业务工作支出安排金额\t定量\t28.8万元\t%\t考察安排情况\t未达指标值酌情扣分\t
        \t质量指标\t业务工作支出到位率\t定量\t100\t%\t考察到位情况\t未达指标值酌情扣分\t
        \t时效指标\t工作安排时间\t定量\t按月安排\t\t考察安排时间\t未达指标值酌情扣分\t
        效益指标\t社会效益指标\t保证单位正常运转\t定性\t应保尽保\t%\t考察应保尽保\t未达指标值酌情扣分\t
        满意度指标\t服务对象满意度指标\t群众满意度\t定量\t**\t%\t考察满意度\t未达指标值酌情扣分\t
        \t\t投诉办结时限\t定量\t12月底\t月\t考察时限\t未达指标值酌情扣分\t
        \t\t经费规模\t定量\t1.5万\t元\t考察经费\t未达指标值酌情扣分\t
        """
        let d = try readRoundTrip(text + "\n")
        #expect(d.department.name == "某中心")
        #expect(d.department.year == 2023)
        let p = d.projects[0]
        #expect(p.isDepartmentWide)
        #expect(p.goals.map(\.text) == ["做好涉案、价格认定工作。"])
        #expect(p.indicators.map(\.value.raw) == ["28.8万元", "100%", "按月安排", "应保尽保", "**%", "12月底", "1.5万元"])
        #expect(p.indicators.allSatisfy { $0.basis.isEmpty })
        #expect(!p.layout.hasBasisColumn)
        #expect(p.layout.indicatorColumns.map(\.kind) == [.level1, .level2, .name, .valueOperator, .valueNumber, .valueUnit,
                                                           .description, .other, .remark])
        // The cells stay as printed.
        #expect(p.indicators[0].extra(.valueUnit) == "%")
        #expect(p.indicators[3].extra(.valueUnit) == "%")
        // `*部门(单位)职责`: the form's required-field mark is no part of the label.
        #expect(p.facts.map(\.label) == ["部门(单位)职责"])
        #expect(p.facts.map(\.text) == ["负责价格认定工作"])
    }

    /// A form's required-field mark (`*`, `＊`) before a fact's or goal's label goes; what is not a label
    /// (`**`, a ★) and a `*` that is part of no label's words stay.
    @Test func aRequiredFieldMarkIsNoPartOfALabel() throws {
        #expect(RowLabels.formLabel("*部门(单位)职责") == "部门(单位)职责")
        #expect(RowLabels.formLabel("＊ 实施单位：") == "实施单位")
        #expect(RowLabels.formLabel("**中期目标") == "中期目标")
        #expect(RowLabels.formLabel("**") == "**")
        #expect(RowLabels.formLabel("★项目属性") == "★项目属性")
        #expect(RowLabels.formLabel("项目属性") == "项目属性")
        let text = """
        1.某中心2023年度整体绩效目标表

        某中心2023年度整体绩效目标表
        部门(单位)名称\t某中心
        *实施单位：某中心
        *中期目标\t三年内完成价格认定规范化建设。
        *年度目标\t做好涉案、价格认定工作。
        绩效指标
        一级指标\t二级指标\t三级指标\t指标值
        产出指标\t数量指标\t价格认定件数\t≥100件
        \t质量指标\t认定报告合格率\t100%

        """
        let p = try readRoundTrip(text).projects[0]
        #expect(p.facts.map(\.label) == ["实施单位"])
        #expect(p.goals.map(\.text) == ["中期目标：三年内完成价格认定规范化建设。", "年度目标：做好涉案、价格认定工作。"])
    }

    /// http://ndfzw.com/ggl/2019-12-31/7211.html (福建 宁德市 中共宁德市委党史和地方志研究室, 2019 部门整体支出绩效目标表, 88号's
    /// 整体 template): the unit's code in a labelled cell beside its name; the 年度履职目标 block is a small table (its column
    /// names after the label): each row a goal, each cell after its column's name — not the cells run together with blanks
    /// (which read as extraction spaces).
    @Test func departmentWideTableWithDutiesTable() throws {
        func table(_ duties: String) -> String { """
        1.部门整体支出绩效目标表

        部门整体支出绩效目标表
        （2019年度）
        部门(单位)名称\t某研究室\t部门预算编码\t901001033
        年度预算安排(万元)\t资金总额\t171.41
        \t项目支出\t60.8
        \t基本支出\t110.61
        年度总体目标\t目标1:确保本室各人员工资及福利的发放;
        \t目标2:确保本室日常办公所需经费正常运行。
        \(duties)
        \t组织、指导、编纂地方志工作\t确保完成2019年度任务\t市志编纂与年鉴出版经费\t49.8
        \t确保日常工作正常运行\t按时发放2019年人员工资待遇\t基本支出\t110.61
        一级指标\t二级指标\t三级指标\t指标解释\t目标值
        产出指标\t数量指标\t编纂年鉴\t计划标准\t1部
        \t质量指标\t各类书籍审稿率\t100%(计划标准)\t100%

        """
        }
        let d = try readRoundTrip(table("年度履职目标\t部门职能\t年度目标任务\t支出项目名称\t预算金额(万元)"))
        let p = d.projects[0]
        #expect(p.isDepartmentWide)
        #expect(p.unit.code == "901001033")
        #expect(p.unit.name == "某研究室")
        #expect(p.budget.total == Money(yuan: 1_714_100))
        #expect(p.goals.map(\.text) == [
            "年度总体目标：目标1:确保本室各人员工资及福利的发放; 目标2:确保本室日常办公所需经费正常运行。",
            "年度履职目标：部门职能：组织、指导、编纂地方志工作；年度目标任务：确保完成2019年度任务；支出项目名称：市志编纂与年鉴出版经费；预算金额(万元)：49.8",
            "年度履职目标：部门职能：确保日常工作正常运行；年度目标任务：按时发放2019年人员工资待遇；支出项目名称：基本支出；预算金额(万元)：110.61",
        ])
        #expect(p.indicators.map(\.value.raw) == ["1部", "100%"])
        // A goals row whose cells after the label are sentences is no table: run together as before.
        let prose = try readRoundTrip(table("年度履职目标\t保障志鉴工作开展。\t完成年度任务。"))
        #expect(prose.projects[0].goals.count == 2)
        #expect(prose.projects[0].goals.last?.text.hasPrefix("年度履职目标：保障志鉴工作开展。 完成年度任务。 组织、指导") == true)
    }
}
