import JixiaoFormat
import JixiaoModel

/// The department part, 部门整体绩效目标, as paragraphs to read: 总体绩效目标,
/// 分项绩效目标, 工作保障措施.
public enum DepartmentBody {
    public static func items(_ state: AppState) -> [BodyItem] {
        let o = state.document.overall
        let width = max(10, state.width - 4)
        var items: [BodyItem] = []
        var k = 0
        func paragraph(_ heading: String?, _ text: String, indent: String = "") {
            var lines: [[Segment]] = []
            if let heading { lines.append([Segment(x: 2, width: width, text: heading, style: Style(.header, bold: true))]) }
            for line in DisplayWidth.wrap(indent + text, to: width) {
                lines.append([Segment(x: 2, width: width, text: line)])
            }
            items.append(BodyItem(kind: .paragraph(k), findings: [], lines: lines))
            k += 1
        }
        for (i, p) in o.summary.enumerated() {
            paragraph(i == 0 ? "一、总体绩效目标" : nil, p.number.map { "\($0)、" } .map { $0 + p.text } ?? p.text)
        }
        for (i, g) in o.subGoals.enumerated() {
            var text = "\(g.number)、绩效目标：\(g.goal)"
            if !g.indicators.isEmpty { text += "\n    绩效指标：\(g.indicators)" }
            paragraph(i == 0 ? "二、分项绩效目标" : nil, text)
        }
        for (i, p) in o.measures.enumerated() {
            paragraph(i == 0 ? "三、工作保障措施" : nil, p.number.map { "\($0)、" + p.text } ?? p.text)
        }
        if items.isEmpty {
            paragraph(nil, "（文档没有部门整体绩效目标部分）")
        }
        return items
    }
}
