/// What an .xls's workbook stream says that FreeXL 1.0.6 does not give: each sheet's
/// hidden state (BOUNDSHEET), each number's format (FORMAT, XF and the cell's XF index, so
/// that `0.8` under a percent format shows as `80%` and an amount as `3,309,840.00`, as in
/// an .xlsx), and the value Excel computed and saved for each formula cell (FORMULA, and
/// the STRING record after a text result). FreeXL skips formula records, so without this a
/// 合计 or a 预算数 summed from its parts would read empty.
///
/// Records are read within their stated lengths; a damaged stream yields what was read
/// before the damage.
struct WorkbookStream {
    struct Sheet: Equatable {
        var name: String
        var hidden: Bool
        /// Worksheets only: a chart or a macro sheet has no cells.
        var isWorksheet: Bool
        /// Where the sheet's BOF record is in the stream.
        var offset: Int
    }

    /// A number or a formula's saved result, as Excel shows it.
    struct CellValue: Equatable {
        /// 0-based, as FreeXL counts.
        var row: Int
        var column: Int
        var text: String
    }

    let bytes: [UInt8]
    /// BIFF8 (Excel 97–2003) when true; BIFF5 (Excel 5.0/95) stores 8-bit strings.
    let isBIFF8: Bool
    let sheets: [Sheet]
    /// Each XF record's number format, by XF index (what a cell names).
    let formats: [NumberFormat]
    /// Dates counted from 1904 (DATEMODE), as a Mac workbook may.
    let date1904: Bool

    /// The workbook globals, or nil when the stream does not begin with them.
    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        var records = Records(bytes, from: 0)
        guard let bof = records.next(), bof.type == 0x0809, bof.data.count >= 4,
              LittleEndian.u16(bof.data, 2) == 0x0005 else { return nil }
        isBIFF8 = LittleEndian.u16(bof.data, 0) == 0x0600
        var sheets: [Sheet] = []
        var codes: [Int: String] = [:], formatIDs: [Int] = []
        var date1904 = false
        while let r = records.next(), r.type != 0x000A {
            switch r.type {
            case 0x0085 where r.data.count >= 8:
                // BOUNDSHEET: the sheet's BOF position, its state and type, its name.
                let name = Self.shortString(r.data, at: 6, biff8: isBIFF8)
                sheets.append(Sheet(name: name, hidden: r.data[4] & 0x03 != 0, isWorksheet: r.data[5] == 0,
                                    offset: Int(LittleEndian.u32(r.data, 0))))
            case 0x041E where r.data.count >= 3:
                // FORMAT: a format's id and its code (`0.00%`, `#,##0.00_ `).
                codes[Int(LittleEndian.u16(r.data, 0))] = isBIFF8 ? Self.longString(r.data, at: 2) : Self.shortString(r.data, at: 2, biff8: false)
            case 0x00E0 where r.data.count >= 4:
                // XF: the format id is its second field.
                formatIDs.append(Int(LittleEndian.u16(r.data, 2)))
            case 0x0022 where r.data.count >= 2:
                date1904 = LittleEndian.u16(r.data, 0) == 1
            default: break
            }
        }
        self.sheets = sheets
        self.date1904 = date1904
        formats = formatIDs.map { id in codes[id].map { NumberFormat(code: $0) } ?? NumberFormat.builtIn(id) }
    }

    /// A number stored with XF index `xf`, as its format shows it.
    func display(_ value: Double, xf: Int) -> String? {
        guard value.isFinite else { return nil }
        let format = formats.indices.contains(xf) ? formats[xf] : .general
        return format.display("\(value)", date1904: date1904)
    }

    /// The numbers of the sheet whose BOF is at `offset` (NUMBER, RK, MULRK) and its
    /// formulas' saved results, each as Excel shows it, in the order of the stream.
    func values(sheetAt offset: Int) -> [CellValue] {
        var out: [CellValue] = []
        var records = Records(bytes, from: offset)
        guard let bof = records.next(), bof.type == 0x0809 else { return [] }
        var depth = 1
        // A text result is in the STRING record that follows its FORMULA (after a shared
        // or array formula's record, if any).
        var pending: (row: Int, column: Int)?
        func add(_ row: Int, _ column: Int, _ text: String?) {
            if let text { out.append(CellValue(row: row, column: column, text: text)) }
        }
        // What a formula saved without a result may read: the sheet's numbers and texts.
        var cells: [FormulaEvaluator.Key: FormulaEvaluator.Cell] = [:]
        var uncomputed: [(row: Int, column: Int, xf: Int, tokens: ArraySlice<UInt8>)] = []
        func number(_ row: Int, _ column: Int, _ value: Double) {
            cells[FormulaEvaluator.Key(sheet: "", row: row + 1, column: column)] = FormulaEvaluator.Cell(content: .number(value))
        }
        while depth > 0, let r = records.next() {
            let d = r.data
            switch r.type {
            case 0x0809: depth += 1
            case 0x000A: depth -= 1
            case 0x0203 where depth == 1 && d.count >= 14:
                pending = nil
                add(Int(LittleEndian.u16(d, 0)), Int(LittleEndian.u16(d, 2)), display(Double(bitPattern: LittleEndian.u64(d, 6)), xf: Int(LittleEndian.u16(d, 4))))
                number(Int(LittleEndian.u16(d, 0)), Int(LittleEndian.u16(d, 2)), Double(bitPattern: LittleEndian.u64(d, 6)))
            case 0x027E where depth == 1 && d.count >= 10:
                pending = nil
                add(Int(LittleEndian.u16(d, 0)), Int(LittleEndian.u16(d, 2)), display(Self.rk(LittleEndian.u32(d, 6)), xf: Int(LittleEndian.u16(d, 4))))
                number(Int(LittleEndian.u16(d, 0)), Int(LittleEndian.u16(d, 2)), Self.rk(LittleEndian.u32(d, 6)))
            case 0x00BD where depth == 1 && d.count >= 6:
                // MULRK: a row, its first column, (XF, RK) pairs, its last column.
                pending = nil
                let row = Int(LittleEndian.u16(d, 0)), first = Int(LittleEndian.u16(d, 2))
                for k in 0..<((d.count - 6) / 6) {
                    let at = 4 + 6 * k
                    add(row, first + k, display(Self.rk(LittleEndian.u32(d, at + 2)), xf: Int(LittleEndian.u16(d, at))))
                    number(row, first + k, Self.rk(LittleEndian.u32(d, at + 2)))
                }
            case 0x00FD where depth == 1 && d.count >= 6, 0x0204 where depth == 1 && d.count >= 6:
                // LABELSST, LABEL: a text, which arithmetic cannot use and a SUM leaves out.
                pending = nil
                cells[FormulaEvaluator.Key(sheet: "", row: Int(LittleEndian.u16(d, 0)) + 1, column: Int(LittleEndian.u16(d, 2)))] = FormulaEvaluator.Cell(content: .text("文字"))
            case 0x0006 where depth == 1 && d.count >= 14:
                pending = nil
                let row = Int(LittleEndian.u16(d, 0)), column = Int(LittleEndian.u16(d, 2))
                let value = Array(d[6..<14])
                if value[6] == 0xFF, value[7] == 0xFF {
                    switch value[0] {
                    case 0: pending = (row, column)
                    case 1: add(row, column, value[2] == 0 ? "FALSE" : "TRUE")
                    case 2: add(row, column, Self.errorText(value[2]))
                    default:
                        // 3: an empty text — or no result at all, as a program that does not
                        // calculate (xlwt) saves one: computed below if it is arithmetic.
                        if d.count >= 22 {
                            let count = Int(LittleEndian.u16(d, 20))
                            uncomputed.append((row, column, Int(LittleEndian.u16(d, 4)), d[22..<min(d.count, 22 + count)]))
                        }
                    }
                } else {
                    add(row, column, display(Double(bitPattern: LittleEndian.u64(value, 0)), xf: Int(LittleEndian.u16(d, 4))))
                    number(row, column, Double(bitPattern: LittleEndian.u64(value, 0)))
                }
            case 0x0207 where depth == 1:
                if let cell = pending { add(cell.row, cell.column, records.string(r, biff8: isBIFF8)) }
                pending = nil
            case 0x04BC, 0x0221, 0x0236, 0x003C: break // SHRFMLA, ARRAY, TABLE, CONTINUE
            default: pending = nil
            }
        }
        // Arithmetic can never give an empty text: such a formula was saved uncomputed, and is
        // computed here (in rounds, for a total of subtotals); one that is not understood —
        // an IF that gives "" — stays empty.
        var progress = true
        while progress, !uncomputed.isEmpty {
            progress = false
            var evaluator = FormulaEvaluator(cells: cells, trustCached: true)
            let waiting = uncomputed
            uncomputed.removeAll { f in
                guard let tree = BIFFFormula.tree(f.tokens, sheet: ""), !Self.readsUncomputed(tree, waiting),
                      let value = evaluator.value(of: tree) else { return false }
                add(f.row, f.column, display(value, xf: f.xf))
                number(f.row, f.column, value)
                progress = true
                return true
            }
        }
        return out
    }

    /// Whether `tree` reads a cell whose formula is still to be computed.
    static func readsUncomputed(_ tree: FormulaEvaluator.Node, _ uncomputed: [(row: Int, column: Int, xf: Int, tokens: ArraySlice<UInt8>)]) -> Bool {
        switch tree {
        case .number: return false
        case .reference(let k): return uncomputed.contains { $0.row + 1 == k.row && $0.column == k.column }
        case .range(_, let r1, let c1, let r2, let c2):
            return uncomputed.contains { (r1...r2).contains($0.row + 1) && (c1...c2).contains($0.column) }
        case .negate(let a), .percent(let a): return readsUncomputed(a, uncomputed)
        case .binary(_, let a, let b): return readsUncomputed(a, uncomputed) || readsUncomputed(b, uncomputed)
        case .function(_, let args): return args.contains { readsUncomputed($0, uncomputed) }
        }
    }

    /// The rows (ROW records flagged fDyZero) and columns (COLINFO flagged fHidden) the
    /// sheet whose BOF is at `offset` hides, and its merged areas (MERGEDCELLS).
    func hiddenCells(sheetAt offset: Int) -> HiddenCells {
        var out = HiddenCells()
        var records = Records(bytes, from: offset)
        guard let bof = records.next(), bof.type == 0x0809 else { return out }
        var depth = 1
        while depth > 0, let r = records.next() {
            let d = r.data
            switch r.type {
            case 0x0809: depth += 1
            case 0x000A: depth -= 1
            case 0x0208 where depth == 1 && d.count >= 14:
                if LittleEndian.u16(d, 12) & 0x0020 != 0 { out.rows.insert(Int(LittleEndian.u16(d, 0)) + 1) }
            case 0x007D where depth == 1 && d.count >= 10:
                let first = Int(LittleEndian.u16(d, 0)), last = Int(LittleEndian.u16(d, 2))
                if LittleEndian.u16(d, 8) & 0x0001 != 0, first <= last, last < 16_384 { out.columns.formUnion(first...last) }
            case 0x00E5 where depth == 1 && d.count >= 2:
                let count = Int(LittleEndian.u16(d, 0))
                for k in 0..<count where 2 + 8 * k + 8 <= d.count {
                    let at = 2 + 8 * k
                    out.merges.append((Int(LittleEndian.u16(d, at)) + 1, Int(LittleEndian.u16(d, at + 4)),
                                       Int(LittleEndian.u16(d, at + 2)) + 1, Int(LittleEndian.u16(d, at + 6))))
                }
            default: break
            }
        }
        return out
    }

    /// An RK number: 30 bits of an integer or of a double's high half, perhaps ×100.
    static func rk(_ raw: UInt32) -> Double {
        let value = raw & 0x02 != 0
            ? Double(Int32(bitPattern: raw) >> 2)
            : Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        return raw & 0x01 != 0 ? value / 100 : value
    }

    /// A FORMAT's code in BIFF8: a 16-bit count, a flag byte, the characters.
    static func longString(_ data: [UInt8], at i: Int) -> String {
        guard i + 2 < data.count else { return "" }
        return characters(data, from: i + 3, count: Int(LittleEndian.u16(data, i)), wide: data[i + 2] & 0x01 != 0).text
    }

    /// Excel's text for an error value (`#DIV/0!`).
    static func errorText(_ code: UInt8) -> String? {
        switch code {
        case 0x00: "#NULL!"
        case 0x07: "#DIV/0!"
        case 0x0F: "#VALUE!"
        case 0x17: "#REF!"
        case 0x1D: "#NAME?"
        case 0x24: "#NUM!"
        case 0x2A: "#N/A"
        default: nil
        }
    }

    /// A sheet name: a count of characters and, in BIFF8, a flag for 16-bit characters.
    /// BIFF5's 8-bit names are shown as ASCII only (they are compared with FreeXL's, which
    /// converts the code page, only to tell sheets apart).
    static func shortString(_ data: [UInt8], at i: Int, biff8: Bool) -> String {
        guard i < data.count else { return "" }
        let count = Int(data[i])
        if biff8 {
            guard i + 1 < data.count else { return "" }
            return characters(data, from: i + 2, count: count, wide: data[i + 1] & 0x01 != 0).text
        }
        return String(decoding: data[(i + 1)..<min(i + 1 + count, data.count)], as: UTF8.self)
    }

    /// `count` characters from `i`: 16-bit (UTF-16LE) when `wide`, else 8-bit (the low byte
    /// of each UTF-16 unit, as BIFF8 compresses Latin-1). Also how many were there.
    static func characters(_ data: [UInt8], from i: Int, count: Int, wide: Bool) -> (text: String, read: Int, end: Int) {
        var units: [UInt16] = []
        var at = i
        while units.count < count {
            if wide {
                guard at + 1 < data.count else { break }
                units.append(LittleEndian.u16(data, at))
                at += 2
            } else {
                guard at < data.count else { break }
                units.append(UInt16(data[at]))
                at += 1
            }
        }
        return (String(decoding: units, as: UTF16.self), units.count, at)
    }


    /// The records from an offset: a type, a length and that many bytes each; the walk
    /// ends at a record that would run past the stream.
    struct Records {
        let bytes: [UInt8]
        var at: Int

        init(_ bytes: [UInt8], from offset: Int) {
            self.bytes = bytes
            at = offset >= 0 ? offset : bytes.count
        }

        mutating func next() -> (type: UInt16, data: [UInt8])? {
            guard at + 4 <= bytes.count else { return nil }
            let type = LittleEndian.u16(bytes, at), length = Int(LittleEndian.u16(bytes, at + 2))
            guard at + 4 + length <= bytes.count else { return nil }
            defer { at += 4 + length }
            return (type, Array(bytes[(at + 4)..<(at + 4 + length)]))
        }

        /// A STRING record's text: a 16-bit count, then (BIFF8) a flag byte and the
        /// characters, continued in CONTINUE records (each beginning with its own flag byte)
        /// when it is longer than one record holds. BIFF5's 8-bit text in the code page is
        /// kept when it is ASCII; otherwise nil (FreeXL's conversion is not reachable here).
        mutating func string(_ record: (type: UInt16, data: [UInt8]), biff8: Bool) -> String? {
            let data = record.data
            guard data.count >= 2 else { return nil }
            let count = Int(LittleEndian.u16(data, 0))
            guard biff8 else {
                let raw = data[2..<min(2 + count, data.count)]
                return raw.allSatisfy({ $0 < 0x80 }) ? String(decoding: raw, as: UTF8.self) : nil
            }
            guard data.count >= 3 else { return count == 0 ? "" : nil }
            var part = WorkbookStream.characters(data, from: 3, count: count, wide: data[2] & 0x01 != 0)
            var text = part.text, read = part.read
            while read < count {
                let saved = at
                guard let next = self.next(), next.type == 0x003C, !next.data.isEmpty else { at = saved; return nil }
                part = WorkbookStream.characters(next.data, from: 1, count: count - read, wide: next.data[0] & 0x01 != 0)
                guard part.read > 0 else { return nil }
                text += part.text
                read += part.read
            }
            return text
        }
    }
}
