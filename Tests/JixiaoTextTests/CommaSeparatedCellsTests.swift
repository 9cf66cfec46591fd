import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// A table saved as CSV (Excel's and WPS's "CSV（逗号分隔）") is read as the same document
/// as its tab-separated text, its lines keeping the file's numbers; a file that is not a
/// CSV table keeps the refusal it had.
@Suite struct CommaSeparatedCellsTests {
    /// `text`'s tab-separated rows written as CSV by Python's `csv` module, as Excel writes
    /// it (every row as wide as the widest, `\r\n`, quotes only where needed): the oracle is
    /// not Jixiao's own code. `breakCell` puts a line break typed in a cell after the first
    /// `。` of the 绩效目标.
    static func csv(_ text: [UInt8], encoding: String = "utf-8-sig", breakGoal: Bool = false) throws -> [UInt8] {
        let script = """
        import csv, sys
        rows = [l.split('\\t') for l in sys.stdin.buffer.read().decode('utf-8').split('\\n')]
        if rows and rows[-1] == ['']: rows.pop()
        w = max(len(r) for r in rows)
        rows = [r + [''] * (w - len(r)) for r in rows]
        if sys.argv[2] == 'break':
            for r in rows:
                if r[0] == '绩效目标' and '。' in r[1][:-1]:
                    r[1] = r[1].replace('。', '。\\r\\n', 1)
                    break
        out = open(1, 'w', encoding=sys.argv[1], newline='', closefd=False)
        csv.writer(out, lineterminator='\\r\\n').writerows(rows)
        out.flush()
        """
        let r = try ExternalProgram.run("/usr/bin/python3", ["-c", script, encoding, breakGoal ? "break" : "-"], input: text)
        #expect(r.status == 0)
        return r.output
    }

    static let documents: [(name: String, bytes: [UInt8])] =
        [("sample", BundledSample.bytes)] + CorpusFiles.names.map { ($0, CorpusFiles.bytes($0)) }

    @Test func everyDocumentAsCSVReadsAsItsText() throws {
        for (name, utf8) in Self.documents {
            let bytes = try Self.csv(utf8)
            #expect(!bytes.contains(0x09) && bytes.contains(0x2C), "\(name)")
            let text = try ImportedText.read(bytes)
            #expect(text.document == (try DocumentReader.read(bytes: utf8)), "\(name)")
            #expect(text.convertedFrom == "CSV（逗号分隔）文本", "\(name)")
            #expect(!text.source.contains(0x2C) || utf8.contains(0x2C), "\(name): the commas between cells became tabs")
        }
    }

    @Test func aGBKFileIsConvertedThenReadAtItsCommas() throws {
        let bytes = try Self.csv(BundledSample.bytes, encoding: "gbk")
        let text = try ImportedText.read(bytes)
        #expect(text.document == (try DocumentReader.read(bytes: BundledSample.bytes)))
        #expect(text.convertedFrom == "GB18030 编码的 CSV（逗号分隔）文本")
    }

    /// A line break typed in the 绩效目标 cell: the cell is one value, and the line it took is
    /// left empty so every later row keeps the file's line number.
    @Test func aCellOnTwoLinesKeepsTheFileLineNumbers() throws {
        let plain = try ImportedText.read(try Self.csv(BundledSample.bytes))
        let broken = try Self.csv(BundledSample.bytes, breakGoal: true)
        let text = try ImportedText.read(broken)
        let lines = broken.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(text.source.split(separator: 0x0A, omittingEmptySubsequences: false).count == lines.count)
        let before = plain.document.projects[0], after = text.document.projects[0]
        #expect(after.goals.map(\.text) == before.goals.map(\.text))
        // The first project's rows after its goal are one line further down, as in the file.
        let firstIndicator = try #require(before.indicators.first), moved = try #require(after.indicators.first)
        #expect(moved.line == firstIndicator.line + 1)
        let row = String(decoding: lines[moved.line - 1], as: UTF8.self)
        #expect(row.contains(moved.name), "\(row)")
    }

    @Test func recordsAreReadAsExcelWritesThem() throws {
        let records = try #require(CommaSeparatedCells.records(Array("a,\"b,\"\"c\"\"\",\r\n\"第一行\r\n第二行\",d\n\ne".utf8)))
        #expect(records.map(\.cells) == [["a", "b,\"c\"", ""], ["第一行\n第二行", "d"], [""], ["e"]])
        #expect(records.map(\.line) == [1, 2, 4, 5])
        #expect(records.map(\.extraLines) == [0, 1, 0, 0])
        // A quote opened and never closed: not CSV (or cut short).
        #expect(CommaSeparatedCells.records(Array("a,\"b\nc".utf8)) == nil)
    }

    /// Text with tabs is read at its tabs, commas and all; text with neither tabs nor a
    /// header at its commas keeps the refusal that names the spaces between its cells.
    @Test func whatIsNotACSVTableIsNotReadAsOne() throws {
        #expect(try CommaSeparatedCells.tabbed(BundledSample.bytes) == nil)
        let spaced = Array(String(decoding: BundledSample.bytes, as: UTF8.self).replacingOccurrences(of: "\t", with: "  ").utf8)
        #expect(try CommaSeparatedCells.tabbed(spaced) == nil)
        #expect(throws: ReadError.self) { try ImportedText.read(spaced) }
        do {
            _ = try ImportedText.read(spaced)
        } catch {
            #expect(error.message.contains("各格之间是空格"), "\(error.message)")
        }
        // A sentence with commas, no header among its pieces.
        #expect(try CommaSeparatedCells.tabbed(Array("一级指标为产出指标,二级指标为数量指标\n".utf8)) == nil)
    }

    /// A list of many projects' indicators, a row each (Jixiao's own CSV export): no table
    /// to read, said at its header's line.
    @Test func aListOfIndicatorsIsRefusedAtItsHeader() throws {
        let list = Array("""
        \u{FEFF}稿别,单位编码,项目序号,项目编码,项目名称,审核状态,指标行,一级指标,二级指标,三级指标,绩效指标描述,指标值,指标值确定依据
        草稿,,1,,农村义务教育薄弱学校改造补助资金,待审,1,产出指标,数量指标,农村义务教育学校改造覆盖率,,100%,

        """.utf8)
        #expect(throws: ReadError.self) { try ImportedText.read(list) }
        do {
            _ = try ImportedText.read(list)
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("指标清单"), "\(error.message)")
        }
    }

    /// Damaged CSV — a quote, comma or line break put in, taken out or doubled at random —
    /// is read or refused with a reason, never a crash; a refusal names a line of the file.
    @Test func damagedCSVIsReadOrRefused() throws {
        let csv = try Self.csv(BundledSample.bytes, breakGoal: true)
        let lineCount = csv.split(separator: 0x0A, omittingEmptySubsequences: false).count
        var random = MutationRandom(seed: 31)
        let marks: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D]
        for _ in 0..<200 {
            var bytes = csv
            for _ in 0..<(1 + random.below(3)) {
                // An ASCII byte only: a cut inside a character would be another test's damage.
                var at = random.below(bytes.count)
                while at > 0 && bytes[at] >= 0x80 { at -= 1 }
                switch random.below(3) {
                case 0: bytes.insert(marks[random.below(marks.count)], at: at)
                case 1: if bytes[at] < 0x80 { bytes.remove(at: at) }
                default: bytes.insert(bytes[at] < 0x80 ? bytes[at] : 0x22, at: at)
                }
            }
            do {
                _ = try ImportedText.read(bytes)
            } catch {
                if let line = error.line { #expect(line >= 1 && line <= lineCount + 2, "\(error.message)") }
            }
        }
    }
}
