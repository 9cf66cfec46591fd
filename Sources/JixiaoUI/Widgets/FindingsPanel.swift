import JixiaoRules
import JixiaoTextLayout

/// The findings of the selection, each with its severity, what is wrong and what to do.
/// `blocks` breaks each finding into lines (for the layout); `lines` styles them.
public enum FindingsPanel {
    /// The text starts after `>E 错误 `.
    static let textX = 8
    static let minimumTextWidth = 8
    /// Blank columns between the advice and the rule's id after it.
    static let tagGap = 2

    /// One finding broken into lines: what is wrong, what to do, and whether the rule's id
    /// fits on the last line of advice (otherwise it takes a line of its own).
    public struct Block: Hashable, Sendable {
        public var message: [String]
        public var advice: [String]
        public var tagFitsAdvice: Bool
        public var tag: String

        public var height: Int { message.count + advice.count + (tagFitsAdvice ? 0 : 1) }
    }

    static func textWidth(_ width: Int) -> Int { max(minimumTextWidth, width - textX - 1) }

    public static func blocks(_ findings: [Finding], width: Int) -> [Block] {
        let textWidth = textWidth(width)
        return findings.map { f in
            let tag = "[\(f.rule)]"
            var advice = f.suggestion.map { DisplayWidth.wrap("建议：" + $0, to: textWidth) } ?? []
            if let w = f.waiver { advice += DisplayWidth.wrap("已豁免：\(w.reason) —— \(w.reviewer)（w 取消豁免）", to: textWidth) }
            let fits = advice.last.map { DisplayWidth.of($0) + tagGap + DisplayWidth.of(tag) <= textWidth } ?? false
            return Block(message: DisplayWidth.wrap(f.message, to: textWidth), advice: advice, tagFitsAdvice: fits, tag: tag)
        }
    }

    /// The panel's lines: each block's, the selected one marked when the panel has the
    /// focus; a waived finding dimmed, its waiver with it.
    static func lines(_ blocks: [Block], _ findings: [Finding], selected: Int?, focused: Bool, width: Int) -> [[Segment]] {
        let textWidth = textWidth(width)
        var lines: [[Segment]] = []
        for (k, (f, block)) in zip(findings, blocks).enumerated() {
            let blockStart = lines.count
            let mark = Marks.style(f.severity)
            let isSelected = k == selected
            for (j, text) in block.message.enumerated() {
                var line: [Segment] = []
                if j == 0 {
                    line.append(Segment(x: 0, width: 1, text: isSelected && focused ? ">" : " ", style: Style(.normal, bold: true)))
                    line.append(Segment(x: 1, width: 1, text: f.severity.marker, style: mark))
                    line.append(Segment(x: 3, width: 4, text: f.severity.chinese, style: mark))
                }
                line.append(Segment(x: textX, width: textWidth, text: text, style: isSelected && focused ? Style(.selected, reverse: true) : .normal))
                lines.append(line)
            }
            // What to do, then the rule's id (dim) where it fits.
            var advice = block.advice
            if block.tagFitsAdvice, let last = advice.popLast() {
                for text in advice { lines.append([Segment(x: textX, width: textWidth, text: text)]) }
                let w = DisplayWidth.of(last)
                lines.append([Segment(x: textX, width: w, text: last),
                              Segment(x: textX + w + tagGap, width: textWidth - w - tagGap, text: block.tag, style: .dim)])
            } else {
                for text in advice { lines.append([Segment(x: textX, width: textWidth, text: text)]) }
                lines.append([Segment(x: textX, width: textWidth, text: block.tag, style: .dim)])
            }
            // Checked and let stand: dim, the marks with it (the letter stays, for reading).
            if !f.isOpen {
                for n in blockStart..<lines.count {
                    lines[n] = lines[n].map { seg in
                        var seg = seg
                        if seg.style.role != .selected { seg.style = Style(.dim, bold: seg.style.bold, reverse: seg.style.reverse, dim: true) }
                        return seg
                    }
                }
            }
        }
        return lines
    }
}
