/// Text Excel or WPS saved as 文本文件(制表符分隔) from a sheet, read as the same sheet saved
/// as a workbook is (`SpreadsheetText`).
///
/// Every row is padded with tabs
/// to the sheet's width (`1.某项目绩效目标表.....⏎6` becomes `…⏎6⏎⏎⏎⏎`), where the same sheet
/// read as a workbook gives each row only up to its last filled cell. The reader counts a
/// row's cells (the 目录 is a one-cell row, an entry two cells), so the padding is taken
/// off: a 目录 read from such a file was lost whole, and its findings with it. Only a text
/// whose every non-empty line has the same number of tabs (two at least) is padded so; the
/// last one is left as it is (a last row with fewer cells than the header is a file cut
/// short, as a workbook's last row is kept as wide as the widest).
///
/// An empty column left of the table (a sheet's margin column A) begins every line with a
/// tab; a label row must begin with its label, so the column is taken off, as a workbook's
/// margin is. Before, such a text lost its 目录 and every project's goals, its labels read
/// as the 资金用途's text.
enum SheetPadding {
    static func read(_ lines: inout [SourceText.Line], body: ArraySlice<UInt8>) {
        dropMargin(&lines, body: body)
        unpad(&lines, body: body)
    }

    /// Takes off the first cell of every line while every non-empty line's first cell is
    /// empty (begins with a tab).
    static func dropMargin(_ lines: inout [SourceText.Line], body: ArraySlice<UInt8>) {
        func startsWithTab(_ line: SourceText.Line) -> Bool {
            switch line {
            case .bytes(let r): body[body.startIndex + r.lowerBound] == 0x09
            case .text(let t): t.utf8.first == 0x09
            }
        }
        while lines.contains(where: { !isEmpty($0) }), lines.allSatisfy({ isEmpty($0) || startsWithTab($0) }) {
            for i in lines.indices where !isEmpty(lines[i]) {
                switch lines[i] {
                case .bytes(let r): lines[i] = .bytes(r.lowerBound + 1..<r.upperBound)
                case .text(let t): lines[i] = .text(String(t.dropFirst()))
                }
            }
        }
    }

    static func unpad(_ lines: inout [SourceText.Line], body: ArraySlice<UInt8>) {
        guard let last = lines.lastIndex(where: { !isEmpty($0) }) else { return }
        var width: Int?
        for (i, line) in lines.enumerated() where !isEmpty(line) {
            let tabs = tabCount(line, body)
            if let width {
                guard tabs == width || (i == last && tabs < width) else { return }
            } else {
                guard tabs >= 2 else { return }
                width = tabs
            }
        }
        for i in lines.indices where i != last {
            switch lines[i] {
            case .bytes(let r):
                var end = r.upperBound
                while end > r.lowerBound, body[body.startIndex + end - 1] == 0x09 || body[body.startIndex + end - 1] == 0x20 { end -= 1 }
                lines[i] = .bytes(r.lowerBound..<end)
            case .text(let t):
                var s = Substring(t)
                while let c = s.last, c == "\t" || c == " " { s.removeLast() }
                lines[i] = .text(String(s))
            }
        }
    }

    static func isEmpty(_ line: SourceText.Line) -> Bool {
        switch line {
        case .bytes(let r): r.isEmpty
        case .text(let t): t.isEmpty
        }
    }

    static func tabCount(_ line: SourceText.Line, _ body: ArraySlice<UInt8>) -> Int {
        switch line {
        case .bytes(let r): body[body.startIndex + r.lowerBound..<body.startIndex + r.upperBound].reduce(0) { $0 + ($1 == 0x09 ? 1 : 0) }
        case .text(let t): t.utf8.reduce(0) { $0 + ($1 == 0x09 ? 1 : 0) }
        }
    }
}
