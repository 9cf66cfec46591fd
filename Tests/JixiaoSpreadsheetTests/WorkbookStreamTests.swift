import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet

/// The container and the records read beside FreeXL (`CompoundFile`, `WorkbookStream`),
/// on files built here byte by byte: what xlwt cannot write (a stream small enough for the
/// mini stream, a text result continued in a CONTINUE record) and damage.
@Suite struct WorkbookStreamTests {
    static func u16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func u32(_ v: UInt32) -> [UInt8] { u16(Int(v & 0xFFFF)) + u16(Int(v >> 16)) }
    static func record(_ type: Int, _ data: [UInt8]) -> [UInt8] { u16(type) + u16(data.count) + data }
    static func utf16(_ s: String) -> [UInt8] { s.utf16.flatMap { u16(Int($0)) } }

    /// A workbook stream: globals naming one worksheet (hidden when asked) and that sheet,
    /// whose records are `cells`.
    static func stream(hidden: Bool = false, globals extra: [UInt8] = [], cells: [UInt8]) -> [UInt8] {
        let bofGlobals = record(0x0809, u16(0x0600) + u16(0x0005) + [UInt8](repeating: 0, count: 12))
        let name = "表"
        func boundsheet(_ offset: UInt32) -> [UInt8] {
            record(0x0085, u32(offset) + [hidden ? 1 : 0, 0, UInt8(name.utf16.count), 1] + utf16(name))
        }
        let globals = bofGlobals + extra + boundsheet(0) + record(0x000A, [])
        let sheet = record(0x0809, u16(0x0600) + u16(0x0010) + [UInt8](repeating: 0, count: 12)) + cells + record(0x000A, [])
        return bofGlobals + extra + boundsheet(UInt32(globals.count)) + record(0x000A, []) + sheet
    }

    /// A FORMULA record at (row, column) whose saved result is the 8 bytes `value`.
    static func formula(_ row: Int, _ column: Int, _ value: [UInt8]) -> [UInt8] {
        record(0x0006, u16(row) + u16(column) + u16(15) + value + u16(0) + u32(0) + u16(0))
    }

    static func number(_ d: Double) -> [UInt8] { (0..<8).map { UInt8(d.bitPattern >> (8 * UInt64($0)) & 0xFF) } }
    static let textResult: [UInt8] = [0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// An OLE compound file (version 3, 512-byte sectors) holding `stream` as `Workbook`
    /// in its mini stream, as a writer stores any stream under 4,096 bytes.
    static func compoundFile(_ stream: [UInt8]) -> [UInt8] {
        precondition(stream.count <= 512)
        let end: UInt32 = 0xFFFF_FFFE, free: UInt32 = 0xFFFF_FFFF
        var header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 16)
        header += u16(0x3E) + u16(3) + u16(0xFFFE) + u16(9) + u16(6) + [UInt8](repeating: 0, count: 6)
        header += u32(0) + u32(1) + u32(1) + u32(0) + u32(4096) + u32(2) + u32(1) + u32(end) + u32(0)
        header += u32(0) + (1..<109).flatMap { _ in u32(free) }
        func sector(_ bytes: [UInt8]) -> [UInt8] { bytes + [UInt8](repeating: 0, count: 512 - bytes.count) }
        // FAT: sector 0 the FAT, 1 the directory, 2 the mini FAT, 3 the mini stream.
        let fat = sector(u32(0xFFFF_FFFD) + u32(end) + u32(end) + u32(end) + (4..<128).flatMap { _ in u32(free) })
        func entry(_ name: String, type: UInt8, start: UInt32, size: Int) -> [UInt8] {
            var e = utf16(name) + [0, 0]
            e += [UInt8](repeating: 0, count: 64 - e.count) + u16((name.utf16.count + 1) * 2) + [type, 1]
            e += u32(free) + u32(free) + u32(type == 5 ? 1 : free) + [UInt8](repeating: 0, count: 36)
            return e + u32(start) + u32(UInt32(size)) + u32(0)
        }
        let miniSectors = (stream.count + 63) / 64
        let directory = sector(entry("Root Entry", type: 5, start: 3, size: miniSectors * 64) + entry("Workbook", type: 2, start: 0, size: stream.count))
        let miniFAT = sector((0..<miniSectors).flatMap { $0 == miniSectors - 1 ? u32(end) : u32(UInt32($0 + 1)) })
        return header + fat + directory + miniFAT + sector(stream)
    }

    @Test func aSmallStreamIsReadFromTheMiniStream() throws {
        let stream = Self.stream(cells: Self.formula(2, 1, Self.number(854)))
        let file = try #require(CompoundFile(Self.compoundFile(stream)))
        #expect(file.stream(named: "Workbook") == stream)
        #expect(file.stream(named: "workbook") == stream)
        #expect(file.stream(named: "Book") == nil)
        let workbook = try #require(WorkbookStream(stream))
        #expect(workbook.sheets.map(\.name) == ["表"])
        #expect(workbook.values(sheetAt: workbook.sheets[0].offset) == [.init(row: 2, column: 1, text: "854")])
    }

    /// Numbers in each record Excel stores them in, shown by their XF's format: NUMBER,
    /// RK (an integer; a double's high half ×100) and MULRK (a row's run of RKs), under a
    /// custom format (FORMAT 164 `0.0%`), a built-in one (XF 1: id 4, `#,##0.00`) and
    /// General (an XF index no XF record names).
    @Test func numbersAsTheirFormatsShowThem() throws {
        let code = "0.0%"
        let format = Self.record(0x041E, Self.u16(164) + Self.u16(code.utf16.count) + [0] + Array(code.utf8))
        func xf(_ id: Int) -> [UInt8] { Self.record(0x00E0, Self.u16(0) + Self.u16(id) + [UInt8](repeating: 0, count: 16)) }
        let rk16: UInt32 = 16 << 2 | 0x02, rk1234: UInt32 = 1234 << 2 | 0x03
        let half = UInt32(truncatingIfNeeded: (3_309_840.0).bitPattern >> 32)
        let cells = Self.record(0x0203, Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.number(0.955))
            + Self.record(0x027E, Self.u16(1) + Self.u16(0) + Self.u16(1) + Self.u32(half))
            + Self.record(0x00BD, Self.u16(2) + Self.u16(3) + Self.u16(7) + Self.u32(rk16) + Self.u16(7) + Self.u32(rk1234) + Self.u16(4))
        let workbook = try #require(WorkbookStream(Self.stream(globals: format + xf(164) + xf(4), cells: cells)))
        #expect(workbook.values(sheetAt: workbook.sheets[0].offset) == [
            .init(row: 0, column: 0, text: "95.5%"), .init(row: 1, column: 0, text: "3,309,840.00"),
            .init(row: 2, column: 3, text: "16"), .init(row: 2, column: 4, text: "12.34"),
        ])
    }

    /// A text result longer than its STRING record holds goes on in a CONTINUE record,
    /// which begins with its own flag byte (here 8-bit characters after 16-bit ones).
    @Test func aTextResultContinuedInAContinueRecord() throws {
        let cells = Self.formula(0, 0, Self.textResult)
            + Self.record(0x0207, Self.u16(6) + [1] + Self.utf16("资金"))
            + Self.record(0x003C, [0] + Array("Tot".utf8))
            + Self.record(0x003C, [1] + Self.utf16("额"))
        let workbook = try #require(WorkbookStream(Self.stream(hidden: true, cells: cells)))
        #expect(workbook.sheets[0].hidden)
        #expect(workbook.values(sheetAt: workbook.sheets[0].offset) == [.init(row: 0, column: 0, text: "资金Tot额")])
    }

    /// A text result whose STRING record never comes (another cell first, here a NUMBER
    /// of 0) is no result; a chart's records inside the sheet (its own BOF … EOF) are not
    /// the sheet's.
    @Test func onlyTheSheetsOwnResults() throws {
        let chart = Self.record(0x0809, Self.u16(0x0600) + Self.u16(0x0020) + [UInt8](repeating: 0, count: 12))
            + Self.formula(9, 9, Self.number(1)) + Self.record(0x000A, [])
        let cells = Self.formula(0, 0, Self.textResult) + Self.record(0x0203, [UInt8](repeating: 0, count: 14))
            + Self.record(0x0207, Self.u16(1) + [0, 0x41]) + chart + Self.formula(1, 0, Self.number(2.5))
        let workbook = try #require(WorkbookStream(Self.stream(cells: cells)))
        #expect(workbook.values(sheetAt: workbook.sheets[0].offset) == [.init(row: 0, column: 0, text: "0"), .init(row: 1, column: 0, text: "2.5")])
    }

    /// Damage gives what was read before it, and nothing outside the bytes is read.
    @Test func damageIsNoCrash() throws {
        let stream = Self.stream(cells: Self.formula(0, 0, Self.number(7)) + Self.formula(1, 0, Self.number(8)))
        let workbook = try #require(WorkbookStream(stream))
        let offset = workbook.sheets[0].offset
        // Cut inside the second FORMULA: the first is read.
        let cut = try #require(WorkbookStream(Array(stream.prefix(stream.count - 10))))
        #expect(cut.values(sheetAt: offset) == [.init(row: 0, column: 0, text: "7")])
        #expect(workbook.values(sheetAt: stream.count + 100).isEmpty)
        #expect(workbook.values(sheetAt: -4).isEmpty)
        #expect(WorkbookStream([0x09, 0x08]) == nil)
        #expect(CompoundFile([UInt8](repeating: 0xD0, count: 600)) == nil)
        // Every prefix and every single-byte change of the container: read or refused.
        let file = Self.compoundFile(stream)
        for n in stride(from: 0, to: file.count, by: 7) {
            _ = CompoundFile(Array(file.prefix(n)))?.stream(named: "Workbook")
            var changed = file
            changed[n] ^= 0xFF
            if let s = CompoundFile(changed)?.stream(named: "Workbook"), let w = WorkbookStream(s) {
                for sheet in w.sheets { _ = w.values(sheetAt: sheet.offset) }
            }
        }
    }

    /// A chain of sectors that loops back is refused, not followed for ever.
    @Test func aLoopingChainIsRefused() throws {
        var file = Self.compoundFile(Self.stream(cells: []))
        // The directory's FAT entry (sector 1) points at itself.
        let at = 512 + 4
        file.replaceSubrange(at..<(at + 4), with: Self.u32(1))
        #expect(CompoundFile(file) == nil)
    }
}

/// The records read beside FreeXL, on mutated fixtures without FreeXL (which crashes on
/// some of them; `jixiao` runs both in a child process): whatever the bytes, a reading or
/// nothing, never a trap, never more than the file's size held.
@Suite struct WorkbookStreamMutationTests {
    static let runs = Int(ProcessInfo.processInfo.environment["JIXIAO_XLS_MUTATIONS"] ?? "") ?? 300

    @Test func mutatedFilesAreReadOrNothing() throws {
        var rng = MutationRandom(seed: 23)
        for name in ["corpus-04-06.xls", "formula-results.xls", "sample-formulas.xls", "kinds.xls"] {
            let whole = try LegacyWorkbookReaderTests.fixture(name)
            for _ in 0..<Self.runs {
                let bytes = rng.mutate(whole, cutOneIn: 4)
                guard let file = CompoundFile(bytes), let stream = file.stream(named: "Workbook") else { continue }
                #expect(stream.count <= bytes.count)
                guard let workbook = WorkbookStream(stream) else { continue }
                for sheet in workbook.sheets { _ = workbook.values(sheetAt: sheet.offset) }
            }
        }
    }
}
