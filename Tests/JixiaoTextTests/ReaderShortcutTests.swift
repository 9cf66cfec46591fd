import Foundation
import JixiaoSamples
import Testing
@testable import JixiaoModel
@testable import JixiaoText

/// The reader's later shortcuts (session 26) against their plain definitions, on every cell
/// of the sample and the corpus and on texts made to meet each shortcut's edge.
@Suite struct ReaderShortcutTests {
    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    /// Every cell of the sample and the corpus, each once.
    static let cells: [String] = {
        var texts = [BundledSample.text]
        for name in CorpusFiles.names { texts.append(String(decoding: CorpusFiles.bytes(name), as: UTF8.self)) }
        var seen = Set<String>()
        var out: [String] = []
        for t in texts {
            for line in t.split(separator: "\n", omittingEmptySubsequences: false) {
                for cell in Row.trimmedCells(String(line)) where seen.insert(cell).inserted { out.append(cell) }
            }
        }
        return out
    }()

    /// Cells built around each of a sample of scalars — every one of Latin-1, the combining
    /// marks, CJK punctuation, the full-width forms and the compatibility ideographs (U+FA17
    /// is 益 canonically), one in 101 elsewhere — in a label's places.
    func forEachMadeCell(_ words: [String], _ body: (String) -> Void) {
        let dense: [ClosedRange<UInt32>] = [0...0x3FF, 0x2000...0x206F, 0x3000...0x303F, 0x4E00...0x4E20, 0x6560...0x6580,
                                            0xF900...0xFAFF, 0xFF00...0xFFEF, 0x2F800...0x2FA1F]
        var v: UInt32 = 0
        while v < 0x3_0000 {
            if let s = Unicode.Scalar(v) {
                let one = String(Character(s))
                body(one)
                for w in words { body(one + w); body(w + one + "指标") }
            }
            v += dense.contains { $0.contains(v) } ? 1 : 101
        }
    }

    @Test func level2ScalarsCoverEveryNameAndCore() {
        let keys = Set(IndicatorRows.level2Scalars)
        for name in IndicatorLabel.level2Names {
            #expect(name.unicodeScalars.contains(where: keys.contains), "\(name)")
        }
        for core in IndicatorLabel.level2ByCore.keys {
            #expect(core.unicodeScalars.contains(where: keys.contains), "\(core)")
        }
        #expect(keys.contains("满"))
        // Each key scalar is plain (`PlainLabel`): a plain cell holds it as its own Character.
        for s in keys { #expect(PlainLabel.isPlain(s.value)) }
    }

    @Test func level2ByItsShortcutSaysWhatTheLabelsSay() {
        func same(_ t: String) {
            #expect(IndicatorRows.isLevel2(t) == IndicatorLabel.isLevel2(t), "\(hex(t))")
        }
        for cell in Self.cells { same(cell) }
        for name in IndicatorLabel.level1Names { same(name); same(name + " "); same(" " + name) }
        for t in ["", "数量指标", "数 量 指 标", "数量指标(必填)", "一、数量指标", "质量", "时效性指标", "进度指标", "成本",
                  "经济效益", "环境效益指标", "可持续影响力", "满意度", "服务对象满意度达到95%以上", "社会公众或服务对象满意度指标",
                  "数量指标(或建筑规模指标)", "★数量指标：", "指标", "效果指标", "产出指标", "完成率", "ＡＢ", "经济\u{FA17}指标",
                  "\u{FA17}", "数量\r指标", "e\u{301}数量指标", "质\u{301}量指标", "(很长的说明文字，没有关键字)"] {
            same(t)
        }
        forEachMadeCell(["数量", "满意"]) { same($0) }
    }

    /// `IndicatorRows.raw`'s reading of a row with the table's trailing tab, against the
    /// general reading (each non-empty cell to the last column at or before it, joined).
    @Test func indicatorRowsWithATrailingTabAreReadAsEveryRowIs() throws {
        func general(_ row: Row, _ header: IndicatorHeader, blockLabelLeftOut: Bool) -> [String] {
            var texts = Array(repeating: "", count: header.columns.count)
            let shift = blockLabelLeftOut && row.cells.first?.isEmpty == true ? 1 : IndicatorRows.mergedCellsLeftOut(row, header: header)
            for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
                let k = header.columns.lastIndex { $0.index <= i + shift } ?? 0
                if texts[k].isEmpty { texts[k] = cell } else { texts[k] += " " + cell }
            }
            return texts
        }
        var headers = IndicatorHeaders()
        let shapes = ["一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t",
                      "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据",
                      "一级指标\t二级指标\t三级指标\t指标值\t\t",
                      "本年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t"]
        let rows = ["产出指标\t数量指标\t监控维修保养金额\t监控维修保养所需资金\t2万元\t服务资金\t",
                    "\t质量指标\t保障率\t确保规范有序\t100%\t工作计划\t", "\t\t名称\t\t≥95%\t\t\t",
                    "满意度指标\t服务对象满意度指标\t满意度\t\t≥95%\t\t", "效益指标\t社会效益指标\t提升\t提升\t有序\t计划\t\t\t",
                    "清扫保洁道路条数\t485条\t\t\t", "质量指标\t合格率\t100%\t\t", "产出指标\t数量指标\t个数\t3个\t\t",
                    "\t\t\t\t\t\t\t", "成本指标\t控制在预算成本内\t250万\t计划标准\t\t"]
        for shape in shapes {
            let header = headers.read(Row(number: 1, text: shape))
            for text in rows {
                let row = Row(number: 2, text: text)
                // (A row of as many cells as columns, or fewer, is read as before.)
                guard row.cells.count > header.columns.count else { continue }
                for left in [false, true] {
                    #expect(IndicatorRows.raw(row, header: header, blockLabelLeftOut: left).texts == general(row, header, blockLabelLeftOut: left),
                            "\(shape) | \(text) | \(left)")
                }
            }
        }
    }

    @Test func numberInitialsByValueAreTheSet() {
        var v: UInt32 = 0
        while v < 0x11_0000 {
            if let s = Unicode.Scalar(v) { #expect(TableStarts.isNumberInitial(s) == TableStarts.numberInitials.contains(s), "\(v)") }
            v += 1
        }
    }

    /// `NameRow.codeCell` asks whether the cell after the code's label is a name row's.
    @Test func aNameCellIsTheOneCellRowThatIsANameRow() {
        func same(_ t: String) {
            #expect(TableStarts.isNameCell(t) == TableStarts.isNameRow(Row(number: 0, cells: [t])), "\(hex(t))")
        }
        for cell in Self.cells { same(cell) }
        for t in ["项目名称", "项目编码", "项目代码：123", " 项目 编码", "专项名称:某", "项目(专项)名称", "项目（专项）名称", "项目支出名称",
                  "名称", "码", "称", "项目编\u{301}码", "项目名\u{301}称", "项目\u{3000}名称", "项目名称：", "项目名称\r", "单位名称"] {
            same(t)
        }
        forEachMadeCell(["项目名称", "项目编码", "名称:"]) { same($0) }
    }

    @Test func aPageNumberCellByItsFirstByteIsOneByScalars() {
        // `TableStarts.isPageNumber` against its definition by scalars alone, as it was.
        func same(_ t: String) { #expect(TableStarts.isPageNumber(t) == TableStarts.isPageNumberByScalars(t), "\(hex(t))") }
        for cell in Self.cells { same(cell) }
        for t in ["", "8", "- 8 -", "—8—", "–12–", " 3", "12345", "-", "—", "第8页", "８", "\u{2015}8", "\u{2012}8", "8\u{301}"] { same(t) }
        forEachMadeCell(["8", "-", "—"]) { same($0) }
    }

    /// `TableStarts.isHeading` is remembered: the answer asked again is the one found first.
    @Test func headingAnswersAreRememberedAsFound() {
        for line in BundledSample.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let row = Row(number: 1, text: String(line))
            let once = TableStarts.isHeadingOnce(row)
            #expect(TableStarts.isHeading(row) == once && TableStarts.isHeading(row) == once, "\(line)")
        }
    }

    @Test func pageControlsByBytesSayWhatFoundationSays() {
        func same(_ t: String) {
            #expect(PageFurniture.hasPageControl(t) == PageFurniture.pageControls.contains { t.contains($0) }, "\(hex(t))")
        }
        for cell in Self.cells { same(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))) }
        for t in ["", "打印", "打印本页关闭窗口", "字体:大中小", "扫一扫在手机打开当前页", "评论(12)", "有用", "没用", "相关解读",
                  "打\u{301}印", "打印\u{301}", "关闭\r\n", "上一篇下一篇", "全部留言", "分享到", "e\u{301}打印"] {
            same(t)
        }
        forEachMadeCell(["打印", "大中小"]) { same($0) }
    }

    @Test func sectionHeadingsBySearchingBytesAreTheFoundationOnes() {
        // `sectionHeading` searched its short title with Foundation's `contains`.
        for word in ["总体", "分项", "保障", "措施"] {
            for cell in Self.cells where cell.hasAtMostCharacters(12) {
                #expect(PlainText.contains(cell, word) == cell.contains(word), "\(hex(cell)) \(word)")
            }
            forEachMadeCell([word]) { t in #expect(PlainText.contains(t, word) == t.contains(word), "\(hex(t)) \(word)") }
        }
        #expect(DocumentReader.sectionHeading("一、总体绩效目标") == .summary)
        #expect(DocumentReader.sectionHeading("二、分项绩效目标") == .subGoals)
        #expect(DocumentReader.sectionHeading("三、工作保障措施") == .measures)
        #expect(DocumentReader.sectionHeading("1、总体绩效目标") == nil)
    }
}
