import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoText
import JixiaoModel

/// The reader's byte and scalar shortcuts must say what their definitions by Characters
/// (or by scalars) say, for every scalar in every place that matters.
@Suite struct ReaderBytesTests {
    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    func sameLeadingNumber(_ t: String) {
        let fast = TableStarts.leadingNumber(t), slow = TableStarts.leadingNumberOfCharacters(t)
        #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1 && fast?.1.unicodeScalars.elementsEqual(slow?.1.unicodeScalars ?? "".unicodeScalars[...]) ?? (slow == nil),
                "\(hex(t))")
    }

    @Test func leadingNumberByScalarsSaysWhatCharactersSay() {
        let texts = ["", "1.某项目绩效目标表", "12、某项目", "１２．某项目", "一、总体", "十二、某", "二十三、某", "九十九、某", "一.某", "(3)某",
                     "（三）某", "(12)某", "(123456)某", "1.5万元", "123456789.某", "1234567890.某", "1\u{301}.某", "1.\u{301}某",
                     "(\u{301}3)某", "1\r\n.某", "1", "(", "（", "(1", "1、", "一二三四五六七八九十一、某", "3．某", "3 .某", "3\u{3000}、某"]
        for t in texts { sameLeadingNumber(t) }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["1" + one + "某项目", "1." + one + "某", "(" + one + ")某", "(1" + one + "某", "一" + one + "、某",
                      "12345678901" + one + "某", "123456789012" + one + "某", "(1)" + one, "1、" + one] {
                sameLeadingNumber(t)
            }
        }
    }

    @Test func unitWordByBytesSaysWhatScalarsSay() {
        let texts = ["", "单位：元", " 单位:元", "（单位：万元）", "( 金额单位:元)", "\u{3000}\u{00A0}\t资金单位", "((单位", "单",
                     "位单", "(", "（", "\u{00A0}", "e\u{301}单位", "单\u{301}位"]
        for t in texts { #expect(UnitLine.mayBeginWithUnitWord(t) == UnitLine.mayBeginWithUnitWordByScalars(t), "\(hex(t))") }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one + "单位", "(" + one + "金", one, " " + one, "（" + one] {
                #expect(UnitLine.mayBeginWithUnitWord(t) == UnitLine.mayBeginWithUnitWordByScalars(t), "\(hex(t))")
            }
        }
    }

    @Test func currencyByBytesSaysWhatCharactersSay() {
        func same(_ t: String) { #expect(UnitLine.currency(in: t) == UnitLine.currencyByCharacters(t), "\(hex(t))") }
        for t in ["", "单位：元", "单位:万元", " 单位 ： 亿元 ", "（单位：万元）", "(金额单位:元)", "资金单位：万", "单位元", "单位", "单位：",
                  "单位：美元", "金额单位：元）", "((单位：元))", "\u{3000}单\u{A0}位\t：元", "单位：元\r\n", "单位：e\u{301}",
                  "单位：\u{FA10}", "单位名称", "单位工作人员满意度", "ｕ单位：元", "单位：元（", "(", "（"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["单位：" + one, "单位：元" + one, "单位" + one + "：万元", "(" + one + "单位:元)", "（单位：万元" + one, one + "单位：元",
                      "金额单位：" + one + "元", "单位:" + one + "亿"] {
                same(t)
            }
        }
    }

    @Test func colonsTabsAndControlsByBytesSayWhatTheirDefinitionsSay() {
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["项目期:" + one, "项目期：" + one, one + ":", ":" + one, one + "：3年", "项目" + one, one, "a\t" + one + "\tb"] {
                #expect(PlainText.hasColon(t) == (t.contains(":") || t.contains("：")), "\(hex(t))")
                #expect(PlainText.tabsToSpaces(t) == t.replacingAll("\t", with: " "), "\(hex(t))")
                #expect(PlainText.tabsToSpaces(t).unicodeScalars.elementsEqual(t.replacingAll("\t", with: " ").unicodeScalars))
                let bytes = Array(t.utf8)[...]
                #expect(SourceText.splitLines(bytes).mayHaveControl == SourceText.mayHaveControlByBytes(bytes), "\(hex(t))")
            }
        }
        for t in ["", ":", "：", "\t", "\t\t", "a\r\n\tb", ":\u{301}", "：\u{301}", "\u{C2}"] {
            #expect(PlainText.hasColon(t) == (t.contains(":") || t.contains("：")), "\(hex(t))")
            #expect(PlainText.tabsToSpaces(t) == t.replacingAll("\t", with: " "))
        }
        for bytes: [UInt8] in [[], [0xC2], [0xC2, 0x80], [0xC2, 0x9F], [0xC2, 0xA0], [0x7F], [0x0C], [0x0B], [0x41, 0xC2, 0x85]] {
            #expect(SourceText.splitLines(bytes[...]).mayHaveControl == SourceText.mayHaveControlByBytes(bytes[...]))
        }
    }

    @Test func selfEvaluationWordsByBytesSayWhatFoundationSays() {
        // `IndicatorHeader.selfEvaluationColumns` asks `PlainText.contains` for these words
        // where it asked Foundation's `contains`.
        let words = ["实际", "完成值", "上年", "上一年", "偏差"]
        func same(_ t: String, _ words: [String]) {
            for w in words { #expect(PlainText.contains(t, w) == t.contains(w), "\(hex(t)) \(w)") }
        }
        for t in ["", "实际完成值", "2021年实际实现值", "上年实际", "上一年实际完成值", "偏差原因分析", "得分", "实\u{301}际", "实际\u{301}",
                  "完成值\r\n", "\r\n实际", "\u{FA10}实际", "实际\u{FA10}", "ｕ偏差", "偏\u{200D}差", "上\u{3099}年", "e\u{301}上一年",
                  "实", "际", "偏差(分析)", "（上年）实际"] {
            same(t, words)
        }
        ScalarSample.forEach(dense: [0xF900...0xFAFF, 0xFF00...0xFFFF, 0x2F800...0x2FA1F]) { s in
            let one = String(Character(s))
            same(one + "实际", ["实际"])
            same("实际" + one, ["实际"])
            same("实" + one + "际", ["实际"])
            same("偏差" + one, ["偏差"])
            same(one + "上一年", ["上年", "上一年"])
        }
    }

    @Test func trimmedCellsAreTheTabSplitTrimmedOfBlanksByScalars() {
        // The definition by scalars: split at each tab, blanks (space, U+00A0, U+3000) off both ends.
        func byScalars(_ t: String) -> [String] {
            let blank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" }
            return t.unicodeScalars.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                var s = Array(cell)
                while let f = s.first, blank(f) { s.removeFirst() }
                while let l = s.last, blank(l) { s.removeLast() }
                var out = ""
                out.unicodeScalars.append(contentsOf: s)
                return out
            }
        }
        for t in ["", " ", "\t", "预算", "预算规模", " 预算 ", "\u{3000}金额\u{A0}", "e\u{301}", " \u{301}x", "a\r\nb", "１００％",
                  "\u{FA10}", "项目\t\t 100 \t", "\t预算\u{3000}", "\u{A0}\u{A0}", "指标值\t≥95%\u{3000}\t是", "\u{C2}",
                  " \u{3000}\u{A0} ", String(repeating: "\t", count: 70), String(repeating: "值 \t", count: 66) + "末",
                  String(repeating: "\t ", count: 63) + "\u{3000}预算\t\t"] {
            let cells = Row.trimmedCells(t)
            #expect(cells == byScalars(t), "\(t.debugDescription)")
            #expect(cells.map { Array($0.utf8) } == byScalars(t).map { Array($0.utf8) }, "\(t.debugDescription)")
        }
    }

    /// A row cut from a line's bytes is the row of the line's text: its text, cells, label
    /// (the first cell without blanks, taken as it is when it has none inside) and keys.
    func sameRow(_ t: String) {
        let bytes = Array(("x\n" + t + "\n").utf8)
        let line = bytes[2..<bytes.count - 1]
        let fromBytes = Row(number: 1, line: line), fromText = Row(number: 1, text: t)
        for row in [fromBytes, fromText] {
            #expect(row.text.utf8.elementsEqual(t.utf8), "\(hex(t))")
            #expect(row.cells.map { Array($0.utf8) } == Row.trimmedCells(t).map { Array($0.utf8) }, "\(hex(t))")
            #expect(row.label.utf8.elementsEqual(TextNormalization.withoutBlanks(row.cells[0]).utf8), "\(hex(t))")
            #expect(row.keys == Row.keyScalars(in: t), "\(hex(t))")
            #expect(row.nonEmpty == row.cells.filter { !$0.isEmpty }, "\(hex(t))")
            #expect(row.nonEmptyCount == row.nonEmpty.count && row.firstNonEmpty == row.nonEmpty.first, "\(hex(t))")
        }
    }

    /// The speck removers by their Character definition (a `*`, `＊`, `.` or `．` Character
    /// between two Characters that begin with a Han scalar, taken out): the bytes they look
    /// at first, and a row's `mayHaveSpeck`, never pass over a text the definition changes.
    @Test func specksAreFoundByBytesWhereCharactersFindThem() {
        func removed(_ t: String, _ specks: Set<Character>) -> String? {
            let chars = Array(t)
            var out = "", changed = false
            for (k, c) in chars.enumerated() {
                if specks.contains(c), k > 0, k + 1 < chars.count, TextNormalization.isHan(chars[k - 1]), TextNormalization.isHan(chars[k + 1]) {
                    changed = true
                    continue
                }
                out.append(c)
            }
            return changed ? out : nil
        }
        func check(_ t: String) {
            let stars = removed(t, ["*", "＊"]), dots = removed(t, [".", "．"])
            #expect(TextNormalization.strayStarsRemoved(t) == stars, "\(hex(t))")
            #expect(TextNormalization.strayDotsRemoved(t) == dots, "\(hex(t))")
            if stars != nil || dots != nil {
                #expect(Row(number: 1, text: t).mayHaveSpeck, "\(hex(t))")
                #expect(Row(number: 1, text: "x\t" + t + " ").mayHaveSpeck, "\(hex(t))")
            }
        }
        for t in ["项*目名称", "项.目名称", "预．算数", "其中：财*政资金", "16.00", "2022.3", "a.b", "项.", ".项", "项 .目", "项.a目",
                  "项\u{301}.目", "㐀.䶵", "项.\u{301}目", "项．\u{301}目", "项*\u{20000}", "\u{20000}*项", "项＊目", "项＊\t目"] {
            check(t)
        }
        ScalarSample.forEach(dense: [0x3000...0x3500, 0x4DB0...0x4E10, 0x9FF0...0xA010, 0xFF00...0xFF20]) { s in
            let one = String(Character(s))
            for t in ["项." + one, one + ".目", "项*" + one, one + "＊目", one + "．" + one, "项" + one + ".目"] { check(t) }
        }
    }

    /// `BudgetBlock.label`'s shortcut (a cell with nothing to trim and no colon at its end is
    /// its own label) and the kinds `inlinePair` and `amountNamed` hand to a pair, against
    /// their definitions; `TableStarts.numberedHeading`'s first-byte and first-scalar answers
    /// against the Characters they stand for.
    @Test func moneyLabelsAndHeadingsByTheirShortcutsSayWhatTheirDefinitionsSay() {
        func label(_ cell: String) -> String {
            var l = TextNormalization.trimmed(cell)
            while let c = l.last, c == ":" || c == "：" { l.removeLast() }
            return TextNormalization.trimmed(l)
        }
        func heading(_ t: String) -> (Int, String)? {
            guard let (n, rest) = TableStarts.leadingNumber(t) else { return nil }
            let title = TextNormalization.trimmed(rest)
            if let c = title.first, c.isASCII && c.isNumber {
                let year = title.prefix { $0.isASCII && $0.isNumber }
                let isYear = year.count == 4 && Int(year).map { (1990...2100).contains($0) } == true
                guard isYear || TableStarts.namesATable(title) else { return nil }
            }
            guard title.contains(where: TextNormalization.isHan) else { return nil }
            return (n, title)
        }
        func bracketed(_ label: String) -> String? {
            let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
            return ["(元)": "元", "(万元)": "万元", "(亿元)": "亿元"].first { t.hasSuffix($0.key) }?.value
        }
        func check(_ t: String) {
            #expect(BudgetBlock.label(t).utf8.elementsEqual(label(t).utf8), "\(hex(t))")
            for l in [t, "预算规模(" + t + ")", "预算规模（" + t + "）", t + "(万元)", t + "（元） ", t + "(亿元)\u{3000}"] {
                #expect(BudgetBlock.bracketedCurrency(l) == bracketed(l), "\(hex(l))")
            }
            if let (l, _, kind) = BudgetBlock.inlinePair(t) { #expect(kind == BudgetItemKind.of(l), "\(hex(t))") }
            #expect(BudgetBlock.amountNamed(t) == (BudgetBlock.namesAmount(t) ? BudgetItemKind.of(t) : nil), "\(hex(t))")
            for h in ["1." + t, "一、" + t, "(2)" + t] {
                let a = TableStarts.numberedHeading(cell: h), b = heading(h)
                #expect(a?.0 == b?.0 && a?.1.utf8.elementsEqual(b?.1.utf8 ?? "".utf8) != false && (a == nil) == (b == nil), "\(hex(h))")
            }
        }
        for t in ["预算数", "预算数：", "其他资金:", " 财政资金 ", "元", "万元", "亿元", "元)\u{301}", "项目资金（万元）", "预算规模 (元 )", "财政资金\u{3000}", "年度资金总额：16", "上级资金16", "其中：财政拨款：500",
                  "2023年项目绩效目标表", "5G基站建设项目绩效目标表", "1.5万元", "", ":", "：", "\t预算数"] {
            check(t)
        }
        ScalarSample.forEach(dense: [0x3000...0x3500, 0x4DB0...0x4E10, 0xFF00...0xFF20], step: 97) { s in
            let one = String(Character(s))
            for t in [one, one + "资金", "预算" + one, one + "：", one + "2023年表", "预算数" + one + "16"] { check(t) }
        }
    }

    @Test func rowsFromBytesAreRowsFromText() {
        for t in ["", " ", "\t", "预算", " 预算 ", "预算 规模\t100", "预算\u{3000}规模\t", "预算\u{A0}规模", "\u{3000}金额\u{A0}", "e\u{301}",
                  " \u{301}x", "a\r\nb", "１００％", "\u{FA10}", "项目\t\t 100 \t", "\t预算\u{3000}", "\u{A0}\u{A0}", "名称\t单位 名称",
                  "指标值\t≥95%\u{3000}\t是", "\u{C2}", " 项目 名称 \t某", "项目名称", " \u{3000}\u{A0} ", "\u{3000}",
                  // Past the 64 tabs a row keeps where they are, the rest are found again.
                  String(repeating: "\t", count: 70), String(repeating: "值 \t", count: 66) + "末",
                  String(repeating: "\t ", count: 63) + "\u{3000}预算\t\t", String(repeating: "\t", count: 64) + "称",
                  String(repeating: "\t", count: 65) + "称"] {
            sameRow(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one, "预" + one + "算\t数", " " + one + " \t" + one, one + "\u{3000}", "\u{A0}" + one + "单位"] { sameRow(t) }
        }
    }

    /// The keys `SourceText.decode` finds as it splits the lines are `Row.keyScalars` of each
    /// row's text: specks at a line's either end, beside line ends of each kind, in lines
    /// NFC or a form feed changes, and every corpus file.
    @Test func keysFoundWhileSplittingAreTheRowsKeys() throws {
        func check(_ bytes: [UInt8], _ name: String) throws {
            for row in try SourceText.decode(bytes).rows() {
                #expect(row.keys == Row.keyScalars(in: row.text), "\(name) \(row.number) \(hex(row.text))")
            }
        }
        let pieces = ["*", ".", "＊", "．", "预", "a", "\t", " ", "\u{3000}", "称", "码", "é", "e\u{301}", "\u{C}", "😀", "\r\n", "\n",
                      "\r", "表", "部", "1"]
        var lines: [String] = []
        for a in pieces { for b in pieces { for c in ["*", "．", "预", "\n"] { lines.append(a + b + c) } } }
        try check(Array(("预算\n" + lines.joined(separator: "\n") + "\n").utf8), "pieces")
        try check(Array(("预算\r\n" + lines.joined(separator: "\r") + "*").utf8), "pieces CR")
        for name in CorpusFiles.names { try check(CorpusFiles.bytes(name), name) }
    }

    /// `UnitLine.isUnitNameRow` makes the first cell bare once and has its labels' colons
    /// added once: it says what its definition (the cell made bare for each question, each
    /// label joined to its colon when asked) says.
    @Test func unitNameRowsAreTheDefinitionsRows() {
        func byDefinition(_ row: Row) -> Bool {
            guard row.has("单") || row.has("部"), let first = row.firstNonEmpty,
                  TextNormalization.contains(first, "单") || TextNormalization.contains(first, "部") else { return false }
            if UnitLine.isNameLabel(first) { return row.nonEmptyCount >= 2 }
            let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(first))
            return UnitLine.nameLabels.contains { TextNormalization.hasPrefix(bare, $0 + ":") }
        }
        var cells = ["", "某局", "单位", "部门", "单位：", "单位:", "单位名称", "单位名称：某局", "单位 名称:某局", "预算单位：", "预算单位名称",
                     "部门(单位)名称", "部门（单位）名称：", "单位(部门)名称 某中心", "单位编码及名称：430001 某局", "部门名称::", "填报单位:某局",
                     "申报单位：", "单位：万元", "2.某部门项目绩效目标表.....", "部门整体绩效目标", "单位名称称", "１、单位名称：",
                     "\u{3000}单位\u{A0}名称：", "单\u{301}位名称：", "部门 (单位) 名称", "预算单位预算单位"]
        for label in UnitLine.nameLabels { cells += [label, label + ":", label + "：某局", " " + label + " ：", label + "x"] }
        for a in cells {
            for b in ["", "某局", "430001"] {
                let row = Row(number: 1, text: b.isEmpty ? a : a + "\t" + b)
                #expect(UnitLine.isUnitNameRow(row) == byDefinition(row), "\(hex(row.text))")
                let indented = Row(number: 1, text: "\t" + a + "\t" + b)
                #expect(UnitLine.isUnitNameRow(indented) == byDefinition(indented), "\(hex(indented.text))")
            }
        }
    }

    /// A row made of another row's cells (`RowLabels.facts`, `NameRow.codeCell`) is the row
    /// of their text joined by tabs.
    func sameRowOfCells(_ t: String) {
        let cells = Row(number: 1, text: t).cells
        for cells in [cells, cells.map { _ in "" }, [cells[0]], cells.reversed()] {
            let joined = cells.joined(separator: "\t")
            let fromCells = Row(number: 7, cells: cells), fromText = Row(number: 7, text: joined)
            #expect(fromCells.number == fromText.number)
            #expect(fromCells.text.utf8.elementsEqual(fromText.text.utf8), "\(hex(t))")
            #expect(fromCells.cells.map { Array($0.utf8) } == fromText.cells.map { Array($0.utf8) }, "\(hex(t))")
            #expect(fromCells.label.utf8.elementsEqual(fromText.label.utf8), "\(hex(t))")
            #expect(fromCells.keys == fromText.keys, "\(hex(t))")
            #expect(fromCells.nonEmpty == fromText.nonEmpty && fromCells.nonEmptyCount == fromText.nonEmptyCount, "\(hex(t))")
            #expect(fromCells.firstNonEmpty == fromText.firstNonEmpty && fromCells.isBlank == fromText.isBlank, "\(hex(t))")
        }
    }

    @Test func rowsFromCellsAreRowsFromTheirJoinedText() {
        for t in ["", " ", "\t", "预算", " 预算 ", "预算 规模\t100", "预算\u{3000}规模\t", "预算\u{A0}规模", "\u{3000}金额\u{A0}", "e\u{301}",
                  " \u{301}x", "１００％", "\u{FA10}", "项目\t\t 100 \t", "\t预算\u{3000}", "\u{A0}\u{A0}", "名称\t单位 名称",
                  "指标值\t≥95%\u{3000}\t是", " 项目 名称 \t某", "项目名称", "项目编码\t 123 \t项目名称\t某 项目\t实施单位\t某局"] {
            sameRowOfCells(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one, "预" + one + "算\t数", " " + one + " \t" + one, one + "\u{3000}", "\u{A0}" + one + "单位"] { sameRowOfCells(t) }
        }
    }

    @Test func suffixByBytesSaysWhatCharactersSay() {
        func same(_ t: String, _ w: String) { #expect(PlainText.hasSuffix(t, w) == t.hasSuffix(w), "\(hex(t)) / \(hex(w))") }
        let words = ["目标", "目标和成果", "编制", "分类", "】", "e\u{301}", "a", ""]
        for t in ["", "目标", "年度目标", "绩效目标和成果", "目标\u{301}", "\u{600}目标", "x\u{600}目标", "\u{FA10}目标", "目\u{FA10}",
                  "\r目标", "目标\r", "\r\n", "某局编制", "编制", "制", "【草案】", "e\u{301}", "e", "é", "a", "中期目标(2024年)"] {
            for w in words + [t] { same(t, w) }
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one + "目标", "年度" + one + "目标", "目标" + one, one, "目" + one + "标", "某" + one] {
                for w in ["目标", "标", one, one + "目标"] { same(t, w) }
            }
        }
    }

    @Test func targetValuesAreTheValuesOfTheirOwnBytes() {
        var values = TargetValues()
        for t in ["100%", "≥95%", "是", "100%", "e\u{301}", "é", "≥95%", "", "１００％"] {
            let v = values.value(t)
            #expect(v == TargetValue(t))
            #expect(v.raw.utf8.elementsEqual(t.utf8))
        }
        var other = TargetValues()
        #expect(other.value("é").raw.utf8.elementsEqual("é".utf8))
        #expect(other.value("e\u{301}").raw.utf8.elementsEqual("e\u{301}".utf8))
    }

    func sameGoals(_ text: String) {
        let t = TextNormalization.trimmed(text)
        guard !t.isEmpty else { return }
        guard let a = GoalList.splitPlain(t) else {
            // Not plain, or a full-width digit where a marker may begin (`１．`): read by
            // Characters, as it was when plainness was asked first.
            #expect(!PlainText.isPlain(t) || t.unicodeScalars.contains { (0xFF10...0xFF19).contains($0.value) }, "\(hex(t))")
            return
        }
        #expect(PlainText.isPlain(t), "\(hex(t))")
        let b = GoalList.splitCharacters(t)
        #expect(a.map(\.number) == b.map(\.number) && a.map(\.text) == b.map(\.text)
                && zip(a, b).allSatisfy { $0.text.unicodeScalars.elementsEqual($1.text.unicodeScalars) }, "\(hex(t))")
    }

    @Test func goalsByScalarsAreGoalsByCharacters() {
        for n in [1, 9, 10, 12, 99, 100, 12345] { #expect(GoalList.asciiDigits(n) == Array(String(n).utf8)) }
        for t in ["1. 提高财政资金使用效益。 2. 保证设备的正常运转。 3. 搞好服务保障。", "1、甲；2、乙", "1. 完成 1.5 万平方米改造。 2. 验收。",
                  "保障运行", "1.甲 2.乙 3.丙 4.丁 5.戊 6.己 7.庚 8.辛 9.壬 10.癸 11.子 12.丑", "1）甲，2)乙。3．丙\u{3000}4、丁\u{00A0}5.戊\t6.己",
                  "1.", "1", "1.2", "1.甲 2", "1.甲 2.", "2.甲 1.乙", "１．甲 ２．乙", "1.甲 3.乙 2.丙",
                  // Markers that skip numbers (after a sentence's end, of the kind before).
                  "1.甲；3.乙", "1.甲。 3.乙！ 7、丙", "1、甲；3、乙；4.丙", "1.甲\u{3000}；\u{A0}12.乙", "1.甲；3.5乙", "1.甲；123.乙",
                  "1.甲?3)乙", "1)甲；3）乙", "1．甲；3.乙", "1.甲;\t3.乙 4.丙", "1.甲；99.乙；100.丙", "1.甲；3、乙；5.丙"] {
            sameGoals(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            // (Plain or not: `splitPlain` says which, and reads only the plain ones.)
            do {
                for t in ["1" + one + "甲 2.乙", "1.甲" + one + "2.乙", "1.甲 2" + one + "乙", "1.甲 2." + one, one + "1.甲 2.乙",
                          "1." + one + "甲" + one + " 2.乙", "1.\u{3000}" + one + "\u{A0} 2.乙",
                          "1.甲" + one + "3.乙", "1.甲；" + one + "3.乙", "1.甲" + one + " 3." + one, "1.甲；3" + one + "乙"] { sameGoals(t) }
            }
        }
    }

    @Test func countsLabelsAndWordsAsCharactersDo() {
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["项目名称" + one, one + "：", "项目期" + one + ")", "(" + one + ")", one + "单位（万元）", one + "：" + one,
                      String(repeating: "字", count: 3) + one, one + String(repeating: "字", count: 3), "亿元" + one, one + "万元"] {
                for n in [2, 3, 4] {
                    #expect(t.hasAtMostCharacters(n) == (t.count <= n), "\(hex(t)) \(n)")
                }
                let blankFree = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
                #expect(RowLabels.bareLabel(t).unicodeScalars.elementsEqual(RowLabels.bareLabelOfCharacters(blankFree).unicodeScalars),
                        "\(hex(t))")
                #expect(PlainText.contains(t, "万元") == t.contains("万元") && PlainText.contains(t, "亿元") == t.contains("亿元"),
                        "\(hex(t))")
            }
        }
        for t in ["", ":", "：：", "项目期:)", "a\r\n", "e\u{301}e\u{301}", "\u{600}字字", "字\u{301}字"] {
            for n in [0, 1, 2] { #expect(t.hasAtMostCharacters(n) == (t.count <= n), "\(hex(t))") }
            let blankFree = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
            #expect(RowLabels.bareLabel(t) == RowLabels.bareLabelOfCharacters(blankFree))
        }
    }

    @Test func unitCodesByScalarsAreCodesByCharacters() {
        func same(_ t: String) {
            let half = TextNormalization.halfWidth(t)
            guard PlainText.isPlain(half) else { return }
            let a = UnitLine.codeAndNameOfPlain(half, t), b = UnitLine.codeAndNameOfCharacters(half, t)
            #expect(a.0 == b.0 && a.1 == b.1 && a.1.unicodeScalars.elementsEqual(b.1.unicodeScalars), "\(hex(t))")
        }
        for t in ["430001 某单位本级", "[015001]某局", "【015001】某局", "820001-某镇人民政府", "[066]某局", "某局", "2020年某局", "123.某",
                  "(12)某", "[]某", "[1a]某", "12 某", "１２３４ 某", "430001\u{3000}—某局", "430001", "[123"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["430001" + one + "某局", "[0" + one + "]某", "[01]" + one, one + "123 某", "123" + one] { same(t) }
        }
    }

    @Test func rowKeysAreWhatAByteSearchOfTheLineFinds() {
        func same(_ t: String) {
            let row = Row(number: 1, text: t)
            for k in Row.keyScalarList {
                let word = String(k)
                #expect(row.has(k) == TextNormalization.contains(t, word), "\(hex(t)) \(word)")
                #expect(row.has(k) == t.unicodeScalars.contains(k), "\(hex(t)) \(word)")
            }
        }
        for t in ["", "\t", "项目名称\t某项目", "单位：元", "一级指标\t二级指标\t指标值", "财政资金管理科室(盖章)\t年\t月\t日",
                  "称\u{301}", "e\u{301}码", "a\r\n数", "\r\n", "１００％\t预算数", "\u{F900}\u{FA10}\u{2F800}", "部门单位表",
                  "值", "\u{3000}级\u{A0}", "字章日", "𠀀称", "称𠀀"] + Row.keyScalarList.map({ String($0) }) {
            same(t)
        }
        // Every scalar beside each key, and alone (scalars sharing a key's low bits among them).
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0x4E00...0x9FFF]) { s in
            let one = String(Character(s))
            for t in [one, one + "称", "位" + one, "\t" + one + "\t表"] { same(t) }
        }
    }

    @Test func headersReadOnceAreTheHeadersOfTheirOwnRows() {
        func same(_ a: IndicatorHeader, _ b: IndicatorHeader) -> Bool {
            a.line == b.line && a.columns.count == b.columns.count && zip(a.columns, b.columns).allSatisfy { x, y in
                x.index == y.index && x.column == y.column && x.column.header.utf8.elementsEqual(y.column.header.utf8)
            }
        }
        var headers = IndicatorHeaders()
        let texts = ["一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据", "一级指标\t二级指标\t三级指标\t指标值",
                     "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据", "项目\t指标值\t备注",
                     "一级指标\t二级指标\t三级指标\t指标值(长期)\t指标值", "一级指标\t二级指标\t三级指标\té值",
                     "一级指标\t二级指标\t三级指标\te\u{301}值", "一级指标\t二级指标\t三级指标\té值", ""]
        for (n, t) in (texts + texts).enumerated() {
            let row = Row(number: n + 10, text: t)
            #expect(same(headers.read(row), IndicatorHeader.read(row)), "\(hex(t))")
        }
        // Past its capacity it reads each header itself.
        for n in 0..<(IndicatorHeaders.capacity + 3) {
            let row = Row(number: n, text: "一级指标\t二级指标\t三级指标\t指标值\t备注\(n)")
            #expect(same(headers.read(row), IndicatorHeader.read(row)))
            #expect(same(headers.read(row), IndicatorHeader.read(row)))
        }
    }

    /// The 绩效自评表 test answered once per set of column headers is the test of each
    /// header itself: self-evaluation headers and target headers, canonically equivalent
    /// headers of other bytes, in turns and past the memo's capacity.
    @Test func selfEvaluationAnsweredOnceIsTheHeadersOwnAnswer() {
        var headers = IndicatorHeaders()
        let texts = ["一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分", "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据",
                     "一级指标\t二级指标\t三级指标\t年度指标值\t2021年实际实现值\t偏差原因分析", "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t偏差原因",
                     "一级指标\t二级指标\t三级指标\t指标值\t实际完成值（%）\t得 分", "一级指标\t二级指标\t三级指标\té值\t实际\t得分",
                     "一级指标\t二级指标\t三级指标\te\u{301}值\t实际\t得分", "一级指标\t二级指标\t三级指标\t指标值\t上年实际\t得分", ""]
        for (n, t) in (texts + texts + texts.reversed()).enumerated() {
            let header = IndicatorHeader.read(Row(number: n + 1, text: t))
            #expect(headers.selfEvaluationColumns(of: header) == header.selfEvaluationColumns, "\(hex(t))")
        }
        for n in 0..<(IndicatorHeaders.capacity + 3) {
            let header = IndicatorHeader.read(Row(number: n, text: "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t得分\(n)"))
            #expect(headers.selfEvaluationColumns(of: header) == header.selfEvaluationColumns)
            #expect(headers.selfEvaluationColumns(of: header) == header.selfEvaluationColumns)
        }
        #expect(IndicatorHeader.read(Row(number: 1, text: texts[0])).selfEvaluationColumns != nil, "the test can say yes")
    }

    @Test func labelShortcutsSayWhatTheirDefinitionsSay() {
        // The definitions, as they were before the byte searches that answer most cells.
        func goalLabel(_ cell: String) -> Bool {
            let l = RowLabels.bareLabel(cell)
            guard !l.isEmpty, l.hasAtMostCharacters(16), !l.contains("指标") else { return false }
            return l.hasSuffix("目标") || l.hasSuffix("目标和成果") || l.hasSuffix("目标及成果")
        }
        func nameLabel(_ cell: String) -> Bool {
            var c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
            while let l = c.last, l == ":" { c.removeLast() }
            return TableStarts.nameLabels.contains(c) || TableStarts.nameLabels.contains(TextNormalization.halfWidth(c))
        }
        func same(_ t: String) {
            #expect(RowLabels.isGoalLabel(t) == goalLabel(t), "\(hex(t))")
            #expect(TableStarts.isNameLabel(t) == nameLabel(t), "\(hex(t))")
            #expect(BudgetBlock.level(of: t) == BudgetItemKind.level(of: t), "\(hex(t))")
        }
        for t in ["", "绩效目标", "年度绩效目标：", "中期目标(2024年—2026年)", "年度主要目标和成果", "目标及成果", "一级指标", "绩效目标指标",
                  "项目名称", "项目名称：", "项目（专项）名称", "项目(专项)名称::", "专项名称\u{301}", "项目名\u{301}称", " 项目名称 ",
                  "1、财政资金", "(一)上级资金", "（1）其他", "一、本级", "六、某", "\u{F9D1}、某", "\u{3000}\u{A0} 二.某", "预算数", "十", "１.某",
                  "e\u{301}", "a\r\n", "\r\n目标", "目\u{301}标", "目标\u{301}", "\u{FA10}目标"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xF900...0xFAFF, 0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one, one + "目标", "目标" + one, "年度" + one + "目标", "项目名称" + one, one + "项目名称", "项目名" + one + "称",
                      one + "、某", one + ".某", "(" + one + ")某", " " + one + "某", one + "\u{301}某"] {
                same(t)
            }
        }
    }

    @Test func contentsLeadersByBytesAreLeadersByCharacters() {
        func same(_ t: String) {
            let a = DocumentReader.splitLeader(t), b = DocumentReader.splitLeaderOfCharacters(t)
            #expect(a?.0 == b?.0 && a?.1 == b?.1 && a?.0.utf8.elementsEqual(b?.0.utf8 ?? "".utf8) ?? (b == nil), "\(hex(t))")
        }
        for t in ["", "1", "..1", "一、总体绩效目标.....2", "1.某项目绩效目标表 ..... 12", "某……3", "某··3", "某．．3", "某--3", "某.3", "某 . . 3",
                  "某..\u{3000}\u{A0}\t 3", "某..99999999999999999999", "..", "某..0", "  某..7", "某\u{3000}..7", "某.-…·．7", "12345"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0x2000...0x20FF]) { s in
            let one = String(Character(s))
            for t in ["某" + one + "..3", "某.." + one + "3", "某." + one + ".3", "某..3" + one, one + "..3", "某" + one + "3", one + " ..1" + one + "2"] {
                same(t)
            }
        }
    }

    @Test func inlineMoneySaysWhatItsDefinitionSays() {
        // The definition, as it was before the bytes were read once and sentences were
        // answered by the length of the text before their first digit or colon.
        func inline(_ cell: String) -> (String, String)? {
            guard BudgetBlock.hasIdeograph(cell), cell.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x3A })
                    || TextNormalization.contains(cell, "：") else { return nil }
            let t = TextNormalization.trimmed(cell)
            if cell.utf8.contains(0x3A) || TextNormalization.contains(cell, "："), let colon = BudgetBlock.lastColon(t) {
                let label = TextNormalization.trimmed(t[..<colon])
                let value = TextNormalization.trimmed(t[t.index(after: colon)...])
                if BudgetItemKind.of(label) != nil { return BudgetBlock.looksLikeAmount(value) ? (label, value) : nil }
            }
            let scalars = t.unicodeScalars
            guard let firstDigit = scalars.firstIndex(where: { ("0"..."9").contains($0) }), firstDigit > scalars.startIndex else { return nil }
            let label = TextNormalization.trimmed(String(scalars[..<firstDigit]))
            let value = String(scalars[firstDigit...])
            guard BudgetItemKind.of(label) != nil, BudgetBlock.looksLikeAmount(value) else { return nil }
            return (label, value)
        }
        func same(_ t: String) {
            let a = BudgetBlock.inline(t), b = inline(t)
            #expect(a?.0 == b?.0 && a?.1 == b?.1 && a?.0.utf8.elementsEqual(b?.0.utf8 ?? "".utf8) ?? (b == nil), "\(hex(t))")
        }
        let long = "根据区疫情防控备用隔离场所建设协调会议议定有偿征用宾馆作为我区疫情防控备用隔离点"
        var texts = ["", "年度资金总额:16", "上级资金16", "其中:财政拨款：500", "年度资金总额：", "预算数 100", "资金总额：100万元", "100",
                     "其中：财政资金", "\u{3000}年度资金总额16", " 资金总额 ：16 ", long, long + "16", long + "：16", "资金总额：" + long + "16",
                     "1." + long, long + "资金总额：16", "预算数预算数预算数预算数预算数预算数预算：16", "预算数预算数预算数预算数预算数预：16",
                     "(项目)预算数预算数预算数预算数预算数预算16", String(repeating: "\u{600}预", count: 20) + "16",
                     String(repeating: "预\u{301}", count: 20) + "：16", "\u{3000}\u{A0} " + long + "16", "资金\r\n总额16",
                     "资金总额：１６", "预算数：１２３.００", "年度资金总额:１６万元", long + "：１６", "资金总额：" + long, "资金总额１６", "资金总额：十六",
                     " 2.预算数16", "\u{3000}\u{A0}\t1、资金总额16", "2.某项目绩效目标表.....\t7", "16预算数", " 16 预算数", "\u{301}16预算数"]
        for n in 14...22 { texts.append(String(repeating: "预", count: n) + "数16"); texts.append(String(repeating: "元", count: n) + "16") }
        for t in texts { same(t) }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["资金总额" + one + "16", one + "预算数：16", String(repeating: "预", count: 17) + one + "16", "预算数预算数预算数预算数预算数" + one + "：1"] {
                same(t)
            }
        }
    }

    @Test func bracketsMonthsAndCountsSayWhatTheirDefinitionsSay() {
        func month(_ cell: String) -> Int? {
            let c = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
            guard c.hasSuffix("月底"), let m = Int(c.dropLast(2)), (1...12).contains(m) else { return nil }
            return m
        }
        func same(_ t: String) {
            let blankFree = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
            #expect(RowLabels.bareLabel(t).utf8.elementsEqual(RowLabels.bareLabelOfCharacters(blankFree).utf8), "\(hex(t))")
            #expect(SpendingPlanRows.checkpointMonth(t) == month(t), "\(hex(t))")
            let slice = Substring(t).dropFirst()
            for n in [0, 1, 3] { #expect(slice.hasAtMostCharacters(n) == (slice.count <= n), "\(hex(t)) \(n)") }
        }
        for t in ["", ")", "（", "资金支出 计划（%）", "资金支出计划(%)：", "项目期(年)(2023)", "项目期（年）)", "项目(期)：(年)", "a(b)c)",
                  "中期目标(2024年—2026年)：", "(（)）", "：)", "3月底", "3 月底", "１２月底", "13月底", "月底", "0月底", "3月底\u{301}",
                  "3月\u{301}底", "3月底：", "项目期(\u{301}年)", "项目期(年\r\n)", "(\u{FA10})"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in ["项目期(" + one + ")", one + "(年)", "项目期：" + one + "）", "(" + one + "：", one + "月底", "3" + one + "月底", "3月底" + one] {
                same(t)
            }
        }
    }

    @Test func notesAreWhatTheirDefinitionSays() {
        func note(_ row: Row) -> Bool {
            guard row.nonEmpty.first?.unicodeScalars.first != nil else { return false }
            let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(row.nonEmpty.joined()))
            guard !t.isEmpty else { return false }
            if TextNormalization.hasPrefix(t, "注"), let next = t.dropFirst().first, ":：)、.0123456789①".contains(next) { return true }
            if let first = row.nonEmpty.first, RowLabels.noteBoxLabels.contains(RowLabels.bareNoteLabel(first)) { return true }
            if let first = row.nonEmpty.first, RowLabels.totalsLabels.contains(RowLabels.bareNoteLabel(first)),
               row.nonEmpty.dropFirst().allSatisfy(RowLabels.isScoreFigure) { return true }
            for prefix in ["备注:", "说明:", "填报说明", "附注", "填报人", "填表人", "审核人", "联系人", "制表人", "负责人:",
                           "单位负责人", "财务负责人", "分管领导", "联系电话", "填报日期", "填表日期", "审批意见"]
                where TextNormalization.hasPrefix(t, prefix) { return true }
            return ["盖章", "签章", "签字", "公章", "年月日"].contains { TextNormalization.contains(t, $0) }
        }
        func same(_ t: String) {
            let row = Row(number: 1, text: t)
            #expect(RowLabels.isNote(row) == note(row), "\(hex(t))")
        }
        for t in ["", "\t", "注：本表", "注1.", "注\u{301}:", "备注:无", "备 注：无", "\t备注：", "财政资金管理科室(盖章)\t年\t月\t日",
                  "填报人：张三\t联系电话：123", "单位负责人\t签字", "≤10个工作日", "产出指标\t数量指标\t签字率", "\u{3000}注:", "注", "注①",
                  "年 月 日", "公\t章", "年\t月日", "年\u{3000}月 日", "\u{F98E}月日", "工作日\t年", "2022年12月31日前", "≤5日\t\t年度",
                  "签\t字", "签\u{3000}字", "字\t签", "盖\u{3000}章", "章\t公", "公 章", "印章", "文字\t日", "签章\t年月日",
                  "说明：", "说明", "说明\t无", "说 明：\t无", "其他说明的问题\t无", "说明书\t无", "合计\t100", "总分\t\t分值：100分", "合计\t资金", "合计", "权重合计\t90%", "得分合计：\t9 0", "审批意见", "\u{FA10}注:", "盖\u{301}章", "注\r\n:"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for t in [one + "注:", "注" + one, one + "\t签字", "备注" + one + ":", one + "年月日", "盖" + one + "章", one,
                      "年" + one + "月日", "工作日" + one, one + "签\t字"] { same(t) }
        }
    }

    @Test func partOneNumbersAndColonsByBytesSayWhatCharactersSay() {
        // The definitions, by Characters, as they were before the plain text was read by bytes.
        let numerals = DocumentReader.numberNumerals
        // (Full-width digits as ASCII ones; a `．` after them not followed by a digit either.)
        func numbered(_ t: String) -> (Int?, String) {
            let digits = t.prefix { GoalList.digit($0) != nil }
            let rest = t.dropFirst(digits.count)
            let fullWidth = digits.contains { !$0.isASCII }
            let digitFollows = rest.dropFirst().first.map { GoalList.digit($0) != nil } ?? false
            guard !digits.isEmpty, digits.count <= 2, let n = Int(String(digits.compactMap(GoalList.digit))),
                  let sep = rest.first, sep == "、" || (sep == "．" && !(fullWidth && digitFollows)) || (sep == "." && !digitFollows)
            else { return (nil, t) }
            return (n, TextNormalization.trimmed(rest.dropFirst()))
        }
        func heading(_ t: String) -> DocumentReader.OverallSection? {
            let head = t.prefix { ($0.isASCII && $0.isNumber) || numerals.contains($0) }
            guard !head.isEmpty, Int(head) == nil else { return nil }
            let (num, title) = DocumentReader.splitNumberOfCharacters(t)
            guard !num.isEmpty, Int(num) == nil, title.hasAtMostCharacters(12) else { return nil }
            if title.contains("总体") { return .summary }
            if title.contains("分项") { return .subGoals }
            if title.contains("保障") || title.contains("措施") { return .measures }
            return nil
        }
        func afterColon(_ t: String) -> String {
            guard let i = t.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return t }
            return TextNormalization.trimmed(t[t.index(after: i)...])
        }
        func same(_ t: String) {
            let a = DocumentReader.numbered(t), b = numbered(t)
            #expect(a.0 == b.0 && a.1.utf8.elementsEqual(b.1.utf8), "numbered \(hex(t))")
            let c = DocumentReader.splitNumber(t), d = DocumentReader.splitNumberOfCharacters(t)
            #expect(c.0.utf8.elementsEqual(d.0.utf8) && c.1.utf8.elementsEqual(d.1.utf8), "splitNumber \(hex(t))")
            #expect(DocumentReader.sectionHeading(t) == heading(t), "sectionHeading \(hex(t))")
            #expect(DocumentReader.afterColon(t).utf8.elementsEqual(afterColon(t).utf8), "afterColon \(hex(t))")
        }
        for t in ["", "1", "1、", "1、加强绩效运行监控。", "12.某", "123、某", "3．某", "1.5万元", "1. 某", "1.", "1.2", "１、某", "１２．某", "１．５万元", "1．５", "1.５", "１2、某", "一、总体绩效目标", "二、分项绩效目标",
                  "三、工作保障措施", "十二、某", "一.某", "(一)某", "4.征用 ", "1、绩效目标：搞好服务", "绩效指标：保障", "绩效指标:保障", "无冒号",
                  "：开头", "结尾：", " 1、某", "1\u{301}、某", "1、\u{301}某", "1.\u{301}2", "1.2\u{301}", "绩效目标\u{301}：某", "绩效目标：\u{301}某",
                  "99999999999999999999、某", "1一、某", "一1、某", "1\r\n、某", "绩效\r\n：某"] {
            same(t)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0x3000...0x30FF]) { s in
            let one = String(Character(s))
            for t in [one, "1" + one + "某", "1、" + one, "1." + one + "2", "1.2" + one, one + "1、某", "一" + one + "某", "一、" + one,
                      "目标" + one + "：某", "目标：" + one, one + "：某", "12" + one, "1" + one] {
                same(t)
            }
        }
    }

    /// Whether a 二级 belongs under a 一级, by bytes where both are a frame's own spelling,
    /// is what the frames' dictionaries say of the Strings (canonical equivalence included).
    @Test func belongsByBytesSaysWhatTheFramesSay() {
        func definition(_ level2: String, _ level1: String) -> Bool {
            guard !level2.isEmpty else { return false }
            let l1 = IndicatorLabel.standardLevel1(level1), l2 = IndicatorLabel.standardLevel2(level2)
            return IndicatorRows.allowedByFrame.contains { $0[l1]?.contains(l2) == true }
        }
        var level1s = IndicatorRows.allowedByFrame.flatMap(\.keys), level2s = IndicatorRows.allowedByFrame.flatMap { $0.values.flatMap { $0 } }
        // Spelt otherwise: blanks, full-width, a compatibility ideograph (U+F97E is 量), marks, empty.
        level1s += ["", "产出 指标", "产出指标\u{3000}", "满意度", "效益", "成本", "一、产出指标", "产\u{301}出指标", "产出指標", "其他"]
        level2s += ["", "数\u{F97E}指标", "数量 指标", "数量指标(必填)", "质量\u{3000}指标", "服务对象满意度", "社会效益", "生态效益指标\u{301}",
                    "成本指标", "经济成本指标", "ＡＢ", "满意度指标"]
        for l1 in level1s {
            for l2 in level2s {
                #expect(IndicatorRows.belongs(l2, to: l1) == definition(l2, l1), "\(hex(l2)) / \(hex(l1))")
                if IndicatorRows.allowedByBytes(l2, to: l1) { #expect(definition(l2, l1), "\(hex(l2)) / \(hex(l1))") }
            }
        }
        #expect(IndicatorRows.allowedByBytes("数量指标", to: "产出指标"))
        #expect(!IndicatorRows.allowedByBytes("数\u{F97E}指标", to: "产出指标"))
        #expect(IndicatorRows.belongs("数\u{F97E}指标", to: "产出指标") == definition("数\u{F97E}指标", "产出指标"))
    }

    /// A row's cells under the header's columns: a row with a cell under each of columns
    /// at cells 0, 1, 2 … is its own cells; every other row as the columns take them, from
    /// the column a web copy's merged cells left it to begin at (`mergedCellsLeftOut`).
    @Test func rawRowsAreTheCellsUnderEachColumn() {
        func definition(_ row: Row, _ header: IndicatorHeader) -> [String] {
            var texts = Array(repeating: "", count: header.columns.count)
            let shift = IndicatorRows.mergedCellsLeftOut(row, header: header)
            for (i, cell) in row.cells.enumerated() where !cell.isEmpty {
                let k = header.columns.lastIndex { $0.index <= i + shift } ?? 0
                if texts[k].isEmpty { texts[k] = cell } else { texts[k] += " " + cell }
            }
            return texts
        }
        for h in ["一级指标\t二级指标\t三级指标\t指标值", "一级指标\t二级指标\t三级指标\t\t指标值\t指标值确定依据",
                  "\t一级指标\t二级指标\t三级指标\t指标值", "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据"] {
            let header = IndicatorHeader.read(Row(number: 1, text: h))
            for t in ["产出指标\t数量指标\t次数\t≥2次", "产出指标\t\t次数\t", "\t\t\t", "产出指标\t数量指标\t次数\t≥2次\t多出", "产出指标",
                      "产出指标\t数量指标\t次数\t≥2次\t历史\t\t末", "\t数量指标\t次数\t2\t历史标准\t其他"] {
                let row = Row(number: 2, text: t)
                let raw = IndicatorRows.raw(row, header: header)
                #expect(raw.texts.map { Array($0.utf8) } == definition(row, header).map { Array($0.utf8) }, "\(h) | \(t)")
                #expect(raw.line == 2)
            }
        }
    }
}
