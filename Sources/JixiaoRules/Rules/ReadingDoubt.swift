import JixiaoModel

enum ReadingDoubt {
    static let rule = Rule(
        id: "text.reading-doubt",
        title: "分页处的一行无法确定是续行还是新的一行",
        help: """
        表格跨页时，一行指标的各格文字可能一部分印在上一页、一部分印在下一页；下一页的这一部分没有一级、二级指标，\
        看上去和新的一行一样。Jixiao 能从各栏判断的（下一页这一部分缺少其他各行都有的栏、上一页的文字没有印完），\
        把它并回上一行；两种读法都说得通的（两行各有自己的指标值，或只有名称和指标值两栏的表里，两行的指标值都是文字），\
        按新的一行读取，并在这里提示。请对照原件：若它是上一行的续行，把它的文字并入上一行，删去这一行；若是新的一行，补全它空着的各格。
        """,
        category: .convention, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            return p.readingDoubts.map { doubt in
                guard let k = p.indicators.firstIndex(where: { $0.line == doubt.line }) else {
                    return ctx.finding(Location(part: .indicator, line: doubt.line), doubt.text,
                                       suggestion: "对照原件，确定这一行是上一行的续行还是新的一行")
                }
                return ctx.finding(row: k + 1, field: .name, "第 \(k + 1) 行“\(p.indicators[k].name)”：\(doubt.text)",
                                   suggestion: "对照原件：若是上一行的续行，把它的文字并入第 \(k) 行，删去这一行；若是新的一行，补全它空着的各格")
            }
        },
        failing: [
            RuleExample("分页后的一行只有名称和指标值，却有自己的指标值", at: .cell(project: 1, row: 3, .name)) { d in
                let line = d[project: 1].indicators[2].line
                d[project: 1].readingDoubts = [Paragraph(text: "它在分页之后，一级、二级指标都空着，“绩效指标描述”空着，却有自己的指标值，按新的一行读取", line: line)]
            },
        ],
        passing: [
            RuleExample("表下的注不是读取时的疑问") { $0[project: 1].notes = [Paragraph(text: "注：带*号的为必填指标。", line: 99)] },
        ])
}
