/// The automatic lists of a Word 97–2003 document ([MS-DOC] PlfLst and its LVLs, PlfLfo) as
/// the `ListNumbering` a .docx's numbering part gives: each list's levels (start, number
/// format, number text), each list instance (LFO, which a paragraph's sprmPIlfo names,
/// 1-based) with the levels it restarts. Nil when the structures do not parse; then no
/// paragraph is numbered.
enum WordLists {
    static func numbering(lists plfLst: ArraySlice<UInt8>, levels after: ArraySlice<UInt8>, instances plfLfo: ArraySlice<UInt8>) -> ListNumbering? {
        let lst = Array(plfLst), lvl = Array(after), lfo = Array(plfLfo)
        guard lst.count >= 2 else { return nil }
        let count = Int(Int16(bitPattern: LittleEndian.u16(lst, 0)))
        guard count >= 0, 2 + 28 * count <= lst.count else { return nil }
        var lists: [String: [Int: ListNumbering.Level]] = [:]
        var at = 0
        for k in 0..<count {
            let lstf = 2 + 28 * k
            let id = String(LittleEndian.u32(lst, lstf))
            let simple = lst[lstf + 26] & 1 == 1
            var levels: [Int: ListNumbering.Level] = [:]
            for level in 0..<(simple ? 1 : 9) {
                guard let (parsed, end) = Self.level(lvl, at) else { return nil }
                levels[level] = parsed
                at = end
            }
            lists[id] = levels
        }
        // The LFOs, then each one's LFOData: a CP, then its LFOLVLs (an LVL after one that
        // carries its own formatting).
        guard lfo.count >= 4 else { return ListNumbering(lists: lists, instances: [:]) }
        let instancesCount = Int(LittleEndian.u32(lfo, 0))
        guard instancesCount <= (lfo.count - 4) / 16 else { return nil }
        var instances: [String: (abstract: String, restarts: [Int: Int])] = [:]
        var data = 4 + 16 * instancesCount
        for k in 0..<instancesCount {
            let entry = 4 + 16 * k
            let list = String(LittleEndian.u32(lfo, entry))
            var restarts: [Int: Int] = [:]
            let overrides = Int(lfo[entry + 12])
            data += 4   // every LFO has its LFOData: a CP, then the overrides
            if overrides > 0 {
                for _ in 0..<overrides {
                    guard data + 8 <= lfo.count else { return nil }
                    let start = Int(Int32(bitPattern: LittleEndian.u32(lfo, data)))
                    let flags = LittleEndian.u32(lfo, data + 4)
                    data += 8
                    if flags & 0x10 != 0 { restarts[Int(flags & 0xF)] = start }
                    if flags & 0x20 != 0 {
                        guard let (_, end) = Self.level(lfo, data) else { return nil }
                        data = end
                    }
                }
            }
            instances[String(k + 1)] = (list, restarts)
        }
        return ListNumbering(lists: lists, instances: instances)
    }

    /// The LVL at `at`: its LVLF (start, number format), its paragraph and character sprms
    /// (skipped), its number text (`%n` for level n's number, stored as the level's index);
    /// and where it ends.
    static func level(_ b: [UInt8], _ at: Int) -> (ListNumbering.Level, Int)? {
        guard at >= 0, at + 28 <= b.count else { return nil }
        let start = Int(Int32(bitPattern: LittleEndian.u32(b, at)))
        let format = formats[Int(b[at + 4])] ?? "decimal"
        let text = at + 28 + Int(b[at + 24]) + Int(b[at + 25])
        guard text + 2 <= b.count else { return nil }
        let length = Int(LittleEndian.u16(b, text))
        let end = text + 2 + 2 * length
        guard end <= b.count else { return nil }
        var out = ""
        for k in 0..<length {
            let unit = LittleEndian.u16(b, text + 2 + 2 * k)
            if unit < 9 { out += "%\(unit + 1)" } else { out += String(decoding: [unit], as: UTF16.self) }
        }
        return (ListNumbering.Level(start: start, format: format, text: out), end)
    }

    /// MS-DOC's number formats (nfc) by the names `ListNumbering` formats them under.
    static let formats: [Int: String] = [
        0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 5: "ordinal", 14: "decimalFullWidth",
        18: "decimalEnclosedCircle", 19: "decimalFullWidth2", 22: "decimalZero", 23: "bullet",
        28: "decimalEnclosedCircleChinese", 30: "ideographTraditional", 33: "taiwaneseCounting",
        35: "taiwaneseCountingThousand", 37: "chineseCounting", 38: "chineseLegalSimplified",
        39: "chineseCountingThousand", 255: "none",
    ]
}
