import JixiaoModel

enum NotQuantified {
    static let rule = Rule(
        id: "indicator.not-quantified",
        title: "定量指标没有数值",
        help: """
        数量、质量、时效、成本和满意度指标是定量指标，指标值应是“比较符 + 数值 + 单位”（如 ≥95%、≤2万元、2021年12月底前），\
        年终才能对照考核。写成“按规定执行”“保障各项工作正常开展”之类的文字，无法判断是否完成。时间段（“2021年1月-12月”）、\
        到位时间（“12月底到位”）、句子里写明的标准（“按1000元/人兑付”）都有数值，不在此列；“是否……”一问答“是”或“否”，年终可以核对，也不在此列；101 号的社会成本、生态环境成本可以定性。\
        请把指标值量化：数量写数目，质量写合格率等比例，时效写完成时限或及时率，成本写不超过的金额，满意度写比例。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            let year = ctx.document.department.year, b = ctx.project.budget
            // A 预算数 printed below its parts (`年度资金总额 0`, 财政拨款 90) would advise `≤0万元`.
            let budget = max(b.total, b.fiscal + b.other)
            // The advice for a cost row names the budget: written once per project, not per row.
            var costAdvice: String?
            func cost() -> String {
                if let costAdvice { return costAdvice }
                // A table that prints no money unit: the ceiling as printed, and the unit to be written.
                let advice = ctx.project.budgetUnitUnprinted
                    ? "写明成本上限并写明单位，不超过预算数 \(Say.budget(budget, of: ctx.project))"
                    : "写明成本上限，如“≤\(Say.wan(budget))”，不超过预算数 \(Say.money(budget))"
                costAdvice = advice
                return advice
            }
            return ctx.compactMapJudged { row, i in
                // Only words with nothing measurable: a period (`2021年1月-12月`), a sentence with a
                // figure in it, or an unfilled template (`indicator.value-unfilled`) is not this.
                // `二100百分比`: a number whose `=` OCR read as 二 has its number
                // (`text.extraction-damage` offers the repair).
                guard ctx.labels(row).isQuantitativeDimension, i.value.isWordsOnly,
                      !answersYesNo(name: i.name, value: i.value.raw),
                      OCRLetters.comparatorReadAsTwo(i.value.raw) == nil else { return nil }
                return ctx.finding(row: row, field: .value,
                                   "\(label: ctx.labels(row), i)的指标值\(quoted: i.value.raw)没有数值，年终无法考核",
                                   suggestion: example(for: ctx.labels(row), year: year, cost: cost))
            }
        },
        failing: [
            RuleExample("时效指标写“保障各项综合事务正常开展”", at: .cell(project: 1, row: 3, .value)) { $0[project: 1][row: 3][.value] = "保障各项综合事务正常开展" },
            RuleExample("成本指标写“按标准执行”", at: .cell(project: 2, row: 4, .value)) { $0[project: 2][row: 4][.value] = "按标准执行" },
        ],
        passing: [
            RuleExample("时效指标写完成时限") { $0[project: 1][row: 3][.value] = "2022年6月30日前" },
            RuleExample("“=”识别成“二”的“二100百分比”有数值（由提取痕迹规则提示）") { $0[project: 1][row: 2][.value] = "二100百分比" },
            RuleExample("社会效益可以是定性表述") { $0[project: 1][row: 5][.value] = "教师课堂教学水平有所提升" },
            RuleExample("时效写时间段“2022年1月-12月”") { $0[project: 1][row: 3][.value] = "2022年1月-12月" },
            RuleExample("时效写“12月底到位”“2022年年底前”") { $0[project: 1][row: 3][.value] = "12月底到位"; $0[project: 2][row: 3][.value] = "2022年年底前" },
            RuleExample("质量写“是否存在质量问题 → 否”") {
                $0[project: 1][row: 2][.name] = "已建工程是否存在质量问题"
                $0[project: 1][row: 2][.value] = "否"
            },
            RuleExample("成本写成句子，但有标准“800元/人”") { $0[project: 1][row: 4][.value] = "严格按照预算标准800元/人执行" },
        ])

    /// `已建工程是否存在质量问题 → 否`: a yes-or-no question answered yes or no is a target
    /// one can check at the year's end (some provinces' templates have the type).
    static func answersYesNo(name: String, value: String) -> Bool {
        guard TextNormalization.contains(name, "是否") else { return false }
        var v = Substring(TextNormalization.withoutBlanks(value))
        while let last = v.last, "。.".contains(last) { v = v.dropLast() }
        return ["是", "否", "有", "无"].contains(String(v))
    }

    private static func example(for k: RowLabels, year: Int, cost: () -> String) -> String {
        // The 二级 compared by its bytes (`RowLabels`), not by `switch` on Strings.
        typealias L = IndicatorFrame.Level2
        if k.level2Is(L.quantity) { return "写明做多少，如“≥4期”“≥30000平方米”" }
        if k.level2Is(L.quality) { return "写明达到的标准，如合格率“≥95%”" }
        if k.level2Is(L.timeliness) { return "写明完成时限或及时率，如“\(year)年12月底前”“及时率≥95%”" }
        if PlainScalars.hasSuffix(k.level2, L.cost) { return cost() }
        return "写明比例，如“≥90%”，以问卷调查为依据"
    }
}
