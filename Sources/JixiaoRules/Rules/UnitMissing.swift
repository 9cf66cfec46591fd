import JixiaoModel

enum UnitMissing {
    static let rule = Rule(
        id: "indicator.unit-missing",
        title: "指标值没有单位",
        help: """
        指标值是“比较符 + 数值 + 单位”。只写数字（“开设课程数量 220”“完成时限 1”“成活率 >=85”），或单位只写了一半（“≤28.40/株”），\
        考核时不知道是 220 门还是 220 课时、1 年还是 1 个月、85% 还是 85 株。请补上单位；单位从名称中的占位、比率的性质或绩效目标里的同一个数\
        能确定时，Jixiao 给出补上单位的写法，确认无误即可一键采纳；比率只写“1”“0.95”这样的小数时，是比例（100%、95%）还是 1%、0.95% 看不出，只提示，不给一键改法。时效指标只写一个五位数（“44561”），多是表格软件把日期存成了序号，Jixiao 说出是哪一天。\
        单位定不下来时，按名称说的对象提示常用单位：召开会议、开展检查和培训数“次”，厕所、桥数“座”，设备数“台”“套”，工程、项目数“个”“项”，县（市、区）、乡镇数“个”，企业数“家”；\
        成本指标写金额，满意度写百分数。\
        数量指标的数在绩效目标里是金额（“安装550万元”）时，不补成金额：那是投入，数量指标应写完成的数量。名称已带单位（“满意度（%）”）的不算。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let p = ctx.project
            return ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity, q.unit.isEmpty || q.unitNumerator.isEmpty,
                      !nameCarriesUnit(i.name), ctx.fundingStatement(row) == nil,
                      !CostZero.applies(ctx.labels(row), q) else { return nil }
                let unit = knownUnit(i, q, goals: p.goals.map(\.text))
                // A rate written as a fraction (`1`, `0.95`: a spreadsheet's 100 %, 95 %) would
                // become 1 % with a % added: no one-key fix, the reviewer asks which it is.
                if unit == "%", q.unit.isEmpty, q.number.doubleValue > 0, q.number.doubleValue <= 1 {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)只有数字，没有单位：是比例（\(quoted: percent(q.number))）还是\(quoted: q.number.text + "%")，看不出",
                                       suggestion: "写成百分数，如\(quoted: percent(q.number))")
                }
                // A date a spreadsheet stored as its serial number (`44561`: 2021-12-31).
                if q.unit.isEmpty, isTime(ctx.labels(row), i.name), let date = serialDate(q.number) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)只有数字：像是表格软件把日期存成了序号（\(q.number.text) 即 \(date)）",
                                       suggestion: "写明完成时间，如“\(date)前”")
                }
                // A 数量 row whose number the goals give as money (`安装550万元` / `550`): adding 万元
                // would make the output an input (`indicator.input-as-output`); the advice is the output.
                if q.unit.isEmpty, let u = unit, UnitKind.of(u) == .money, ctx.labels(row).level2Is(IndicatorFrame.Level2.quantity) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)只有数字，没有单位；绩效目标里同一个数是\(quoted: q.number.text + u)，那是投入的资金，不是产出",
                                       suggestion: "数量指标写完成的数量，如台（套）数、面积；资金写在成本指标")
                }
                let to = unit.flatMap { rewrite(i.value.raw, q, unit: $0) }
                let what = q.unit.isEmpty ? "只有数字，没有单位" : "单位不全（只有\(quoted: q.unit)）"
                return ctx.finding(row: row, field: .value, "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)\(what)",
                                   suggestion: to.map { "改为\(quoted: $0)" } ?? hint(ctx.texts(row), ctx.labels(row)),
                                   fix: to.map { Fix(.indicator(row: row, .value), from: i.value.raw, to: $0) })
            }
        },
        failing: [
            RuleExample("培训期数写“4”", at: .cell(project: 1, row: 1, .value)) { $0[project: 1][row: 1][.value] = "4" },
            RuleExample("合格率写“≥95”（补上 %）", at: .cell(project: 1, row: 2, .value)) { $0[project: 1][row: 2][.value] = "≥95" },
            RuleExample("养护成本写“≤5/平方米”", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "≤5/平方米" },
            RuleExample("合格率写“1”（比例还是 1%，不给一键改法）", at: .cell(project: 1, row: 2, .value)) { $0[project: 1][row: 2][.value] = "1" },
            RuleExample("完成时间写成表格日期序号“44561”", at: .cell(project: 1, row: 3, .value)) { $0[project: 1][row: 3][.value] = "44561" },
            RuleExample("数量指标写“20”，绩效目标里是“20万元”（投入，不补成金额）", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][goal: 1] = Goal(number: 1, text: "安排集中培训经费20万元，完成全县教师集中培训。")
                $0[project: 1][row: 1][.value] = "20"
            },
        ],
        passing: [
            RuleExample("名称带单位“（%）”") {
                $0[project: 1][row: 6][.name] = "参训教师满意度（%）"
                $0[project: 1][row: 6][.value] = "≥90"
            },
            RuleExample("有单位") { $0[project: 1][row: 1][.value] = "≥ 4 期" },
        ])

    /// `1` → `100%`, `0.95` → `95%`: a fraction as the percentage it would be.
    static func percent(_ n: DecimalText) -> String {
        // Up to two decimals of a percent (0.9525 → 95.25%); finer is not written in such tables.
        guard let x = n.scaled(by: 4) else { return n.text + "%" }
        let whole = x / 100, cents = x % 100
        guard cents != 0 else { return "\(whole)%" }
        let frac = cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)")
        return "\(whole).\(frac)%"
    }

    /// `满意度（%）`, `资金（万元）`, `人数(人)`: the unit is in the name.
    private static func nameCarriesUnit(_ name: String) -> Bool { NameUnit.printed(name) != nil }

    /// The unit the document itself gives for this value: the template's placeholder in the
    /// name (`(≤**元/株)`), a rate (`%`), or the same number in the goals (`220门`).
    private static func knownUnit(_ i: RowBox, _ q: TargetValue.Quantity, goals: [String]) -> String? {
        if let slot = TemplateMarks.cleaned(i.name)?.unit, UnitKind.isKnownUnit(slot) { return slot }
        let name = TextNormalization.withoutBlanks(i.name)
        if q.unit.isEmpty, ["率", "比例", "比率", "满意度"].contains(where: { name.hasSuffix($0) }) { return "%" }
        guard q.unit.isEmpty else { return nil }
        for g in goals {
            let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(g))
            var rest = Substring(t)
            while let r = rest.firstRange(of: q.number.text) {
                let before = rest[..<r.lowerBound].last
                let after = rest[r.upperBound...]
                if before.map({ !($0.isASCII && $0.isNumber) && $0 != "." }) ?? true,
                   after.first.map({ !($0.isASCII && $0.isNumber) && $0 != "." }) ?? false,
                   let u = UnitKind.unitPrefix(of: after), UnitKind.of(u) != .time, u != "%" {
                    return u
                }
                rest = after
            }
        }
        return nil
    }

    /// The value with the unit put after its number: `220` → `220门`, `>=85` → `>=85%`,
    /// `≤28.40/株` → `≤28.40元/株`.
    private static func rewrite(_ raw: String, _ q: TargetValue.Quantity, unit: String) -> String? {
        let t = TextNormalization.trimmed(raw)
        if q.unit.isEmpty {
            guard t.hasSuffix(q.number.text) else { return nil }
            return t + unit
        }
        // Half a unit: `/株` becomes the whole one, `元/株`.
        guard let d = q.unitDenominator, unit.hasSuffix("/" + d), let r = t.firstRange(of: q.number.text + "/" + d) else { return nil }
        return String(t[..<r.lowerBound]) + q.number.text + unit + String(t[r.upperBound...])
    }

    private static let peopleCounts = WordList(Vocabulary.peopleCounts)

    /// A 时效 row, or a name that asks when (完成时间, 时限, 日期).
    private static func isTime(_ k: RowLabels, _ name: String) -> Bool {
        k.level2 == IndicatorFrame.Level2.timeliness || ["时间", "时限", "日期"].contains { TextNormalization.contains(name, $0) }
    }

    /// `44561` → `2021年12月31日`: a whole number a spreadsheet counts days by (from
    /// 1899-12-30), for the years 2000–2099 — no count of days, people or items in a
    /// 时效 row is that large.
    static func serialDate(_ n: DecimalText) -> String? {
        guard n.fractionDigits.allSatisfy({ $0 == "0" }), let serial = Int(n.integerDigits),
              (36_526...73_050).contains(serial) else { return nil }
        // Days since 1970-01-01, then the civil date (H. Hinnant's days_from_civil inverse).
        let z = serial - 25_569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return "\(year)年\(month)月\(day)日"
    }

    private static func hint(_ t: RowTexts, _ k: RowLabels) -> String {
        let name = t.name.text
        if k.level2 == IndicatorFrame.Level2.timeliness || name.contains("时限") || name.contains("时间") {
            return "写明完成时间，如“2024年12月底前”，或写成及时率，如“≥95%”"
        }
        if k.isMoneyCost { return "成本写金额，补上单位，如“万元”“元”；单价写“元/人”“元/平方米”" }
        if k.isSatisfaction || t.name.mentions(satisfactionWords) { return "写成百分数，如“≥90%”" }
        if t.name.mentions(peopleCounts) { return "补上单位，如“人”“人次”" }
        // What the name counts says the unit: a meeting or campaign held (`召开…全体会议`, `开展…专项整治`) is
        // counted in 次, a building in 座, a works or project in 个/项 (07 甘孜 2023, 02 青山 2020).
        for (words, units) in unitsByWhatIsCounted where t.name.mentions(words) {
            return "补上单位，如" + units.map { "“\($0)”" }.joined()
        }
        return "补上单位，如“次”“个”“项”“期”"
    }

    private static let satisfactionWords = WordList(["满意度", "满意率"])

    /// Words of a name and the units what it names is counted in, in the order asked: the
    /// thing built or bought before the activity (`厕所改造` is 座, `培训教室` 间 — not asked).
    private static let unitsByWhatIsCounted: [(WordList, [String])] = [
        (WordList(["厕所", "公厕", "桥", "水池", "水窖", "蓄水池", "大棚", "温棚", "晾晒房", "泵站"]), ["座", "个"]),
        (WordList(["设备", "变压器", "电脑", "计算机", "机组"]), ["台", "套"]),
        (WordList(["车辆"]), ["辆"]),
        (WordList(["道路", "公路", "里程", "长度", "管网", "管道", "水渠", "沟渠", "围墙", "护栏"]), ["公里", "米"]),
        (WordList(["面积"]), ["平方米", "亩"]),
        (WordList(["村庄", "行政村", "村(社区)", "社区", "学校", "站点", "网点", "基地", "示范点"]), ["个"]),
        // Places a fund is shared out to (龙岩 2023: `宗教管理经费补助县(市、区)数量 2`).
        (WordList(["县(市、区)", "县（市、区）", "县(区)", "县（区）", "县区", "县市区", "乡镇", "乡(镇)", "乡（镇）"]), ["个"]),
        (WordList(["企业", "合作社", "经营主体"]), ["家", "个"]),
        (WordList(["会议", "培训", "活动", "检查", "督查", "巡查", "整治", "宣传", "演练", "讲座", "调研", "召开", "开展", "举办", "组织"]), ["次", "场"]),
        (WordList(["工程", "项目"]), ["个", "项"]),
    ]
}
