import CXlsxwriter
import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// `jixiao import` of an Excel workbook through the real binary: the sample typed into a
/// sheet is checked as its text is, the summary says what was read, and an old .xls is
/// refused with what to do and leaves nothing behind.
@Suite(.serialized) struct SpreadsheetImportCommandTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }

    /// The sample in a sheet named 绩效目标, written by libxlsxwriter: a line a row, a cell a cell.
    func sampleWorkbook(at path: String) throws {
        let wb = try #require(workbook_new(path))
        let ws = try #require(workbook_add_worksheet(wb, "绩效目标"))
        for (r, line) in BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (c, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() where !cell.isEmpty {
                worksheet_write_string(ws, lxw_row_t(r), lxw_col_t(c), String(cell), nil)
            }
        }
        #expect(workbook_close(wb) == LXW_NO_ERROR)
    }

    @Test func aWorkbookIsCheckedAsItsText() throws {
        let book = scratch.path("sample.xlsx")
        try sampleWorkbook(at: book)
        let r = try jixiao.run(["import", book, "-w", "ws"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("原文件是Excel 工作簿（.xlsx）的工作表“绩效目标”，已转为制表符分隔的文本读入并保存（source.txt）"), "\(r.stdout)")
        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.stdout.contains("共 1 个错误、56 个警告、18 个提示"), "\(check.stdout)")
        // Row 137 of the sheet is line 137 of source.txt.
        #expect(check.stdout.contains("430001-2021/source.txt:137: 3.公共机构节能经费"), "\(check.stdout)")
    }

    @Test func anOldExcelFileIsRefusedWithWhatToDo() throws {
        let xls = scratch.write("old.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 1024))
        let r = try jixiao.run(["import", xls, "-w", "ws"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("old.xls: 错误：这是 Excel 97–2003 工作簿（.xls）"), "\(r.stderr)")
        #expect(r.stderr.contains("另存为 Excel 工作簿(.xlsx)"))
        #expect(!scratch.exists("ws/430001-2021"))
    }
}
