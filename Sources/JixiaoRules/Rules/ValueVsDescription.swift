import JixiaoModel

enum ValueVsDescription {
    static let rule = Rule(
        id: "indicator.value-vs-description",
        title: "绩效指标描述写的目标与指标值不一致",
        help: """
        有的表在绩效指标描述里也写了目标（“覆盖率 | 90%（计划标准）| 1”）。描述里的百分比和指标值不一样时，\
        年终按哪一个考核说不清：指标值只写“1”“0.95”这样的小数，是表格软件的比例（1 即 100%），与描述的 90% 也对不上。\
        请核实目标值，两处写成同一个数；描述写清这个指标衡量什么，目标值只写在指标值一栏。\
        描述只写了一个百分比时才比较：写了几个数（“由 80% 提高到 90%”“10 个县区”）、写的是往年情况（“上年 85%”“2020年”），\
        描述里是表格其他栏的权重、分值（“权重：10%”），或与指标值一致（“60%”与“≥60%”），都不提示。
        """,
        category: .completeness, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let stated = statedPercent(ctx.texts(row).description.text), let q = i.value.quantity,
                      let value = percent(q), value != stated.value else { return nil }
                let valueAs = q.unit.isEmpty ? "（即 \(Self.text(value))%）" : ""
                return ctx.finding(row: row, field: .description,
                                   "\(ctx.labels(row).label(i))的绩效指标描述写的是“\(stated.printed)”，指标值却是\(Say.quote(i.value.raw))\(valueAs)，两处的目标不一致",
                                   suggestion: "核实目标值，两处写成同一个数；目标值写在指标值一栏，描述写这个指标衡量什么")
            }
        },
        failing: [
            RuleExample("描述“90%（计划标准）”，指标值“1”", at: .cell(project: 1, row: 5, .description)) {
                $0[project: 1][row: 5][.description] = "90%(计划标准)"
                $0[project: 1][row: 5][.value] = "1"
            },
            RuleExample("描述“成活比例达到98%”，指标值“≥95%”", at: .cell(project: 2, row: 2, .description)) {
                $0[project: 2][row: 2][.description] = "养护苗木成活比例达到98%"
            },
        ],
        passing: [
            RuleExample("描述与指标值一致（“60%”与“≥60%”）") {
                $0[project: 1][row: 5][.description] = "60%"
                $0[project: 1][row: 5][.value] = "≥60%"
            },
            RuleExample("“1”即 100%，与描述的 100% 一致") {
                $0[project: 1][row: 2][.description] = "100%(计划标准)"
                $0[project: 1][row: 2][.value] = "1"
            },
            RuleExample("描述写了几个数（“由80%提高到90%”）") {
                $0[project: 1][row: 5][.description] = "优良比例由80%提高到90%"
            },
            RuleExample("描述写的是往年情况（“上年为85%”）") {
                $0[project: 1][row: 5][.description] = "参训教师课堂教学评价优良比例，上年为85%"
            },
            RuleExample("描述里是表格其他栏的权重（“权重：10%”）") {
                $0[project: 1][row: 5][.description] = "权重：10%；指标方向性：正向指标"
            },
            RuleExample("描述写的是某一年（“2020年达到85%”）") {
                $0[project: 1][row: 5][.description] = "2020年评价优良比例达到85%"
            },
        ])

    /// Hundredths of a percent: `90%` is 9000, `0.95` (a fraction) is 9500. Exact for what
    /// tables write (two decimals of a percent at most); nil for finer.
    typealias Hundredths = Int64

    /// The one percentage a description states, when that is all the figures it has and it
    /// is not about another year; nil otherwise.
    static func statedPercent(_ description: String) -> (value: Hundredths, printed: String)? {
        // Most descriptions have no percent sign: told by their bytes (`mayHavePercentSign`),
        // not by their Characters, which was 3 % of an import.
        guard mayHavePercentSign(description), description.contains(where: { $0 == "%" || $0 == "％" }),
              !Vocabulary.mentions(description, otherTimes) else { return nil }
        var figures: [(number: String, percent: Bool)] = []
        var run = "", afterRun = false, weight = false
        var before: [Character] = []
        func close(percent: Bool) {
            // A weight or score the table's other columns gave (`权重：10%`) is no target.
            if !run.isEmpty { figures.append((run, percent && !weight)) }
            run = ""
        }
        for c in TextNormalization.halfWidth(description) {
            if c.isASCII && (c.isNumber || (c == "." && !run.isEmpty)) {
                if run.isEmpty { weight = weightLabels.contains { String(before.suffix(4)).contains($0) } }
                run.append(c)
                afterRun = true
                continue
            }
            before.append(c)
            if afterRun && (c == " " || c == "\u{3000}") { continue }  // `90 %`
            close(percent: afterRun && c == "%")
            afterRun = false
        }
        close(percent: false)
        guard figures.count == 1, figures[0].percent, let d = DecimalText(figures[0].number), let v = d.scaled(by: 2) else { return nil }
        return (v, figures[0].number + "%")
    }

    /// Whether `text` holds the bytes of `%` or `％`: a Character that is either is that
    /// scalar alone (neither has another canonical spelling), so a text without them has
    /// neither Character.
    static func mayHavePercentSign(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x25 || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x85) { return true }
                k += 1
            }
            return false
        }
    }

    /// The value as a percentage: `≥60%`; a bare `1` or `0.95` is a fraction (100 %, 95 %),
    /// a bare `95` a percentage without its sign. nil for a range, another unit, or ‰.
    static func percent(_ q: TargetValue.Quantity) -> Hundredths? {
        guard q.upper == nil else { return nil }
        if q.unit == "%" { return q.number.scaled(by: 2) }
        guard q.unit.isEmpty, let v = q.number.scaled(by: 4) else { return nil }
        // At most 1 is a fraction: 1 is 100 %. Above it, a percentage (up to 100).
        if v <= 10_000 { return v }
        guard v <= 1_000_000 else { return nil }
        return v / 100
    }

    private static func text(_ v: Hundredths) -> String {
        let whole = v / 100, cents = v % 100
        guard cents != 0 else { return "\(whole)" }
        return cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
    }

    /// Labels of the weight and score columns a table's description can carry.
    private static let weightLabels = ["权重", "分值", "得分", "分数"]

    /// Words saying a figure is of another time than the target's: a baseline, not a target.
    private static let otherTimes = ["上年", "去年", "往年", "历年", "前年", "上一年", "同期", "以往", "过去", "目前", "现有", "现状",
                                     "基期", "基准", "基数", "原有", "年初"]
}
