import JixiaoFormat
import JixiaoRules

/// The findings of the selection, each with its severity, what is wrong and what to do.
public enum FindingsPanel {
    /// The panel's lines, and for each finding the first line it starts on.
    public static func lines(_ findings: [Finding], selected: Int?, focused: Bool, width: Int) -> (lines: [[Segment]], starts: [Int]) {
        var lines: [[Segment]] = []
        var starts: [Int] = []
        let indent = 8
        let textWidth = max(8, width - indent - 1)
        for (k, f) in findings.enumerated() {
            starts.append(lines.count)
            let mark = Marks.style(f.severity)
            let isSelected = k == selected
            let body = DisplayWidth.wrap(f.message, to: textWidth)
            for (j, text) in body.enumerated() {
                var line: [Segment] = []
                if j == 0 {
                    line.append(Segment(x: 0, width: 1, text: isSelected && focused ? ">" : " ", style: Style(.normal, bold: true)))
                    line.append(Segment(x: 1, width: 1, text: f.severity.marker, style: mark))
                    line.append(Segment(x: 3, width: 4, text: f.severity.chinese, style: mark))
                }
                line.append(Segment(x: indent, width: textWidth, text: text, style: isSelected && focused ? Style(.selected, reverse: true) : .normal))
                lines.append(line)
            }
            // What to do, then the rule's id (dim) where it fits.
            let tag = "[\(f.rule)]"
            var advice = f.suggestion.map { DisplayWidth.wrap("建议：" + $0, to: textWidth) } ?? []
            if let last = advice.last, DisplayWidth.of(last) + 2 + DisplayWidth.of(tag) <= textWidth {
                advice.removeLast()
                for text in advice { lines.append([Segment(x: indent, width: textWidth, text: text)]) }
                let w = DisplayWidth.of(last)
                lines.append([Segment(x: indent, width: w, text: last),
                              Segment(x: indent + w + 2, width: textWidth - w - 2, text: tag, style: .dim)])
            } else {
                for text in advice { lines.append([Segment(x: indent, width: textWidth, text: text)]) }
                lines.append([Segment(x: indent, width: textWidth, text: tag, style: .dim)])
            }
        }
        return (lines, starts)
    }
}
