import JixiaoModel

extension RuleCatalogue {
    static let planMissingFigures = Rule(
        id: "plan.missing-figures",
        title: "资金支出计划没有填写数字",
        help: """
        资金支出计划按时间节点填写累计支出占预算的比例（如 3月底 25%、6月底 50%），财政据此安排资金调度、监控执行进度。\
        一个数字也没有，或只填了一部分，进度就无从监控。请按累计比例填写每个时间节点；某节点前已全部支出的，其后各节点填 100%。
        """,
        category: .feasibility, severity: .warning, basis: .systemConvention,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let location = Location(part: .spendingPlan, line: ctx.project.lines.plan)
            if plan.checkpoints.isEmpty {
                return [ctx.finding(location, "资金支出计划没有时间节点，也没有数字",
                                    suggestion: "按 3月底、6月底、10月底（12月底）填写累计支出比例")]
            }
            let empty = plan.checkpoints.filter { $0.figure.isEmpty }
            if empty.count == plan.checkpoints.count {
                return [ctx.finding(location,
                                    "资金支出计划没有填写任何数字（时间节点：\(Say.list(plan.checkpoints.map(\.label)))）",
                                    suggestion: "按累计支出比例填写各时间节点，如 25%、50%、75%")]
            }
            guard !empty.isEmpty else { return [] }
            let filled = plan.checkpoints.filter { !$0.figure.isEmpty }.map { "\($0.label) \($0.figure)" }
            return [ctx.finding(location,
                                "资金支出计划只填了 \(Say.list(filled))，\(Say.list(empty.map(\.label)))未填写",
                                suggestion: "按累计比例补全；此前已全部支出的节点填 100%")]
        },
        failing: [
            RuleExample("三个节点都是空的") { d in
                for k in d.projects[1].spendingPlan.checkpoints.indices { d.projects[1].spendingPlan.checkpoints[k].figure = "" }
            },
            RuleExample("只填了 3月底") { d in
                for k in 1..<4 { d.projects[0].spendingPlan.checkpoints[k].figure = "" }
                d.projects[0].spendingPlan.checkpoints[0].figure = "100.00%"
            },
        ],
        passing: [
            RuleExample("三个节点都填了（没有 12月底一栏是正常的）") { $0.projects[1].spendingPlan.checkpoints[2].figure = "90.00%" },
        ])

    static let planInvalidFigures = Rule(
        id: "plan.invalid-figures",
        title: "资金支出计划的数字不成立",
        help: """
        支出计划的数字是累计比例：每个在 0% 到 100% 之间，后一个节点不小于前一个。超出范围、后面比前面小，或写的不是数字，\
        说明填错了（常见的是填成了当期比例或金额）。请按累计比例改正。
        """,
        category: .feasibility, severity: .error, basis: .systemConvention,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let location = Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan)
            var out: [Finding] = []
            var previous: (Checkpoint, Double)?
            for c in plan.checkpoints where !c.figure.isEmpty {
                guard let value = c.percent?.doubleValue else {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 写的是\(Say.quote(c.figure))，不是百分比",
                                           suggestion: "写累计支出比例，如“50.00%”"))
                    continue
                }
                if value > 100 {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 为 \(c.figure)，超过 100%",
                                           suggestion: "累计比例不超过 100%"))
                }
                if let (pc, pv) = previous, value < pv {
                    out.append(ctx.finding(location, "资金支出计划 \(c.label) 为 \(c.figure)，比 \(pc.label) 的 \(pc.figure) 还少：累计比例不会减少",
                                           suggestion: "按累计比例填写，后一节点不小于前一节点"))
                }
                previous = (c, value)
            }
            return out
        },
        failing: [
            RuleExample("6月底比 3月底少") { $0.projects[0].spendingPlan.checkpoints[1].figure = "20.00%" },
            RuleExample("超过 100%") { $0.projects[0].spendingPlan.checkpoints[3].figure = "120.00%" },
            RuleExample("写成文字") { $0.projects[1].spendingPlan.checkpoints[0].figure = "一季度" },
        ],
        passing: [
            RuleExample("相邻节点相同") { $0.projects[0].spendingPlan.checkpoints[1].figure = "25.00%" },
        ])

    static let planYearEnd = Rule(
        id: "plan.year-end",
        title: "12月底支出比例不到 100%",
        help: """
        表中有 12月底一栏时，到年底累计支出一般应为 100%；不到 100%，意味着预算当年花不完，可能形成结转结余。\
        只有 3月底、6月底、10月底三栏的表是常见格式，不作提示。请核实年底能否支出完毕，必要时调整预算规模。
        """,
        category: .feasibility, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            guard let c = ctx.project.spendingPlan.checkpoint(month: 12), let v = c.percent?.doubleValue, v < 100 else { return [] }
            return [ctx.finding(Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan),
                                "资金支出计划 12月底为 \(c.figure)，年底仍有 \(formatted(100 - v))% 的预算未支出",
                                suggestion: "核实年底能否支出完毕；确实支出不完的，考虑调减预算")]
        },
        failing: [
            RuleExample("12月底 90%") { $0.projects[0].spendingPlan.checkpoints[3].figure = "90.00%" },
        ],
        passing: [
            RuleExample("没有 12月底一栏") { $0.projects[1].spendingPlan.checkpoints[2].figure = "75.00%" },
        ])

    static let planUnlabelledFigure = Rule(
        id: "plan.unlabelled-figure",
        title: "资金支出计划的数字上方没有时间节点",
        help: """
        表头列出的时间节点比下面的数字少：多出的数字不知道是哪个节点的。按惯例 3、6、10 月底之后是 12月底，Jixiao 照此理解，\
        但文本本身不完整。请在表头补上这个时间节点。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            let plan = ctx.project.spendingPlan
            let labelled = plan.checkpoints.filter(\.labelled).map(\.label)
            return plan.checkpoints.filter { !$0.labelled }.map { c in
                ctx.finding(Location(part: .spendingPlan, line: ctx.project.lines.planFigures ?? ctx.project.lines.plan),
                            "资金支出计划的数字\(Say.quote(c.figure))上方没有时间节点（表头只有 \(Say.list(labelled))），按 \(c.label) 理解",
                            suggestion: "在表头补上“\(c.label)”")
            }
        },
        failing: [
            RuleExample("四个数字、三个节点") { $0.projects[0].spendingPlan.checkpoints[3].labelled = false },
        ],
        passing: [
            RuleExample("节点和数字一样多") { $0.projects[1].spendingPlan.checkpoints[0].figure = "25.00%" },
        ])

    static func formatted(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
