/// Paragraph, table-row and character properties of a Word 97–2003 document, as far as the
/// body's reading needs them: sprms ([MS-DOC] 2.6) read out of property lists (grpprls),
/// and the formatted runs (FKPs, 2.9.74) that say which grpprl applies at a byte of the
/// `WordDocument` stream. Every read is checked against the bytes it reads from: a list
/// cut short ends the list, a run that points outside its page is a run with no properties.
enum WordSprm {
    struct Sprm {
        var code: UInt16
        var operand: [UInt8]
    }

    /// The sprms of a grpprl, in order; a sprm cut short ends the list.
    static func list(_ grpprl: ArraySlice<UInt8>) -> [Sprm] {
        let bytes = Array(grpprl)
        var out: [Sprm] = []
        var at = 0
        while at + 2 <= bytes.count {
            let code = LittleEndian.u16(bytes, at)
            at += 2
            var start = at, size: Int
            switch code >> 13 {
            case 0, 1: size = 1
            case 2, 4, 5: size = 2
            case 3: size = 4
            case 7: size = 3
            default:
                // Variable: a byte of length, but a 2-byte length (plus one) for sprmTDefTable,
                // and sprmPChgTabs's own layout when its length byte is 255.
                if code == tDefTable {
                    guard at + 2 <= bytes.count else { return out }
                    size = Int(LittleEndian.u16(bytes, at)) - 1
                    start = at + 2
                } else if code == pChgTabs, at < bytes.count, bytes[at] == 255 {
                    guard let n = changeTabsSize(bytes, at + 1) else { return out }
                    size = n
                    start = at + 1
                } else {
                    guard at < bytes.count else { return out }
                    size = Int(bytes[at])
                    start = at + 1
                }
            }
            guard size >= 0, start + size <= bytes.count else { return out }
            out.append(Sprm(code: code, operand: Array(bytes[start..<(start + size)])))
            at = start + size
        }
        return out
    }

    /// The length of a sprmPChgTabs operand written with 255 as its length byte: its
    /// deleted tabs (positions and close ranges), then its added tabs (positions and kinds).
    private static func changeTabsSize(_ b: [UInt8], _ at: Int) -> Int? {
        guard at < b.count else { return nil }
        let deleted = Int(b[at])
        let adds = at + 1 + 4 * deleted
        guard adds < b.count else { return nil }
        return 1 + 4 * deleted + 1 + 3 * Int(b[adds])
    }

    static let tDefTable: UInt16 = 0xD608
    static let pChgTabs: UInt16 = 0xC615
}

/// What a paragraph mark's properties say about where the paragraph sits.
struct WordParagraphProperties {
    /// In a table (sprmPFInTable).
    var inTable = false
    /// The row-end mark of an outermost table's row (sprmPFTtp).
    var rowEnd = false
    /// Table depth (sprmPItap, sprmPDtap): 1 the outermost table, 2 a table in its cell…
    var depth: Int?
    /// The end of a row of a table inside a cell (sprmPFInnerTtp).
    var innerRowEnd = false
    /// A tab stop with a leader (dots) set by the paragraph or its style (a 目录 entry's).
    var leaderStop = false
    /// The list instance (sprmPIlfo, 1-based; 0 none) and level (sprmPIlvl) numbering it.
    var list = 0
    var listLevel = 0
    /// The row's cells, when this is a row-end mark (sprmTDefTable and what changes it).
    var row: WordRowLayout?
    /// sprmTDxaGapHalf's value, which sprmTDxaLeft's shift is measured with.
    private var gapHalf = 0

    /// The paragraph's table depth: its sprmPItap, else 1 when it is in a table.
    var tableDepth: Int { max(depth ?? 0, inTable ? 1 : 0) }

    /// Applies the sprms of `grpprl`; sprmPHugePapx's grpprl is read from `data` (the
    /// `Data` stream), where a row of many cells keeps its properties. Of the sprms that
    /// change a row's cells after sprmTDefTable, the edges (sprmTDxaLeft, sprmTDxaGapHalf) and
    /// merges (sprmTVertMerge, sprmTMerge, sprmTSplit) are applied; sprmTInsert, sprmTDelete
    /// and sprmTDxaCol, which only Word 6-era fast saves write (Word 97 and later write each
    /// row's sprmTDefTable whole), are not.
    mutating func apply(_ grpprl: ArraySlice<UInt8>, data: [UInt8]?, nested: Bool = false) {
        for sprm in WordSprm.list(grpprl) {
            let o = sprm.operand
            switch sprm.code {
            case 0x2416: inTable = o[0] != 0
            case 0x2417: rowEnd = o[0] != 0
            case 0x244C: innerRowEnd = o[0] != 0
            case 0x6649: depth = Int(Int32(bitPattern: LittleEndian.u32(o, 0)))
            case 0x664A: depth = (depth ?? 0) + Int(Int32(bitPattern: LittleEndian.u32(o, 0)))
            case 0x6646 where !nested:
                let fc = Int(LittleEndian.u32(o, 0))
                if let data, fc + 2 <= data.count {
                    let size = Int(LittleEndian.u16(data, fc))
                    if fc + 2 + size <= data.count { apply(data[(fc + 2)..<(fc + 2 + size)], data: nil, nested: true) }
                }
            case 0x460B: list = Int(Int16(bitPattern: LittleEndian.u16(o, 0)))
            case 0x260A: listLevel = Int(o[0])
            case 0xC60D, WordSprm.pChgTabs:
                if Self.addsLeader(o) { leaderStop = true }
            case WordSprm.tDefTable: row = WordRowLayout(definition: o)
            case 0x9601:
                // sprmTDxaLeft: the row moved so that its left edge is at the operand.
                if var r = row, let first = r.boundaries.first {
                    let shift = Int(Int16(bitPattern: LittleEndian.u16(o, 0))) - (first + gapHalf)
                    r.boundaries = r.boundaries.map { $0 + shift }
                    row = r
                }
            case 0x9602:
                let value = Int(Int16(bitPattern: LittleEndian.u16(o, 0)))
                if var r = row, !r.boundaries.isEmpty {
                    r.boundaries[0] += gapHalf - value
                    row = r
                }
                gapHalf = value
            case 0xD62B where o.count >= 2:
                // sprmTVertMerge: one cell's vertical merge.
                if let r = row, Int(o[0]) < r.cells.count { row!.cells[Int(o[0])].vertical = o[1] }
            case 0x5624:
                // sprmTMerge: cells [first, limit) merged across, the text in the first.
                if let r = row {
                    let first = Int(o[0]), limit = min(Int(o[1]), r.cells.count)
                    if first < limit { for k in first..<limit { row!.cells[k].horizontal = k == first ? 1 : 2 } }
                }
            case 0x5625:
                // sprmTSplit: cells [first, limit) no longer merged.
                if let r = row {
                    let first = Int(o[0]), limit = min(Int(o[1]), r.cells.count)
                    if first < limit { for k in first..<limit { row!.cells[k].horizontal = 0 } }
                }
            default: break
            }
        }
    }

    /// Whether a sprmPChgTabsPapx or sprmPChgTabs operand adds a tab stop with a leader:
    /// the deleted stops (and, for sprmPChgTabs, their close ranges), then the added stops'
    /// positions and their TBDs (the leader in bits 3–5).
    private static func addsLeader(_ o: [UInt8]) -> Bool {
        for closeRanges in [false, true] {
            guard !o.isEmpty else { return false }
            let deleted = Int(o[0])
            let adds = 1 + deleted * (closeRanges ? 4 : 2)
            guard adds < o.count else { continue }
            let added = Int(o[adds])
            let kinds = adds + 1 + 2 * added
            guard kinds + added == o.count else { continue }
            return o[kinds..<(kinds + added)].contains { ($0 >> 3) & 7 != 0 }
        }
        return false
    }
}

/// A table row's cells as its row-end mark defines them: each cell's left and right edge
/// (twips; cell k spans `boundaries[k]` to `boundaries[k + 1]`) and how it is merged.
struct WordRowLayout: Equatable {
    struct Cell: Equatable {
        /// TC80's vertMerge: 1 continues the merged area above, 3 begins one.
        var vertical: UInt8 = 0
        /// TC80's horzMerge: 1 begins a merged area across, 2 continues it.
        var horizontal: UInt8 = 0

        /// Part of a merged area whose text is in another cell.
        var continuesMerge: Bool { vertical == 1 || horizontal == 2 }
    }

    var boundaries: [Int]
    var cells: [Cell]

    /// From sprmTDefTable's operand (after its length): the cell count, the count + 1
    /// edges, then a 20-byte TC80 per cell — fewer when the writer left them out, which
    /// leaves those cells unmerged. Nil for an operand cut short of its edges.
    init?(definition o: [UInt8]) {
        guard let count = o.first.map(Int.init), 1 + 2 * (count + 1) <= o.count else { return nil }
        boundaries = (0...count).map { Int(Int16(bitPattern: LittleEndian.u16(o, 1 + 2 * $0))) }
        let tcs = 1 + 2 * (count + 1)
        cells = (0..<count).map { k in
            let at = tcs + 20 * k
            guard at + 20 <= o.count else { return Cell() }
            let flags = LittleEndian.u16(o, at)
            return Cell(vertical: UInt8((flags >> 5) & 3), horizontal: UInt8(flags & 3))
        }
    }
}

/// What a run of characters' properties say about its text. (Whether a character is
/// special, sprmCFSpec, is not read: the special ones are control characters, not shown.)
struct WordCharacterProperties {
    /// Formatted hidden (sprmCFVanish): Word does not show it.
    var hidden = false
    /// Deleted with tracked changes (sprmCFRMarkDel): shown struck through, not the text.
    var deleted = false
    /// A character from a symbol font (sprmCSymbol): the font's index and the code.
    var symbol: (font: Int, code: UInt16)?
    /// The run's font for ASCII text (sprmCRgFtc0), by index, else its font for other
    /// text (sprmCRgFtc2): a symbol font's character typed as its code (U+F0B3 in Symbol).
    var font: Int?

    mutating func apply(_ grpprl: ArraySlice<UInt8>) {
        for sprm in WordSprm.list(grpprl) {
            let o = sprm.operand
            switch sprm.code {
            case 0x083C: hidden = Self.toggle(o[0])
            case 0x0800: deleted = Self.toggle(o[0])
            case 0x6A09: symbol = (Int(LittleEndian.u16(o, 0)), LittleEndian.u16(o, 2))
            case 0x4A4F: font = Int(LittleEndian.u16(o, 0))
            case 0x4A51 where font == nil: font = Int(LittleEndian.u16(o, 0))
            default: break
            }
        }
    }

    /// A toggle's operand: 0 off, 1 on, 0x80 as the style has it (taken as off: a style
    /// that hides text is rare), 0x81 the style's opposite (on).
    private static func toggle(_ b: UInt8) -> Bool { b == 1 || b == 0x81 }
}

/// The formatted runs of one kind (paragraph or character properties): the bin table
/// (PlcBtePapx or PlcBteChpx, in the table stream) and the 512-byte FKP pages of the
/// `WordDocument` stream it points to.
struct WordFormattedRuns {
    private let fcs: [Int]
    private let pages: [Int]
    private let stream: [UInt8]
    private let paragraphs: Bool

    /// Nil when the bin table does not parse; an empty one for a document that has none.
    init?(bins: ArraySlice<UInt8>, stream: [UInt8], paragraphs: Bool) {
        let b = Array(bins)
        self.stream = stream
        self.paragraphs = paragraphs
        guard !b.isEmpty else {
            fcs = []
            pages = []
            return
        }
        guard b.count >= 4, (b.count - 4) % 8 == 0 else { return nil }
        let n = (b.count - 4) / 8
        fcs = (0...n).map { Int(LittleEndian.u32(b, 4 * $0)) }
        pages = (0..<n).map { Int(LittleEndian.u32(b, 4 * (n + 1) + 4 * $0) & 0x3F_FFFF) }
    }

    /// The properties (grpprl, and a paragraph's style) of the run holding the byte at `fc`,
    /// and the offset where that run ends; an empty grpprl and style 0 (Normal) where no
    /// run has that byte, up to where the next run begins.
    func run(at fc: Int) -> (end: Int, grpprl: ArraySlice<UInt8>, istd: Int) {
        let (end, grpprl, istd) = find(fc)
        return (end, grpprl, istd ?? 0)
    }

    private func find(_ fc: Int) -> (Int, ArraySlice<UInt8>, Int?) {
        // The bin whose range holds fc.
        guard let bin = Self.index(fcs, fc) else { return (Self.next(fcs, after: fc), [], nil) }
        let page = pages[bin] * 512
        guard page >= 0, page + 512 <= stream.count else { return (fcs[bin + 1], [], nil) }
        let crun = Int(stream[page + 511])
        let entrySize = paragraphs ? 13 : 1
        guard crun >= 1, 4 * (crun + 1) + entrySize * crun <= 511 else { return (fcs[bin + 1], [], nil) }
        let runFCs = (0...crun).map { Int(LittleEndian.u32(stream, page + 4 * $0)) }
        guard let k = Self.index(runFCs, fc) else {
            return (min(Self.next(runFCs, after: fc), fcs[bin + 1]), [], nil)
        }
        let end = runFCs[k + 1]
        let offset = 2 * Int(stream[page + 4 * (crun + 1) + entrySize * k])
        guard offset > 0, offset < 511 else { return (end, [], nil) }
        if paragraphs {
            // PapxInFkp: a count of words (2cb − 1 bytes), or 0 and then a count of 2cb bytes;
            // the istd's two bytes before the grpprl.
            var size = 2 * Int(stream[page + offset]) - 1
            var start = page + offset + 1
            if size < 0 {
                guard offset + 1 < 511 else { return (end, [], nil) }
                size = 2 * Int(stream[page + offset + 1])
                start += 1
            }
            guard size >= 2, start + size <= page + 511 else { return (end, [], nil) }
            return (end, stream[(start + 2)..<(start + size)], Int(LittleEndian.u16(stream, start)))
        }
        let size = Int(stream[page + offset])
        guard page + offset + 1 + size <= page + 511 else { return (end, [], nil) }
        return (end, stream[(page + offset + 1)..<(page + offset + 1 + size)], nil)
    }

    /// The first of ascending `fcs` after `fc` (Int.max for none), found by halving: a
    /// damaged file's runs may leave every character outside them.
    private static func next(_ fcs: [Int], after fc: Int) -> Int {
        var lo = 0, hi = fcs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if fcs[mid] <= fc { lo = mid + 1 } else { hi = mid }
        }
        return lo < fcs.count ? fcs[lo] : Int.max
    }

    /// The k with `fcs[k] <= fc < fcs[k + 1]` in ascending `fcs`; nil outside them.
    private static func index(_ fcs: [Int], _ fc: Int) -> Int? {
        guard fcs.count >= 2, fc >= fcs[0], fc < fcs[fcs.count - 1] else { return nil }
        var lo = 0, hi = fcs.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if fcs[mid] <= fc { lo = mid } else { hi = mid }
        }
        return fcs[lo] <= fc && fc < fcs[lo + 1] ? lo : nil
    }
}
