import JixiaoModel

/// A table saved as CSV — Excel's and WPS's "CSV（逗号分隔）", GBK on a Chinese Windows or
/// UTF-8 — turned into the tab-separated text Jixiao reads and keeps (`source.txt`). A
/// reviewer who got the unit's table as a .csv should not have to open it in Excel to save
/// it again.
///
/// Read as Excel writes it (RFC 4180): a cell holding a comma, a quote or a line break is
/// quoted, its quotes doubled. A quoted cell's line breaks are joined as a wrapped cell's
/// (`WrappedCell`), and each line a record took after its first is left empty, so every
/// line keeps the number it has in the file and a finding's line is the file's.
///
/// Only a file with no tab at all, whose cells split at commas make an indicator header
/// (一级指标 … 二级指标), is read so: the text a PDF gives uses commas inside sentences,
/// never between cells of a header, and a file with tabs is read at its tabs as before.
enum CommaSeparatedCells {
    /// What the import says it read.
    static let note = "CSV（逗号分隔）文本"

    /// `utf8` with its cells separated by tabs, or nil when it is not a CSV table. A CSV
    /// whose header has a 项目名称 or 项目编码 column lists many projects' indicators, a row
    /// each (Jixiao's own CSV export, a system's list): refused, since it holds no table.
    static func tabbed(_ utf8: [UInt8]) throws(ReadError) -> [UInt8]? {
        guard !utf8.contains(0x09), utf8.contains(0x2C), let records = records(utf8) else { return nil }
        // A header has three columns at least (一级, 二级, 指标值 …): a sentence with a comma
        // between 一级… and 二级… is not one.
        let header = records.first { r in
            r.cells.lazy.filter { !$0.isEmpty }.count >= 3
                && IndicatorHeader.isHeader(Row(number: r.line, cells: r.cells.map(oneLine)))
        }
        guard let header else { return nil }
        let filled = header.cells.map { TextNormalization.withoutBlanks($0) }.filter { !$0.isEmpty }
        if filled.count >= 4, filled.contains(where: { $0 == "项目名称" || $0 == "项目编码" }) {
            throw ReadError(line: header.line, "这份 CSV 是指标清单（表头有“项目名称”一栏，每行一个指标），不是一张张的项目绩效目标表",
                            hint: "导入单位报送的绩效文本原件（Excel、Word 或文本）；Jixiao 导出的 CSV 清单是给 Excel 查看的，不能再导入")
        }
        // Excel pads every row to the widest and may leave a margin column: the text is
        // written as it is, and its reading takes them off as a sheet saved as text has them
        // taken off (`SheetPadding`).
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for (i, r) in records.enumerated() {
            if i > 0 { out.append(0x0A) }
            for (k, cell) in r.cells.enumerated() {
                if k > 0 { out.append(0x09) }
                out += oneLine(cell).utf8
            }
            // The lines the record's quoted line breaks took, left empty.
            for _ in 0..<r.extraLines { out.append(0x0A) }
        }
        if utf8.last == 0x0A || utf8.last == 0x0D { out.append(0x0A) }
        return out
    }

    /// A cell's line breaks joined as a wrapped cell's.
    static func oneLine(_ cell: String) -> String {
        cell.contains("\n") ? WrappedCell.join(cell.split(separator: "\n", omittingEmptySubsequences: false)) : cell
    }

    struct Record {
        /// 1-based line of the file the record begins on.
        var line: Int
        var cells: [String]
        /// Lines after the first that the record took (line breaks inside quoted cells).
        var extraLines: Int
    }

    /// The file's records; nil when a quote opened is never closed (not CSV, or cut short).
    /// Bytes are read one at a time: a comma, a quote and a line break are single bytes that
    /// no other UTF-8 character contains.
    static func records(_ utf8: [UInt8]) -> [Record]? {
        var records: [Record] = []
        var cells: [String] = []
        var cell: [UInt8] = []
        var line = 1, start = 1
        var i = 0
        let n = utf8.count
        func endCell() {
            // A line break inside a cell as `\n`, whatever the file's line ends.
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endCell()
            records.append(Record(line: start, cells: cells, extraLines: line - start))
            cells.removeAll(keepingCapacity: true)
        }
        while i < n {
            let b = utf8[i]
            if b == 0x22 && cell.isEmpty {
                // A quoted cell: to its closing quote, `""` standing for one quote.
                i += 1
                var closed = false
                while i < n {
                    let c = utf8[i]
                    if c == 0x22 {
                        if i + 1 < n && utf8[i + 1] == 0x22 { cell.append(0x22); i += 2; continue }
                        closed = true
                        i += 1
                        break
                    }
                    if c == 0x0D && i + 1 < n && utf8[i + 1] == 0x0A { i += 1; continue }
                    if c == 0x0A || c == 0x0D { line += 1; cell.append(0x0A); i += 1; continue }
                    cell.append(c)
                    i += 1
                }
                guard closed else { return nil }
                // Anything after the closing quote up to the comma is kept, as Excel reads it.
                continue
            }
            switch b {
            case 0x2C:
                endCell()
            case 0x0D where i + 1 < n && utf8[i + 1] == 0x0A:
                break
            case 0x0A, 0x0D:
                endRecord()
                line += 1
                start = line
            default:
                cell.append(b)
            }
            i += 1
        }
        if !cell.isEmpty || !cells.isEmpty { endRecord() }
        return records
    }
}
