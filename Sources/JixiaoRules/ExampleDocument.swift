import JixiaoModel

/// A small, correct document every rule must stay quiet on; rule examples each change
/// one thing in it. Two projects of a county education bureau.
public enum ExampleDocument {
    public static let clean: Document = {
        var line = 20
        func next() -> Int { line += 1; return line }
        func project(_ number: Int, name: String, code: String, total: Int64, fiscal: Int64, usage: String,
                     plan: [(Int, String)], goals: [String], rows: [String]) -> Project {
            let heading = next()
            let unit = next(), codeLine = next(), budget = next(), usageLine = next(), planLine = next()
            let figures = next(), goalsLine = next(), header = next()
            let indicators = rows.map { r -> Indicator in
                let c = r.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                return Indicator(level1: c[0], level2: c[1], name: c[2], description: c[3], value: TargetValue(c[4]),
                                 basis: c[5], line: next())
            }
            _ = next()
            return Project(number: number, heading: name + "绩效目标表",
                           unit: TableUnit(code: "500001", name: "示例县教育局本级", currency: "元"),
                           code: code, name: name,
                           budget: Budget(total: Money(yuan: total), fiscal: Money(yuan: fiscal), other: Money(yuan: total - fiscal)),
                           usage: usage, spendingPlan: SpendingPlan(checkpoints: plan.map { Checkpoint(month: $0.0, figure: $0.1) }),
                           goals: goals.enumerated().map { Goal(number: $0.offset + 1, text: $0.element) },
                           indicators: indicators,
                           lines: Project.Lines(heading: heading, unit: unit, code: codeLine, budget: budget, usage: usageLine,
                                                plan: planLine, planFigures: figures, goals: goalsLine, indicatorHeader: header))
        }
        let training = project(
            1, name: "教师培训经费", code: "50010122ABCDEFGHIJK01", total: 200_000, fiscal: 200_000,
            usage: "开展全县中小学教师培训，共需资金 20 万元，其中：集中培训 12 万元，送教下乡 8 万元。",
            plan: [(3, "25.00%"), (6, "50.00%"), (10, "75.00%"), (12, "100.00%")],
            goals: ["完成全县教师集中培训 4 期。", "提高教师课堂教学能力。"],
            rows: [
                "产出指标|数量指标|培训期数|全年举办集中培训|≥4期|计划标准",
                "产出指标|质量指标|培训合格率|参训教师考核合格比例|≥95%|历史标准",
                "产出指标|时效指标|培训完成时间|全部培训完成时限|2022年11月底前|计划标准",
                "产出指标|成本指标|人均培训成本|每人次培训费用|≤800元|预算支出标准",
                "效益指标|社会效益指标|课堂教学评价优良率|参训教师课堂教学评价优良比例|≥90%|历史标准",
                "满意度指标|服务对象满意度指标|参训教师满意度|问卷调查满意比例|≥90%|历史标准",
            ])
        let greening = project(
            2, name: "校园绿化养护经费", code: "50010122ABCDEFGHIJK02", total: 150_000, fiscal: 100_000,
            usage: "全县 12 所学校校园绿地养护，需资金 15 万元。",
            plan: [(3, "20.00%"), (6, "50.00%"), (10, "80.00%")],
            goals: ["完成 12 所学校绿地养护。", "改善校园生态环境。"],
            rows: [
                "产出指标|数量指标|养护绿地面积|全年养护校园绿地|≥30000平方米|计划标准",
                "产出指标|质量指标|苗木成活率|养护苗木成活比例|≥95%|行业标准",
                "产出指标|时效指标|养护及时率|按养护计划及时完成比例|100%|计划标准",
                "产出指标|成本指标|单位面积养护成本|每平方米年养护费用|≤5元|预算支出标准",
                "效益指标|生态效益指标|校园绿化覆盖率|校园绿地面积占比|≥35%|历史标准",
                "满意度指标|服务对象满意度指标|师生满意度|问卷调查满意比例|≥85%|历史标准",
            ])
        let department = Department(code: "500001", unitName: "示例县教育局本级", name: "示例县教育局", year: 2022,
                                    preparedBy: "示例县教育局", reviewedBy: "示例县财政局", isDraft: true, currency: "元",
                                    lines: Department.Lines(title: 1, preparedBy: 3, reviewedBy: 5, unit: 23))
        return Document(
            department: department,
            overall: OverallTargets(summary: [Paragraph(text: "提高全县教师队伍素质，改善校园环境。", line: 15)]),
            contents: [
                ContentsEntry(part: 1, number: "一", title: "总体绩效目标", page: 2, line: 9),
                ContentsEntry(part: 2, number: "1", title: "教师培训经费绩效目标表", page: 3, line: 10),
                ContentsEntry(part: 2, number: "2", title: "校园绿化养护经费绩效目标表", page: 4, line: 11),
            ],
            projects: [training, greening])
    }()
}

// Rule examples address the document as a reviewer reads it, 1-based and by name:
// `$0[project: 1][row: 3][.value] = "≥95%"`, `$0[project: 2].spendingPlan[month: 12]`,
// `$0[contentsOf: 1].title`. Never `projects[0]`: one numbering, the document's.

extension Document {
    /// Project `number` (1-based, as the document numbers its tables).
    subscript(project number: Int) -> Project {
        get { projects[number - 1] }
        set { projects[number - 1] = newValue }
    }

    /// The 目录 entry for project `number` (第二部分, entry `number`).
    subscript(contentsOf number: Int) -> ContentsEntry {
        get { contents[contentsIndex(number)] }
        set { contents[contentsIndex(number)] = newValue }
    }

    private func contentsIndex(_ number: Int) -> Int {
        guard let k = contents.firstIndex(where: { $0.part == 2 && $0.number == String(number) }) else {
            preconditionFailure("the example document's 目录 has no entry for project \(number)")
        }
        return k
    }
}

extension Project {
    /// Indicator row `number` (1-based, as findings and field paths count rows).
    subscript(row number: Int) -> Indicator {
        get { indicators[number - 1] }
        set { indicators[number - 1] = newValue }
    }

    /// 绩效目标 `number` (1-based).
    subscript(goal number: Int) -> Goal {
        get { goals[number - 1] }
        set { goals[number - 1] = newValue }
    }

    /// Removes indicator rows by their numbers; later rows move up.
    mutating func removeRows(_ numbers: Int...) {
        for n in numbers.sorted(by: >) { indicators.remove(at: n - 1) }
    }
}

extension SpendingPlan {
    /// The checkpoint of `month` (3, 6, 10, 12).
    subscript(month month: Int) -> Checkpoint {
        get { checkpoints[index(month)] }
        set { checkpoints[index(month)] = newValue }
    }

    private func index(_ month: Int) -> Int {
        guard let k = checkpoints.firstIndex(where: { $0.month == month }) else {
            preconditionFailure("the example plan has no \(month)月底 checkpoint")
        }
        return k
    }
}

// Document-set rules compare the clean document with others of the same workspace.
extension ExampleDocument {
    /// Another department of the same county and year, with its own codes, names and
    /// amounts: no document-set rule fires on it beside the clean document.
    public static let otherDepartment: Document = {
        var d = clean
        d.department.code = "500002"
        d.department.unitName = "示例县卫生健康局本级"
        d.department.name = "示例县卫生健康局"
        d.department.preparedBy = "示例县卫生健康局"
        let names = ["疫苗冷链运维经费", "基层卫生监督经费"], amounts: [Int64] = [260_000, 180_000]
        let usages = ["全县疫苗冷链设备运行维护，共需资金 26 万元。", "全县基层卫生监督执法，需资金 18 万元。"]
        for k in d.projects.indices {
            d.projects[k].unit.code = "500002"
            d.projects[k].unit.name = "示例县卫生健康局本级"
            d.projects[k].name = names[k]
            d.projects[k].heading = names[k] + "绩效目标表"
            d.projects[k].usage = usages[k]
            d.projects[k].code = "50020122ABCDEFGHIJK1\(k + 1)"
            d.projects[k].budget = Budget(total: Money(yuan: amounts[k]), fiscal: Money(yuan: amounts[k]), other: .zero)
        }
        d.contents = []
        return d
    }()

    /// The same unit's document of the year before: the same projects, codes, amounts and
    /// indicators (a continuing department changes nothing a document-set rule notices).
    public static let previousYear: Document = {
        var d = clean
        d.department.year -= 1
        return d
    }()

    /// `document` with `change` made: `ExampleDocument.changed(.previousYear) { … }`.
    public static func changed(_ document: Document, _ change: (inout Document) -> Void) -> Document {
        var d = document
        change(&d)
        return d
    }
}
