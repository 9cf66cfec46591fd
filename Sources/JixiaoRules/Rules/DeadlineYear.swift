import JixiaoModel

enum DeadlineYear {
    static let rule = Rule(
        id: "indicator.deadline-year",
        title: "时效指标的时间不在预算年度内",
        help: """
        年度绩效目标考核的是预算当年：时效指标写的完成时间应在预算年度之内。写成上一年（2021 年的表写“2020年12月底前”），\
        多是沿用了上年的表没有改；写成以后的年度（2025 年的表写“截至2026年12月底”），年终考核时还没到期，无从考核。\
        请改为本年度内的时间；跨年度的项目写本年度要完成的节点，全部完工的时间可写在资金用途或中期目标里。\
        时间段只要有一端在预算年度内（“2023年4月-2024年2月”之于 2023 年）就不提示。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let year = ctx.document.department.year
            return ctx.compactMapJudged { row, i in
                guard ctx.labels(row).level2Is(IndicatorFrame.Level2.timeliness) else { return nil }
                // The time is in the value, or, when the value names no year, in the name
                // (`截至2026年12月底,项目开展率 ≥100%`).
                var field = IndicatorField.value
                var years = yearsNamed(in: i.value.raw)
                if years.isEmpty { (field, years) = (.name, yearsNamed(in: i.name)) }
                guard !years.isEmpty, !years.contains(year) else { return nil }
                let earlier = years.allSatisfy { $0 < year }
                let text = field == .value ? i.value.raw : i.name
                return ctx.finding(row: row, field: field,
                                   "\(label: ctx.labels(row), i)的\(field == .value ? "指标值" : "名称")\(quoted: text)写的是 \(years.map(String.init).joined(separator: "、")) 年，预算年度是 \(year) 年"
                                       + (earlier ? "：像是沿用了上年的表" : "：年终考核时还没到期"),
                                   suggestion: "改为 \(year) 年内的时间，如“\(year)年12月底前”" + (earlier ? "" : "；全部完工的时间写在资金用途或中期目标里"))
            }
        },
        failing: [
            RuleExample("2022 年的表写“2021年11月底前”", at: .cell(project: 1, row: 3, .value)) { $0[project: 1][row: 3][.value] = "2021年11月底前" },
            RuleExample("2022 年的表写“截至2024年12月底”", at: .cell(project: 1, row: 3, .value)) { $0[project: 1][row: 3][.value] = "截至2024年12月底" },
            RuleExample("名称写“截至2024年12月底,培训完成率”", at: .cell(project: 1, row: 3, .name)) {
                $0[project: 1][row: 3][.name] = "截至2024年12月底,培训完成率"
                $0[project: 1][row: 3][.value] = "≥100%"
            },
        ],
        passing: [
            RuleExample("本年度内“2022年11月底前”") { $0[project: 1][row: 3][.value] = "2022年11月底前" },
            RuleExample("跨年的时间段，一端在本年度") { $0[project: 1][row: 3][.value] = "2022年4月-2023年2月" },
            RuleExample("没有写年份“11月底前”") { $0[project: 1][row: 3][.value] = "11月底前" },
        ])

    /// The distinct years a text names (`2023年4月-2024年2月` → 2023, 2024).
    static func yearsNamed(in text: String) -> [Int] {
        var out: [Int] = []
        for m in YearMentions.find(in: text) where !out.contains(m.year) { out.append(m.year) }
        return out
    }
}
