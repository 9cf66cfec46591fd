import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// Word 97–2003 documents (.doc) read as the same document saved as .docx reads: the
/// fixtures in `WordDocuments/` are .docx files saved as .doc by LibreOffice
/// (`scripts/make-doc-fixtures` says how each was made), each .docx committed beside its .doc.
@Suite struct WordBinaryReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("WordDocuments")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func cells(_ book: Workbook) -> [[String]] {
        book.sheets[0].rows.map { row in row.cells.map { "\($0.column):\($0.text)" } }
    }

    static func refusal(_ bytes: [UInt8]) -> ReadError? {
        do { _ = try ImportedText.read(bytes); return nil } catch { return error }
    }

    /// The sample, its tables as Word tables (一级/二级 merged down, a short row's last cell
    /// spanning the rest), saved as .doc: the same text as the same layout saved as .docx
    /// gives, and so the same document as the sample's text.
    @Test func theSampleReadsAsItsDocxAndItsText() throws {
        let doc = try ImportedText.read(try Self.fixture("sample.doc"))
        #expect(doc.convertedFrom == "Word 97–2003 文档（.doc）的正文")
        let docx = try ImportedText.read(try OfficePackage.wordDocument(OfficePackage.wordBody(of: BundledSample.text)))
        #expect(String(decoding: doc.source, as: UTF8.self) == String(decoding: docx.source, as: UTF8.self))
        let fromText = try DocumentReader.read(bytes: BundledSample.bytes)
        #expect(doc.document.projects == fromText.projects)
        #expect(doc.document.department == fromText.department)
        #expect(doc.document.contents == fromText.contents)
        #expect(doc.document.overall == fromText.overall)
    }

    /// Cells merged across and down, rows that split the width differently, a table in a
    /// cell, a cell of two paragraphs: each cell where the .docx it was saved from puts it.
    @Test func mergedCellsLandWhereTheDocxPutsThem() throws {
        let doc = try Workbook.read(try Self.fixture("tables.doc"))
        #expect(doc.origin == .word97)
        #expect(doc.sheets.map(\.name) == ["正文"])
        #expect(doc.sheets == (try Workbook.read(try Self.fixture("tables.docx"))).sheets)
        #expect(Self.cells(doc) == [
            ["0:项目支出绩效目标表"],
            ["0:项目名称", "1:城区保洁"],
            ["0:一级指标", "1:二级指标", "2:三级指标", "3:指标值"],
            ["0:产出指标", "1:数量指标", "2:保洁面积", "3:≥3万平方米"],
            ["1:质量指标", "2:达标率", "3:100%"],
            ["1:时效指标", "2:完成时间", "3:2021年底"],
            ["0:效益指标", "1:群众满意度", "3:≥95%"],
            ["0:填表人：张三"],
            // The second table's grid is six columns: its first row splits it 2 + 4, its
            // second 1 + 2 + 1 + 2 (python-docx joins merged cells' paragraphs).
            ["0:资金总额", "2:20"],
            ["0:其中\n列1", "1:财政资金", "3:15", "4:其他资金 5"],
            ["1:列2", "2:列3", "3:列4", "4:列5", "5:列6"],
            ["0:资金构成", "1:财政资金 20"],
            ["0:目标", "1:1.完成城区保洁\n2.垃圾日产日清"],
        ])
    }

    /// A field's result and not its code; a tracked insertion kept and a deletion not;
    /// hidden text left out; a line break; a Symbol-font ≥; a non-breaking hyphen; a 目录
    /// entry's dotted leader; a text box's text where it is anchored: as the .docx reads.
    @Test func whatWordShowsIsRead() throws {
        let doc = try Workbook.read(try Self.fixture("features.doc"))
        #expect(doc.sheets == (try Workbook.read(try Self.fixture("features.docx"))).sheets)
        #expect(Self.cells(doc) == [
            ["0:详见附表1。"], ["0:指标值：≥95%"], ["0:备注：无"], ["0:资金用途：保洁费\n20万元"], ["0:满意度≥90%"],
            ["0:编号：2021-01"], ["0:一、总体绩效目标……", "1:2"], ["0:填报单位：", "1:某某局"], ["0:说明：见 附表。"],
        ])
    }

    /// Word's automatic list numbers (a three-level 一、/（一）/1. list, the `List Number`
    /// style's) written as Word shows them, a bullet without a mark, and a 目录 whose dotted
    /// leader its paragraph style sets: as the .docx reads.
    @Test func listNumbersAndStyleLeadersAreRead() throws {
        let doc = try Workbook.read(try Self.fixture("lists.doc"))
        #expect(doc.sheets == (try Workbook.read(try Self.fixture("lists.docx"))).sheets)
        #expect(Self.cells(doc) == [
            ["0:目录"], ["0:一、总体绩效目标……", "1:2"], ["0:二、工作保障措施……", "1:3"], ["0:第一部分 部门整体绩效目标"],
            ["0:一、总体绩效目标"], ["0:（一）产出目标"], ["0:1.完成城区保洁"], ["0:2.垃圾日产日清"], ["0:（二）效益目标"],
            ["0:1.环境改善"], ["0:二、工作保障措施"], ["0:1.完成城区保洁"], ["0:2.垃圾日产日清"], ["0:圆点"],
        ])
    }

    /// Saved with a password to open: refused for that, with what to do.
    @Test func anEncryptedDocumentIsRefused() throws {
        let bytes = try Self.fixture("encrypted.doc")
        #expect(throws: SpreadsheetError.wordPassword) { try Workbook.read(bytes) }
        let e = try #require(Self.refusal(bytes))
        #expect(e.message == "这份 Word 97–2003 文档（.doc）设了打开密码，内容是加密的，Jixiao 读不了")
        #expect(e.hint.contains("去掉打开密码"))
    }

    /// The `WordDocument` stream's offset in the file (its first sector): where its FIB's
    /// wIdent 0xA5EC is followed by LibreOffice's nFib 0x0101.
    static func fibOffset(_ file: [UInt8]) throws -> Int {
        try #require((0..<(file.count - 4)).first { file[$0..<($0 + 4)].elementsEqual([0xEC, 0xA5, 0x01, 0x01]) })
    }

    /// A Word 6.0/95 document (nFib 104) and a Word 2.0 one (no OLE container) are named too old.
    @Test func anOlderWordDocumentIsRefusedAsTooOld() throws {
        var word95 = try Self.fixture("tables.doc")
        let at = try Self.fibOffset(word95)
        word95[at + 2] = 0x68
        word95[at + 3] = 0x00
        #expect(throws: SpreadsheetError.wordVersion("Word 6.0/95")) { try Workbook.read(word95) }
        let e = try #require(Self.refusal(word95))
        #expect(e.message == "这是用 Word 6.0/95 保存的 Word 文档，格式太旧，Jixiao 读不了（读得了 Word 97–2003 的 .doc 和 .docx）")
        #expect(e.hint.contains("另存为 Word 文档(.docx)"))
        // Word for Windows 2.0 wrote no OLE container: the file begins with its FIB.
        let word2: [UInt8] = [0xDB, 0xA5, 0x2D, 0x00] + Array(repeating: 0, count: 600)
        #expect(Workbook.isLegacyOffice(word2))
        #expect(throws: SpreadsheetError.wordVersion("Word 1.x/2.0")) { try Workbook.read(word2) }
        #expect(Self.refusal(word2)?.message == "这是用 Word 1.x/2.0 保存的 Word 文档，格式太旧，Jixiao 读不了（读得了 Word 97–2003 的 .doc 和 .docx）")
    }

    /// Cut short anywhere: refused as a damaged .doc (or, cut only in a stream the text
    /// does not need, read) — as a damaged .xls only when nothing left says Word (its first
    /// sectors, before the `CompObj` stream names the format); half of it is refused with
    /// what to do.
    @Test func aCutShortDocumentIsRefused() throws {
        let whole = try Self.fixture("tables.doc")
        for size in stride(from: 8, to: whole.count, by: 97) {
            let cut = Array(whole.prefix(size))
            do {
                let book = try Workbook.read(cut)
                #expect(Self.cells(book) == Self.cells(try Workbook.read(whole)), "\(size) bytes")
            } catch {
                if error == .legacyDamaged, !LegacyOfficeFile.showsWordDocument(cut), size < 2200 { continue }
                #expect(error == .wordDamaged, "\(size) bytes: \(error)")
            }
        }
        let half = Array(whole.prefix(whole.count / 2))
        #expect(throws: SpreadsheetError.wordDamaged) { try Workbook.read(half) }
        let e = try #require(Self.refusal(half))
        #expect(e.message == "Word 97–2003 文档（.doc）已损坏，读不出其中的正文（文件不完整，或不是 .doc）")
        #expect(e.hint.contains("另存为 Word 文档(.docx)"))
    }

    /// A row whose cell edges differ from another row's by a writer's rounding is on the
    /// same grid; edges a column apart are not.
    @Test func edgesWithinRoundingAreOneGridLine() {
        let grid = WordBinaryBody.grid([0, 1440, 2880, 1, 1441, 2885, 4320, 3000])
        #expect(grid[0] == 0)
        #expect(grid[1] == 0)
        #expect(grid[1440] == 1)
        #expect(grid[1441] == 1)
        #expect(grid[2880] == 2)
        #expect(grid[2885] == 2)
        #expect(grid[3000] == 3)
        #expect(grid[4320] == 4)
    }
}

/// The .doc reader on mutated documents: its streams' bytes flipped, 16-bit fields made
/// large or zero, cut short — a reading or a refusal as damaged, never a trap, never a
/// text larger than the stream. `JIXIAO_DOC_MUTATIONS` sets the runs per fixture.
@Suite struct WordBinaryMutationTests {
    static let runs = Int(ProcessInfo.processInfo.environment["JIXIAO_DOC_MUTATIONS"] ?? "") ?? 150


    /// The streams mutated one at a time (the FIB, the piece table, the FKPs), read
    /// without the container in the way.
    @Test func mutatedStreamsAreReadOrRefused() throws {
        var rng = MutationRandom(seed: 24)
        for name in ["tables.doc", "features.doc", "lists.doc", "sample.doc"] {
            let file = try #require(CompoundFile(try WordBinaryReaderTests.fixture(name)))
            let main = try #require(file.stream(named: "WordDocument")), table = try #require(file.stream(named: "1Table"))
            for run in 0..<Self.runs {
                let m = run % 2 == 0 ? rng.mutate(main, near: 0, cutOneIn: 6) : main
                let t = run % 2 == 1 ? rng.mutate(table, cutOneIn: 6) : table
                do {
                    let book = try WordBinaryReader.read(main: m) { $0 == "1Table" ? t : file.stream(named: $0) }
                    let text = book.sheets[0].rows.flatMap(\.cells).reduce(0) { $0 + $1.text.utf16.count }
                    #expect(text <= 2 * m.count)
                } catch {
                    #expect([.wordDamaged, .wordPassword].contains(error) || { if case .wordVersion = error { true } else { false } }(), "\(error)")
                }
            }
        }
    }

    /// Whole files mutated: the container's damage is refused too.
    @Test func mutatedFilesAreReadOrRefused() throws {
        var rng = MutationRandom(seed: 25)
        for name in ["tables.doc", "features.doc", "lists.doc"] {
            let whole = try WordBinaryReaderTests.fixture(name)
            for _ in 0..<Self.runs {
                // FreeXL, which a file that lost its Word stream would go to, is not run here.
                guard let file = CompoundFile(rng.mutate(whole, cutOneIn: 6)), file.hasStream(named: "WordDocument") else { continue }
                do { _ = try WordBinaryReader.read(file) } catch {
                    #expect([.wordDamaged, .wordPassword].contains(error) || { if case .wordVersion = error { true } else { false } }(), "\(error)")
                }
            }
        }
    }
}
