import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

@Suite struct WorkbookReaderTests {
    /// The sample typed into a sheet, a line a row and a cell a cell, reads to the same
    /// document as its text: the same projects, indicators, amounts and lines.
    @Test func theSampleInASheetReadsAsItsText() throws {
        let bytes = try WorkbookFixture(sheets: [.init(name: "绩效目标", text: BundledSample.text)]).bytes()
        let imported = try ImportedText.read(bytes)
        let fromText = try DocumentReader.read(text: BundledSample.text)
        #expect(imported.document == fromText)
        #expect(imported.convertedFrom == "Excel 工作簿（.xlsx）的工作表“绩效目标”")
        #expect(imported.document.projects.count == 13)
    }

    /// A margin column A left empty is not carried: the table's rows begin with their labels.
    @Test func anEmptyMarginColumnIsNotCarried() throws {
        let bytes = try WorkbookFixture(sheets: [.init(name: "Sheet1", text: BundledSample.text, column: 1)]).bytes()
        #expect(try ImportedText.read(bytes).document == DocumentReader.read(text: BundledSample.text))
    }

    /// A form as a unit fills it in Excel: a merged title, merged labels, amounts and rates
    /// stored as numbers in their formats, a goal with line breaks typed in the cell.
    static func form() -> WorkbookFixture.Sheet {
        var s = WorkbookFixture.Sheet(name: "项目支出绩效目标表")
        s.merges = [(0, 0, 0, 4, "2023年项目支出绩效目标表"), (2, 1, 2, 4, "城区道路清扫保洁服务"),
                    (4, 0, 6, 0, "项目资金（万元）"), (8, 0, 16, 0, "绩效指标"), (9, 1, 13, 1, "产出指标")]
        s.cells = [(1, 4, .text("单位：万元")), (2, 0, .text("项目名称")),
                   (3, 0, .text("主管部门及代码")), (3, 1, .text("[301]某县城市管理局")), (3, 2, .text("实施单位")), (3, 3, .text("某县环境卫生服务中心")),
                   (4, 1, .text("年度资金总额")), (4, 2, .number(1250.5, "#,##0.00")),
                   (5, 1, .text("其中：财政拨款")), (5, 2, .number(1250.5, "#,##0.00")),
                   (6, 1, .text("其他资金")), (6, 2, .number(0, "#,##0.00")),
                   (7, 0, .text("年度总体目标")), (7, 1, .text("1.完成城区主次干道日常清扫保洁；\n2.道路机械化清扫率达到80%以上。")),
                   (8, 1, .text("一级指标")), (8, 2, .text("二级指标")), (8, 3, .text("三级指标")), (8, 4, .text("指标值")),
                   (9, 2, .text("数量指标")), (9, 3, .text("清扫保洁面积")), (9, 4, .text("≥120万平方米")),
                   (10, 3, .text("机械化清扫率")), (10, 4, .number(0.8, "0%")),
                   (11, 2, .text("质量指标")), (11, 3, .text("道路清扫保洁\n达标率")), (11, 4, .number(0.955, "0.0%")),
                   (12, 2, .text("时效指标")), (12, 3, .text("完成时限")), (12, 4, .number(45291, "yyyy\"年\"m\"月\"d\"日\"")),
                   (13, 2, .text("成本指标")), (13, 3, .text("每平方米年保洁成本")), (13, 4, .text("≤2.08元")),
                   (14, 1, .text("效益指标")), (14, 2, .text("社会效益指标")), (14, 3, .text("城区环境卫生状况")), (14, 4, .text("明显改善")),
                   (15, 1, .text("满意度指标")), (15, 2, .text("服务对象满意度指标")), (15, 3, .text("市民满意度")), (15, 4, .number(0.9, "0%"))]
        return s
    }

    @Test func aFormFilledInExcelReadsAsTheUnitSeesIt() throws {
        let workbook = try WorkbookReader.read(try WorkbookFixture(sheets: [Self.form()]).bytes())
        let converted = SpreadsheetText.text(workbook)
        let lines = String(decoding: converted.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        // Row N is line N; a merged range's text is in its first cell.
        #expect(lines[0] == "2023年项目支出绩效目标表")
        #expect(lines[4] == "项目资金（万元）\t年度资金总额\t1,250.50")
        #expect(lines[7] == "年度总体目标\t1.完成城区主次干道日常清扫保洁；2.道路机械化清扫率达到80%以上。")
        #expect(lines[10] == "\t\t\t机械化清扫率\t80%")
        #expect(lines[11] == "\t\t质量指标\t道路清扫保洁达标率\t95.5%")
        #expect(lines[12] == "\t\t时效指标\t完成时限\t2023年12月31日")

        let d = try ImportedText.read(try WorkbookFixture(sheets: [Self.form()]).bytes()).document
        #expect(d.department.name == "某县城市管理局" && d.department.code == "301" && d.department.year == 2023)
        let p = try #require(d.projects.first)
        #expect(p.name == "城区道路清扫保洁服务")
        #expect(p.budget.total == Money(yuan: 12_505_000))
        #expect(p.goals.count == 2)
        #expect(p.indicators.map(\.value.raw) == ["≥120万平方米", "80%", "95.5%", "2023年12月31日", "≤2.08元", "明显改善", "90%"])
        #expect(p.indicators[2].name == "道路清扫保洁达标率")
        #expect(p.indicators.map(\.line) == Array(10...16))
    }

    /// Several sheets follow one another after an empty line, each said with its first
    /// line; a hidden sheet is not read, and that is said too.
    @Test func sheetsFollowOneAnotherAndHiddenOnesAreSaid() throws {
        var lists = WorkbookFixture.Sheet(name: "下拉选项", hidden: true)
        lists.cells = [(0, 0, .text("产出指标")), (1, 0, .text("效益指标"))]
        var second = Self.form()
        second.name = "表2"
        let converted = SpreadsheetText.text(try WorkbookReader.read(try WorkbookFixture(sheets: [Self.form(), lists, second]).bytes()))
        #expect(converted.sheets.map(\.name) == ["项目支出绩效目标表", "表2"])
        #expect(converted.sheets.map(\.firstLine) == [1, 18])
        #expect(converted.note == "Excel 工作簿（.xlsx）的 2 张工作表（“项目支出绩效目标表”自第 1 行、“表2”自第 18 行）；隐藏的工作表“下拉选项”没有读入")
        #expect(!String(decoding: converted.bytes, as: UTF8.self).contains("效益指标\n"))
    }

    /// What a workbook Jixiao exported adds to the unit's tables is not read as theirs: the
    /// reviewer's column (审核状态, 审核意见, 审核发现的问题), the 【草稿】 mark above each table,
    /// and the 问题清单 after them, whose header has 一级/二级/三级 columns beside 项目名称 —
    /// each said in the note. Before, the mark was refused as a stray 一级 label and the
    /// 问题清单 as a second name row.
    @Test func whatAJixiaoExportAddsIsNotReadAsTheUnits() throws {
        func table(_ n: Int) -> WorkbookFixture.Sheet {
            var s = WorkbookFixture.Sheet(name: "\(n).表", text: Self.banner + "\n" + Self.table.replacingOccurrences(of: "#", with: "\(n)"))
            s.cells += [(1, 6, .text("审核")), (2, 6, .text("审核状态：待审")), (4, 6, .text("审核意见：无")),
                        (9, 6, .text("审核发现的问题")), (10, 6, .text("指标值：警告：……"))]
            return s
        }
        let list = WorkbookFixture.Sheet(name: "问题清单", text: "序号\t项目名称\t一级指标\t二级指标\t三级指标\t级别\t问题\n1\t项目1\t产出指标\t数量指标\t维护设备数量\t警告\t……")
        let converted = SpreadsheetText.text(try WorkbookReader.read(try WorkbookFixture(sheets: [table(1), table(2), list]).bytes()))
        #expect(converted.sheets.map(\.name) == ["1.表", "2.表"])
        #expect(converted.note.hasSuffix("；审核人所加的“审核发现的问题”一栏（“1.表”、“2.表”）没有读入；各表上方的【草稿】标记没有读入；工作表“问题清单”在各项目表之后，不是项目表（没有绩效指标表头，或是多个项目的清单），没有读入"), "\(converted.note)")
        let text = String(decoding: converted.bytes, as: UTF8.self)
        #expect(!text.contains("审核") && !text.contains("草稿") && !text.contains("警告"))
        // Rows keep their lines: the mark's row is left empty.
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false)[1] == "2021年项目1绩效目标表")
        let d = try ImportedText.read(try WorkbookFixture(sheets: [table(1), table(2), list]).bytes()).document
        #expect(d.projects.map(\.name) == ["项目1", "项目2"])
        #expect(d.projects.allSatisfy { $0.budget.total == Money(yuan: 20_000) && $0.indicators.count == 2 })
    }

    static let banner = "【审核中的草稿：2 个项目未通过审核】"
    static let table = """
        2021年项目#绩效目标表
        430001 某单位\t\t\t\t单位：元
        项目编码\t\t13030621000000#
        项目名称\t\t项目#
        预算规模（元）\t\t预算数\t财政资金\t其他资金
        \t\t20,000.00\t20,000.00\t0.00
        资金用途\t\t维护监控设备。
        绩效目标\t\t保障监控设备正常运行。
        一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据
        产出指标\t数量指标\t维护设备数量\t维护监控设备\t≥40台\t工作计划
        满意度指标\t服务对象满意度指标\t工作人员满意度\t工作人员满意度\t≥95%\t历史经验
        """

    @Test func aWorkbookWithNoTextIsRefusedForWhatItIs() throws {
        let bytes = try WorkbookFixture(sheets: [.init(name: "Sheet1")]).bytes()
        #expect(throws: ReadError.self) { try ImportedText.read(bytes) }
        do { _ = try ImportedText.read(bytes) } catch {
            #expect(error.message == "Excel 工作簿（.xlsx）里没有任何文字")
        }
    }

    @Test func otherOfficeFilesAndBrokenArchivesAreRefusedWithWhatToDo() throws {
        // The zip's signature and then nothing a zip reader can open.
        let broken: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200)
        do { _ = try ImportedText.read(broken); Issue.record("read a broken archive") } catch {
            #expect(error.message == "文件已损坏：像压缩包开头，却读不出它的目录（文件不完整，或不是 Excel 工作簿 .xlsx、Word 文档 .docx）")
            #expect(error.hint.contains("重新保存"))
        }
        // A workbook cut short is still said as one: its first headers name its parts.
        let cut = Array(try WorkbookFixture(sheets: [Self.form()]).bytes().dropLast(100))
        do { _ = try ImportedText.read(cut); Issue.record("read a cut workbook") } catch {
            #expect(error.message == "Excel 工作簿已损坏：读不出它的压缩包目录（文件不完整，或不是 .xlsx）")
            #expect(error.hint.contains("另存为"))
        }
        // An OLE header and nothing after it: an .xls read as one, and refused as damaged
        // (`LegacyWorkbookReaderTests` has the rest).
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504)
        do { _ = try ImportedText.read(xls); Issue.record("read an .xls") } catch {
            #expect(error.message == SpreadsheetError.legacyDamaged.message)
            #expect(error.hint.contains(".xlsx"))
        }
    }

    @Test func cellReferencesGiveColumns() {
        #expect(WorksheetReader.column(of: "A1") == 0)
        #expect(WorksheetReader.column(of: "B12") == 1)
        #expect(WorksheetReader.column(of: "AA3") == 26)
        #expect(WorksheetReader.column(of: "12") == nil)
    }

    @Test func escapedCharactersAreRestored() {
        #expect(WorkbookReader.unescaped("第一行_x000D_第二行") == "第一行\r第二行")
        #expect(WorkbookReader.unescaped("a_x00") == "a_x00")
        #expect(WorkbookReader.resolve("worksheets/sheet1.xml", in: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(WorkbookReader.resolve("/xl/sharedStrings.xml", in: "xl/") == "xl/sharedStrings.xml")
        #expect(WorkbookReader.resolve("../media/a.png", in: "xl/drawings/") == "xl/media/a.png")
    }
}

@Suite struct NumberFormatTests {
    @Test func generalShowsWhatExcelShows() {
        #expect(NumberFormat.general(16) == "16")
        #expect(NumberFormat.general(2279.0479999999998) == "2279.048")
        #expect(NumberFormat.general(0.1 + 0.2) == "0.3")
        #expect(NumberFormat.general(-3.5) == "-3.5")
    }

    @Test func customFormats() {
        #expect(NumberFormat(code: "#,##0.00").display("3309840") == "3,309,840.00")
        #expect(NumberFormat(code: "#,##0.00_ ;[Red]-#,##0.00").display("-1234.5") == "-1,234.50")
        #expect(NumberFormat(code: "0.00%").display("0.955") == "95.50%")
        #expect(NumberFormat(code: "0%").display("1") == "100%")
        #expect(NumberFormat(code: "0\"人\"").display("230") == "230人")
        #expect(NumberFormat(code: "\"≥\"0%").display("0.9") == "≥90%")
        #expect(NumberFormat(code: "General").display("12.5") == "12.5")
        #expect(NumberFormat(code: "@").display("12") == "12")
        #expect(NumberFormat(code: "yyyy\"年\"m\"月\"d\"日\"").display("44561") == "2021年12月31日")
        #expect(NumberFormat(code: "[$-804]yyyy\"年\"mm\"月\"").display("44197") == "2021年01月")
        #expect(NumberFormat(code: "yyyy/m/d").display("not a number") == "not a number")
    }

    /// A number rounded to its format's places as Excel shows it: from its 15 significant
    /// digits, half away from zero. Before, C's rounding of the binary value showed a 万元
    /// amount of 1.235 (12,350 元) as 1.23 where the unit's Excel shows 1.24.
    @Test func roundingIsExcels() {
        #expect(NumberFormat(code: "0.00").display("1.235") == "1.24")
        #expect(NumberFormat(code: "#,##0.00").display("0.125") == "0.13")
        #expect(NumberFormat(code: "#,##0.00").display("12345.675") == "12,345.68")
        #expect(NumberFormat(code: "0").display("2.5") == "3")
        #expect(NumberFormat(code: "0.0%").display("0.9555") == "95.6%")
        #expect(NumberFormat(code: "0.00").display("-1.235") == "-1.24")
        #expect(NumberFormat(code: "0.00").display("-0.001") == "-0.00")
        #expect(NumberFormat(code: "0.00").display("3") == "3.00")
        #expect(NumberFormat(code: "#,##0.00").display("1e20") == "100,000,000,000,000,000,000.00")
    }

    /// General by name, as Chinese Excel and WPS write it in a custom format (`G/通用格式`),
    /// alone or with text around it. Before, the name was shown as text before the number:
    /// `G/通用格式1234.5`, `G/通用格式人230`.
    @Test func generalByNameShowsTheNumber() {
        #expect(NumberFormat(code: "G/通用格式").display("1234.5") == "1234.5")
        #expect(NumberFormat(code: "G/通用格式\"人\"").display("230") == "230人")
        #expect(NumberFormat(code: "\"约\"G/通用格式\"万元\"").display("2279.048") == "约2279.048万元")
        #expect(NumberFormat(code: "[DBNum1][$-804]G/通用格式").display("16") == "16")
        #expect(NumberFormat(code: "General\"万元\"").display("16") == "16万元")
        #expect(NumberFormat(code: "\"General\"0").display("16") == "General16")
        #expect(NumberFormat(code: "G/通用格式;-G/通用格式;0").display("0.3") == "0.3")
    }

    /// Times: the fraction of a day; `m` is minutes after an hour or before seconds.
    @Test func timesAndMinutes() {
        #expect(NumberFormat(code: "hh:mm").display("0.7083333333") == "17:00")
        #expect(NumberFormat(code: "h:mm:ss").display("0.354166666") == "8:30:00")
        #expect(NumberFormat(code: "yyyy-mm-dd hh:mm").display("45107.3541666667") == "2023-06-30 08:30")
        #expect(NumberFormat(code: "yyyy-m-d h:mm AM/PM").display("45107.75") == "2023-6-30 18:00 ")
        #expect(NumberFormat(code: "mm:ss").display("0.0006944444") == "01:00")
        #expect(NumberFormat(code: "yyyy\"年\"m\"月\"").display("45107.5") == "2023年6月")
        #expect(NumberFormat(code: "hh:mm").display("-1") == "-1")
    }

    @Test func builtInFormats() {
        #expect(NumberFormat.builtIn(9).display("0.95") == "95%")
        #expect(NumberFormat.builtIn(4).display("1000") == "1,000.00")
        #expect(NumberFormat.builtIn(14).display("44561") == "2021/12/31")
        #expect(NumberFormat.builtIn(0).display("7") == "7")
    }

    /// Serial days as Excel counts them, its 29 February 1900 included.
    @Test func serialDates() {
        #expect(NumberFormat.civilDate(serial: 1, date1904: false)! == (1900, 1, 1))
        #expect(NumberFormat.civilDate(serial: 59, date1904: false)! == (1900, 2, 28))
        #expect(NumberFormat.civilDate(serial: 61, date1904: false)! == (1900, 3, 1))
        #expect(NumberFormat.civilDate(serial: 25569, date1904: false)! == (1970, 1, 1))
        #expect(NumberFormat.civilDate(serial: 0, date1904: true) == nil)
        #expect(NumberFormat.civilDate(serial: 1, date1904: true)! == (1904, 1, 2))
    }
}
