import JixiaoTextLayout

/// Labelled values laid out in lines under the selected row, so what a narrow column cut
/// can be read in full: `三级指标：公共机构节能工作经费金额   指标值：57.66 万元`. Short
/// pairs share a line; a long one wraps under its own label. Pure: the same pairs and
/// width give the same lines, for counting and for drawing.
enum DetailLines {
    /// Blanks between two pairs on a line.
    static let gap = 3

    struct Pair: Hashable {
        var label: String
        var value: String
        var style: Style = .normal
    }

    static func lines(_ pairs: [Pair], x: Int, width: Int) -> [[Segment]] {
        let width = max(8, width)
        var lines: [[Segment]] = []
        var line: [Segment] = []
        var used = 0
        func finish() {
            if !line.isEmpty { lines.append(line) }
            line = []
            used = 0
        }
        for pair in pairs {
            let label = pair.label + "："
            let lw = DisplayWidth.of(label)
            let value = pair.value.isEmpty ? "—" : pair.value
            let vw = DisplayWidth.of(value)
            let start = line.isEmpty ? 0 : used + gap
            if start + lw + vw <= width {
                line.append(Segment(x: x + start, width: lw, text: label, style: Style(.dim, dim: true)))
                line.append(Segment(x: x + start + lw, width: vw, text: value, style: pair.style))
                used = start + lw + vw
                continue
            }
            finish()
            if lw + vw <= width {
                line = [Segment(x: x, width: lw, text: label, style: Style(.dim, dim: true)),
                        Segment(x: x + lw, width: vw, text: value, style: pair.style)]
                used = lw + vw
                continue
            }
            // Longer than a line: wrapped under its label (or under the label's start when
            // the label leaves too little room).
            let indent = width - lw >= 12 ? lw : 2
            let wrapped = LineBreaking.lines(value, width: width - indent)
            if indent == lw {
                for (k, part) in wrapped.enumerated() {
                    var segments: [Segment] = []
                    if k == 0 { segments.append(Segment(x: x, width: lw, text: label, style: Style(.dim, dim: true))) }
                    segments.append(Segment(x: x + lw, width: width - lw, text: part, style: pair.style))
                    lines.append(segments)
                }
            } else {
                lines.append([Segment(x: x, width: lw, text: label, style: Style(.dim, dim: true))])
                for part in wrapped { lines.append([Segment(x: x + indent, width: width - indent, text: part, style: pair.style)]) }
            }
        }
        finish()
        return lines
    }
}
