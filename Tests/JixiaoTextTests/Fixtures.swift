import JixiaoSamples

/// The sample's lines, for tests that damage it in one place.
let sampleLines: [String] = BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

/// The sample with 1-based lines `range` removed.
func sample(removing range: ClosedRange<Int>) -> String {
    var lines = sampleLines
    lines.removeSubrange((range.lowerBound - 1)...(range.upperBound - 1))
    return lines.joined(separator: "\n")
}

/// The sample with line `n` replaced.
func sample(replacing n: Int, with line: String) -> String {
    var lines = sampleLines
    lines[n - 1] = line
    return lines.joined(separator: "\n")
}

/// The sample's first `n` lines.
func sample(firstLines n: Int) -> String {
    sampleLines.prefix(n).joined(separator: "\n")
}

/// A small complete document with the given project tables (rows after the unit line).
func smallDocument(tables: [(heading: String, rows: [String])], contents: Bool = true) -> String {
    var out = ["**测试单位", "2022 年部门预算绩效文本", "(草案)**", "", "测试单位编制", "", "测试财政局审核", ""]
    if contents {
        out += ["目 录", "", "第二部分 预算项目绩效目标", ""]
        for (i, t) in tables.enumerated() { out.append("\(i + 1).\(t.heading).....\t\(i + 2)") }
        out.append("")
    }
    out += ["第二部分", "", "预算项目绩效目标", ""]
    for (i, t) in tables.enumerated() {
        out += ["\(i + 1).\(t.heading)", "", "500001 测试单位本级\t\t\t\t\t单位：元\t"] + t.rows + [""]
    }
    return out.joined(separator: "\n")
}

/// The rows of an ordinary table, with the given plan lines and indicator rows.
func tableRows(code: String = "13030622ABCDEFGHIJKLM", name: String = "测试项目", total: String = "10000.00",
               fiscal: String = "10000.00", other: String = "0",
               plan: [String] = ["资金支出计划（%）\t3月底\t\t6月底\t\t10月底\t", "\t25.00%\t\t50.00%\t\t75.00%\t"],
               goals: String = "1. 完成测试。 2. 保障运行。",
               indicators: [String] = ["产出指标\t数量指标\t培训次数\t全年培训\t≥4次\t计划标准\t",
                                       "满意度指标\t服务对象满意度指标\t参训人员满意度\t问卷调查\t≥90%\t历史标准\t"]) -> [String] {
    ["项目编码\t\(code)\t\t项目名称\t\(name)\t\t",
     "预算规模及资金用途\t预算数\t\(total)\t其中：财政资金\t\(fiscal)\t其他资金\t\(other)",
     "\t用于测试的资金。\t\t\t\t\t"]
        + plan
        + ["绩效目标\t\(goals)\t\t\t\t\t",
           "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t"]
        + indicators
}
