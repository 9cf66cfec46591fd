import JixiaoModel

enum RowIncomplete {
    static let rule = Rule(
        id: "indicator.row-incomplete",
        title: "三级指标缺少名称、指标值或依据",
        help: """
        每一行三级指标都要有指标名称、指标值和指标值确定依据。缺名称不知道考核什么，缺指标值无法考核，\
        缺依据说不清目标值从何而来。请补全空着的单元格。
        """,
        category: .completeness, severity: .error, basis: .regulation("财预〔2015〕88号"),
        check: .project { ctx in
            ctx.project.indicatorRows.compactMap { row, i in
                var missing: [(field: IndicatorField, what: String)] = []
                if TextNormalization.withoutBlanks(i.name).isEmpty { missing.append((.name, "三级指标名称")) }
                if case .empty = i.value.kind { missing.append((.value, IndicatorField.value.chinese)) }
                if TextNormalization.withoutBlanks(i.basis).isEmpty { missing.append((.basis, IndicatorField.basis.chinese)) }
                guard let field = missing.first?.field else { return nil }
                let what = i.name.isEmpty ? "\(i.level2Key.isEmpty ? i.level1Key : i.level2Key)下第 \(row) 行" : i.label
                return ctx.finding(row: row, field: field, "\(what)缺少\(Say.list(missing.map(\.what)))",
                                   suggestion: "补全这一行的\(Say.list(missing.map(\.what)))")
            }
        },
        failing: [
            RuleExample("指标值为空", at: .cell(project: 1, row: 1, .value)) { $0[project: 1][row: 1][.value] = "" },
            RuleExample("依据为空", at: .cell(project: 2, row: 3, .basis)) { $0[project: 2][row: 3][.basis] = "" },
            RuleExample("三级指标名称为空", at: .cell(project: 1, row: 2, .name)) { $0[project: 1][row: 2][.name] = " " },
        ],
        passing: [
            RuleExample("描述为空不算缺项") { $0[project: 1][row: 1][.description] = "" },
        ])
}
