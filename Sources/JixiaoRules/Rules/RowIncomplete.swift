import JixiaoModel

enum RowIncomplete {
    static let rule = Rule(
        id: "indicator.row-incomplete",
        title: "三级指标缺少名称、指标值或依据",
        help: """
        每一行三级指标都要有指标名称、指标值和指标值确定依据。缺名称不知道考核什么，缺指标值无法考核，\
        缺依据说不清目标值从何而来。请补全空着的单元格。写明“本项目不适用此指标”“无”的行，和 101 号表中空着的可选行\
        （社会成本指标、生态环境成本指标），是不适用，不算缺项；整张表都没有依据的，由“表中没有指标值确定依据”说明一次。\
        ★核心指标没有值、值写在下面列出的分项里的，指出这些分项；分项单位一致时，给出合计作为核心指标的值。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            // A table that gives no basis at all is said once (`indicator.basis-absent`).
            let basisExpected = !ctx.givesNoBases
            return ctx.compactMapJudged { row, i in
                var missing: [(field: IndicatorField, what: String)] = []
                let t = ctx.texts(row)
                if t.name.isEmpty { missing.append((.name, "三级指标名称")) }
                // A row whose areas print values that make no one value for the table: said by
                // `indicator.area-values`, not missing.
                if case .empty = i.value.kind, !i.indicator.areaCells.contains(where: { !TextNormalization.trimmed($0.text).isEmpty }) {
                    missing.append((.value, IndicatorField.value.chinese))
                }
                if basisExpected, t.basisIsBlank { missing.append((.basis, IndicatorField.basis.chinese)) }
                guard let field = missing.first?.field else { return nil }
                let what = t.name.isEmpty ? "\(ctx.labels(row).dimension)下第 \(row) 行" : ctx.labels(row).label(i)
                // A ★ core indicator whose value is given by the rows listed under it (萧县杨楼镇 2023:
                // ★补助各类瓜果蔬菜种植面积, then 梨树种植面积 6亩, 桃种植面积 1亩 …): the value asked is their total.
                if field == .value, let parts = parts(under: row, ctx) {
                    let listed = parts.prefix(3).map { "\(ctx.project.indicators[$0 - 1].name) \(ctx.project.indicators[$0 - 1].value.raw)" }
                        .joined(separator: "、") + (parts.count > 3 ? "等" : "")
                    let total = total(of: parts, ctx)
                    return ctx.finding(row: row, field: .value,
                                       "\(what)缺少指标值；下面 \(parts.count) 行（\(listed)）是它的分项",
                                       suggestion: total.map { "核心指标填写分项的合计，如“\($0)”；分项可保留在下面" } ?? "核心指标填写分项的合计；分项可保留在下面",
                                       fix: total.map { Fix(.indicator(row: row, .value), from: i.value.raw, to: $0) })
                }
                return ctx.finding(row: row, field: field, "\(what)缺少\(Say.list(missing.map(\.what)))",
                                   suggestion: "补全这一行的\(Say.list(missing.map(\.what)))")
            }
        },
        failing: [
            RuleExample("★核心指标没有值，值写在下面的分项里", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "★培训教师人数"
                $0[project: 1][row: 1][.value] = ""
                $0[project: 1].indicators.insert(Indicator(level1: IndicatorFrame.output, level2: IndicatorFrame.Level2.quantity,
                                                           name: "骨干教师人数", description: "", value: TargetValue("200人"), basis: "计划标准", line: 0), at: 1)
            },
            RuleExample("指标值为空", at: .cell(project: 1, row: 1, .value)) { $0[project: 1][row: 1][.value] = "" },
            RuleExample("依据为空", at: .cell(project: 2, row: 3, .basis)) { $0[project: 2][row: 3][.basis] = "" },
            RuleExample("三级指标名称为空", at: .cell(project: 1, row: 2, .name)) { $0[project: 1][row: 2][.name] = " " },
        ],
        passing: [
            RuleExample("描述为空不算缺项") { $0[project: 1][row: 1][.description] = "" },
            RuleExample("写明“本项目不适用此指标”的行不算缺项") {
                $0[project: 2][row: 5][.name] = "本项目不适用此指标"
                $0[project: 2][row: 5][.value] = ""
                $0[project: 2][row: 5][.basis] = ""
            },
            RuleExample("101号的可选行空着不算缺项") {
                $0[project: 1].indicators.append(Indicator(level1: IndicatorFrame.cost, level2: IndicatorFrame.Level2.socialCost,
                                                           name: "", description: "", value: TargetValue(""), basis: "", line: 40))
            },
            RuleExample("整张表没有依据栏时不逐行报（另作一次说明）") { d in
                for r in 1...6 { d[project: 1][row: r][.basis] = "" }
            },
        ])

    /// The rows listed under a ★ core indicator that has no value (1-based): those after it with the
    /// same labels, a value and no ★ of their own, up to the next ★ row; nil when there are none.
    private static func parts(under row: Int, _ ctx: ProjectContext) -> [Int]? {
        let rows = ctx.project.indicators
        guard isCore(rows[row - 1].name) else { return nil }
        let k = ctx.labels(row)
        var out: [Int] = []
        var r = row + 1
        while r <= rows.count, !isCore(rows[r - 1].name), ctx.labels(r).level1 == k.level1, ctx.labels(r).level2 == k.level2 {
            if case .empty = rows[r - 1].value.kind { break }
            out.append(r)
            r += 1
        }
        return out.isEmpty ? nil : out
    }

    private static func isCore(_ name: String) -> Bool {
        TextNormalization.trimmed(name).first.map { $0 == "★" || $0 == "☆" } ?? false
    }

    /// The parts' total when each is a plain quantity in the same unit (`6亩`, `1亩`, `4.5亩` → `11.5亩`);
    /// nil otherwise (`80头` and `500只` add to nothing).
    private static func total(of parts: [Int], _ ctx: ProjectContext) -> String? {
        var sum: Int64 = 0
        var unit: String?
        for r in parts {
            guard let q = ctx.project.indicators[r - 1].value.quantity, q.upper == nil, !q.unit.isEmpty,
                  q.comparator == .exactly || q.comparator == .equal, unit == nil || unit == q.unit,
                  let n = q.number.scaled(by: 2) else { return nil }
            unit = q.unit
            sum += n
        }
        guard let unit else { return nil }
        let whole = sum / 100, cents = sum % 100
        let number = cents == 0 ? "\(whole)" : cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"
        return number + unit
    }
}
