import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoSpreadsheet
@testable import JixiaoText

/// Word documents (.docx) read as their body: paragraphs and table rows as lines, a table's
/// cells at their places on its grid, list numbers as Word shows them. The parts are
/// written as Word writes them (namespace prefixes, `w:tcPr`, `mc:AlternateContent`):
/// `OfficePackage`.
@Suite struct WordDocumentReaderTests {
    static func lines(_ bytes: [UInt8]) throws -> [String] {
        let text = SpreadsheetText.text(try Workbook.read(bytes))
        return String(decoding: text.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func paragraphsAndATableOnItsGrid() throws {
        let body = OfficePackage.p("项目支出绩效目标表") + """
            <w:p><w:r><w:t>填报单位：</w:t></w:r><w:r><w:tab/><w:tab/><w:t>某某局</w:t></w:r></w:p>
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
            <w:tr>\(OfficePackage.tc("项目名称"))\(OfficePackage.tc("城区保洁", "<w:gridSpan w:val=\"3\"/>"))</w:tr>
            <w:tr>\(OfficePackage.tc("一级指标"))\(OfficePackage.tc("二级指标"))\(OfficePackage.tc("三级指标"))\(OfficePackage.tc("指标值"))</w:tr>
            <w:tr>\(OfficePackage.tc("产出指标", "<w:vMerge w:val=\"restart\"/>"))\(OfficePackage.tc("数量指标"))\(OfficePackage.tc("保洁面积"))\(OfficePackage.tc("≥3万平方米"))</w:tr>
            <w:tr>\(OfficePackage.tc("", "<w:vMerge/>"))\(OfficePackage.tc("质量指标"))\(OfficePackage.tc("达标率"))\(OfficePackage.tc("100%"))</w:tr>
            <w:tr><w:trPr><w:gridBefore w:val="2"/></w:trPr>\(OfficePackage.tc("备注"))\(OfficePackage.tc("无"))</w:tr>
            </w:tbl>
            """ + OfficePackage.p("填表人：张三")
        let book = try Workbook.read(try OfficePackage.wordDocument(body))
        #expect(book.origin == .word)
        #expect(book.sheets.map(\.name) == ["正文"])
        #expect(try Self.lines(try OfficePackage.wordDocument(body)) == [
            "项目支出绩效目标表",
            "填报单位：\t某某局",
            "项目名称\t城区保洁",
            "一级指标\t二级指标\t三级指标\t指标值",
            "产出指标\t数量指标\t保洁面积\t≥3万平方米",
            "\t质量指标\t达标率\t100%",
            "\t\t备注\t无",
            "填表人：张三\t\t\t",
            "",
        ])
        #expect(SpreadsheetText.text(book).note == "Word 文档（.docx）的正文")
    }

    @Test func whatWordShowsIsRead() throws {
        // A cell of two paragraphs; tracked changes (an insertion kept, a deletion not); a
        // field's code left out and its result kept; a text box once (not its fallback copy);
        // a line break typed in a cell.
        let body = """
            <w:tbl><w:tr>\(OfficePackage.tc("目标"))<w:tc>\(OfficePackage.p("1.完成城区保洁"))\(OfficePackage.p("2.垃圾日产日清"))</w:tc></w:tr>
            <w:tr>\(OfficePackage.tc("指标值"))<w:tc><w:p><w:r><w:t>≥</w:t></w:r><w:ins w:id="1"><w:r><w:t>95</w:t></w:r></w:ins>\
            <w:del w:id="2"><w:r><w:delText>90</w:delText></w:r></w:del><w:r><w:t>%</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr>\(OfficePackage.tc("页码"))<w:tc><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:tc></w:tr>
            <w:tr>\(OfficePackage.tc("说明"))<w:tc><w:p><w:r><w:t>见</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">\
            <w:drawing><wps:txbx><w:txbxContent>\(OfficePackage.p("附表"))</w:txbxContent></wps:txbx></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><v:textbox><w:txbxContent>\(OfficePackage.p("附表"))</w:txbxContent></v:textbox></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r></w:p></w:tc></w:tr>
            <w:tr>\(OfficePackage.tc("资金用途"))<w:tc><w:p><w:r><w:t>保洁费</w:t><w:br/><w:t>20万元</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr>\(OfficePackage.tc("备注"))<w:tc><w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>内部草稿</w:t></w:r>\
            <w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>无</w:t></w:r></w:p></w:tc></w:tr>
            </w:tbl>
            """
        let book = try Workbook.read(try OfficePackage.wordDocument(body))
        #expect(book.sheets[0].rows.map { $0.cells.map(\.text) } == [
            ["目标", "1.完成城区保洁\n2.垃圾日产日清"], ["指标值", "≥95%"], ["页码", "3"], ["说明", "见 附表"], ["资金用途", "保洁费\n20万元"], ["备注", "无"],
        ])
        // Lines as the reader gets them: a cell's paragraphs joined as a wrapped cell is, each
        // numbered item kept apart.
        #expect(try Self.lines(try OfficePackage.wordDocument(body))[0] == "目标\t1.完成城区保洁 2.垃圾日产日清")
    }

    /// A 目录 as Word's table-of-contents field writes it: the title, a tab to a right stop
    /// with a dotted leader, the page number as the field's result — read as the page
    /// prints it, so the 目录 is found and its entries compared with the tables.
    @Test func aTableOfContentsKeepsItsLeader() throws {
        func entry(_ title: String, _ page: Int) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/><w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8296\"/></w:tabs></w:pPr>"
                + "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>\(title)</w:t></w:r><w:r><w:tab/></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(page)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink></w:p>"
        }
        let body = OfficePackage.p("目录") + entry("一、总体绩效目标", 2) + entry("1.机关大院物业服务费", 5)
            + "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2000\"/></w:tabs></w:pPr><w:r><w:t>单位：</w:t><w:tab/><w:t>元</w:t></w:r></w:p>"
        #expect(try Self.lines(try OfficePackage.wordDocument(body)).dropLast() == [
            "目录", "一、总体绩效目标……\t2", "1.机关大院物业服务费……\t5", "单位：\t元",
        ])
        // The sample's 目录 written so (its dots as leaders, not characters) is still its 目录:
        // each entry line stands in the text for its paragraph until the body is made.
        var lines = String(decoding: BundledSample.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var entries: [String] = []
        for k in lines.indices where lines[k].contains(".....\t") {
            let parts = lines[k].split(separator: "\t")
            entries.append(entry(String(parts[0].dropLast(5)), Int(parts[1])!))
            lines[k] = "目录条目\(entries.count - 1)"
        }
        var word = OfficePackage.wordBody(of: lines.joined(separator: "\n"))
        for (k, e) in entries.enumerated() { word = word.replacingOccurrences(of: OfficePackage.p("目录条目\(k)"), with: e) }
        #expect(entries.count == 16)
        let imported = try ImportedText.read(try OfficePackage.wordDocument(word))
        #expect(imported.document.contents == (try DocumentReader.read(bytes: BundledSample.bytes)).contents)
    }

    /// A 目录 whose dotted leader is set by its paragraph style (`TOC 1` based on a style
    /// of ours), not repeated in each entry: printed with the dots all the same; a style
    /// without a leader and a paragraph in the default style are not.
    @Test func aLeaderSetByTheParagraphsStyle() throws {
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>\
            <w:style w:type="paragraph" w:styleId="TOCBase"><w:name w:val="toc base"/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="TOCBase"/></w:style>\
            <w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="plain"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr></w:style>
            """
        func paragraph(_ style: String?, _ text: String, _ page: String) -> String {
            "<w:p>\(style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "")<w:r><w:t>\(text)</w:t><w:tab/><w:t>\(page)</w:t></w:r></w:p>"
        }
        let body = OfficePackage.p("目录") + paragraph("TOC1", "一、总体绩效目标", "2") + paragraph("TOC1", "1.机关大院物业服务费", "5")
            + paragraph("Plain", "单位：", "元") + paragraph(nil, "填表人：", "张三")
        #expect(try Self.lines(try OfficePackage.wordDocument(body, styles: styles)).dropLast() == [
            "目录", "一、总体绩效目标……\t2", "1.机关大院物业服务费……\t5", "单位：\t元", "填表人：\t张三",
        ])
    }

    /// A character inserted from the Symbol font (`w:sym`, as Word's 插入符号 writes `≥` in
    /// Symbol) is the character the page shows; an ordinary font's `w:sym` is its code.
    @Test func aSymbolFontCharacterIsWhatItShows() throws {
        func value(_ font: String, _ code: String, _ rest: String) -> String {
            "<w:p><w:r><w:sym w:font=\"\(font)\" w:char=\"\(code)\"/></w:r><w:r><w:t>\(rest)</w:t></w:r></w:p>"
        }
        let body = value("Symbol", "F0B3", "95%") + value("Symbol", "F0A3", "10万元") + value("Symbol", "B1", "5%")
            + value("宋体", "2265", "90%") + value("Wingdings", "F0FC", "已完成")
        #expect(try Self.lines(try OfficePackage.wordDocument(body)).dropLast() == ["≥95%", "≤10万元", "±5%", "≥90%", "已完成"])
    }

    @Test func aTableInACellIsThatCellsText() throws {
        let body = """
            <w:tbl><w:tr>\(OfficePackage.tc("资金构成"))<w:tc><w:tbl><w:tr>\(OfficePackage.tc("财政资金"))\(OfficePackage.tc("20"))</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>
            """
        #expect(try Workbook.read(try OfficePackage.wordDocument(body)).sheets[0].rows.map { $0.cells.map(\.text) } == [["资金构成", "财政资金 20"]])
    }

    @Test func listNumbersAreWrittenAsWordShowsThem() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>\
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>\
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>\
            <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>\
            <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
            """
        func item(_ id: Int, _ level: Int, _ text: String) -> String {
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(id)\"/></w:numPr></w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = item(1, 0, "产出目标") + item(1, 1, "保洁面积") + item(1, 1, "清运垃圾") + item(1, 0, "效益目标") + item(1, 1, "环境改善")
            + item(2, 0, "重新编号") + item(3, 0, "圆点") + item(0, 0, "不编号")
        #expect(try Self.lines(try OfficePackage.wordDocument(body, numbering: numbering)).dropLast() == [
            "（一）产出目标", "1.保洁面积", "2.清运垃圾", "（二）效益目标", "1.环境改善", "（一）重新编号", "圆点", "不编号",
        ])
    }

    /// Headings numbered by their style (`标题 1` carrying a list whose level names it), a
    /// style based on another inheriting its list, and a paragraph that turns its style's
    /// number off (`numId` 0).
    @Test func headingsNumberedByTheirStyle() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="5">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="%1、"/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>\
            <w:num w:numId="7"><w:abstractNumId w:val="5"/></w:num>
            """
        let styles = """
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="21"><w:name w:val="my heading 2"/><w:basedOn w:val="2"/></w:style>\
            <w:style w:type="character" w:styleId="1c"><w:name w:val="strong"/></w:style>
            """
        func heading(_ style: String, _ text: String, off: Bool = false) -> String {
            "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/>\(off ? "<w:numPr><w:numId w:val=\"0\"/></w:numPr>" : "")</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
        }
        let body = heading("1", "部门基本情况") + heading("2", "职能") + heading("21", "机构") + heading("1", "项目支出")
            + heading("1", "附表", off: true) + OfficePackage.p("正文")
        #expect(try Self.lines(try OfficePackage.wordDocument(body, numbering: numbering, styles: styles)).dropLast() == [
            "一、部门基本情况", "（一）职能", "（二）机构", "二、项目支出", "附表", "正文",
        ])
    }

    @Test func numberFormats() {
        #expect(ListNumbering.formatted(11, "chineseCounting") == "十一")
        #expect(ListNumbering.formatted(20, "chineseCounting") == "二十")
        #expect(ListNumbering.formatted(35, "chineseCountingThousand") == "三十五")
        #expect(ListNumbering.formatted(3, "chineseLegalSimplified") == "叁")
        #expect(ListNumbering.formatted(2, "ideographTraditional") == "乙")
        #expect(ListNumbering.formatted(3, "decimalEnclosedCircle") == "③")
        #expect(ListNumbering.formatted(12, "decimalFullWidth") == "１２")
        #expect(ListNumbering.formatted(28, "upperLetter") == "BB")
        #expect(ListNumbering.formatted(14, "lowerRoman") == "xiv")
        #expect(ListNumbering.formatted(7, "decimalZero") == "07")
        #expect(ListNumbering.formatted(0, "ordinal") == "0th")
        #expect(ListNumbering.formatted(2, "ordinal") == "2nd")
        #expect(ListNumbering.formatted(12, "ordinal") == "12th")
        #expect(ListNumbering.formatted(23, "ordinal") == "23rd")
    }

    @Test func aDamagedDocumentIsSaidToBeOne() throws {
        let broken = try OfficePackage.zip([("_rels/.rels", OfficePackage.packageRels), ("word/document.xml", Array("<w:document><w:body><w:p>".utf8))])
        #expect(throws: SpreadsheetError.damaged(part: "word/document.xml", word: true)) { try Workbook.read(broken) }
        #expect(SpreadsheetError.damaged(part: "word/document.xml", word: true).message == "Word 文档已损坏，读不出其中的部件 word/document.xml")
        // Read as an import is: refused with the message, nothing read.
        #expect(throws: ReadError.self) { try ImportedText.read(broken) }
        // Cut short, so that not even the archive's directory reads: still said as a Word document.
        let whole = try OfficePackage.wordDocument(OfficePackage.p(String(repeating: "项目名称", count: 500)))
        #expect(throws: SpreadsheetError.damaged(part: SpreadsheetError.archiveDirectory, word: true)) { try Workbook.read(Array(whole.dropLast(40))) }
        #expect(SpreadsheetError.damaged(part: SpreadsheetError.archiveDirectory, word: true).message
            == "Word 文档已损坏：读不出它的压缩包目录（文件不完整，或不是 .docx）")
    }

    /// The sample's text as Word would hold it — each table a Word table, 一级/二级 cells merged
    /// down, a short row's last cell spanning the rest (the layout of `Generators/txt2docx.py`,
    /// written here without Python) — reads as the same document as the text.
    @Test func theSampleAsAWordDocumentIsTheSameDocument() throws {
        let text = BundledSample.bytes
        let docx = try OfficePackage.wordDocument(OfficePackage.wordBody(of: String(decoding: text, as: UTF8.self)))
        let imported = try ImportedText.read(docx)
        #expect(imported.convertedFrom == "Word 文档（.docx）的正文")
        let fromText = try DocumentReader.read(bytes: text)
        #expect(imported.document.projects == fromText.projects)
        #expect(imported.document.department == fromText.department)
        #expect(imported.document.contents == fromText.contents)
        #expect(imported.document.overall == fromText.overall)
    }
}

/// A Word document written by another program — python-docx, on Word's own default
/// template (styles, settings, theme, a numbering part) — from each real text: it reads as
/// the same document as the text it was made from.
@Suite struct GeneratedWordDocumentTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let python = here.deletingLastPathComponent().deletingLastPathComponent().path + "/.build/python-venv/bin/python3"
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }


    /// Runs the venv's Python with `arguments`; false (said, or an issue in CI) when the
    /// venv or python-docx is missing.
    static func python(_ arguments: [String]) throws -> Bool {
        let why = "python-docx is needed in .build/python-venv (bash .ci/run makes it)"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            if isCI { Issue.record(Comment(rawValue: why)) } else { print("skipped: \(why)") }
            return false
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = arguments
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            if isCI { Issue.record(Comment(rawValue: "\(why): exit \(p.terminationStatus)")) } else { print("skipped: \(why)") }
            return false
        }
        return true
    }

    @Test func theSampleWrittenByPythonDocxReadsAsItsText() throws {
        let folder = TemporaryFolder()
        let text = folder.write("sample.txt", BundledSample.bytes), docx = folder.path("sample.docx")
        guard try Self.python([Self.here.appendingPathComponent("Generators/txt2docx.py").path, text, docx]) else { return }
        let imported = try ImportedText.read([UInt8](try #require(FileManager.default.contents(atPath: docx))))
        let fromText = try DocumentReader.read(bytes: BundledSample.bytes)
        #expect(imported.convertedFrom == "Word 文档（.docx）的正文")
        #expect(imported.document.projects == fromText.projects)
        #expect(imported.document.department == fromText.department)
        #expect(imported.document.contents == fromText.contents)
        #expect(imported.document.overall == fromText.overall)
    }

    /// Word's own `List Number` and `List Bullet` styles (numbered through the style, as Word's
    /// template defines them): the numbers as Word shows them, no mark for a bullet.
    @Test func wordsListStylesAreNumberedAsWordShowsThem() throws {
        let folder = TemporaryFolder()
        let docx = folder.path("list.docx")
        let script = """
            import docx, sys
            d = docx.Document()
            d.add_paragraph('绩效目标')
            for t in ['完成城区保洁', '垃圾日产日清', '公厕管理']: d.add_paragraph(t, style='List Number')
            for t in ['甲', '乙']: d.add_paragraph(t, style='List Bullet')
            d.save(sys.argv[1])
            """
        guard try Self.python(["-c", script, docx]) else { return }
        let book = try Workbook.read([UInt8](try #require(FileManager.default.contents(atPath: docx))))
        #expect(book.sheets[0].rows.map { $0.cells.map(\.text) } == [["绩效目标"], ["1.完成城区保洁"], ["2.垃圾日产日清"], ["3.公厕管理"], ["甲"], ["乙"]])
    }
}
