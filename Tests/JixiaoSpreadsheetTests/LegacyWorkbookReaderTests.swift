import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// Excel 97–2003 workbooks (.xls) read with FreeXL: the fixtures in `LegacyWorkbooks/` are
/// real BIFF8 files written by xlwt (`scripts/make-xls-fixtures` says how each was made).
@Suite struct LegacyWorkbookReaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("LegacyWorkbooks")
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JixiaoTextTests/Corpus")

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func corpusText(_ prefix: String) throws -> String {
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: corpus.path).first { $0.hasPrefix(prefix) })
        return try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
    }

    /// The text a sheet of numbers reads as: each cell that is only a number (`3,309,840.00`)
    /// as Excel's General format shows the number stored (`3309840`).
    static func asGeneral(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { cell -> String in
                let plain = cell.replacingOccurrences(of: ",", with: "")
                guard !cell.isEmpty, cell.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "-" }),
                      let value = Double(plain) else { return String(cell) }
                return NumberFormat.general(value)
            }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// Two real corpus tables as a unit types them into Excel 97–2003 — 一级/二级 cells
    /// merged down their groups, the amount a number, a table a sheet — read as the same
    /// projects, amounts and indicators as their texts.
    @Test func realTablesInTwoSheetsReadAsTheirTexts() throws {
        let imported = try ImportedText.read(try Self.fixture("corpus-04-06.xls"))
        let text04 = try Self.corpusText("04-"), text06 = try Self.corpusText("06-")
        // From the table's title line (not its line in the 目录) on, as the sheet has it.
        let start = try #require(text06.range(of: "\n1.村组干部报酬绩效目标表\n"))
        let sheet2 = String(text06[text06.index(after: start.lowerBound)...])
        #expect(imported.convertedFrom == "Excel 97–2003 工作簿（.xls）的 2 张工作表（“岳阳县高标准农田”自第 1 行、“村组干部报酬”自第 50 行）")

        // Line for line what the two texts are, one after the other, amounts as General shows them.
        let expected = try DocumentReader.read(text: Self.asGeneral(text04 + "\n" + sheet2))
        #expect(imported.document == expected)

        // And each table the same project as its own text reads: names, amounts, indicators.
        let from04 = try DocumentReader.read(text: text04), from06 = try DocumentReader.read(text: text06)
        #expect(imported.document.projects.count == 2)
        for (read, text) in zip(imported.document.projects, [from04.projects[0], from06.projects[0]]) {
            #expect(read.name == text.name)
            #expect(read.budget.total == text.budget.total)
            #expect(read.budget.fiscal == text.budget.fiscal)
            #expect(read.goals.map(\.text) == text.goals.map(\.text))
            #expect(read.indicators.map(\.name) == text.indicators.map(\.name))
            #expect(read.indicators.map(\.value.raw) == text.indicators.map(\.value.raw))
            #expect(read.indicators.map(\.level1) == text.indicators.map(\.level1))
            #expect(read.indicators.map(\.level2) == text.indicators.map(\.level2))
        }
        #expect(imported.document.projects[1].budget.total == Money(yuan: 3_309_840))
        // The first sheet's row N is line N of the text, as it is for an .xlsx.
        #expect(imported.document.projects[0].indicators.map(\.line) == from04.projects[0].indicators.map(\.line))
    }

    /// The bundled sample in one sheet, numbers stored as numbers: the same document as its text.
    @Test func theSampleInASheetReadsAsItsText() throws {
        let imported = try ImportedText.read(try Self.fixture("sample.xls"))
        #expect(imported.convertedFrom == "Excel 97–2003 工作簿（.xls）的工作表“绩效目标”")
        #expect(imported.document == (try DocumentReader.read(bytes: BundledSample.bytes)))
        #expect(imported.document.projects.count == 13)
    }

    /// Every kind of cell FreeXL tells apart, shown as Excel's General format shows it;
    /// every sheet in order, an empty one and a hidden one included (its state read from
    /// the workbook stream: FreeXL does not give it); empty rows and blank cells left out as
    /// the .xlsx reader leaves them.
    @Test func cellsOfEveryKind() throws {
        let book = try Workbook.read(try Self.fixture("kinds.xls"))
        #expect(book.origin == .excel97)
        #expect(book.sheets.map(\.name) == ["数值", "空表", "下拉选项"])
        #expect(book.sheets.map(\.hidden) == [false, false, true])
        let rows = book.sheets[0].rows
        #expect(rows.map(\.number) == [1, 2, 4, 5])
        // A merged title: its text in its first cell, the others empty.
        #expect(rows[0].cells == [Workbook.Cell(column: 0, text: "2023年项目支出绩效目标表")])
        #expect(rows[1].cells.map(\.text) == ["16", "3309840", "2279.048", "0.955", "-3.5", "123456789012", "0.3", "12505000.5"])
        // Each number as its format shows it (read from the XF and FORMAT records: FreeXL
        // gives General, and dates as 2023-12-31): a date, a date and time, a time, 0%, #,##0.00.
        #expect(rows[2].cells.map(\.text) == ["2023年12月31日", "2023-06-30 08:30", "17:00", "80%", "1,250.50"])
        // A text typed on two lines keeps its line break; a cell of spaces is no cell.
        #expect(rows[3].cells.map(\.column) == [0, 2])
        #expect(rows[3].cells[0].text == "1.完成城区主次干道日常清扫保洁；\n2.道路机械化清扫率达到80%以上。")
        #expect(rows[3].cells[1].text == "≥95%")
        #expect(book.sheets[1].rows.isEmpty)
        #expect(book.sheets[2].rows.map { $0.cells.map(\.text) } == [["产出指标"]])
    }

    /// FreeXL skips FORMULA records, the result Excel saved in them included: the result
    /// is read from the workbook stream, as Excel shows it.
    @Test func aFormulasSavedResultIsRead() throws {
        let book = try Workbook.read(try Self.fixture("formula.xls"))
        #expect(book.sheets[0].rows.map { $0.cells.map(\.text) } == [["5", "10"]])
    }

    /// The sample with every number computed by a formula: the same document as its text
    /// (each 预算数, 财政资金 … read from the result Excel saved).
    @Test func theSampleWithFormulasReadsAsItsText() throws {
        let imported = try ImportedText.read(try Self.fixture("sample-formulas.xls"))
        #expect(imported.document == (try DocumentReader.read(bytes: BundledSample.bytes)))
    }

    /// A workbook whose only sheet with text is hidden: nothing is read, and the refusal
    /// says to unhide the sheet, as for an .xlsx.
    @Test func aTableOnlyInAHiddenSheetIsSaidHidden() throws {
        let bytes = try Self.fixture("hidden-only.xls")
        #expect(try Workbook.read(bytes).sheets.map(\.hidden) == [false, true])
        do {
            _ = try ImportedText.read(bytes)
            Issue.record("read")
        } catch {
            #expect(error.message.contains("没有任何文字"))
            #expect(error.hint.contains("取消隐藏"))
        }
    }

    /// Each kind of saved result: a number (a 资金总额 summed by the unit's formula), a text
    /// in the STRING record after its FORMULA, TRUE, an error as Excel shows it; an empty
    /// text leaves the cell empty. The hidden second sheet is said hidden.
    @Test func formulaResultsOfEveryKind() throws {
        let book = try Workbook.read(try Self.fixture("formula-results.xls"))
        #expect(book.sheets.map(\.name) == ["绩效目标表", "备注"])
        #expect(book.sheets.map(\.hidden) == [false, true])
        #expect(book.sheets[0].rows.map { $0.cells.map(\.text) } == [
            ["项目名称", "道路硬化"], ["资金总额", "854", "800", "54"], ["核对", "TRUE"], ["比例", "#DIV/0!"], ["空"],
        ])
        #expect(book.sheets[0].rows[1].cells.map(\.column) == [0, 1, 2, 3])
    }

    /// Numbers as General shows them: whole numbers without `.0`, ordinary amounts without
    /// an exponent, a binary fraction at 15 digits.
    @Test func numbersAsGeneralShowsThem() {
        #expect(NumberFormat.general(3_309_840) == "3309840")
        #expect(NumberFormat.general(12_505_000.5) == "12505000.5")
        #expect(NumberFormat.general(123_456_789_012) == "123456789012")
        #expect(NumberFormat.general(0.1 + 0.2) == "0.3")
    }

    static func refusal(_ bytes: [UInt8]) -> ReadError? {
        do { _ = try ImportedText.read(bytes); return nil } catch { return error }
    }

    /// A workbook with a password to open: its records are encrypted, and FreeXL gives no
    /// handle to ask — the FILEPASS record after its BOF says it; a FILEPASS FreeXL reads
    /// past is its own password flag.
    @Test func aWorkbookWithAPasswordIsRefusedForThat() throws {
        for name in ["password.xls", "filepass-only.xls"] {
            #expect(throws: SpreadsheetError.legacyPassword, "\(name)") { try Workbook.read(try Self.fixture(name)) }
            let e = try #require(Self.refusal(try Self.fixture(name)))
            #expect(e.message == "这份 Excel 97–2003 工作簿（.xls）设了打开密码，内容是加密的，Jixiao 读不了")
            #expect(e.hint.contains("去掉打开密码") && e.hint.contains(".xlsx"))
            #expect(e.line == nil)
        }
    }

    /// An .xlsx with a password to open is an OLE file too (its package encrypted inside):
    /// said to have a password, not to be an old file of another kind.
    @Test func anEncryptedXLSXIsRefusedForItsPassword() throws {
        let bytes = try Self.fixture("encrypted.xlsx")
        #expect(Workbook.isLegacyOffice(bytes))
        #expect(throws: SpreadsheetError.encryptedPackage) { try Workbook.read(bytes) }
        let e = try #require(Self.refusal(bytes))
        #expect(e.message == "这份文件设了打开密码（加密的 Excel 工作簿 .xlsx 或 Word 文档 .docx），内容是加密的，Jixiao 读不了")
        #expect(e.hint.contains("去掉打开密码"))
    }

    /// Cut short anywhere, its first sector overwritten, or nothing but the OLE header:
    /// refused as damaged, with what to do.
    @Test func aDamagedOrTruncatedWorkbookIsRefusedAsDamaged() throws {
        let whole = try Self.fixture("corpus-04-06.xls")
        var broken: [[UInt8]] = stride(from: 8, to: whole.count, by: 509).map { Array(whole.prefix($0)) }
        var overwritten = whole
        overwritten.replaceSubrange(512..<1024, with: [UInt8](repeating: 0, count: 512))
        broken.append(overwritten)
        broken.append([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504))
        for bytes in broken {
            #expect(throws: SpreadsheetError.legacyDamaged, "\(bytes.count) bytes") { try Workbook.read(bytes) }
        }
        let e = try #require(Self.refusal(Array(whole.prefix(4000))))
        #expect(e.message == "Excel 97–2003 工作簿（.xls）已损坏，读不出其中的工作表（文件不完整，或不是 .xls）")
        #expect(e.hint.contains("另存为 Excel 工作簿(.xlsx)"))
    }

    /// An OLE file whose `WordDocument` stream is no Word document is read as a Word
    /// document and refused as a damaged one, with Word's way out — its container damaged
    /// too, it is still told by its directory; another OLE file with neither stream is said
    /// to be neither (`WordBinaryReaderTests` reads real ones).
    @Test func aWordDocumentOrAnotherOldOfficeFileIsSaidForWhatItIs() throws {
        let doc = try Self.fixture("word.doc")
        #expect(throws: SpreadsheetError.wordDamaged) { try Workbook.read(doc) }
        let e = try #require(Self.refusal(doc))
        #expect(e.message == "Word 97–2003 文档（.doc）已损坏，读不出其中的正文（文件不完整，或不是 .doc）")
        #expect(e.hint.contains("另存为 Word 文档(.docx)"))
        // Damaged so that its container does not parse (its sector size bogus): its
        // directory still names its Word stream.
        var damaged = doc
        damaged[0x1E] = 0x20
        #expect(throws: SpreadsheetError.wordDamaged) { try Workbook.read(damaged) }
        // Its stream renamed (a PowerPoint or Outlook file has neither stream).
        let name = Array("WordDocument".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var other = doc
        let at = try #require((0...(other.count - name.count)).first { other[$0..<($0 + name.count)].elementsEqual(name) })
        other[at] = UInt8(ascii: "X")
        #expect(throws: SpreadsheetError.legacyNotAWorkbook) { try Workbook.read(other) }
        #expect(try #require(Self.refusal(other)).message == "这是 Office 97–2003 的文件，但不是 Excel 工作簿（.xls），也不是 Word 文档（.doc）")
    }

    /// An Excel 2.x–4.0 worksheet (BIFF2–4, no OLE container) is named for its version.
    @Test func aWorksheetOfExcel4IsTooOld() throws {
        let biff4: [UInt8] = [0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00] + Array(repeating: 0, count: 100)
        #expect(Workbook.isLegacyOffice(biff4))
        let e = try #require(Self.refusal(biff4))
        #expect(e.message == "这是 Excel 4.0 的工作表，格式太旧，Jixiao 读不了（读得了 Excel 97–2003 的 .xls 和 .xlsx）")
        #expect(LegacyOfficeFile.oldExcelVersion([0x09, 0x00, 0x04, 0x00]) == "Excel 2.x")
        #expect(LegacyOfficeFile.oldExcelVersion(Array("项目名称".utf8)) == nil)
    }

    /// Bytes flipped and files cut short, as a damaged download or disk gives them: each is
    /// read or refused, and none stops the process (FreeXL's every return code is checked).
    @Test func mutatedWorkbooksAreReadOrRefusedNeverCrash() throws {
        var rng = MutationRandom(seed: 22)
        for name in ["corpus-04-06.xls", "kinds.xls", "sample.xls"] {
            let whole = try Self.fixture(name)
            for _ in 0..<60 {
                var bytes = whole
                for _ in 0..<(1 + Int(rng.next() % 8)) {
                    bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next())
                }
                if rng.next() % 3 == 0 { bytes.removeLast(Int(rng.next() % UInt64(bytes.count))) }
                do { _ = try Workbook.read(bytes) } catch {
                    // A refusal of its own kind, said in the reviewer's words.
                    #expect(!error.message.isEmpty && !error.hint.isEmpty)
                }
            }
        }
    }
}
