/// Reads a Word 97–2003 document (.doc, and WPS's .wps saved in that format: [MS-DOC]
/// in an OLE compound file) into the `Workbook` a .docx gives (`WordDocumentReader`): one
/// sheet `正文`, each paragraph a row (its tabs between cells), each table row a row with
/// each cell at its place on the table's grid — the grid Word builds from every row's cell
/// edges — a merged cell's text in its first cell and the others empty; fields shown by
/// their result, text formatted hidden and tracked deletions left out.
///
/// Read: the FIB, the piece table, the main document's characters, paragraph properties
/// (what is a table cell, a row end, a row's cells and merges) and character properties
/// (hidden, deleted, symbol-font characters), paragraph styles' properties (`WordStyles`)
/// and automatic list numbers (`WordLists`, written as Word shows them, `一、`, `（1）`);
/// text boxes' paragraphs where their shapes are anchored. Not read: headers, footers,
/// footnotes and comments (not part of the body, as in a .docx).
///
/// A document with a password to open, one from Word 6.0/95 or older, and one whose
/// streams do not parse are refused for what they are; every offset and count is checked
/// against the stream it reads, so no file makes the reading fail otherwise.
enum WordBinaryReader {
    static func read(_ file: CompoundFile) throws(SpreadsheetError) -> Workbook {
        guard let main = file.stream(named: "WordDocument") else { throw .wordDamaged }
        return try read(main: main) { file.stream(named: $0) }
    }

    /// The document whose `WordDocument` stream is `main`, its other streams (`0Table` or
    /// `1Table`, `Data`) by name.
    static func read(main: [UInt8], stream: (String) -> [UInt8]?) throws(SpreadsheetError) -> Workbook {
        guard main.count >= 12 else { throw .wordDamaged }
        let fib = try Fib(main)
        guard let table = stream(fib.tableStream) else { throw .wordDamaged }
        func part(_ pair: Int) throws(SpreadsheetError) -> ArraySlice<UInt8> {
            guard let (fc, lcb) = fib.pairs.indices.contains(pair) ? fib.pairs[pair] : nil else { throw .wordDamaged }
            guard lcb > 0 else { return [] }
            guard fc <= table.count, lcb <= table.count - fc else { throw .wordDamaged }
            return table[fc..<(fc + lcb)]
        }
        guard let pieces = WordPieceTable(clx: try part(33), streamSize: main.count),
              let paragraphs = WordFormattedRuns(bins: try part(13), stream: main, paragraphs: true),
              let characters = WordFormattedRuns(bins: try part(12), stream: main, paragraphs: false),
              pieces.pieces.last.map({ $0.cpEnd >= fib.textLength }) ?? (fib.textLength == 0) else { throw .wordDamaged }
        let fonts = Self.fontNames(try part(15))
        let styles = WordStyles(try part(1))
        // The lists' LVLs follow the PlfLst in the table stream.
        let lists = try part(73)
        let numbering = lists.isEmpty ? nil
            : WordLists.numbering(lists: lists, levels: table[lists.endIndex...], instances: try part(74))
        let data = stream("Data")
        // Reads the characters of CPs `range` into `body`.
        func read(_ range: Range<Int>, into body: inout WordBinaryBody) {
            for piece in pieces.pieces where piece.cpStart < range.upperBound && piece.cpEnd > range.lowerBound {
                let last = min(piece.cpEnd, range.upperBound)
                var cp = max(piece.cpStart, range.lowerBound)
                while cp < last {
                    // One run of character properties at a time.
                    let fc = piece.fc(of: cp)
                    let run = characters.run(at: fc)
                    var properties = WordCharacterProperties()
                    properties.apply(run.grpprl)
                    properties.apply(piece.sprms)
                    let runEnd = run.end > fc ? cp + (run.end - fc + piece.bytesPerCharacter - 1) / piece.bytesPerCharacter : cp + 1
                    let stop = min(last, max(runEnd, cp + 1))
                    for at in cp..<stop {
                        let byte = piece.fc(of: at)
                        let unit = piece.compressed ? WordPieceTable.cp1252(main[byte]) : LittleEndian.u16(main, byte)
                        body.character(unit, at: at, properties) {
                            // A paragraph mark's properties: those of the paragraph run it ends.
                            let run = paragraphs.run(at: byte)
                            var p = WordParagraphProperties()
                            for sprms in styles.sprms(run.istd) { p.apply(sprms, data: data) }
                            p.apply(run.grpprl, data: data)
                            p.apply(piece.sprms, data: data)
                            return (p, run.end == byte + piece.bytesPerCharacter)
                        }
                    }
                    cp = stop
                }
            }
        }
        // Text boxes: each one's paragraphs, read from the text box story, shown where its
        // shape is anchored in the main document (as a .docx holds them inside the paragraph).
        // No more of the story read, all boxes together, than the stream has bytes: a damaged
        // table listing one long box many times is not read many times.
        var boxes: [Int: [String]] = [:], budget = main.count
        for (anchor, range) in Self.textBoxes(fib, spa: try part(40), boxes: try part(56))
        where range.upperBound <= pieces.pieces.last?.cpEnd ?? 0 && range.count <= budget {
            budget -= range.count
            var box = WordBinaryBody(fonts: fonts, numbering: ListNumbering())
            read(range, into: &box)
            boxes[anchor] = box.finished().map { $0.cells.map(\.text).joined(separator: "\t") }
        }
        var body = WordBinaryBody(fonts: fonts, numbering: numbering ?? ListNumbering(), boxes: boxes)
        read(0..<fib.textLength, into: &body)
        return Workbook(sheets: [Workbook.Sheet(name: WordDocumentReader.bodySheetName, rows: body.finished())], origin: .word97)
    }

    /// Each text box of the main document: the CP of its shape's anchor (PlcSpaMom's FSPA,
    /// by shape id) and the CPs of its text in the text box story (PlcftxbxTxt, whose FTXBXS
    /// names the shape), the story's CPs after the main document's, footnotes', headers',
    /// comments' and endnotes'. What does not parse or match gives no text box.
    static func textBoxes(_ fib: Fib, spa: ArraySlice<UInt8>, boxes: ArraySlice<UInt8>) -> [(Int, Range<Int>)] {
        let s = Array(spa), b = Array(boxes)
        guard s.count >= 4, (s.count - 4) % 30 == 0, b.count >= 4, (b.count - 4) % 26 == 0, fib.textBoxLength > 0 else { return [] }
        let shapes = (s.count - 4) / 30, texts = (b.count - 4) / 26
        var anchors: [Int: Int] = [:]   // shape id → anchor CP
        for k in 0..<shapes {
            anchors[Int(Int32(bitPattern: LittleEndian.u32(s, 4 * (shapes + 1) + 26 * k)))] = Int(LittleEndian.u32(s, 4 * k))
        }
        var out: [(Int, Range<Int>)] = []
        for k in 0..<texts {
            let from = Int(LittleEndian.u32(b, 4 * k)), to = Int(LittleEndian.u32(b, 4 * (k + 1)))
            let shape = Int(Int32(bitPattern: LittleEndian.u32(b, 4 * (texts + 1) + 22 * k + 14)))
            guard let anchor = anchors[shape], anchor < fib.textLength, from < to, to <= fib.textBoxLength else { continue }
            out.append((anchor, (fib.textBoxStart + from)..<(fib.textBoxStart + to)))
        }
        return out
    }

    /// The fields of the FIB the reading needs ([MS-DOC] 2.5.1), read in order so that an
    /// old or encrypted document is named before anything else is looked at.
    struct Fib {
        var tableStream: String
        /// ccpText: the main document's character count.
        var textLength: Int
        /// Where the text box story begins (after ccpText, ccpFtn, ccpHdd, ccpAtn, ccpEdn) and
        /// its length (ccpTxbx).
        var textBoxStart: Int
        var textBoxLength: Int
        /// FibRgFcLcb: (offset, length) in the table stream of each structure, by index.
        var pairs: [(Int, Int)]

        init(_ b: [UInt8]) throws(SpreadsheetError) {
            let ident = LittleEndian.u16(b, 0), nFib = LittleEndian.u16(b, 2)
            // Word 6.0 and 95 write nFib 101–105 (wIdent 0xA5DC, 0xA699 from some Asian
            // editions, 0xA5EC); Word 1.x and 2.0 their own wIdent.
            if [0xA5DC, 0xA5EC, 0xA699].contains(ident), (101..<0xC0).contains(nFib) { throw .wordVersion("Word 6.0/95") }
            if [0xA59B, 0xA59C, 0xA5DB].contains(ident) { throw .wordVersion("Word 1.x/2.0") }
            guard ident == 0xA5EC, nFib >= 0xC0 else { throw .wordDamaged }
            let flags = LittleEndian.u16(b, 10)
            if flags & 0x0100 != 0 { throw .wordPassword }
            tableStream = flags & 0x0200 != 0 ? "1Table" : "0Table"
            // FibBase (32 bytes), csw and FibRgW, cslw and FibRgLw, cbRgFcLcb and the pairs.
            guard b.count >= 34 else { throw .wordDamaged }
            let lw = 34 + 2 * Int(LittleEndian.u16(b, 32))
            guard lw + 2 <= b.count else { throw .wordDamaged }
            let lwCount = Int(LittleEndian.u16(b, lw))
            let rg = lw + 2 + 4 * lwCount
            guard lwCount >= 4, rg + 2 <= b.count else { throw .wordDamaged }
            textLength = Int(LittleEndian.u32(b, lw + 2 + 12))
            let counts = (4...9).map { lwCount > $0 ? Int(LittleEndian.u32(b, lw + 2 + 4 * $0)) : 0 }
            textBoxStart = textLength + counts[0] + counts[1] + counts[3] + counts[4]
            textBoxLength = counts[5]
            let count = Int(LittleEndian.u16(b, rg))
            guard textLength <= b.count, rg + 2 + 8 * count <= b.count else { throw .wordDamaged }
            pairs = (0..<count).map { (Int(LittleEndian.u32(b, rg + 2 + 8 * $0)), Int(LittleEndian.u32(b, rg + 6 + 8 * $0))) }
        }
    }

    /// The font names of the SttbfFfn, by index: a count, a zero, then each FFN (its length
    /// less one, 39 bytes of metrics, the name in UTF-16 ending with a zero). What does not
    /// parse is left out: a symbol is then read as its code.
    static func fontNames(_ sttb: ArraySlice<UInt8>) -> [String] {
        let b = Array(sttb)
        guard b.count >= 4 else { return [] }
        let count = Int(LittleEndian.u16(b, 0))
        var names: [String] = []
        var at = 4
        for _ in 0..<count {
            guard at < b.count else { break }
            let end = at + 1 + Int(b[at])
            guard end <= b.count else { break }
            var units: [UInt16] = []
            var k = at + 40
            while k + 2 <= end, LittleEndian.u16(b, k) != 0 {
                units.append(LittleEndian.u16(b, k))
                k += 2
            }
            names.append(String(decoding: units, as: UTF16.self))
            at = end
        }
        return names
    }
}
