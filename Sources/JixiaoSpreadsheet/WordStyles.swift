/// The paragraph styles of a Word 97–2003 document (the STSH, [MS-DOC] 2.9.271), as far as a
/// paragraph's properties come from them: each style's paragraph sprms and the style it is
/// based on — a heading style numbered `一、` by its list, a 目录 style whose tab stop has a
/// dotted leader. What does not parse is left out: those paragraphs then have their own
/// properties only.
struct WordStyles {
    private var styles: [Int: (base: Int, sprms: ArraySlice<UInt8>)] = [:]

    init(_ stsh: ArraySlice<UInt8>) {
        let b = Array(stsh)
        guard b.count >= 2 else { return }
        let header = Int(LittleEndian.u16(b, 0))
        guard header >= 4, 2 + header <= b.count else { return }
        let count = Int(LittleEndian.u16(b, 2)), baseSize = Int(LittleEndian.u16(b, 4))
        guard baseSize >= 10 else { return }
        var at = 2 + header
        for istd in 0..<count {
            guard at + 2 <= b.count else { return }
            let size = Int(LittleEndian.u16(b, at))
            let std = at + 2
            at = std + size
            guard size > 0, at <= b.count, baseSize + 2 <= size else { continue }
            // StdfBase: stk (1 a paragraph style) and istdBase, cupx; then the name.
            let kind = LittleEndian.u16(b, std + 2)
            guard kind & 0xF == 1 else { continue }
            let base = Int(kind >> 4)
            let names = Int(LittleEndian.u16(b, std + baseSize))
            var upx = std + baseSize + 2 + 2 * names + 2
            // The first UPX of a paragraph style: its size, the istd, the paragraph sprms.
            if (upx - std) % 2 == 1 { upx += 1 }
            guard upx + 2 <= at else { continue }
            let upxSize = Int(LittleEndian.u16(b, upx))
            guard upxSize >= 2, upx + 2 + upxSize <= at else { continue }
            styles[istd] = (base, stsh[(stsh.startIndex + upx + 4)..<(stsh.startIndex + upx + 2 + upxSize)])
        }
    }

    /// The paragraph sprms of style `istd`, those of the styles it is based on first.
    func sprms(_ istd: Int) -> [ArraySlice<UInt8>] {
        var chain: [ArraySlice<UInt8>] = []
        var next = istd, seen: Set<Int> = []
        while let style = styles[next], seen.insert(next).inserted {
            chain.append(style.sprms)
            next = style.base
        }
        return chain.reversed()
    }
}
