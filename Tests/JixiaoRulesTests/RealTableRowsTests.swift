import JixiaoModel
import Testing
@testable import JixiaoRules

/// Rows as real published tables print them (a 乌海 供销社 table of 2021, a 宁德 党史方志
/// table of 2019), put into the example document: what a finance reviewer marks in them is
/// found, and the rows beside them that are right are left alone.
@Suite struct RealTableRowsTests {
    /// The rule's findings on project 1 row `row` after `change`.
    func findings(_ rule: String, row: Int, _ change: (inout Document) -> Void) -> [Finding] {
        var d = ExampleDocument.clean
        change(&d)
        return RuleEngine().check(d).all.filter { $0.rule == rule && $0.projectIndex == 0 && $0.location.row == row }
    }

    func cost(_ name: String, _ value: String) -> (inout Document) -> Void {
        { d in
            d[project: 1][row: 4][.name] = name
            d[project: 1][row: 4][.value] = value
        }
    }

    /// 乌海: `出差单位成本 =0万元/人`, `办公费总成本 =0万元` beside `出差总成本 =1万元`.
    @Test(arguments: ["=0万元/人", "=0万元", "0", "≤0.00元", "0元/人次"])
    func aZeroCostIsMarked(_ value: String) throws {
        let f = try #require(findings("indicator.cost-zero", row: 4, cost("出差单位成本", value)).first)
        #expect(f.location.field == .value)
        #expect(f.message.contains("是 0"))
        // One piece of advice for the cell: not also “add a unit” to a bare 0.
        #expect(findings("indicator.unit-missing", row: 4, cost("出差单位成本", value)).isEmpty)
    }

    @Test(arguments: ["=1万元", "≤0.04万元/人", "0-5万元", "0%", "≤800元"])
    func aCostThatIsNotZeroIsNot(_ value: String) {
        #expect(findings("indicator.cost-zero", row: 4, cost("出差总成本", value)).isEmpty, "\(value)")
    }

    /// Zero outside 成本 is a target: no accidents, no complaints.
    @Test(arguments: [(1, "0次"), (1, "0件"), (2, "0"), (5, "0起")] as [(Int, String)])
    func zeroElsewhereIsATarget(_ row: Int, _ value: String) {
        #expect(findings("indicator.cost-zero", row: row, { $0[project: 1][row: row][.value] = value }).isEmpty)
    }

    @Test func zeroIsExactlyZero() {
        func q(_ v: String) -> TargetValue.Quantity? { TargetValue(v).quantity }
        #expect(CostZero.isZero(q("0")!))
        #expect(CostZero.isZero(q("=0.00万元")!))
        #expect(!CostZero.isZero(q("0.04万元")!))
        #expect(!CostZero.isZero(q("10万元")!))
    }
}

/// 乌海's 数量指标 `出差人数 =8`, `出差人次 =24人/次`: the unit's own trips (and its hired
/// staff) are inputs; what trainees, inspections and events for the public count is output.
@Suite struct StaffInputTests {
    func findings(name: String, value: String, level2: String = "数量指标") -> [Finding] {
        var d = ExampleDocument.clean
        d[project: 1][row: 1][.name] = name
        d[project: 1][row: 1][.value] = value
        d[project: 1][row: 1][.level2] = level2
        return RuleEngine().check(d).all.filter { $0.rule == "indicator.input-as-output" && $0.projectIndex == 0 && $0.location.row == 1 }
    }

    @Test(arguments: [("出差人数", "=8"), ("出差人次", "=24人/次"), ("聘用人员", "=1人"), ("临聘人员数量", "3人"),
                      ("差旅人次", "≥20人次"), ("劳务派遣人员", "2人")])
    func staffTripsAndHiresAreInputs(_ name: String, _ value: String) throws {
        let f = try #require(findings(name: name, value: value).first, "\(name)")
        #expect(f.location.field == .name)
        #expect(f.message.contains("投入的人力"))
    }

    @Test(arguments: [("培训学员人次", "≥600人次"), ("监督检查次数", "≥12次"), ("举办惠民演出场次", "≥10场"),
                      ("公益性岗位聘用人数", "≥30人"), ("就业困难人员安置人数", "≥20人"), ("下乡服务人次", "≥200人次")])
    func outputsThatCountPeopleOrTimesAreNot(_ name: String, _ value: String) {
        #expect(findings(name: name, value: value).isEmpty, "\(name)")
    }

    /// A staff count elsewhere than 数量指标 is another rule's business.
    @Test func onlyUnderQuantity() {
        #expect(findings(name: "聘用人员在岗率", value: "100%", level2: "质量指标").isEmpty)
    }

    @Test func staffWords() {
        #expect(InputAsOutput.staffInput(BareText("出差 人数")) == "本单位人员出差")
        #expect(InputAsOutput.staffInput(BareText("聘用人员")) == "聘用的人员")
        #expect(InputAsOutput.staffInput(BareText("公益性岗位聘用人数")) == nil)
        #expect(InputAsOutput.staffInput(BareText("培训人次")) == nil)
    }
}

/// 乌海's 时效指标 `财政资金到位及时支付率`: budget execution in other words than the list's.
@Suite struct ExecutionMeasureTests {
    @Test(arguments: ["财政资金到位及时支付率", "项目财政资金到位时间", "资金到位及时率", "资金支付及时率", "工程款支付进度",
                      "中央财政衔接资金到位率", "预算执行率（%）", "年度预算执行率", "资金拨付及时性", "支付进度", "补助资金到位率",
                      "项目资金支出率", "资 金 到 位 率", "资金使用率"])
    func recognised(_ name: String) {
        #expect(Misplaced.isExecutionMeasure(BareText(name)), "\(name)")
    }

    /// Paid to people (the output of a subsidy project), not money, or not execution.
    @Test(arguments: ["补贴资金发放及时率", "养老金支付及时率", "补助资金支付及时率", "奖补资金兑付率(%)", "设备到位率", "人员到位率",
                      "政策执行率", "资金使用合规率", "经费保障及时性", "培训完成率", "按时完成率", "资金", "到位率", "项目执行进度", "疫苗使用率"])
    func leftAlone(_ name: String) {
        #expect(!Misplaced.isExecutionMeasure(BareText(name)), "\(name)")
    }

    /// The scalar reading of a plain name agrees with the Character reading.
    @Test(arguments: ["财政资金到位及时支付率", "项目财政资金到位时间", "预算执行率（%）", "预算执行率(%", "预算执行率%）", "资金拨付及时性（天）",
                      "补贴资金发放及时率", "奖补资金兑付率(%)", "经费保障及时性", "及时资金到位率", "资金到位率资金", "率", "资金率",
                      "工程款支付进度（％）", "当年预算资金执行率", "项目资金使用及时率（季度）"])
    func scalarsAgreeWithCharacters(_ name: String) {
        #expect(Misplaced.isExecutionMeasure(BareText(name)) == Misplaced.isExecutionMeasureByCharacters(BareText(name)), "\(name)")
    }

    @Test func theRealRowIsMarkedWhereItIs() throws {
        var d = ExampleDocument.clean
        d[project: 1][row: 3][.name] = "财政资金到位及时支付率"
        d[project: 1][row: 3][.value] = "=100%"
        let f = try #require(RuleEngine().check(d).all.first { $0.rule == "indicator.misplaced" })
        #expect(f.location.row == 3 && f.location.field == .name)
        #expect(f.message == "产出指标中的“财政资金到位及时支付率”属于预算执行，不是产出")
    }
}

/// 宁德's `覆盖率 | 90%(计划标准) | 1`: the description states a target the value does not have.
@Suite struct ValueVsDescriptionTests {
    func findings(description: String, value: String, name: String = "县(市、区)的覆盖率") -> [Finding] {
        var d = ExampleDocument.clean
        d[project: 1][row: 2][.name] = name
        d[project: 1][row: 2][.description] = description
        d[project: 1][row: 2][.value] = value
        return RuleEngine().check(d).all.filter { $0.rule == "indicator.value-vs-description" }
    }

    @Test func theRealRowIsMarked() throws {
        let f = try #require(findings(description: "90%(计划标准)", value: "1").first)
        #expect(f.location.row == 2 && f.location.field == .description)
        #expect(f.message == "质量指标“县(市、区)的覆盖率”的绩效指标描述写的是“90%”，指标值却是“1”（即 100%），两处的目标不一致")
    }

    @Test(arguments: [("90%(计划标准)", "1"), ("达到95%", "≥90%"), ("覆盖率 98 ％", "0.95"), ("100%", "95")])
    func disagreementsAreMarked(_ description: String, _ value: String) {
        #expect(findings(description: description, value: value).count == 1, "\(description) / \(value)")
    }

    /// The neighbouring 宁德 rows (`100%(计划标准) | 1`, `60% | ≥60%`, `100%(历史标准) | 100%`) and
    /// descriptions that are not one target.
    @Test(arguments: [("100%(计划标准)", "1"), ("60%", "≥60%"), ("100%(历史标准)", "100%"), ("0.95", "≥95%"),
                      ("由80%提高到90%", "≥90%"), ("上年覆盖率85%", "≥90%"), ("2020年覆盖85%", "≥90%"), ("覆盖10个县区，达90%", "≥95%"),
                      ("90%", "≥10个"), ("90%", "80%-90%"), ("问卷调查满意比例", "≥90%"), ("95%", "2022年11月底前")])
    func agreementsAndOtherFiguresAreNot(_ description: String, _ value: String) {
        #expect(findings(description: description, value: value).isEmpty, "\(description) / \(value)")
    }

    @Test func figuresAreRead() {
        #expect(ValueVsDescription.statedPercent("90%(计划标准)")?.value == 9000)
        #expect(ValueVsDescription.statedPercent("达到 92.5 %")?.value == 9250)
        #expect(ValueVsDescription.statedPercent("达到９５％")?.value == 9500)
        #expect(ValueVsDescription.statedPercent("90") == nil)
        #expect(ValueVsDescription.statedPercent("10个县90%") == nil)
        // The weight column joined into the description (`权重：10%`) is not a target.
        #expect(ValueVsDescription.statedPercent("权重：10%；指标方向性：正向指标") == nil)
        #expect(ValueVsDescription.statedPercent("权重(%)：15") == nil)
        func p(_ v: String) -> Int64? { TargetValue(v).quantity.flatMap(ValueVsDescription.percent) }
        #expect(p("1") == 10_000)
        #expect(p("0.95") == 9_500)
        #expect(p("95") == 9_500)
        #expect(p("≥60%") == 6_000)
        #expect(p("5‰") == nil)
        #expect(p("3次") == nil)
    }

    /// A description that writes its target in Chinese numerals (`九十%`, `百分之九十`, `三项`).
    @Test(arguments: [("覆盖率九十%", "1"), ("覆盖率达到百分之九十", "1"), ("百分之95", "≥90%"), ("达到百分之百", "≥90%"),
                      ("九十五 ％(计划标准)", "100%"), ("完成三项", "1项"), ("完成3项", "≥2项"), ("服务两千人次", "≥1000人次"),
                      ("壹佰%", "90%")])
    func chineseNumeralsAreRead(_ description: String, _ value: String) {
        #expect(findings(description: description, value: value).count == 1, "\(description) / \(value)")
    }

    /// Chinese numerals that agree, are words or ordinals, another unit's count, a count the
    /// value is not in, a lone 一 (an article), or a number not read whole.
    @Test(arguments: [("覆盖率九十%", "90%"), ("百分之百", "1"), ("完成三项", "3项"), ("统一标准，达到90%", "≥90%"),
                      ("第三项", "1项"), ("三天", "1项"), ("三项", "100%"), ("三项", "1"), ("一项", "3项"), ("建设一个平台", "3个"),
                      ("百分之八十五点五", "≥85.5%"), ("八十五点五%", "≥85.5%"), ("十四五规划", "1项"), ("服务三人次", "≥3人"),
                      ("由三项增加到五项", "5项"), ("九十万%", "1")])
    func chineseNumeralsThatAreNoTarget(_ description: String, _ value: String) {
        #expect(findings(description: description, value: value).isEmpty, "\(description) / \(value)")
    }

    @Test func chineseFiguresAreRead() {
        #expect(ValueVsDescription.statedPercent("覆盖率九十%")?.value == 9000)
        #expect(ValueVsDescription.statedPercent("覆盖率九十%")?.printed == "九十%")
        #expect(ValueVsDescription.statedPercent("达到百分之九十五")?.value == 9500)
        #expect(ValueVsDescription.statedPercent("达到百分之九十五")?.printed == "百分之九十五")
        #expect(ValueVsDescription.statedPercent("百分之百")?.value == 10_000)
        #expect(ValueVsDescription.statedPercent("权重：百分之十") == nil)
        #expect(ValueVsDescription.statedPercent("三项") == nil)
        #expect(ValueVsDescription.stated("完成三项工作", countUnit: "项")?.value == 300)
        #expect(ValueVsDescription.stated("完成三项工作", countUnit: "项")?.printed == "三项")
        #expect(ValueVsDescription.stated("完成三项工作", countUnit: "项")?.unit == "项")
        #expect(ValueVsDescription.stated("服务200人次", countUnit: "人") == nil)
    }
}
