import Foundation
import JixiaoModel
import Testing
@testable import JixiaoText

/// What cannot be a 绩效文本 is refused with the line and what was expected there.
@Suite struct RefusalTests {
    func refusal(_ bytes: [UInt8]) -> ReadError? {
        do {
            _ = try DocumentReader.read(bytes: bytes)
            return nil
        } catch {
            return error
        }
    }

    func refusal(_ text: String) -> ReadError? { refusal(Array(text.utf8)) }

    /// A figure with more decimals than 分 is refused: in a table that prints no money unit
    /// the message says so (not "12.3456元", a unit the table never printed) and how to say
    /// it is 万元; in a table of 元 it stays what it was.
    @Test func aFigureFinerThanFenSaysWhetherTheTablePrintsItsUnit() throws {
        let table = """
            某中心 2022 年项目支出绩效目标

            1.办公大楼运行保障绩效目标表
            单位名称\t某中心\tUNIT
            项目名称\t办公大楼运行保障
            预算规模及资金用途\t预算数\t12.3456\t其中：财政资金\t12.3456\t其他资金\t0
            绩效目标\t保障办公大楼正常运行。
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t维修维护次数\t2280次
            满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%

            """
        let bare = try #require(refusal(table.replacingOccurrences(of: "\tUNIT", with: "")))
        #expect(bare.line == 6)
        #expect(bare.message.contains("“预算数”：“12.3456”有 4 位小数，而表中没有印金额单位：按元计精确到分以下，无法表示"), "\(bare.message)")
        #expect(bare.hint.contains("在表头补上“单位：万元”（或写作 12.3456万元）"), "\(bare.hint)")
        let yuan = try #require(refusal(table.replacingOccurrences(of: "\tUNIT", with: "\t单位：元")))
        #expect(yuan.message.contains("“12.3456元”精确到分以下，无法表示"), "\(yuan.message)")
        #expect(yuan.hint.contains("没有单位时按表头的“单位：元”计"))
        // In 万元 it is a figure like any other.
        #expect(refusal(table.replacingOccurrences(of: "\tUNIT", with: "\t单位：万元")) == nil)
    }

    @Test func emptyFile() throws {
        let e = try #require(refusal([UInt8]()))
        #expect(e.message.contains("空"))
        let blank = try #require(refusal("\n\n  \t\n"))
        #expect(blank.message.contains("空"))
    }

    @Test func binaryFile() throws {
        let e = try #require(refusal(Array("第一行\n第二行\n".utf8) + [0x00, 0x01, 0x02]))
        #expect(e.line == 3)
        #expect(e.message.contains("二进制"))
        let pdf = try #require(refusal(Array("%PDF-1.7\n".utf8)))
        #expect(pdf.message.contains("PDF"))
        // What to do leads to a table Jixiao reads (a PDF as text comes one cell a line).
        #expect(pdf.hint.contains(".xlsx"))
        let zip = try #require(refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))
        #expect(zip.message.contains("Office"))
    }

    @Test func invalidUTF8NamesTheLine() throws {
        // "部门" in GBK on line 2.
        let bytes = Array("标题\n".utf8) + [0xB2, 0xBF, 0xC3, 0xC5] + Array("\n".utf8)
        let e = try #require(refusal(bytes))
        #expect(e.line == 2)
        #expect(e.message.contains("UTF-8"))
        #expect(e.hint.contains("GB18030"))
    }

    /// Windows Notepad's "Unicode" is UTF-16: named as such, with the iconv line that
    /// converts it — not called binary for its NUL bytes.
    @Test func utf16IsNamedWithTheCommandThatConvertsIt() throws {
        let text = "标题\nProject 项目\n"
        let le = [UInt8]([0xFF, 0xFE]) + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be = [UInt8]([0xFE, 0xFF]) + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let bare = Array(le.dropFirst(2))
        for (bytes, name) in [(le, "UTF-16"), (be, "UTF-16"), (bare, "UTF-16LE")] {
            let e = try #require(refusal(bytes))
            #expect(e.message.contains("UTF-16"), "\(e.message)")
            #expect(!e.message.contains("二进制"))
            #expect(e.hint.contains("iconv -f \(name) -t UTF-8"), "\(e.hint)")
        }
    }

    /// DEL and the C1 controls (U+0080–U+009F: CSI, OSC…) are control characters too, and
    /// the message names the character.
    @Test func delAndC1ControlsAreRefusedByName() throws {
        for (text, name) in [("标题\n正文\u{7F}\n", "DEL（U+007F）"), ("标题\n正文\u{9B}2J\n", "CSI（U+009B）"),
                             ("标题\n正文\u{1B}]0;x\u{07}\n", "ESC（U+001B）")] {
            let e = try #require(refusal(text))
            #expect(e.line == 2)
            #expect(e.message.contains("含有控制字符 \(name)"), "\(e.message)")
        }
    }

    /// A file larger than any 部门预算绩效文本 is refused before it is read.
    @Test func tooLargeIsRefusedWithTheLimit() throws {
        let e = try #require(refusal([UInt8](repeating: 0x41, count: SourceText.maximumBytes + 1)))
        #expect(e.message.contains("超过"), "\(e.message)")
        #expect(e.message.contains("MB"))
    }

    @Test func fileCutInTheMiddleOfACharacter() throws {
        let bytes = Array("标题\n公共机构".utf8)
        let e = try #require(refusal(Array(bytes.dropLast(1))))
        #expect(e.line == 2)
        #expect(e.message.contains("被截断"))
    }

    @Test func controlCharacters() throws {
        let e = try #require(refusal("标题\n正文\u{07}\n"))
        #expect(e.line == 2)
    }

    @Test func notADocument() throws {
        let e = try #require(refusal("这是一封信。\n\n祝好\n"))
        #expect(e.line == 1)
        #expect(e.message.contains("不是部门预算绩效文本"))
    }

    @Test func cutOffInsideATable() throws {
        // The file ends after project 13's goals, before its indicator header.
        let e = try #require(refusal(sample(firstLines: 305)))
        #expect(e.line == 305)
        #expect(e.message.contains("13.机关大院电费绩效目标表"))
        #expect(e.message.contains("指标表头"))
        #expect(e.hint.contains("截断"))
    }

    @Test func cutOffInsideTheLastRow() throws {
        var text = sample(firstLines: 311)
        text += "\n满意度指标\t服务对象满意度指标\t单位工作"
        let e = try #require(refusal(text))
        #expect(e.line == 312)
        #expect(e.message.contains("只有 3 个单元格"))
    }

    /// One cell short, the value's cell begun and empty: still a row cut off, not a row
    /// whose 指标值 was left blank on purpose.
    @Test func cutOffOneCellShortOfTheLastRow() throws {
        var text = sample(firstLines: 311)
        text += "\n满意度指标\t服务对象满意度指标\t单位工作人员满意度（%）\t调查中单位人员对单位环境满意和较满意的人数占调查总人数的比率\t"
        let e = try #require(refusal(text))
        #expect(e.line == 312)
        #expect(e.message.contains("只有 5 个单元格"), "\(e.message)")
    }

    @Test func cutOffAfterTheIndicatorHeader() throws {
        let e = try #require(refusal(sample(firstLines: 306)))
        #expect(e.line == 306)
        #expect(e.message.contains("指标行"))
    }

    /// Only the first pages extracted: the 目录 lists the tables, the text ends before the
    /// first. The refusal says so (a 河北 document read from a page preview did this).
    @Test func cutOffBeforeTheFirstTable() throws {
        let e = try #require(refusal(sample(firstLines: 60)))
        #expect(e.message.contains("目录列出 13 张项目绩效目标表，正文中一张也没有找到"), "\(e.message)")
        #expect(e.hint.contains("完整"))
    }

    @Test func fewerTablesThanTheContents() throws {
        // Table 13 (lines 296–312) is missing; the 目录 still lists it on line 34.
        let e = try #require(refusal(sample(removing: 296...312)))
        #expect(e.line == 34)
        #expect(e.message.contains("目录列出 13 张项目表，正文只有 12 张"))
        #expect(e.message.contains("13.机关大院电费绩效目标表"))
    }

    @Test func tableWithoutIndicatorHeader() throws {
        // Project 3's header (line 136) is gone: the rows would have no meaning.
        let e = try #require(refusal(sample(removing: 136...136)))
        #expect(e.line == 136)
        #expect(e.message.contains("第 3 个项目表"))
        #expect(e.message.contains("一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据"))
    }

    @Test func badBudgetAmount() throws {
        // Thousands separators are read (`80,000.00`); commas that do not group thousands,
        // and words, are not amounts.
        for bad in ["8,0000.00", "12abc", "约8万"] {
            let e = try #require(refusal(sample(replacing: 131, with: "预算规模及资金用途\t预算数\t\(bad)\t其中：财政资金\t80000.00\t其他资金\t0")))
            #expect(e.line == 131)
            #expect(e.message.contains("预算数"))
            #expect(e.message.contains(bad))
        }
    }

    @Test func unknownRowInATable() throws {
        // A sentence where a table row should be cannot be placed.
        let e = try #require(refusal(sample(replacing: 133, with: "这一行是不属于任何栏目的一段说明文字，没有标签。\t")))
        #expect(e.line == 133)
        #expect(e.message.contains("无法识别"))
        // A label and its text that no vocabulary knows is a template's own row: kept.
        var lines = sampleLines
        lines.insert("备注\t这里是什么\t", at: 132)
        let d = try DocumentReader.read(text: lines.joined(separator: "\n"))
        #expect(d.projects[2].facts.map { "\($0.label)=\($0.text)" } == ["备注=这里是什么"])
        #expect(d.projects[2].spendingPlan.checkpoints.map(\.figure) == ["25.00%", "50.00%", "75.00%"])
    }

    @Test func placedInTheFileTheReviewerNamed() {
        let e = ReadError(line: 12, "缺少指标表头", hint: "补上表头").inFile("a.txt")
        #expect(e.file == "a.txt")
        #expect(e.line == 12)
        #expect(e.message == "缺少指标表头")
        #expect(e.hint == "补上表头")
    }
}

/// What is not a 项目绩效目标表 among real-looking texts is refused, with the line.
@Suite struct RealRefusalTests {
    func refusal(_ text: String) -> ReadError? { readError(text) }

    @Test func anIncomeAndExpenditureTableIsNotAPerformanceTable() throws {
        let e = try #require(refusal("""
        部门收支总表
        单位：万元
        收入\t金额\t支出\t金额
        一般公共预算拨款\t100\t一般公共服务支出\t80
        """))
        #expect(e.line == 1)
        #expect(e.message.contains("不是部门预算绩效文本"))
    }

    @Test func aHeadingWithNoTableUnderItIsNotMergedIntoThePreviousTable() throws {
        var rows = tableRows()
        rows += ["", "2.第二项目绩效目标表", "", "绩效目标\t完成", "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据", "产出指标\t数量指标\t甲\t\t1次\t"]
        let text = smallDocument(tables: [("测试项目绩效目标表", rows)], contents: false)
        let e = try #require(refusal(text))
        #expect(e.message.contains("2.第二项目绩效目标表"))
        #expect(e.message.contains("无法确定这张表从哪里开始"))
        #expect(e.line == text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "2.第二项目绩效目标表" }! + 1)
    }

    @Test func aRowCutInTheMiddleOfARealTable() throws {
        let text = (try #require(String(bytes: CorpusFiles.bytes("11-nanxian-jikong-gonggong-weisheng-2025.txt"), encoding: .utf8)))
            + "\t生态环境成本指标\t实施项目对生态产生的不利影响"
        let e = try #require(refusal(text))
        #expect(e.line == 38)
        #expect(e.message.contains("只有 3 个单元格"))
        #expect(e.hint.contains("截断"))
    }

    /// A 绩效自评表 (this year's actual results, scored) is not a target table: refused at its
    /// header, naming the columns that show it.
    @Test func aSelfEvaluationTableIsNotATargetTable() throws {
        let e = try #require(refusal(oneTable(heading: "1.某项目绩效目标表", unit: "某局\t\t单位：万元", rows: [
            "项目名称\t某项目", "预算规模及资金用途\t预算数\t16\t其中：财政资金\t16",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t次数\t2次\t2次\t10\t10\t",
        ])))
        #expect(e.line == 9)
        #expect(e.message.contains("绩效自评表"))
        #expect(e.message.contains("“实际完成值”“得分”“偏差原因分析及改进措施”"))
        // A target table printing last year's actual beside its target, and a score column, is read.
        for header in ["一级指标\t二级指标\t三级指标\t2023年实际完成值\t指标值\t分值", "一级指标\t二级指标\t三级指标\t上年实际完成值\t指标值\t得分",
                       "一级指标\t二级指标\t三级指标\t指标值\t实际完成值"] {
            #expect(refusal(oneTable(heading: "1.某项目绩效目标表", unit: "某局\t\t单位：万元", rows: [
                "项目名称\t某项目", "预算规模及资金用途\t预算数\t16\t其中：财政资金\t16", header, "产出指标\t数量指标\t次数\t2次\t2次\t10",
            ]))?.message.contains("绩效自评表") != true, "\(header)")
        }
    }

    @Test func budgetFigureThatIsNotAnAmount() throws {
        let e = try #require(refusal(oneTable(heading: "1.某项目绩效目标表", unit: "某局\t\t单位：万元", rows: [
            "项目名称\t某项目", "预算规模及资金用途\t年度资金总额\t约16\t其中：上级资金\t16",
            "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t次数\t2次",
        ])))
        #expect(e.line == 8)
        #expect(e.message.contains("年度资金总额"))
        #expect(e.message.contains("约16"))
    }
}

/// The error reading `text` as a document gives, or nil when it reads.
func readError(_ text: String) -> ReadError? {
    do {
        _ = try DocumentReader.read(text: text)
        return nil
    } catch {
        return error
    }
}

/// The refusal of `text` read as an imported file is (bytes, as the import reads them), or nil.
func importError(_ text: String) -> ReadError? {
    do {
        _ = try ImportedText.read(Array(text.utf8))
        return nil
    } catch {
        return error
    }
}
