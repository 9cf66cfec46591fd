import JixiaoModel

enum DepartmentWide {
    static let rule = Rule(
        id: "header.department-wide",
        title: "部门整体支出绩效目标表列在项目表中",
        help: """
        部门整体支出绩效目标表说的是部门的全部资金（基本支出和项目支出）和年度履职目标，不是一个项目：它没有项目名称和项目编码，\
        预算数是部门整体的资金。列在项目表中时，指标照项目表的要求审核（产出、效益、满意度，数量、质量、时效），但它的预算数\
        与各项目的预算数相加会重复计算，名称和编码也不按项目要求。Jixiao 的预算数合计（总览、报告、导出）已把这张表除外；部门整体绩效目标一般放在文本的第一部分。
        """,
        category: .completeness, severity: .info, basis: .systemConvention,
        check: .project { ctx in
            let p = ctx.project
            guard p.isDepartmentWide else { return [] }
            return [ctx.finding(Location(part: .header, line: p.lines.heading),
                                "第 \(p.number) 张表是部门整体支出绩效目标表（表头写作\(quoted: p.heading)），不是项目表" + (p.budget.hasNoAmounts ? "" : "：它的预算数是部门整体的资金"),
                                suggestion: (p.budget.hasNoAmounts ? "" : "预算数合计已把这张表除外（与项目表的预算数相加会重复）；") + "指标照项目表的要求审核")]
        },
        failing: [
            RuleExample("表头写作“部门整体支出绩效目标表”", at: .project(2, .header)) { d in
                d[project: 2].heading = "部门整体支出绩效目标表"
                d[project: 2].name = ""
            },
        ],
        passing: [
            RuleExample("项目名称中有“整体”二字的项目表") { $0[project: 2].heading = "办公楼整体维修项目绩效目标表" },
        ])
}
