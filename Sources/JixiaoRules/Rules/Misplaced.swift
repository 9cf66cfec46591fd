import JixiaoModel

enum Misplaced {
    static let rule = Rule(
        id: "indicator.misplaced",
        title: "执行类指标或满意度放错了位置",
        help: """
        预算执行率、资金到位率、资金下达率、支出进度等是预算执行监控的内容，不是项目的产出或效益，不应作为产出指标或效益指标；\
        换个说法也一样（“财政资金到位及时支付率”“项目资金到位时间”“工程款支付进度”）。\
        补贴、救助、养老金等发放到人的项目，钱发到受益人手里就是它的产出（“补贴资金发放及时率”“养老金支付及时率”），不在此列；\
        但这类资金到位、下达本单位的快慢仍是预算执行。\
        满意度（满意率、满意程度）应放在满意度指标下（旧模板把“社会公众或服务对象满意度指标”放在效益指标下，照旧模板填写的不算放错）。放错位置，绩效目标就把“钱花出去”当成了“事办成了”。请删去或移到正确的一级指标下。
        """,
        category: .relevance, severity: .warning, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.compactMapJudged { row, i in
                let k = ctx.labels(row)
                if k.level1Is(IndicatorFrame.output) || k.level1Is(IndicatorFrame.benefit),
                   let m = ctx.texts(row).nameDescription.firstMention(executionMeasures)
                    ?? (isExecutionMeasure(ctx.texts(row).name) ? ctx.texts(row).name.text : nil) {
                    let what = ctx.texts(row).name.text == m ? "" : "是\(m)，"
                    return ctx.finding(row: row, field: .name,
                                       "\(k.level1)中的\(quoted: i.name)\(what)属于预算执行，不是\(k.level1Is(IndicatorFrame.output) ? "产出" : "效益")",
                                       suggestion: "删去这一行，改写这笔钱完成的工作或带来的效果")
                }
                if satisfactionElsewhere(row, ctx) {
                    return ctx.finding(row: row, field: .name,
                                       "满意度\(quoted: i.name)放在了\(k.level1)下",
                                       suggestion: "移到满意度指标—服务对象满意度指标下")
                }
                return nil
            }
        },
        failing: [
            RuleExample("产出指标写预算执行率", at: .cell(project: 1, row: 2, .name)) { $0[project: 1][row: 2][.name] = "预算执行率" },
            RuleExample("效益指标写满意度", at: .cell(project: 1, row: 5, .name)) { $0[project: 1][row: 5][.name] = "家长满意度" },
            RuleExample("社会效益写“市民对空气质量改善的满意程度”", at: .cell(project: 1, row: 5, .name)) {
                $0[project: 1][row: 5][.name] = "服务周期内,市民对空气质量改善的满意程度"
                $0[project: 1][row: 5][.value] = "≥85%"
            },
            RuleExample("时效指标写“预算资金当年下达率”", at: .cell(project: 1, row: 3, .name)) {
                $0[project: 1][row: 3][.name] = "预算资金当年下达率"
                $0[project: 1][row: 3][.value] = "100%"
            },
            RuleExample("时效指标写“财政资金到位及时支付率”", at: .cell(project: 1, row: 3, .name)) {
                $0[project: 1][row: 3][.name] = "财政资金到位及时支付率"
                $0[project: 1][row: 3][.value] = "=100%"
            },
            RuleExample("时效指标写“项目资金到位时间”", at: .cell(project: 2, row: 3, .name)) {
                $0[project: 2][row: 3][.name] = "项目资金到位时间"
                $0[project: 2][row: 3][.value] = "2022年3月底前"
            },
        ],
        passing: [
            RuleExample("补贴发到受益人手里是产出（“补贴资金发放及时率”）") {
                $0[project: 1][row: 3][.name] = "补贴资金发放及时率"
                $0[project: 1][row: 3][.value] = "100%"
            },
            RuleExample("“设备到位率”说的不是资金") {
                $0[project: 2][row: 2][.name] = "监测设备到位率"
                $0[project: 2][row: 2][.value] = "100%"
            },
            RuleExample("满意度指标下的满意度") { $0[project: 1][row: 6][.name] = "家长满意度" },
            RuleExample("旧模板的“社会公众或服务对象满意度指标”在效益指标下") { d in
                d[project: 1][row: 6].level1 = IndicatorFrame.benefit
                d[project: 1][row: 6][.level2] = "社会公众或服务对象满意度指标"
            },
        ])

    private static let executionMeasures = WordList(Vocabulary.executionMeasures)

    /// Whether row `row` (1-based) is a satisfaction placed under another 一级 (this rule says move it;
    /// `indicator.level1-missing` names it when 满意度指标 has no row of its own).
    static func satisfactionElsewhere(_ row: Int, _ ctx: ProjectContext) -> Bool {
        let k = ctx.labels(row)
        // A row with no 一级 at all is not placed anywhere (`indicator.level1-missing` says so).
        return !k.isSatisfaction && !k.level1.isEmpty && ctx.texts(row).name.mentions(satisfactionWords)
    }

    /// Whether this rule reports row `row` (1-based) as budget execution under 产出 or 效益:
    /// other rules (`indicator.input-as-output`) leave such a row to it, one piece of advice per cell.
    static func saysExecution(_ row: Int, _ ctx: ProjectContext) -> Bool {
        let k = ctx.labels(row)
        guard k.level1Is(IndicatorFrame.output) || k.level1Is(IndicatorFrame.benefit) else { return false }
        return ctx.texts(row).nameDescription.mentions(executionMeasures) || isExecutionMeasure(ctx.texts(row).name)
    }

    /// Whether a name (without blanks) is a budget execution measure by how it is made
    /// (`Vocabulary.executionSubjects` …): from some point on, only what flows, how, when,
    /// and a measure at the end — `财政资金到位及时支付率`, `项目资金到位时间`, `工程款支付进度`;
    /// not `设备到位率` (no money), `补贴资金发放及时率` (paid to people),
    /// `养老金支付及时率` (the benefit paid is the output), `资金使用合规率` (a quality).
    static func isExecutionMeasure(_ name: BareText) -> Bool {
        guard name.mentions(executionHints) else { return false }
        // A plain name (`PlainScalars`: its Characters are its scalars, and the words are
        // plain) is read by scalar values, without Character arrays or one array for each
        // word compared.
        guard PlainScalars.all(name.text) else { return isExecutionMeasureByCharacters(name) }
        var t = name.text.unicodeScalars.map(\.value)
        // `withoutUnitSuffix`.
        if let last = t.last, last == 0x29 || last == 0xFF09, let open = t.lastIndex(where: { $0 == 0x28 || $0 == 0xFF08 }) {
            t.removeSubrange(open...)
        }
        guard let end = executionEndScalars.first(where: { t.count > $0.count && t.suffix($0.count).elementsEqual($0) }) else { return false }
        let body = Array(t.dropLast(end.count))
        let benefit = name.mentions(benefitPayments)
        reading: for start in body.indices {
            var i = start, subject = false, act = false, payment = false
            while i < body.count {
                guard let (word, kind) = executionTokenScalars.first(where: { i + $0.word.count <= body.count && body[i..<(i + $0.word.count)].elementsEqual($0.word) })
                else { continue reading }
                switch kind {
                case .subject: subject = true
                case .act: act = true
                case .payment: payment = true
                case .timing: if i == start { continue reading }
                }
                i += word.count
            }
            if (act && subject) || (payment && !benefit) { return true }
        }
        return false
    }

    /// `isExecutionMeasure` by Characters, whatever the name.
    static func isExecutionMeasureByCharacters(_ name: BareText) -> Bool {
        guard name.mentions(executionHints) else { return false }
        let t = Array(withoutUnitSuffix(name.text))
        guard let end = executionEnds.first(where: { t.count > $0.count && Array(t.suffix($0.count)) == $0 }) else { return false }
        let body = Array(t.dropLast(end.count))
        let benefit = name.mentions(benefitPayments)
        // Read from each place a subject or an act begins: `中央财政衔接资金到位率` from 资金.
        reading: for start in body.indices {
            var i = start, subject = false, act = false, payment = false
            while i < body.count {
                guard let (word, kind) = executionTokens.first(where: { i + $0.word.count <= body.count && Array(body[i..<(i + $0.word.count)]) == $0.word })
                else { continue reading }
                switch kind {
                case .subject: subject = true
                case .act: act = true
                case .payment: payment = true
                case .timing: if i == start { continue reading }  // a reading begins with what flows or how
                }
                i += word.count
            }
            if (act && subject) || (payment && !benefit) { return true }
        }
        return false
    }

    /// `预算执行率（%）` → `预算执行率`: a unit in brackets at the end of a name.
    private static func withoutUnitSuffix(_ name: String) -> Substring {
        let n = Substring(name)
        guard n.hasSuffix(")") || n.hasSuffix("）"), let open = n.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return n }
        return n[..<open]
    }

    private enum TokenKind { case subject, act, payment, timing }
    /// Longest first, so `财政资金` is read whole before `财政`.
    private static let executionTokens: [(word: [Character], kind: TokenKind)] = (
        Vocabulary.executionSubjects.map { (Array($0), TokenKind.subject) }
            + Vocabulary.executionActs.map { (Array($0), TokenKind.act) }
            + Vocabulary.executionPayments.map { (Array($0), TokenKind.payment) }
            + Vocabulary.executionTimings.map { (Array($0), TokenKind.timing) }
    ).sorted { $0.word.count > $1.word.count }
    private static let executionEnds = Vocabulary.executionEnds.map(Array.init).sorted { $0.count > $1.count }
    /// `executionTokens` and `executionEnds` by scalar values, in the same order (every word is plain).
    private static let executionTokenScalars: [(word: [UInt32], kind: TokenKind)] =
        executionTokens.map { (String($0.word).unicodeScalars.map(\.value), $0.kind) }
    private static let executionEndScalars: [[UInt32]] = executionEnds.map { String($0).unicodeScalars.map(\.value) }
    /// A name with none of the acts is not one: most names are passed over by this.
    private static let executionHints = WordList(Vocabulary.executionActs + Vocabulary.executionPayments)
    private static let benefitPayments = WordList(Vocabulary.benefitPayments)
    /// `满意程度` as a 湘潭 table of 2023 writes it under 社会效益 (`市民对空气质量改善的满意程度 ≥85%`).
    private static let satisfactionWords = WordList(["满意度", "满意率", "满意程度"])
}
