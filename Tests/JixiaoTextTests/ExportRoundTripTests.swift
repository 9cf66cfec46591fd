import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// The text export printing each value so the reader reads it back as it was: documents
/// the sample becomes when a damaged text is read (a name ending in a digit, paragraphs
/// without a full stop, a 目录 out of order, a goal holding the next goal's number, a row
/// under the wrong 一级), written and read again.
@Suite struct ExportRoundTripTests {
    let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    func expectRoundTrip(_ d: Document, _ comment: Comment? = nil) {
        let differences = ExportRoundTrip.differences(of: d)
        #expect(differences.isEmpty, "\(differences.map { "\($0.field): \($0.detail)" })")
    }

    @Test(arguments: ["测试单位-0.001", "测试单位2", "测试单位２"])
    func aNameEndingInADigitKeepsTheYear(_ name: String) throws {
        var d = sample
        d.department.name = name
        expectRoundTrip(d)
        d.department.isDraft = false
        expectRoundTrip(d)
        // A name ending otherwise is printed on its own line, as before.
        #expect(DocumentWriter.write(sample).contains("\n**秦皇岛市抚宁区机关事务服务中心\n2021 年部门预算绩效文本\n(草案)**\n"))
    }

    @Test func paragraphsTheReaderWouldJoinStayApart() throws {
        var d = sample
        d.overall.summary = [Paragraph(text: "绩效目标", line: 1), Paragraph(text: "本文件只收录一张表。", line: 2),
                             Paragraph(text: "未完的句子", line: 3), Paragraph(text: "另一段", line: 4)]
        d.overall.measures = [Paragraph(text: "加强组织实施", line: 5), Paragraph(text: "完善制度。", line: 6)]
        expectRoundTrip(d)
        let text = DocumentWriter.write(d)
        #expect(text.components(separatedBy: "一、总体绩效目标\n").count == 4)
        #expect(text.components(separatedBy: "三、工作保障措施\n").count == 3)
        // Paragraphs the reader keeps apart get the heading once.
        #expect(DocumentWriter.write(sample).components(separatedBy: "一、总体绩效目标\n").count == 2)
    }

    @Test func theContentsKeepTheirOrder() throws {
        var d = sample
        let first = d.contents.removeFirst()
        d.contents.append(first)
        #expect(d.contents.first?.part == 1 && d.contents.last?.part == 1)
        expectRoundTrip(d)
    }

    @Test(arguments: ["总体绩效目标.", "总体绩效目标…", "项目-", "项目．"])
    func aContentsTitleEndingInALeaderCharacterKeepsIt(_ title: String) throws {
        var d = sample
        d.contents[0].title = title
        expectRoundTrip(d)
    }

    @Test(arguments: [
        ["中期目标：通过项目实施 1. 开展监测 2. 年度目标：检测批次达到2批次/千人。"],
        ["实施单位：农业农村局；项目期：3年 1. 中期目标：开展监测。 2. 年度目标：提升质量。"],
        ["第一项 2. 不是第二项", "第二项"],
        ["（1）第一项 2. 第二项 （2）第三项", "第四项"],
    ])
    func goalsHoldingTheNextNumberSplitBackAsTheyWere(_ texts: [String]) throws {
        var d = sample
        d.projects[0].goals = texts.enumerated().map { Goal(number: $0 + 1, text: $1) }
        expectRoundTrip(d)
    }

    @Test func plainGoalsArePrintedAsBefore() {
        let table = DocumentWriter.table(sample.projects[0])
        let goals = sample.projects[0].goals.map { "\($0.number). \($0.text)" }.joined(separator: " ")
        #expect(table.contains("绩效目标\t\(goals)\t"))
    }

    @Test func aRowUnderTheWrongLevel1KeepsIt() throws {
        var d = sample
        // The last row of a block of several given the next block's 二级 (`社会效益指标` under
        // 产出指标): the reader gives a blank 一级 there to the block below, whose 二级 it is.
        var rows = d.projects[0].indicators
        let s = try #require(rows.indices.first { $0 >= 2 && rows[$0].level1 != rows[$0 - 1].level1 && rows[$0 - 1].level1 == rows[$0 - 2].level1 })
        rows[s - 1].level2 = rows[s].level2
        #expect(!IndicatorRows.belongs(rows[s - 1].level2, to: rows[s - 1].level1))
        d.projects[0].indicators = rows
        expectRoundTrip(d)
    }

    /// A row with its 一级 and no 二级, 指标值 or 依据 (a goal's row read under the header of a
    /// damaged table): printed as it is, the reader took it for a web copy's row that left
    /// out its merged cells and moved it a column right, `成本指标` being a 二级's name too.
    @Test(arguments: ["成本指标", "满意度指标"])
    func aRowStoppingShortKeepsItsColumns(_ level1: String) throws {
        var d = sample
        d.projects[0].indicators.insert(Indicator(level1: level1, level2: "", name: "绩效目标", description: "对全县突发卫生公共事件进行培训",
                                                  value: TargetValue(""), basis: "", line: 1), at: 0)
        expectRoundTrip(d)
        // The 一级 on a row of its own above it.
        #expect(DocumentWriter.table(d.projects[0]).contains("\n\(level1)\t\t\t\t\t\t\n\t\t绩效目标\t"))
    }

    // MARK: - What cannot be printed so it reads back

    /// The sample with its first table's indicator header broken after 指标值: the reader
    /// takes the broken-off 指标值确定依据 for the first column's label, a header the text
    /// export prints and no import reads as one.
    func headerBrokenOff() throws -> Document {
        let text = JixiaoTextTests.sample(replacing: 103, with: "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\n指标值确定依据\t")
        return try DocumentReader.read(text: text)
    }

    @Test func anExportThatWouldNotReadBackSaysSoOnItsFirstLine() throws {
        let d = try headerBrokenOff()
        #expect(!ExportRoundTrip.differences(of: d).isEmpty)
        let export = DocumentWriter.export(d)
        let first = try #require(export.split(separator: "\n").first)
        #expect(first.hasPrefix("【再次导入时将与本文档不同"), "\(first)")
        #expect(first.contains("导出的文本读不回来（第 "), "\(first)")
        // After the draft's own note, on the same line.
        let draft = DocumentWriter.export(d, draftNote: "审核中的草稿：1 个项目未通过审核")
        #expect(draft.hasPrefix("【审核中的草稿：1 个项目未通过审核。再次导入时将与本文档不同"))
    }

    @Test func theNoteNamesTheFieldsReadDifferently() throws {
        var d = sample
        // Goal 1 holds goal 2's marker in every numbering the writer may use.
        d.projects[0].goals = [Goal(number: 1, text: "甲 2. 乙 （2）丙 ②丁"), Goal(number: 2, text: "戊")]
        d.projects[1].indicators[1].level2 = ""
        let differences = DocumentWriter.readBackDifferences(of: d, text: DocumentWriter.write(d))
        #expect(differences.contains("项目 1 的第 1 条绩效目标"), "\(differences)")
        #expect(differences.contains { $0.hasPrefix("项目 2 的第 2 行指标的") }, "\(differences)")
        // The note is skipped on import: the text reads as it did without it.
        let withNote = try DocumentReader.read(text: DocumentWriter.export(d))
        let without = try DocumentReader.read(text: DocumentWriter.write(d))
        #expect(DocumentWriter.export(d).hasPrefix("【再次导入时"))
        #expect(withNote.content == without.content)
    }

    /// Goals that skip a number (goal 2 deleted, the rest not renumbered) are written so they
    /// read back with their numbers: in the one cell where each goal before a skip ends a
    /// sentence, else each on a row of its own (an edit took the sentence's end away).
    @Test func goalsThatSkipANumberReadBack() throws {
        var d = sample
        d.projects[0].goals = [Goal(number: 1, text: "提高效益；"), Goal(number: 3, text: "保障运行；"), Goal(number: 4, text: "按期支付。")]
        var text = DocumentWriter.write(d)
        #expect(text.contains("绩效目标\t1. 提高效益； 3. 保障运行； 4. 按期支付。\t"))
        #expect(DocumentWriter.readBackDifferences(of: d, text: text).isEmpty)
        d.projects[0].goals[0].text = "提高效益"
        text = DocumentWriter.write(d)
        #expect(text.contains("绩效目标\t1. 提高效益\t\t\t\t\n3. 保障运行；\t\t\t\t\t\n4. 按期支付。\t"))
        #expect(DocumentWriter.readBackDifferences(of: d, text: text).isEmpty)
        #expect(try DocumentReader.read(text: text).projects[0].goals == d.projects[0].goals)
    }

    @Test func anExportThatReadsBackHasNoNote() {
        #expect(DocumentWriter.export(sample) == DocumentWriter.write(sample))
        #expect(DocumentWriter.readBackDifferences(of: sample, text: DocumentWriter.write(sample)).isEmpty)
    }
}
