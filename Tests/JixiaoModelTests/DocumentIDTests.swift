import Testing
@testable import JixiaoModel

/// The document id is the workspace folder name: unit code and year, or unit name and year.
@Suite struct DocumentIDTests {
    func document(code: String, unitName: String, name: String = "", year: Int = 2020) -> Document {
        Document(department: Department(code: code, unitName: unitName, name: name, year: year, preparedBy: "", reviewedBy: "",
                                        isDraft: false, currency: "元", lines: .init(title: 1)),
                 overall: OverallTargets(), contents: [], projects: [])
    }

    @Test func fromTheCode() {
        #expect(document(code: "430001", unitName: "某局本级").id == "430001-2020")
        #expect(document(code: "066", unitName: "六安市农业农村局", year: 2024).id == "066-2024")
    }

    @Test func fromTheNameWhenThereIsNoCode() {
        #expect(document(code: "", unitName: "青山区教育局").id == "青山区教育局-2020")
        #expect(document(code: "", unitName: "某局/二处 (本级).txt").id == "某局二处(本级)txt-2020")
        #expect(document(code: "", unitName: "", name: "石嘴山市疾病预防控制中心").id == "石嘴山市疾病预防控制中心-2020")
        #expect(document(code: "", unitName: "", name: "").id == "单位-2020")
        #expect(!document(code: "", unitName: String(repeating: "长", count: 80)).id.hasPrefix("-"))
        #expect(document(code: "", unitName: String(repeating: "长", count: 80)).id.count == 45)
    }
}

/// A 指标值 printed in operator / number / unit columns.
@Suite struct SplitValueTests {
    @Test func combine() {
        #expect(SplitValue.combine(operator: "≥", number: "95", unit: "%") == "≥95%")
        #expect(SplitValue.combine(operator: "定性", number: "高中低", unit: "") == "高中低")
        #expect(SplitValue.combine(operator: "=", number: "1", unit: "人/年") == "=1人/年")
    }

    @Test func split() {
        #expect(SplitValue.split("≥95%") == ("≥", "95", "%"))
        #expect(SplitValue.split("不低于 3,000 元") == ("不低于", "3,000", "元"))
        #expect(SplitValue.split("高中低", previousOperator: "定性") == ("定性", "高中低", ""))
        #expect(SplitValue.split("12", previousOperator: "≥") == ("", "12", ""))
    }

    @Test func editingASplitValueUpdatesItsParts() {
        var i = Indicator(level1: "产出指标", level2: "数量指标", name: "甲", description: "", value: TargetValue("≥230个"),
                          basis: "", line: 1, extras: [
                              IndicatorCell(header: "指标性质", kind: .valueOperator, text: "≥"),
                              IndicatorCell(header: "指标值", kind: .valueNumber, text: "230"),
                              IndicatorCell(header: "度量单位", kind: .valueUnit, text: "个"),
                              IndicatorCell(header: "权重", kind: .weight, text: "10"),
                          ])
        i.setValue("≤ 200 人")
        #expect(i.value.raw == "≤200人")
        #expect(i.extras.map(\.text) == ["≤", "200", "人", "10"])
        #expect(i.weightNumber?.text == "10")
    }
}
