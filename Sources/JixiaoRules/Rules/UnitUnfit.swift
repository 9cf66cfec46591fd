import JixiaoModel

enum UnitUnfit {
    static let rule = Rule(
        id: "indicator.unit-unfit",
        title: "计量单位与所计量的对象不符",
        help: """
        单位要与指标计量的对象一致：数人用“人”“人次”，不用“个”（“村组干部230人”写成“≥230个”）；人数、人口数不用“户”“个”；\
        “按时发放”“及时处理”说的是是否按时，用及时率（%）或完成时间衡量，不用人数、件数。单位不符，年终对照时说不清考核的是什么。\
        请改用与对象相符的单位；名称里已写明数量和单位的，Jixiao 给出照名称改正的写法。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                guard let q = i.value.quantity, !q.unit.isEmpty else { return nil }
                let name = ctx.texts(row).foldedName
                // The name states the same number in another unit: `村组干部230人` / `≥230个`.
                if let stated = unitInName(name, number: q.number.text), stated != q.unit,
                   UnitKind.of(stated) == .count, ctx.texts(row).unitKind == .count {
                    let to = TextNormalization.trimmed(i.value.raw).replacing(q.number.text + q.unit, with: q.number.text + stated)
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)名称写的是“\(q.number.text)\(stated)”，指标值却写成\(quoted: i.value.raw)",
                                       suggestion: "改为\(quoted: to)",
                                       fix: to == i.value.raw ? nil : Fix(.indicator(row: row, .value), from: i.value.raw, to: to))
                }
                // People counted in something else: `人口数 ≥10户`, `培训人数 20个`.
                let plain = ctx.texts(row).foldedIsPlain, bare = ctx.texts(row).folded
                if PlainScalars.hasAnySuffix(name, textIsPlain: plain, peopleCountEndings), ctx.texts(row).unitKind == .count,
                   !Vocabulary.peopleUnits.contains(q.unit) {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)数的是人，指标值\(quoted: i.value.raw)的单位却是“\(q.unit)”",
                                       suggestion: "用“人”或“人次”计量；要数户数，把名称改为户数")
                }
                // On time, measured by a count: `按时发放 ≥1人/年`.
                let numerator = UnitKind.of(q.unitNumerator)
                if bare.mentions(onTimeWords), !PlainScalars.hasSuffix(name, textIsPlain: plain, "率"),
                   !bare.mentions(countWords), numerator == .count {
                    return ctx.finding(row: row, field: .value,
                                       "\(label: ctx.labels(row), i)说的是是否按时，指标值\(quoted: i.value.raw)却是数量",
                                       suggestion: "写成及时率（如“100%”）或完成时间（如“每月10日前”）")
                }
                return nil
            }
        },
        failing: [
            RuleExample("名称“参训教师500人”，指标值“≥500个”", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "参训教师500人"
                $0[project: 1][row: 1][.value] = "≥500个"
            },
            RuleExample("参训人数写“20个”", at: .cell(project: 1, row: 1, .value)) {
                $0[project: 1][row: 1][.name] = "参训人数"
                $0[project: 1][row: 1][.value] = "≥20个"
            },
            RuleExample("“按时完成培训”写“≥4期/年”", at: .cell(project: 1, row: 3, .value)) {
                $0[project: 1][row: 3][.name] = "按时完成培训"
                $0[project: 1][row: 3][.value] = "≥4期/年"
            },
        ],
        passing: [
            RuleExample("参训人数写“人次”") { $0[project: 1][row: 1][.name] = "参训人数"; $0[project: 1][row: 1][.value] = "≥500人次" },
            RuleExample("及时处理的件数是数量") { $0[project: 1][row: 3][.name] = "及时处理问题件数"; $0[project: 1][row: 3][.value] = "≥10件" },
        ])

    private static let onTimeWords = WordList(Vocabulary.onTimeWords)
    private static let countWords = WordList(Vocabulary.countWords)

    /// The unit the name gives `number` (`人` for 230 in `村组干部230人`), nil when it does not
    /// state that number with a unit.
    private static func unitInName(_ name: String, number: String) -> String? {
        // Most names do not state the number: an ASCII number (a Character equal to an ASCII
        // one is that scalar alone) not among the name's bytes is not among its Characters.
        if number.utf8.allSatisfy({ $0 < 0x80 }), !TextNormalization.contains(name, number) { return nil }
        var rest = Substring(name)
        while let r = rest.firstRange(of: number) {
            let before = rest[..<r.lowerBound].last
            let after = rest[r.upperBound...]
            if before.map({ !($0.isASCII && $0.isNumber) && $0 != "." }) ?? true,
               after.first.map({ !($0.isASCII && $0.isNumber) && $0 != "." }) ?? false,
               let u = UnitKind.unitPrefix(of: after) {
                return u
            }
            rest = after
        }
        return nil
    }

    /// `Vocabulary.peopleCounts` as endings of a name.
    private static let peopleCountEndings = Endings(Vocabulary.peopleCounts)
}
