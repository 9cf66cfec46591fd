import JixiaoModel
import JixiaoTestSupport
import Testing
@testable import JixiaoRules

/// The rules read plain text scalar by scalar and other text by Character
/// (`PlainScalars`): both must say the same of the same text.
@Suite struct PlainScalarsTests {
    static let names = [
        "机关大院保洁经费", "大气办日常办公及相关工作资金", "征用疫情防控备用隔离场所资金（第三批）",
        "2021年25所学校校园绿化养护工程建设", "公务用车信息化平台管理运行维护经费", "教师培训(2022年)及送教下乡",
        "运行维护费", "日常工作经费和机关大院的保洁", "", "经费", "2021年度年终考核",
        // Generic words repeated, adjoining, overlapping and at both ends.
        "经费经费", "经费保洁经费", "运行维护运行维护费用", "及和与的", "的", "保洁的的经费及", "（经费）经费（", "资金)(资金",
    ]

    @Test func subjectsAgree() {
        for name in Self.names {
            #expect(Vocabulary.plainSubjects(Array(name.unicodeScalars.map(\.value))) == Vocabulary.characterSubjects(name), "\(name)")
        }
    }

    /// `project.indicator.copied-text` reads a text's scalars without blanks from its bytes:
    /// what `withoutBlanks` leaves, on blanks of every kind, CR LF, combining marks,
    /// compatibility ideographs, full-width forms, emoji and the empty text.
    @Test func scalarsWithoutBlanksAgree() {
        let texts = ["", " ", "\t\u{A0}\u{3000}", "保洁 经费\t运行\u{3000}维护\u{A0}费", "a\r\nb", "e\u{0301} \u{F900}",
                     "ＡＢ　１２", "😀 👩‍👩‍👧 \u{10FFFF}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}", "≥95%，全年 12 次（按季）"]
        for t in texts + Self.names {
            #expect(CopiedText.scalarsWithoutBlanks(t) == TextNormalization.withoutBlanks(t).unicodeScalars.map(\.value), "\(t)")
        }
    }

    /// `SameBytes.equal` (eight bytes at a time) says what comparing the UTF-8 byte by byte
    /// says, for every pair of awkward texts: lengths on both sides of eight and sixteen,
    /// texts equal but for one byte at the start, middle or end, canonically equal texts of
    /// other bytes, CR LF, compatibility ideographs, full-width forms and the empty text.
    @Test func sameBytesAgree() {
        let texts = ["", "a", "保洁", "保洁经", "保洁经费", "保洁经费运行维护费", "保洁经费运行维护费用", "12345678", "123456789", "12345678x",
                     "1234567812345678", "1234567812345679", "0234567812345678", "1234567x12345678", "é", "e\u{301}", "\u{F900}",
                     "\u{8C48}", "a\r\nb", "a\nb", "ＡＢ１２", "AB12", "服务对象满意度指标", "服务对象满意度指示"] + Self.names
        for a in texts {
            for b in texts {
                #expect(SameBytes.equal(a, b) == (Array(a.utf8) == Array(b.utf8)), "\(a) \(b)")
                #expect((PlainKey(text: a) == PlainKey(text: b)) == (Array(a.utf8) == Array(b.utf8)), "\(a) \(b)")
            }
        }
    }

    /// `indicator.copied-text` writes a term's String from its scalar values and asks whether
    /// it is generic by its bytes when plain: what the String of those scalars and the set of
    /// Strings say, on generic words, pieces of them, a compatibility ideograph standing for
    /// one of their characters (管\u{F9E4} is canonically 管理), combining marks, CR LF,
    /// full-width forms, scalars of every UTF-8 width and the empty term.
    @Test func copiedTextTermsAgree() {
        let terms = Vocabulary.generic + ["", "管", "管理费", "理管", "管\u{F9E4}", "\u{F9E4}", "e\u{301}", "é", "a\r\n", "ＡＢ",
                                          "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "保洁", "经费\u{200D}"] + Self.names
        for term in terms {
            let scalars = ArraySlice(term.unicodeScalars.map(\.value))
            let made = CopiedText.string(scalars)
            #expect(made == term && Array(made.utf8) == Array(term.utf8), "\(term)")
            #expect(CopiedText.isGeneric(term, scalars: scalars) == Set(Vocabulary.generic).contains(term), "\(term)")
        }
        #expect(CopiedText.isGeneric("管\u{F9E4}", scalars: ArraySlice("管\u{F9E4}".unicodeScalars.map(\.value))))
    }

    @Test func genericWordsArePlain() {
        for word in Vocabulary.generic { #expect(PlainScalars.all(word), "\(word)") }
    }

    /// `project.contents-mismatch` cuts `绩效目标表` off plain text by bytes: what cutting it
    /// by Characters gives, on plain text and not.
    @Test func contentsTitlesAgree() {
        func oracle(_ s: String) -> String {
            var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(s))
            if t.hasSuffix("绩效目标表") { t.removeLast(5) }
            return t
        }
        for s in ["教师培训经费绩效目标表", "绩效目标表", "表", "", "经费 绩效目标表 ", "绩效目标表绩效目标表", "ＡＢ（一）绩效目标表",
                  "e\u{301}绩效目标表", "绩效目标表\u{301}", "经费\u{200D}绩效目标表", "\u{F900}绩效目标表", "a\r\n绩效目标表", "目标表"] {
            let got = ContentsMismatch.bare(s), expected = oracle(s)
            #expect(got == expected && Array(got.utf8) == Array(expected.utf8), "\(s)")
        }
    }

    /// `PlainScalars.all` reads the UTF-8 bytes: what asking each scalar gives, for every
    /// scalar of the first three planes (and of the last) alone and beside plain text, and
    /// on awkward texts (CR LF, DEL, controls, combining marks, joiners, compatibility
    /// ideographs, full-width forms, emoji, empty).
    @Test func allAgreesWithItsScalars() {
        func oracle(_ t: String) -> Bool { t.unicodeScalars.allSatisfy { PlainScalars.isPlain($0.value) } }
        for v in Array(UInt32(0)..<0x30000) + [0xE0001, 0xE0100, 0xF0000, 0x10FFFF] {
            guard let u = Unicode.Scalar(v) else { continue }
            let alone = String(Character(u)), beside = "保洁" + alone + "a"
            #expect(PlainScalars.all(alone) == oracle(alone) && PlainScalars.all(beside) == oracle(beside), "U+\(String(v, radix: 16))")
        }
        for t in ["", "a\r\nb", "a\u{7F}", "\t\n", "\u{0}", "e\u{301}", "保洁\u{200D}经费", "\u{F900}", "ＡＢ１２", "😀",
                  "≥95%，全年 12 次（按季）①—“保洁”"] + Self.names {
            #expect(PlainScalars.all(t) == oracle(t), "\(t)")
        }
    }

    @Test func plainOrNot() {
        #expect(PlainScalars.all("≥95%，全年 12 次（按季）①—“保洁”"))
        // A joiner, a combining accent and a compatibility ideograph join or change
        // characters: such text takes the Character path.
        #expect(!PlainScalars.all("保洁\u{200D}经费"))
        #expect(!PlainScalars.all("e\u{0301}"))
        #expect(!PlainScalars.all("\u{F900}"))
        #expect(!PlainScalars.all("a\r\nb"))
    }

    @Test func notPlainTextKeepsCharacters() {
        // The joiner makes 洁 and the joiner one character: `经费` after it is still cut out,
        // and the run keeps the joined character whole.
        #expect(Vocabulary.subjects(of: "保洁\u{200D}经费") == Vocabulary.characterSubjects("保洁\u{200D}经费"))
        // The accent makes `及́` one character, not the `及` after the blank: the blank
        // goes, but nothing was doubled.
        #expect(ExtractionDamage.repaired("经费保障及 及时性\u{0301}")?.0 == "经费保障及时性\u{0301}")
        let accented = ExtractionDamage.repaired("及\u{0301} 及时")
        #expect(accented?.0 == "及\u{0301}及时")
        #expect(accented?.doubled == nil)
    }

    @Test func amountsAgree() {
        for usage in ["开展全县中小学教师培训，共需资金 15 万元，其中：集中培训 9 万元，送教下乡 6 万元。",
                      "电费 12.5万元；水费（每吨 3 元）2 万元，合计 14.5 万元", "按季支付，每季度 2.5万元，全年 10 万元。",
                      "其中财政拨款 40 万元、自筹 1.2亿元", "共需１５万元"] {
            let plain = AmountMention.find(in: usage), characters = AmountMention.findByCharacters(in: usage)
            #expect(plain.map(\.label) == characters.map(\.label), "\(usage)")
            #expect(plain.map(\.offset) == characters.map(\.offset), "\(usage)")
            #expect(plain.map(\.isItem) == characters.map(\.isItem), "\(usage)")
            #expect(plain.map(\.amount.money) == characters.map(\.amount.money), "\(usage)")
            #expect(!plain.isEmpty)
        }
    }

    /// usage.arithmetic reads a goal's amounts only where `hasFigureBeforeYuan` finds a figure before a 元: it must
    /// never pass over a goal `AmountMention` reads an amount in.
    @Test func goalsWithAmountsAreNeverPassedOver() {
        for goal in ["本项目共申请预算资金2026400元,其中村级组织运转400000元", "共需资金 15 万元", "共需１５万元", "自筹 1.2亿元",
                     "每生每年3300元", "30 元", "提高财政资金使用效益。", "完成3个项目补助尾款结算", "2万", "元旦前完成", "5万人次"] {
            let reads = !AmountMention.find(in: goal).isEmpty
            #expect(!reads || UsageArithmetic.hasFigureBeforeYuan(goal), "\(goal)")
            #expect(reads == UsageArithmetic.hasFigureBeforeYuan(goal), "\(goal)")
        }
    }

    @Test func indicatorNameKeys() {
        #expect(DuplicateIndicator.nameKey("养护 绿地、面积。") == "养护绿地面积")
        #expect(DuplicateIndicator.nameKey("养护绿地面积") == "养护绿地面积")
        // Not plain: the Character path, the same words.
        #expect(DuplicateIndicator.nameKey("养护\u{200D}绿地、面积") == "养护\u{200D}绿地面积")
    }

    @Test func plainKeysAreStringEquality() {
        let a = "教师培训|数量指标/培训人次", b = "教师培训|数量指标/培训人次", c = "教师培训|数量指标/培训次数"
        #expect(PlainKey(text: a) == PlainKey(text: b))
        #expect(PlainKey(text: a) != PlainKey(text: c))
        #expect(Set([PlainKey(text: a), PlainKey(text: b), PlainKey(text: c)]).count == 2)
    }

    @Test func plainlyPrintableHasNothingInvisible() {
        let edges: [UInt32] = [0x1F, 0x20, 0x7E, 0x7F, 0xA0, 0xAD, 0x200B, 0x200F, 0x2010, 0x2027, 0x2028, 0x202E, 0x2066,
                               0x3000, 0x303F, 0x3040, 0x3FFF, 0x4000, 0x4DBF, 0x4DC0, 0x9FFF, 0xA000, 0xFEFF, 0xFF00,
                               0xFF7F, 0xFF80, 0xFFF9, 0x21FF, 0x2200, 0x22FF, 0x2300]
        var printable = 0
        for v in edges {
            let text = "培训\(Character(Unicode.Scalar(v)!))完成率"
            let invisible = text.unicodeScalars.filter(InvisibleCharacters.isUnprintable)
            if InvisibleText.isPlainlyPrintable(text) {
                printable += 1
                #expect(invisible.isEmpty, "U+\(String(v, radix: 16))")
            }
            #expect(InvisibleText.invisible(in: text) == invisible.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        }
        #expect(printable == 14)
        #expect(InvisibleText.isPlainlyPrintable("≥95%（全年）“保洁”——1,234.5 万元"))
    }

    /// `project.duplicate` keys plain projects in one pass of bytes: the same key as its
    /// String path, on amounts, full-width forms, punctuation and letters.
    @Test func contentKeysAgree() {
        let usages = ["开展全县中小学教师培训，共需资金 15 万元，其中：集中培训 9 万元，送教下乡 6 万元。",
                      "万万元元万元元万", "万", "元", "万 元", "万，元", "１５万元ＡＢｃ（一）", "　全角空格　", "abc XYZ 12 万元",
                      "“保洁”《办法》、……—·", "", "资金万", "万人次元旦培训万", "䀀䶵一鿿万元万", "培训ａｂ１２万元　元"]
        var d = ExampleDocument.clean
        for usage in usages {
            d[project: 1].usage = usage
            d[project: 1][row: 1][.name] = usage + "人次"
            d[project: 1][goal: 1] = Goal(number: 1, text: "万" + usage)
            let slow = DuplicateProject.contentKey(d[project: 1])
            #expect(slow.plain, "\(usage)")
            #expect(DuplicateProject.plainContentKey(d[project: 1]) == slow.key, "\(usage)")
        }
        // Not plain: no fast key, and the String path says so.
        for usage in ["保洁\u{200D}经费 万元", "培训\u{4DC0}经费", "万\u{4DFF}"] {
            d[project: 1].usage = usage
            #expect(DuplicateProject.plainContentKey(d[project: 1]) == nil, "\(usage)")
            #expect(!DuplicateProject.contentKey(d[project: 1]).plain, "\(usage)")
        }
    }

    /// Template marks are looked for by a switch: the same scalars as the set.
    @Test func markScalarsAgree() {
        for v in UInt32(0)..<0x30000 {
            guard let u = Unicode.Scalar(v) else { continue }
            #expect(TemplateMarks.isMarkScalar(u) == TemplateMarks.markScalars.contains(u), "U+\(String(v, radix: 16))")
        }
    }

    /// Template marks are looked for by bytes: the same answer as by scalars, for every
    /// scalar alone and between Chinese characters.
    @Test func markBytesAgree() {
        for v in UInt32(0)..<0x30000 {
            guard let u = Unicode.Scalar(v) else { continue }
            for text in [String(Character(u)), "培训" + String(Character(u)) + "率"] {
                #expect(TemplateMarks.mayHaveMark(text) == text.unicodeScalars.contains(where: TemplateMarks.isMarkScalar),
                        "U+\(String(v, radix: 16))")
            }
        }
    }

    /// Endings are compared by bytes when both texts are plain: the same answer as
    /// String's, and String's own when either is not (a compatibility ideograph is its
    /// unified twin to String; a combining mark joins the character before it).
    @Test func suffixesAgree() {
        let texts = ["培训合格率", "培训合格率\u{F961}", "合格\u{F961}", "成本指标", "经济成本指标", "成本", "", "率",
                     "满意度(%)", "资金\u{0301}", "经费\r\n", "e\u{0301}", "投资金额 ", "人数", "接待人次"]
        let suffixes = ["率", "\u{F961}", "成本指标", "金额", "资金", "(%)", "", "\n", "\u{0301}", "é", "人数", "人次"]
        for t in texts {
            for s in suffixes {
                #expect(PlainScalars.hasSuffix(t, s) == t.hasSuffix(s), "\(t) / \(s)")
            }
            // Lists of endings, plain and not, as each ending asked in turn.
            for list in [["率", "比例"], ["成本指标", "金额", "资金"], ["人数", "人次", "(%)"], suffixes, ["é", "率"]] {
                let endings = Endings(list)
                #expect(PlainScalars.hasAnySuffix(t, textIsPlain: PlainScalars.all(t), endings) == list.contains { t.hasSuffix($0) },
                        "\(t) / \(list)")
            }
        }
    }

    /// The byte filter for a stop between Chinese characters passes every text the
    /// Character definition repairs: around a `.` or `．`, every scalar on either side, and
    /// the awkward cases (combining marks, compatibility ideographs, full-width forms).
    @Test func strayDotFilterMissesNothing() {
        func agree(_ t: String) {
            if ExtractionDamage.strayDotsRemoved(t) != nil {
                #expect(ExtractionDamage.mayHaveStrayDot(t), "\(t.unicodeScalars.map { String($0.value, radix: 16) })")
            }
            #expect(ExtractionDamage.withoutStrayDot(t) == ExtractionDamage.strayDotsRemoved(t))
        }
        ScalarSample.forEach(dense: [0x3400...0x3410, 0x4DB0...0x4E10, 0x9FF0...0xA000, 0xF900...0xFAFF]) { s in
            for stop in [".", "．"] {
                agree("重" + stop + String(Character(s)))
                agree(String(Character(s)) + stop + "要")
            }
        }
        for t in ["重.\u{0301}要", "重\u{0301}.要", "一.二", "13.33万元", "≥95.5%", "重．要", "重.要", ".要", "重.", "", "豈.要"] { agree(t) }
        #expect(ExtractionDamage.withoutStrayDot("重.要设备") == "重要设备")
        #expect(ExtractionDamage.withoutStrayDot("一.项目概况") == nil)
        #expect(ExtractionDamage.withoutStrayDot("≥95.5%") == nil)
    }
}
