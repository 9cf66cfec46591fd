import CXlsxwriter
import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao import` of an Excel workbook through the real binary: the sample typed into a
/// sheet is checked as its text is (from an .xlsx and from an Excel 97–2003 .xls), the
/// summary says what was read, and an .xls that cannot be read is refused with what to do
/// and leaves nothing behind.
@Suite(.serialized) struct SpreadsheetImportCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    /// The sample (or `text`) in a sheet named 绩效目标, written by libxlsxwriter: a line a row, a cell a cell.
    func sampleWorkbook(at path: String, text: String = BundledSample.text) throws {
        let wb = try #require(workbook_new(path))
        let ws = try #require(workbook_add_worksheet(wb, "绩效目标"))
        for (r, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (c, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), String(cell), nil)
            }
        }
        #expect(workbook_close(wb) == LXW_NO_ERROR)
    }

    /// Imports `file` and checks it as the sample's text is checked: the summary says what
    /// was read (`note`), and row or line 137 of the file is line 137 of source.txt.
    func isCheckedAsTheSamplesText(_ file: String, note: String) throws {
        let r = try jixiao.run(["import", file, "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("原文件是 \(note)，已转为制表符分隔的文本读入并保存（source.txt）"), "\(r.stdout)")
        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.stdout.contains("共 1 个错误、61 个警告、18 个提示"), "\(check.stdout)")
        #expect(check.stdout.contains("430001-2021/source.txt:137: 3.公共机构节能经费"), "\(check.stdout)")
    }

    @Test func aWorkbookIsCheckedAsItsText() throws {
        let book = scratch.path("sample.xlsx")
        try sampleWorkbook(at: book)
        try isCheckedAsTheSamplesText(book, note: "Excel 工作簿（.xlsx）的工作表“绩效目标”")
    }

    /// A Word document (.docx) of the sample, its tables as Word tables (a paragraph or a
    /// table row a line); a damaged one refused in words, nothing written.
    @Test func aWordDocumentIsCheckedAsItsText() throws {
        let docx = scratch.write("sample.docx", try OfficePackage.wordDocument(OfficePackage.wordBody(of: BundledSample.text)))
        try isCheckedAsTheSamplesText(docx, note: "Word 文档（.docx）的正文")

        var cut = try OfficePackage.wordDocument(OfficePackage.p("项目名称"))
        cut.removeLast(cut.count / 2)
        let broken = scratch.write("broken.docx", cut)
        let b = try jixiao.run(["import", broken, "-w", "ws2"])
        #expect(b.status == 2)
        #expect(b.stderr.contains("broken.docx: 错误：Word 文档已损坏"), "\(b.stderr)")
        #expect(!scratch.exists("ws2"))
    }

    /// The .xls fixtures `scripts/make-xls-fixtures` wrote (real BIFF8, by xlwt).
    static func legacyWorkbook(_ name: String) -> String {
        let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + root + "/JixiaoSpreadsheetTests/LegacyWorkbooks/" + name
    }

    /// The .doc fixtures `scripts/make-doc-fixtures` wrote (saved by LibreOffice as Word 97–2003).
    static func wordDocument(_ name: String) -> String {
        let root = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + root + "/JixiaoSpreadsheetTests/WordDocuments/" + name
    }

    /// A Word 97–2003 document (.doc) of the sample is checked as its text is; one with a
    /// password, and one cut short, are refused with what to do (exit 2), nothing written.
    @Test func anOldWordDocumentIsCheckedAsItsText() throws {
        try isCheckedAsTheSamplesText(Self.wordDocument("sample.doc"), note: "Word 97–2003 文档（.doc）的正文")
        let whole = try #require(FileManager.default.contents(atPath: Self.wordDocument("sample.doc")))
        let cut = scratch.write("cut.doc", [UInt8](whole.prefix(whole.count / 2)))
        let cases = [
            (Self.wordDocument("encrypted.doc"), "encrypted.doc: 错误：这份 Word 97–2003 文档（.doc）设了打开密码", "去掉打开密码"),
            (cut, "cut.doc: 错误：Word 97–2003 文档（.doc）已损坏", "另存为 Word 文档(.docx)"),
        ]
        try expectRefused(cases, workspace: "ws2")
    }

    /// Each file imported into `workspace` is refused with its message and hint (exit 2),
    /// and the workspace is not created.
    func expectRefused(_ cases: [(file: String, message: String, hint: String)], workspace: String) throws {
        for (file, message, hint) in cases {
            let r = try jixiao.run(["import", file, "-w", workspace])
            #expect(r.status == 2, "\(file)")
            #expect(r.stderr.contains(message), "\(r.stderr)")
            #expect(r.stderr.contains(hint), "\(r.stderr)")
            #expect(!scratch.exists(workspace), "\(file)")
        }
    }

    /// An Excel 97–2003 workbook of the sample (numbers stored as numbers) is checked as its
    /// text is, and the summary says it was read from an .xls.
    @Test func anOldExcelWorkbookIsCheckedAsItsText() throws {
        try isCheckedAsTheSamplesText(Self.legacyWorkbook("sample.xls"), note: "Excel 97–2003 工作簿（.xls）的工作表“绩效目标”")
    }

    /// An .xls that cannot be read — damaged, with a password, or an OLE file whose Word
    /// stream is no Word document — or an .xlsx with a password (an OLE file too)
    /// is refused with what to do (exit 2), and nothing is written.
    @Test func anOldOfficeFileThatCannotBeReadIsRefusedWithWhatToDo() throws {
        let damaged = scratch.write("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 1024))
        let cases = [
            (damaged, "old.xls: 错误：Excel 97–2003 工作簿（.xls）已损坏", "另存为 Excel 工作簿(.xlsx)"),
            (Self.legacyWorkbook("password.xls"), "password.xls: 错误：这份 Excel 97–2003 工作簿（.xls）设了打开密码", "去掉打开密码"),
            (Self.legacyWorkbook("word.doc"), "word.doc: 错误：Word 97–2003 文档（.doc）已损坏", "另存为 Word 文档(.docx)"),
            (Self.legacyWorkbook("encrypted.xlsx"), "encrypted.xlsx: 错误：这份文件设了打开密码", "去掉打开密码"),
        ]
        try expectRefused(cases, workspace: "ws")
    }

    /// LibreOffice's own formats (or WPS's, saved as ODF) are named, with what to save them
    /// as — they were refused as a zip of files to unpack.
    @Test func anOpenDocumentFileIsNamedWithWhatToSaveItAs() throws {
        func odf(_ name: String, _ type: String) throws -> String {
            scratch.write(name, try OfficePackage.zip([("mimetype", Array("application/vnd.oasis.opendocument.\(type)".utf8)),
                                                      ("content.xml", Array("<office:document-content/>".utf8))]))
        }
        try expectRefused([(try odf("表.ods", "spreadsheet"), "表.ods: 错误：这是 OpenDocument 电子表格（.ods", "另存为 Excel 工作簿(.xlsx)"),
                           (try odf("文.odt", "text"), "文.odt: 错误：这是 OpenDocument 文本（.odt", "另存为 Word 文档(.docx)")],
                          workspace: "ws")
    }

    /// A damaged .xls on which FreeXL itself crashes (SIGSEGV inside `freexl_open`) is read
    /// in a child process: refused as damaged, and the other files of the import go on.
    @Test func anOldExcelFileThatCrashesFreeXLIsRefusedAndTheImportGoesOn() throws {
        let r = try jixiao.run(["import", Self.legacyWorkbook("freexl-crash.xls"), Self.legacyWorkbook("corpus-04-06.xls"), "-w", "ws"])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("freexl-crash.xls: 错误：Excel 97–2003 工作簿（.xls）已损坏"), "\(r.stderr)")
        #expect(!r.stderr.contains("意外终止"), "\(r.stderr)")
        #expect(r.stdout.contains("已导入 1，已拒绝 1"), "\(r.stdout)")
        #expect(scratch.list("ws") == ["jixiao.json", "岳阳县农业农村局-2022"])
    }

    /// The unit sends its revised table back as a workbook: it is version 2, compared with
    /// version 1 field by field, and the journal replays across the text and the workbook.
    @Test func aRevisedWorkbookIsTheSecondRound() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "2", "退回", "--comment", "完成率目标偏低", "--reviewer", "王审核"]).status == 0)
        // Project 2's first indicator (project 10 has the same row, left as it is).
        let row = try #require(BundledSample.text.range(of: "配套设施完成率\t更换设备完成率\t≥95%"))
        let revised = BundledSample.text.replacingCharacters(in: row, with: "配套设施完成率\t更换设备完成率\t≥98%")
        let book = scratch.path("修改稿.xlsx")
        try sampleWorkbook(at: book, text: revised)
        let r = try jixiao.run(["import", book, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("第 2 版（修改稿.xlsx，13 个项目"), "\(r.stdout)")
        #expect(r.stdout.contains("改了 1 个项目，12 个未改"), "\(r.stdout)")
        #expect(!r.stdout.contains("部门整体部分"), "\(r.stdout)")
        let changes = try jixiao.run(["changes", "-w", "ws", "--since-revision"])
        #expect(changes.stdout.contains("第 1 行指标的指标值：“≥95%” → “≥98%”"), "\(changes.stdout)")
        let verify = try jixiao.run(["log", "-w", "ws", "--verify"])
        #expect(verify.status == 0, "\(verify.stdout)")
        #expect(verify.stdout.contains("从 source.txt、source-2.txt 重放的结果与 document.json 一致"))
    }

    /// The bureau's own workbook comes back: a unit returned a draft Jixiao exported as
    /// Excel changes a target in it and sends it back (here the unit's copy is a workspace
    /// of its own, changed with `jixiao set` and exported as a draft workbook again). It is
    /// read as the unit's tables — the reviewer's column, the 【草稿】 marks and the 问题清单
    /// left out, the money under its labels, a goal list typed one item a line — so that
    /// only the changed target is a change (the title block, 目录 and 第一部分 are on a sheet
    /// of their own, and read back unchanged). Before, the import was refused at the first
    /// 【草稿】 mark.
    @Test func aDraftJixiaoExportedComesBackAsTheSecondRound() throws {
        let sample = scratch.write("sample.txt", BundledSample.bytes)
        #expect(try jixiao.run(["import", sample, "-w", "ws"]).status == 0)
        #expect(try jixiao.run(["review", "-w", "ws", "3", "退回", "--comment", "数量指标不应写资金", "--reviewer", "王审核"]).status == 0)
        let book = scratch.path("草稿.xlsx")
        let export = try jixiao.run(["export", "-w", "ws", "--draft", "-o", book, "--reviewer", "王审核"])
        #expect(export.status == 0, "\(export.stderr)")
        let unchanged = try jixiao.run(["import", book, "-w", "unit"])
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        #expect(unchanged.stdout.contains("预算数合计 8,197,386.00 元"), "\(unchanged.stdout)")
        #expect(unchanged.stdout.contains("审核人所加的“审核发现的问题”一栏"), "\(unchanged.stdout)")
        // The unit's change: project 3's first target, 57.66 万元, a quantity now.
        #expect(try jixiao.run(["set", "-w", "unit", "3", "indicator.1.value", "12次", "--reviewer", "单位"]).status == 0)
        let revised = scratch.path("修改稿.xlsx")
        #expect(try jixiao.run(["export", "-w", "unit", "--draft", "-o", revised, "--reviewer", "单位"]).status == 0)
        let r = try jixiao.run(["import", revised, "--revision-of", "430001-2021", "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("改了 1 个项目，12 个未改"), "\(r.stdout)")
        let changes = try jixiao.run(["changes", "-w", "ws", "--since-revision"])
        #expect(changes.stdout.contains("第 1 行指标的指标值：“57.66 万元” → “12次”"), "\(changes.stdout)")
        #expect(changes.stdout.contains("数量指标不应写资金"), "\(changes.stdout)")
        #expect(try jixiao.run(["log", "-w", "ws", "--verify"]).status == 0)
    }
}
