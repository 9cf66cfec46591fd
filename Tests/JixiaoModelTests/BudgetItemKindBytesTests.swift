import JixiaoTestSupport
import Testing
@testable import JixiaoModel

/// `BudgetItemKind.of` and `bare` answer by bytes where the bare label is plain text: they
/// must say what the String definitions (`ofCharacters`, `bareCharacters`) say for every label.
@Suite struct BudgetItemKindBytesTests {
    let labels = ["", "预算数", "预算数：", "  预算数 ", "其中：财政资金", "其中:财政资金:", "(一)财政拨款小计", "（一）财政拨款小计",
                  "1、一般公共预算", "1.一般公共预算", "十、其他收入", "(1)上级资金", "(12)上级资金", "(123)上级资金",
                  "(万元)预算数", "项目资金（万元）", "项目资金(万元)(元)", "项目资金(万(元)元)", "（亿元）资金总额", "其他", "其它",
                  "中期资金总额", "年度资金总额16", "资金总额,", "资金总额%", "财政资金科目代码", "年度预算执行率",
                  "预算数\u{301}", "预\u{301}算数", "\u{F900}预算数", "预算数\r\n", "预算数\r", "\r\n预算数", "预算数😀",
                  "預算数", "ＡＢ预算数", "１、财政资金", "（１）财政资金", "：：，，预算数：：", "::预算数", "预算数\u{3000}",
                  "预算\u{00A0}数", "预算\t数", "\u{2126}财政资金", "Å财政资金", "é财政资金", "e\u{301}财政资金",
                  "提高财政资金使用效益，保证设备运转，完成年度预算目标和各项工作任务的资金总额说明", "一二三四五六七八九十预算数",
                  "预算数预算数预算数预算数预算数预算数", "预算数预算数预算数预算数预算数预", "\u{0600}预算数", "其中", "其中：",
                  "(", "（", ")", "(一", "一、", "、预算数", "预算数\u{302A}", "语\u{302F}资金", "资金·总额", "资金—总额",
                  "①财政资金", "财政资金\u{20DD}", "℃资金总额", "≥资金总额", "资金总额\u{200D}", "\u{AD}资金总额",
                  // Long labels, around where `surelyTooLong` answers without making them bare.
                  "(项目)预算数预算数预算数预算数预算数预", "(项目)预算数预算数预算数预算数预算数预算", "(项)预算数预算数预算数预算数预算数预算",
                  "其中：万元亿元一二三四五六七八九十预算数预算数", String(repeating: "\u{600}预", count: 20) + "资金",
                  String(repeating: "预\u{301}", count: 20), String(repeating: "\u{600}\u{600}预", count: 12) + "资金",
                  "预算数预算数预算数预算数预算数预算数😀", String(repeating: "(万元)", count: 10) + "预算数"]

    func same(_ l: String) {
        #expect(BudgetItemKind.of(l) == BudgetItemKind.ofCharacters(l), "\(l.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(BudgetItemKind.bare(l).unicodeScalars.elementsEqual(BudgetItemKind.bareCharacters(l).unicodeScalars),
                "\(l.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(BudgetItemKind.isBare(l, "预算数") == (BudgetItemKind.bareCharacters(l) == "预算数"))
    }

    @Test func saysWhatTheStringDefinitionsSay() {
        for l in labels { same(l) }
    }

    @Test func everyScalarInALabelIsJudgedAsStringsAre() {
        ScalarSample.forEach(dense: [0xFF00...0xFFFF]) { s in
            let one = String(Character(s))
            for l in ["预算数" + one, one + "财政资金", "(" + one + ")其他资金", "资金" + one + "总额", "1" + one + "上级资金",
                      "预算数：" + one, one + "预算数预算数预算数预算数预算数"] {
                same(l)
            }
        }
    }

    /// `surelyPunctuated` answers sentences before they are made bare: punctuation after
    /// fewer or more ideographs `bare` keeps, inside numbering, units and blanks, at either end.
    @Test func punctuatedLabelsAreJudgedAsStringsAre() {
        let marks = [",", "，", ";", "；", "%", "％", "。", ":", "：", "、", "."]
        let heads = ["", "资", "资金", "资金总", "预算数", "(资金)", "(资金总)", "((万元)资金)", "(资(万元)金总)", "一二三",
                     "其中", "其中资金", "资 金 总", "资\u{3000}金\u{00A0}总", "万元亿资", "１２资金", "e\u{301}资金总", "资金总\u{301}",
                     "(1)", "1、财政", "（一）资金总"]
        let tails = ["", "额", "总额", "财政资金", "预算数：", "(万元)", "😀", "资金\u{301}"]
        for h in heads {
            for m in marks {
                for t in tails {
                    let l = h + m + t
                    same(l)
                    var copy = l
                    if copy.withUTF8({ BudgetItemKind.surelyPunctuated($0) }) { #expect(BudgetItemKind.ofCharacters(l) == nil, "\(l)") }
                }
            }
        }
        for l in ["资金总，额", "财政资金，其他", "年度资金总额。", "预算数；", "资金总额%", "提高财政资金使用效益，保证设备运转"] {
            var copy = l
            #expect(copy.withUTF8 { BudgetItemKind.surelyPunctuated($0) }, "\(l)")
            same(l)
        }
        for l in ["(资金),总额", "资金,总额", "一二三，预算数", "其中，财政资金", "预算数：", "万元亿资，金"] {
            var copy = l
            #expect(!copy.withUTF8 { BudgetItemKind.surelyPunctuated($0) }, "\(l)")
            same(l)
        }
    }

    @Test func surelyTooLongBeginsAtNineteenIdeographs() {
        // The fewest bytes it can say true of is 19 three-byte ideographs: shorter labels are not asked.
        for n in 0...24 {
            for l in [String(repeating: "预", count: n), "预算" + String(repeating: "资", count: n), String(repeating: "预a", count: n),
                      String(repeating: "预", count: n) + "其中"] {
                var copy = l
                let sure = copy.withUTF8 { BudgetItemKind.surelyTooLong($0) }
                #expect(sure == (l.unicodeScalars.filter { $0 != "a" && $0 != "其" && $0 != "中" }.count >= 19), "\(l)")
                #expect(!sure || l.utf8.count >= BudgetItemKind.surelyTooLongBytes)
                same(l)
                same(l + "资金总额")
            }
        }
    }

    /// The bare bytes of `l` by `bare` and by its first definition (nil when not plain).
    func bares(_ l: String) -> (fast: [UInt8]?, first: [UInt8]?) {
        var copy = l
        return copy.withUTF8 { b in
            (PlainLabel.bare(b) { $0.map(Array.init) }, PlainLabel.bareWithFullWidthSteps(b) { $0.map(Array.init) })
        }
    }

    /// `bare` looks for the ASCII forms only after step 1, and `kind(ofBare:)` answers in one
    /// pass: both say what their first definitions say, of labels and of their bare forms.
    @Test func shortcutsSayWhatTheirFirstDefinitionsSay() {
        func check(_ l: String) {
            let (fast, first) = bares(l)
            #expect(fast == first, "\(l.unicodeScalars.map { String($0.value, radix: 16) })")
            var copy = l
            copy.withUTF8 { b in
                #expect(BudgetItemKind.kind(ofBare: b) == BudgetItemKind.kindOfBareInThreePasses(b), "\(l)")
            }
            if let fast {
                fast.withUnsafeBufferPointer { b in
                    #expect(BudgetItemKind.kind(ofBare: b) == BudgetItemKind.kindOfBareInThreePasses(b), "\(l)")
                }
            }
        }
        let numbering = ["", "(", ")", "（", "）", "(一)", "（二）", "(十一)", "(1234)", "1", "12", "一", "十二", "1.", "1、", "一、",
                         "一.", "1)", "1）", "1．", "二．", "十、", "其中", "其中：", "其中:", ":", "：", ",", "，", "：，:", "、"]
        let bodies = ["", "预算数", "财政资金", "其他", "其它", "中期资金总额", "资金总额,", "资金；总额", "资金。", "目标资金", "1预算数",
                      "一预算数", "(万元)", "（万元）", "(元)预算数", "（亿元）", "(万(元)元)", "预算数预算数预算数预算数预算数预算数",
                      "预算数预算数预算数预算数预算数预", "上级补助资金", "年度资金", "资金%"]
        let tails = ["", ":", "：", "::", "(万元)", "（元）", "）", ")"]
        for a in numbering { for b in bodies { for c in tails { check(a + b + c) } } }
        for l in labels { check(l) }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0x3000...0x303F, 0x4E00...0x4E10]) { s in
            let one = String(Character(s))
            for l in [one + "预算数", "(" + one + ")财政资金", one + "、其他资金", "1" + one + "资金总额", "资金总额" + one, "其中" + one + "预算数"] {
                check(l)
            }
        }
    }

    @Test func removableIdeographsComparedAreTheSet() {
        for v in UInt32(0)...0x10_FFFF {
            #expect(BudgetItemKind.isRemovableIdeograph(v) == BudgetItemKind.removableIdeographs.contains(v))
        }
    }
}
