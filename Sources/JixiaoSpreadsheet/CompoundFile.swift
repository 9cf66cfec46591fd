/// The streams of an OLE compound file (MS-CFB), the container of an .xls and a .doc: what
/// FreeXL reads a workbook from, read here too for what FreeXL leaves out (`WorkbookStream`),
/// and the streams of a Word 97–2003 document (`WordBinaryReader`).
/// Only reading, and every sector number and length checked against the file: a damaged
/// file gives nil, never a read outside it.
struct CompoundFile {
    private let bytes: [UInt8]
    private let sectorSize: Int
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    private let miniStream: [UInt8]
    private let miniCutoff: Int
    private let entries: [Entry]
    /// The entries directly in the root storage (the file's own streams, not those of an
    /// object embedded in it: a .doc with a chart keeps the chart's `Workbook`, a Word
    /// object its own `1Table`, in storages of their own).
    private let top: [Entry]

    private struct Entry {
        var name: String
        /// 1 storage, 2 stream, 5 root storage.
        var type: UInt8
        var start: UInt32
        var size: Int
        /// Directory tree links: siblings in a storage, and a storage's first child.
        var left: UInt32, right: UInt32, child: UInt32
    }

    private static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    /// Sector numbers from MAXREGSECT up are markers (end of chain, free, FAT, DIFAT).
    private static let lastRegularSector: UInt32 = 0xFFFF_FFFA

    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 512, bytes.starts(with: Self.signature) else { return nil }
        let major = LittleEndian.u16(bytes, 26), shift = LittleEndian.u16(bytes, 30), miniShift = LittleEndian.u16(bytes, 32)
        guard shift == 9 || shift == 12, miniShift == 6 else { return nil }
        self.bytes = bytes
        sectorSize = 1 << Int(shift)
        miniCutoff = Int(LittleEndian.u32(bytes, 56))

        // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
        var fatSectors: [UInt32] = (0..<109).map { LittleEndian.u32(bytes, 76 + 4 * $0) }.filter { $0 < Self.lastRegularSector }
        var difat = LittleEndian.u32(bytes, 68)
        let perSector = sectorSize / 4
        var steps = 0
        while difat < Self.lastRegularSector {
            steps += 1
            guard steps <= bytes.count / sectorSize, let words = Self.words(bytes, sector: difat, size: sectorSize) else { return nil }
            fatSectors += words.prefix(perSector - 1).filter { $0 < Self.lastRegularSector }
            difat = words[perSector - 1]
        }
        // No more FAT sectors than the file has sectors: a DIFAT listing one sector over and
        // over would otherwise make a table of millions of entries out of a small file.
        guard fatSectors.count <= bytes.count / sectorSize else { return nil }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectors.count * perSector)
        for s in fatSectors {
            guard let words = Self.words(bytes, sector: s, size: sectorSize) else { return nil }
            fat += words
        }
        self.fat = fat

        guard let directory = Self.chain(bytes, fat: fat, start: LittleEndian.u32(bytes, 48), sectorSize: sectorSize) else { return nil }
        var entries: [Entry] = []
        var at = 0
        while at + 128 <= directory.count {
            let nameBytes = min(Int(LittleEndian.u16(directory, at + 64)), 64)
            let units = (0..<max(nameBytes / 2 - 1, 0)).map { LittleEndian.u16(directory, at + 2 * $0) }
            // Version 3 files may leave garbage in the size's high half (MS-CFB 2.6.3).
            let size = major == 3 ? Int(LittleEndian.u32(directory, at + 120)) : Int(clamping: LittleEndian.u64(directory, at + 120))
            entries.append(Entry(name: String(decoding: units, as: UTF16.self), type: directory[at + 66],
                                 start: LittleEndian.u32(directory, at + 116), size: size,
                                 left: LittleEndian.u32(directory, at + 68), right: LittleEndian.u32(directory, at + 72),
                                 child: LittleEndian.u32(directory, at + 76)))
            at += 128
        }
        guard let root = entries.first, root.type == 5 else { return nil }
        self.entries = entries
        // The root's children: its child and that entry's siblings, each visited once.
        var seen = Set<Int>(), pending = [root.child], top: [Entry] = []
        while let next = pending.popLast() {
            let k = Int(next)
            guard next < Self.lastRegularSector, k < entries.count, seen.insert(k).inserted else { continue }
            top.append(entries[k])
            pending += [entries[k].left, entries[k].right]
        }
        self.top = top
        miniFAT = Self.chain(bytes, fat: fat, start: LittleEndian.u32(bytes, 60), sectorSize: sectorSize).map { Self.words($0) } ?? []
        miniStream = root.start < Self.lastRegularSector
            ? (Self.chain(bytes, fat: fat, start: root.start, sectorSize: sectorSize).map { Array($0.prefix(root.size)) } ?? [])
            : []
    }

    /// The stream of that name in the root storage (case as Excel writes it, compared
    /// without case), or nil when there is none or its sectors lie outside the file.
    func stream(named name: String) -> [UInt8]? {
        guard let entry = entry(named: name) else { return nil }
        if entry.size < miniCutoff {
            guard let data = Self.chain(miniStream, fat: miniFAT, start: entry.start, sectorSize: 64, headerSectors: 0),
                  data.count >= entry.size else { return nil }
            return Array(data.prefix(entry.size))
        }
        guard let data = Self.chain(bytes, fat: fat, start: entry.start, sectorSize: sectorSize),
              data.count >= entry.size else { return nil }
        return Array(data.prefix(entry.size))
    }

    /// Whether the file has a stream of that name (compared without case).
    func hasStream(named name: String) -> Bool { entry(named: name) != nil }

    /// The stream of that name in the root storage; in any storage when the directory's
    /// tree is too damaged to find the root's entries.
    private func entry(named name: String) -> Entry? {
        let wanted = name.lowercased()
        return (top.isEmpty ? entries : top).first { $0.type == 2 && $0.name.lowercased() == wanted }
    }

    /// The sectors of a chain joined (never more bytes than `bytes` has); nil when a sector
    /// lies outside `bytes` or the chain loops. `headerSectors` is 1 in the file (sector 0 follows the 512-byte header, whose
    /// slot is a whole sector for 4,096-byte sectors too) and 0 in the mini stream.
    private static func chain(_ bytes: [UInt8], fat: [UInt32], start: UInt32, sectorSize: Int, headerSectors: Int = 1) -> [UInt8]? {
        var out: [UInt8] = []
        var sector = start
        var steps = 0
        while sector < lastRegularSector {
            steps += 1
            let offset = (Int(sector) + headerSectors) * sectorSize
            // A chain has at most as many sectors as there are: more is a loop.
            guard steps <= bytes.count / sectorSize + 1, Int(sector) < fat.count, offset < bytes.count else { return nil }
            // A file's last sector may be cut short by its writer: what it has is kept, and
            // a stream longer than what was read is refused by its caller.
            out += bytes[offset..<min(offset + sectorSize, bytes.count)]
            sector = fat[Int(sector)]
        }
        return out
    }

    private static func words(_ bytes: [UInt8], sector: UInt32, size: Int) -> [UInt32]? {
        let offset = (Int(sector) + 1) * size
        guard sector < lastRegularSector, offset + size <= bytes.count else { return nil }
        return words(Array(bytes[offset..<(offset + size)]))
    }

    private static func words(_ bytes: [UInt8]) -> [UInt32] {
        stride(from: 0, to: bytes.count - 3, by: 4).map { LittleEndian.u32(bytes, $0) }
    }

}
