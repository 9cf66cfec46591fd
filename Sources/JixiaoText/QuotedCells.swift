/// Cells quoted as Excel and WPS quote them when a sheet is saved as tab-separated text
/// ("文本文件(制表符分隔)", "Unicode 文本"): a cell holding a line break typed in it
/// (Alt+Enter) or a quote is written between quotes, its quotes doubled —
/// `"1.完成清扫保洁；⏎2.机械化清扫率≥80%"`. Read line by line, such a cell would be split
/// into rows that are not there. Its pieces are joined as a wrapped cell is (no space
/// between Chinese characters), its doubled quotes made single, and the lines it took are
/// left empty, so every later line keeps the number it has in the file.
///
/// Only Excel's quoting is read: a cell that begins with a quote, whose closing quote is
/// followed by a tab or the line's end, with no tab inside, within a few lines. A PDF's
/// text that merely begins a cell with a quote (`"放管服"改革`, a lone `"`) is left as it is.
enum QuotedCells {
    /// The most lines one cell may take (a goal of a dozen numbered items).
    static let longestCell = 30

    /// Reads the quoted cells in `lines` in place; false when there were none to read.
    static func read(_ lines: inout [SourceText.Line], text: (SourceText.Line) -> String) -> Bool {
        var changed = false
        var i = 0
        while i < lines.count {
            let t = text(lines[i])
            guard t.utf8.contains(0x22), t.utf8.first == 0x22 || t.contains("\t\"") else { i += 1; continue }
            guard let (line, last) = joined(from: i, first: t, count: lines.count, text: { text(lines[$0]) }) else { i += 1; continue }
            lines[i] = .text(line)
            if last > i { for k in (i + 1)...last { lines[k] = .text("") } }
            changed = true
            i = last + 1
        }
        return changed
    }

    /// The line beginning at `first` (line `start`, 0-based) with its quoted cells read, and
    /// the last line it took; nil when it has no cell to read or is not Excel's quoting.
    static func joined(from start: Int, first: String, count: Int, text: (Int) -> String) -> (String, Int)? {
        var cells: [String] = []
        var current = Array(first)
        var at = start, pos = 0
        var changed = false
        while true {
            if pos < current.count, current[pos] == "\"" {
                var pieces: [String] = [], piece = ""
                var p = pos + 1, doubled = false
                scan: while true {
                    if p >= current.count {
                        // The line ends inside the quotes: the cell goes on on the next line.
                        guard at + 1 < count, at + 1 - start < longestCell else { return nil }
                        pieces.append(piece)
                        piece = ""
                        at += 1
                        current = Array(text(at))
                        p = 0
                        continue
                    }
                    switch current[p] {
                    case "\"":
                        if p + 1 < current.count, current[p + 1] == "\"" {
                            piece.append("\"")
                            doubled = true
                            p += 2
                        } else if p + 1 == current.count || current[p + 1] == "\t" {
                            p += 1
                            break scan
                        } else {
                            return nil   // a quote inside the text: not Excel's quoting
                        }
                    case "\t":
                        return nil
                    default:
                        piece.append(current[p])
                        p += 1
                    }
                }
                pieces.append(piece)
                if pieces.count == 1 && !doubled {
                    // `"放管服"` as a whole cell: Excel would not have quoted it; kept as printed.
                    cells.append("\"" + piece + "\"")
                } else {
                    changed = true
                    cells.append(WrappedCell.join(pieces.map { $0[...] }))
                }
                pos = p
            } else {
                var cell = ""
                while pos < current.count, current[pos] != "\t" {
                    cell.append(current[pos])
                    pos += 1
                }
                cells.append(cell)
            }
            guard pos < current.count else { break }
            pos += 1   // the tab
            if pos == current.count {
                cells.append("")
                break
            }
        }
        return changed ? (cells.joined(separator: "\t"), at) : nil
    }
}
