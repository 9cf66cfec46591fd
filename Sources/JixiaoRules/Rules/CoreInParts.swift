import JixiaoModel

/// `indicator.core-in-parts`: a ★ core indicator printed with no value of its own, its values
/// in the rows listed under it (安徽 衔接资金 tables: ★补助各类瓜果蔬菜种植面积 with only a 分值,
/// then 梨树种植面积 6亩, 桃种植面积 1亩 …). The target is there and can be assessed, so it is not a
/// row without a value (`indicator.row-incomplete`); what is missing is the core figure itself.
enum CoreInParts {
    static let rule = Rule(
        id: "indicator.core-in-parts",
        title: "★核心指标没有填值，值只写在分项里",
        help: """
        有的模板（如安徽衔接资金项目）把★核心指标印成一行，只写分值，目标值写在下面列出的分项里（各品种的面积、各畜禽的数量）。\
        目标可以考核，不算缺项；但核心指标是上级汇总、考核的口径，本身应当有值。请在核心指标一行填写分项的合计\
        （单位一致时 Jixiao 给出合计，如“16.2亩”）；单位不同、不能相加的（头、只），按模板的计量口径填写，分项可保留在下面。
        """,
        category: .completeness, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard case .empty = i.value.kind, i.indicator.areaCells.isEmpty, let parts = parts(under: row, ctx) else { return nil }
                let listed = parts.prefix(3).map { "\(ctx.project.indicators[$0 - 1].name) \(ctx.project.indicators[$0 - 1].value.raw)" }
                    .joined(separator: "、") + (parts.count > 3 ? "等" : "")
                let total = total(of: parts, ctx)
                return ctx.finding(row: row, field: .value,
                                   "\(label: ctx.labels(row), i)没有填写指标值，值写在下面 \(parts.count) 行分项里（\(listed)）",
                                   suggestion: total.map { "核心指标填写分项的合计，如“\($0)”；分项可保留在下面" }
                                       ?? "核心指标按模板的计量口径填写合计；分项可保留在下面",
                                   fix: total.map { Fix(.indicator(row: row, .value), from: i.value.raw, to: $0) })
            }
        },
        failing: [
            RuleExample("★核心指标没有值，值写在下面的分项里", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "★培训教师人数"
                $0[project: 1][row: 1][.value] = ""
                $0[project: 1].indicators.insert(Indicator(level1: IndicatorFrame.output, level2: IndicatorFrame.Level2.quantity,
                                                           name: "骨干教师人数", description: "", value: TargetValue("200人"), basis: "计划标准", line: 0), at: 1)
            },
        ],
        passing: [
            RuleExample("★核心指标填了值") { $0[project: 1][row: 1][.name] = "★培训教师人数" },
            RuleExample("没有★的空行是缺项，不是分项") {
                $0[project: 1][row: 1][.value] = ""
                $0[project: 1].indicators.insert(Indicator(level1: IndicatorFrame.output, level2: IndicatorFrame.Level2.quantity,
                                                           name: "骨干教师人数", description: "", value: TargetValue("200人"), basis: "计划标准", line: 0), at: 1)
            },
        ])

    /// Whether `row` (1-based) is a ★ core indicator with no value whose values are in the rows listed under it.
    static func valueIsInParts(_ row: Int, _ ctx: ProjectContext) -> Bool { parts(under: row, ctx) != nil }

    /// The rows listed under a ★ core indicator that has no value (1-based): those after it with the
    /// same labels, a value and no ★ of their own, up to the next ★ row; nil when there are none.
    private static func parts(under row: Int, _ ctx: ProjectContext) -> [Int]? {
        let rows = ctx.project.indicators
        guard isCore(rows[row - 1].name) else { return nil }
        if case .empty = rows[row - 1].value.kind {} else { return nil }
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

    /// Whether the name begins (after blanks) with ★ or ☆ (`isCoreByCharacters`). Both begin
    /// with the byte E2: a name whose first byte after its blanks is another (most names) is
    /// answered without making its first Character.
    static func isCore(_ name: String) -> Bool {
        guard BareText.firstByteAfterBlanks(name) == 0xE2 else { return false }
        return isCoreByCharacters(name)
    }

    /// `isCore` by the definition: the trimmed name's first Character.
    static func isCoreByCharacters(_ name: String) -> Bool {
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
            // A total past 64 bits (a mistyped or hostile figure) is no total: said, not a crash.
            let (next, overflow) = sum.addingReportingOverflow(n)
            guard !overflow else { return nil }
            sum = next
        }
        guard let unit else { return nil }
        return ValueVsDescription.text(sum) + unit
    }
}
