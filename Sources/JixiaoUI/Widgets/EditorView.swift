import JixiaoTextLayout

/// A `LineEditor` on the screen: its text after a prompt mark (`> `, `/ `), scrolled as
/// the editor says, with marks where more text is out of view, and the terminal cursor
/// where typing goes.
enum EditorView {
    /// The columns the text gets in an area that starts with `prefix`: what the editor's
    /// `reveal` and `apply(.up/.down)` must be given, so they agree with the drawing.
    static func textWidth(_ area: Rect, prefix: String) -> Int { max(2, area.width - DisplayWidth.of(prefix)) }

    static func draw(_ editor: LineEditor, in area: Rect, prefix: String, style: Style, glyphs: Glyphs, into b: inout Buffer) {
        let gutter = DisplayWidth.of(prefix)
        let width = textWidth(area, prefix: prefix)
        let x0 = area.x + gutter
        let chosen = Style(style.role, bold: style.bold, reverse: !style.reverse, underline: style.underline, dim: style.dim)
        let chars = editor.characters
        if !editor.shape.wraps {
            b.write(editor.scroll > 0 ? glyphs.moreLeft + String(prefix.dropFirst()) : prefix, x: area.x, y: area.y, style: style)
            var x = x0
            var i = editor.scroll
            while i < chars.count {
                let w = DisplayWidth.of(chars[i])
                // The last column is kept for the cursor or the mark that more follows.
                if x + w > x0 + width - 1 { break }
                x = b.write(String(chars[i]), x: x, y: area.y, style: editor.replacesOnTyping ? chosen : style)
                i += 1
            }
            if i < chars.count { b.write(glyphs.moreRight, x: x0 + width - 1, y: area.y, style: style) }
            b.cursor = Buffer.Position(x: x0 + editor.columns(editor.scroll..<editor.cursor), y: area.y)
            return
        }
        let rows = editor.rows(width: width)
        let shown = editor.scroll..<min(rows.count, editor.scroll + area.height)
        for r in shown {
            let y = area.y + r - editor.scroll
            var mark = r == 0 ? prefix : String(repeating: " ", count: gutter)
            if r == shown.lowerBound, r > 0 { mark = glyphs.moreAbove }
            if r == shown.upperBound - 1, r < rows.count - 1 { mark = glyphs.moreBelow }
            b.write(mark, x: area.x, y: y, style: style, limit: gutter)
            b.write(String(chars[rows[r]]), x: x0, y: y, style: editor.replacesOnTyping ? chosen : style, limit: width)
        }
        let (row, column) = editor.cursorPosition(width: width)
        if shown.contains(row) { b.cursor = Buffer.Position(x: x0 + column, y: area.y + row - editor.scroll) }
    }
}
