import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The department part, 部门整体绩效目标, as paragraphs to read: 总体绩效目标,
/// 分项绩效目标, 工作保障措施. Like `ProjectBody`: `parts` for the layout, `lines` to draw,
/// both from the same wrapped text.
struct DepartmentBody {
    /// Paragraphs start this far from the left edge, and keep as far from the right.
    static let margin = 2
    static let minimumTextWidth = 10

    let paragraphs: [(kind: DepartmentParagraph, heading: String?, text: String)]
    /// The findings on each paragraph: a department-level finding at one of its lines.
    let findings: [[Finding]]
    let textWidth: Int

    /// `grade`: the 综合评定 as lines, shown first under its own heading. `findings`: the
    /// department-level findings, each shown on the paragraph of its line (a 分项绩效目标's
    /// indicators, say); the rest are on no paragraph, only in the panel.
    init(_ overall: OverallTargets, width: Int, grade: [String] = [], findings: [Finding] = []) {
        textWidth = max(Self.minimumTextWidth, width - 2 * Self.margin)
        var paragraphs: [(kind: DepartmentParagraph, heading: String?, text: String)] = []
        var lines: [[Int]] = []
        if !grade.isEmpty {
            paragraphs.append((.grade, "综合评定（按 p 评定）", grade.joined(separator: "\n")))
            lines.append([])
        }
        for (i, p) in overall.summary.enumerated() {
            paragraphs.append((.summary(i + 1), i == 0 ? "一、总体绩效目标" : nil, p.number.map { "\($0)、" + p.text } ?? p.text))
            lines.append([p.line])
        }
        for (i, g) in overall.subGoals.enumerated() {
            var text = "\(g.number)、绩效目标：\(g.goal)"
            if !g.indicators.isEmpty { text += "\n    绩效指标：\(g.indicators)" }
            paragraphs.append((.subGoal(i + 1), i == 0 ? "二、分项绩效目标" : nil, text))
            lines.append([g.line] + (g.indicatorsLine.map { [$0] } ?? []))
        }
        for (i, p) in overall.measures.enumerated() {
            paragraphs.append((.measure(i + 1), i == 0 ? "三、工作保障措施" : nil, p.number.map { "\($0)、" + p.text } ?? p.text))
            lines.append([p.line])
        }
        if paragraphs.isEmpty {
            paragraphs.append((.nothing, nil, "（文档没有部门整体绩效目标部分）"))
            lines.append([])
        }
        self.paragraphs = paragraphs
        let onParagraphs = findings.filter { $0.location.part == .department }
        self.findings = lines.map { own in own.isEmpty ? [] : onParagraphs.filter { own.contains($0.location.line) } }
    }

    /// One part per paragraph, with the findings on its lines.
    var parts: [(kind: ItemKind, findings: [Finding], height: Int)] {
        paragraphs.indices.map { (.paragraph(paragraphs[$0].kind), findings[$0], textLines($0).count) }
    }

    /// A paragraph's heading (if it starts a section) and its text, wrapped.
    private func textLines(_ k: Int) -> [(text: String, isHeading: Bool)] {
        let p = paragraphs[k]
        return (p.heading.map { [($0, true)] } ?? []) + DisplayWidth.wrap(p.text, to: textWidth).map { ($0, false) }
    }

    /// The lines of a paragraph; one the reviewer changed (`edited` says which fields are)
    /// in the edited style, as a changed cell is on a project.
    func lines(of item: BodyItem, edited: (FieldPath) -> Bool = { _ in false }) -> [[Segment]] {
        guard case .paragraph(let kind) = item.kind, let k = paragraphs.firstIndex(where: { $0.kind == kind }) else { return [] }
        let style = kind.fields.contains { edited(.department($0)) } ? ProjectBody.editedStyle : .normal
        // The worst open finding's letter in the margin of the paragraph's first line, as a
        // project screen marks a row.
        let mark = Marks.worst(findings[k])
        var marked = false
        return textLines(k).map { line in
            var segments = [Segment(x: Self.margin, width: textWidth, text: line.text, style: line.isHeading ? Style(.header, bold: true) : style)]
            if let mark, !line.isHeading, !marked {
                segments.insert(Segment(x: 0, width: 1, text: mark.marker, style: Marks.style(mark)), at: 0)
                marked = true
            }
            return segments
        }
    }

    /// How many lines of the paragraph's item are its section's heading (0 or 1).
    func headingLines(_ kind: DepartmentParagraph) -> Int {
        paragraphs.first { $0.kind == kind }?.heading == nil ? 0 : 1
    }
}

extension DepartmentBody {
    /// The 综合评定 as the department part shows it: the grade given (or not yet), and
    /// Jixiao's suggestion with its score table and reasons.
    static func gradeLines(_ s: AppState) -> [String] {
        let assessment = GradeAssessment.assess(s.document, findings: s.ordered)
        var out: [String] = []
        if let g = s.document.review.grade {
            var line = "评定：\(g.grade.chinese)（\(g.grade.meaning)） \(g.reviewer) \(s.time(g.time))"
            if g.differsFromSuggestion, let suggested = g.suggested { line += "，与当时的建议“\(suggested.chinese)”不同" }
            out.append(line)
            if !g.comment.isEmpty { out.append("总体意见：" + g.comment) }
        } else {
            out.append("评定：尚未评定")
        }
        return out + assessment.lines
    }
}
