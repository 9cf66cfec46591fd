import JixiaoTextLayout

/// The first line: where the reviewer is, and 只读 when another Jixiao has the document.
enum TitleBar {
    /// At the right end while another Jixiao has the document.
    static let readOnlyMark = "  只读 "

    static func draw(_ b: inout Buffer, left: [(String, Style)], right: [(String, Style)] = [], state: AppState) {
        var right = right
        if state.isReadOnly { right.append((readOnlyMark, Style(.readOnly, bold: true, reverse: true))) }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.0) }
        var x = 0
        for (text, style) in left {
            x = b.write(text, x: x, y: 0, style: style, limit: max(0, b.width - rightWidth - 1 - x))
        }
        var rx = b.width - rightWidth
        for (text, style) in right { rx = b.write(text, x: max(x + 1, rx), y: 0, style: style) }
    }
}
