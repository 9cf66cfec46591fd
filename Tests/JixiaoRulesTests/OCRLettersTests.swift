import Testing
import JixiaoModel
@testable import JixiaoRules

/// Capitals OCR read for a character's strokes, and `二` read for `=`.
@Suite struct OCRLettersTests {
    func hex(_ t: String) -> String { t.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }

    /// 嘉峪关's `就业LJUI,冈位` and `完成H期`, 鄂州's `卫生Z口`, and full-width capitals.
    @Test(arguments: [("为当地提供就业LJUI,冈位", ["业LJUI,冈"]), ("打造文明型机关、卫生Z口机关", ["生Z口"]),
                      ("项目完成H期：2023-12-31", ["成H期"]), ("卫生Ｚ口", ["生Ｚ口"]), ("就业LJ岗位，卫生Z口", ["业LJ岗", "生Z口"])])
    func damageIsFound(_ text: String, _ places: [String]) {
        #expect(OCRLetters.places(text) == places, "\(text)")
        #expect(OCRLetters.mayHave(text), "\(text)")
    }

    /// What tables legitimately hold: units, abbreviations, model numbers, URLs, Roman
    /// numerals, the template's XX, letters naming a grade, zone or shape, stroke-letter words.
    @Test(arguments: ["5km道路", "PM2.5浓度", "COD排放量", "GDP增长", "推广APP应用", "5G基站", "LED显示屏", "型号DS-2CD3T47",
                      "见http://www.gov.cn网站", "招标IT运维服务", "HIV检测", "达到III类水质", "IV级", "XX县XX项目", "E级景区",
                      "T型路口", "X光机", "U盘", "T细胞", "H座", "Z世代青年", "ppt制作", "新建Wi-Fi热点", "UI设计", "AAAA级景区",
                      "B超检查", "维生素C含量", "Z 口", "LJUI", "完成 H 期", "生Z2口"])
    func realLatinIsLeft(_ text: String) {
        #expect(OCRLetters.places(text).isEmpty, "\(text)")
    }

    /// Whenever the scalars have a place, the bytes have a capital after a Chinese character:
    /// every scalar of the first three planes before, after and as the letter.
    @Test func placesByBytesWheneverByScalars() {
        for t in ["", "Z", "生Z", "Z口", "生Z口", "生\u{301}Z口", "生Z\u{301}口", "生\r\nZ口", "生Ｚ口", "\u{3400}Z\u{4DBF}",
                  "\u{4E00}Z\u{9FFF}", "\u{F900}Z口", "a生Z口"] {
            #expect(OCRLetters.places(t).isEmpty || OCRLetters.mayHave(t), "\(hex(t))")
        }
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let one = String(Character(s))
            for t in [one + "Z口", "生Z" + one, "生" + one + "口", "生" + one + "L口"] {
                if !OCRLetters.places(t).isEmpty { #expect(OCRLetters.mayHave(t), "\(hex(t))") }
            }
        }
    }

    /// Eight bytes at a time, as byte by byte: over texts made of Chinese characters, capitals
    /// (half- and full-width), full-width marks (EF BC 8C), ASCII and Latin-1, at every offset.
    @Test func wordsAtATimeAsByteByByte() {
        func byteByByte(_ t: String) -> Bool {
            let b = Array(t.utf8)
            guard b.count >= 7 else { return false }
            for k in 3..<b.count where (0xE3...0xE9).contains(b[k - 3]) {
                if (0x41...0x5A).contains(b[k]) || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && (0xA1...0xBA).contains(b[k + 2])) {
                    return true
                }
            }
            return false
        }
        let pieces = ["生", "口", "Z", "A", "[", "@", "z", "Ｚ", "Ａ", "ｚ", "，", "：", "1", " ", "é", "\u{3400}", "\u{2F8EF}", "㐀", "ア", "\u{7F}", "\u{DA}", "\u{C1}"]
        var seed: UInt64 = 12345
        for _ in 0..<20_000 {
            var t = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let n = Int(seed >> 60) + 1
            for j in 0..<n { t += pieces[Int((seed >> UInt64(j * 4 % 56)) & 0xFF) % pieces.count] }
            for prefix in ["", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg"] {
                let u = prefix + t
                #expect(OCRLetters.mayHave(u) == byteByByte(u), "\(hex(u))")
            }
        }
    }

    @Test func twoReadForEquals() {
        #expect(OCRLetters.comparatorReadAsTwo("二100百分比") == "=100百分比")
        #expect(OCRLetters.comparatorReadAsTwo("二100%") == "=100%")
        #expect(OCRLetters.comparatorReadAsTwo(" 二95%") == "=95%")
        #expect(OCRLetters.comparatorReadAsTwo("二0二三年底前") == nil)
        #expect(OCRLetters.comparatorReadAsTwo("二级") == nil)
        #expect(OCRLetters.comparatorReadAsTwo("二十项") == nil)
        #expect(OCRLetters.comparatorReadAsTwo("=100%") == nil)
        #expect(OCRLetters.comparatorReadAsTwo("二") == nil)
        for t in ["二1", "\u{3000}二1", " 二1", "二\u{301}1", "二１", "\u{F9FF}1"] {
            let byScalars: Bool = {
                let s = t.unicodeScalars.drop { $0 == " " || $0 == "\u{3000}" }
                return s.count >= 2 && s.first == "二" && ("0"..."9").contains(s.dropFirst().first!)
            }()
            #expect(OCRLetters.mayBeginWithTwoAndDigit(t) == byScalars, "\(hex(t))")
        }
    }

    /// The finding on the real rows, and its fix.
    @Test func theRealRowsAreMarked() throws {
        var d = ExampleDocument.clean
        d[project: 1][row: 5][.name] = "为当地提供就业LJUI,冈位"
        d[project: 2][row: 3][.value] = "二100百分比"
        let found = RuleEngine().check(d).all.filter { $0.rule == "text.extraction-damage" }
        #expect(found.count == 2)
        let letters = try #require(found.first { $0.location.row == 5 })
        #expect(letters.message == "三级指标“为当地提供就业LJUI,冈位”中汉字之间夹着字母（“业LJUI,冈”），像是扫描识别把字认成了字母")
        #expect(letters.fix == nil)
        let two = try #require(found.first { $0.location.row == 3 })
        #expect(two.fix?.to == "=100百分比")
    }
}

/// A damaged 二级 printed once for several rows (a merged cell the reader gives to each) is
/// said once, on its first row, with the rows that take it counted.
@Suite struct MergedLevel2DamageTests {
    func damage(_ edit: (inout Document) -> Void) -> [Finding] {
        var d = ExampleDocument.clean
        edit(&d)
        return RuleEngine().check(d).all.filter { $0.rule == "text.extraction-damage" && $0.location.field == .level2 }
    }

    /// 岳阳's `效益指标 | 社会效益 指标` over two rows (the second's 二级 cell blank).
    @Test func saidOnceOnTheFirstRow() throws {
        let found = damage { d in for r in 1...3 { d[project: 1][row: r][.level2] = "数量 指标" } }
        #expect(found.count == 1)
        let f = try #require(found.first)
        #expect(f.location.row == 1)
        #expect(f.message == "二级指标“数量 指标”中有提取留下的空格（下面 2 行沿用这一格）")
        #expect(f.fix?.field == .indicator(row: 1, .level2))
    }

    /// Two blocks: the same damaged text under another 一级, or after another 二级, is another cell.
    @Test func otherCellsAreSaidEach() {
        let found = damage { d in
            d[project: 1][row: 1][.level2] = "数量 指标"
            d[project: 1][row: 3][.level2] = "数量 指标"
            d[project: 1][row: 4][.level2] = "数量 指标"
            d[project: 1][row: 5].level1 = "产出指标"
            d[project: 1][row: 5][.level2] = "数量 指标"
        }
        // Rows 3–5: 4 and 5 are under 产出指标 as 3 is (row 5's 一级 was made 产出指标): one cell.
        #expect(found.map(\.location.row) == [1, 3])
        let other = damage { d in
            d[project: 1][row: 4][.level2] = "社会效益 指标"
            d[project: 1][row: 5][.level2] = "社会效益 指标"
        }
        // Row 4 is under 产出指标, row 5 under 效益指标: two cells.
        #expect(other.map(\.location.row) == [4, 5])
    }
}
