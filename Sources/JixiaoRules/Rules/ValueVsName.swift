import JixiaoModel

enum ValueVsName {
    static let rule = Rule(
        id: "indicator.value-vs-name",
        title: "三级指标名称写的目标与指标值不一致",
        help: """
        有的三级指标把目标写进了名称（“基础设施建设质量达标率100%”“参训教师500人”），指标值一栏却是另一个数（“≥98%”“≥450人”）。\
        年终按哪一个考核说不清，多是名称照抄模板或上年、指标值改过而名称没有改。\
        请核实目标值：名称写这个指标衡量什么，目标值只写在指标值一栏。\
        只比较名称末尾写的一个百分比，或与指标值同一单位的一个数（“500人”与“≥450人”）；\
        名称里有几个数、末尾不是这个数（“评价低于60%的教师复训率”）、单位不同（“新建水泥路1条”与“2km”），\
        写的是往年情况，或与指标值一致（“100%”与“=100%”），都不提示。
        """,
        category: .completeness, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity else { return nil }
                let name = ctx.texts(row).name.text
                let unit = !q.unit.isEmpty && TextNormalization.contains(name, q.unit) ? ValueVsDescription.countUnit(q) : nil
                guard let stated = ValueVsDescription.stated(name, countUnit: unit), endsWith(name, stated.printed),
                      let value = stated.unit == "%" ? ValueVsDescription.percent(q) : q.upper == nil ? q.number.scaled(by: 2) : nil,
                      value != stated.value else { return nil }
                return ctx.finding(row: row, field: .name,
                                   "\(label: ctx.labels(row), i)的名称写的目标是“\(stated.printed)”，指标值却是\(quoted: i.value.raw)，两处的目标不一致",
                                   suggestion: "核实目标值；名称只写这个指标衡量什么，目标值写在指标值一栏")
            }
        },
        failing: [
            RuleExample("名称“建设质量达标率100%”，指标值“≥95%”", at: .cell(project: 2, row: 2, .name)) {
                $0[project: 2][row: 2][.name] = "*绿化工程建设质量达标率100%"
            },
            RuleExample("名称“参训教师500人”，指标值“≥450人”", at: .cell(project: 1, row: 1, .name)) {
                $0[project: 1][row: 1][.name] = "参训教师500人"
                $0[project: 1][row: 1][.value] = "≥450人"
            },
            RuleExample("名称末尾的目标在括号里“(≥90%)”，指标值“≥85%”", at: .cell(project: 2, row: 6, .name)) {
                $0[project: 2][row: 6][.name] = "师生满意度(≥90%)"
            },
        ],
        passing: [
            RuleExample("名称的目标与指标值一致（“100%”与“=100%”）") {
                $0[project: 2][row: 3][.name] = "养护及时率100%"
                $0[project: 2][row: 3][.value] = "=100%"
            },
            RuleExample("名称里的百分比不在末尾，是所衡量的对象（“评价低于60%的教师复训率”）") {
                $0[project: 1][row: 5][.name] = "评价优良率低于60%的教师复训率"
                $0[project: 1][row: 5][.value] = "100%"
            },
            RuleExample("名称里的数是别的单位（“新建水泥路1条”与“≥2公里”）") {
                $0[project: 1][row: 1][.name] = "新建水泥路1条"
                $0[project: 1][row: 1][.value] = "≥2公里"
            },
            RuleExample("名称里有几个数（“2期培训共500人”）") {
                $0[project: 1][row: 1][.name] = "2期培训共500人"
                $0[project: 1][row: 1][.value] = "≥450人"
            },
            RuleExample("名称写的是往年情况（“上年合格率90%”）") {
                $0[project: 1][row: 2][.name] = "培训合格率（上年90%）"
            },
            RuleExample("名称只写单位（“满意度(%)”）") {
                $0[project: 1][row: 6][.name] = "参训教师满意度(%)"
            },
        ])

    /// Whether the name ends with the stated target, perhaps in brackets or before a full stop:
    /// a figure further in (`7岁以下…管理率`) is part of what the indicator measures.
    private static func endsWith(_ name: String, _ printed: String) -> Bool {
        var chars = Substring(TextNormalization.halfWidth(name))
        while let last = chars.last, closers.contains(last) { chars = chars.dropLast() }
        return chars.hasSuffix(printed)
    }

    private static let closers: Set<Character> = [")", "）", "]", "】", "。", ".", ";", "；", ",", "，"]
}
