/// The piece table of a Word 97–2003 document ([MS-DOC] 2.9.38 Clx): where each stretch of
/// the text's character positions (CPs) is stored in the `WordDocument` stream — 8-bit
/// (cp1252, "compressed") or UTF-16LE — and the property modifiers of fast-saved pieces
/// (`Prc`). Nil for a table that does not parse or points outside the stream.
struct WordPieceTable {
    struct Piece {
        var cpStart: Int
        var cpEnd: Int
        /// Byte offset in the `WordDocument` stream of the piece's first character.
        var fc: Int
        var compressed: Bool
        /// Sprms applied to the piece's text (`Prm1`: a `Prc`'s grpprl); empty for none.
        var sprms: ArraySlice<UInt8>

        var bytesPerCharacter: Int { compressed ? 1 : 2 }
        /// The byte offset of the character at `cp` (inside the piece).
        func fc(of cp: Int) -> Int { fc + (cp - cpStart) * bytesPerCharacter }
    }

    var pieces: [Piece]

    init?(clx: ArraySlice<UInt8>, streamSize: Int) {
        let clx = Array(clx)
        var at = 0
        var grpprls: [ArraySlice<UInt8>] = []
        // Prc entries (clxt 1), then the Pcdt (clxt 2).
        while at < clx.count, clx[at] == 0x01 {
            guard at + 3 <= clx.count else { return nil }
            let size = Int(Int16(bitPattern: LittleEndian.u16(clx, at + 1)))
            guard size >= 0, at + 3 + size <= clx.count else { return nil }
            grpprls.append(clx[(at + 3)..<(at + 3 + size)])
            at += 3 + size
        }
        guard at + 5 <= clx.count, clx[at] == 0x02 else { return nil }
        let lcb = Int(LittleEndian.u32(clx, at + 1))
        let plc = at + 5
        guard lcb >= 4, lcb <= clx.count - plc, (lcb - 4) % 12 == 0 else { return nil }
        let n = (lcb - 4) / 12
        var pieces: [Piece] = []
        pieces.reserveCapacity(n)
        for i in 0..<n {
            let cpStart = Int(LittleEndian.u32(clx, plc + 4 * i)), cpEnd = Int(LittleEndian.u32(clx, plc + 4 * (i + 1)))
            let pcd = plc + 4 * (n + 1) + 8 * i
            let fcCompressed = LittleEndian.u32(clx, pcd + 2)
            let compressed = fcCompressed & 0x4000_0000 != 0
            let raw = Int(fcCompressed & 0x3FFF_FFFF)
            let fc = compressed ? raw / 2 : raw
            // CPs ascend; each piece lies inside the stream.
            guard cpStart <= cpEnd, cpStart >= (pieces.last?.cpEnd ?? 0),
                  fc + (cpEnd - cpStart) * (compressed ? 1 : 2) <= streamSize else { return nil }
            let prm = LittleEndian.u16(clx, pcd + 6)
            var sprms: ArraySlice<UInt8> = []
            if prm & 1 == 1 {
                let index = Int(prm >> 1)
                guard index < grpprls.count else { return nil }
                sprms = grpprls[index]
            }
            pieces.append(Piece(cpStart: cpStart, cpEnd: cpEnd, fc: fc, compressed: compressed, sprms: sprms))
        }
        self.pieces = pieces
    }

    /// The character of an 8-bit piece: cp1252, its 0x80–0x9F as Windows has them ([MS-DOC] 2.4.1).
    static func cp1252(_ byte: UInt8) -> UInt16 {
        guard byte >= 0x80, byte <= 0x9F else { return UInt16(byte) }
        return windows1252High[Int(byte - 0x80)]
    }

    private static let windows1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
