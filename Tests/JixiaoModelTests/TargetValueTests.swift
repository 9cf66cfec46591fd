import Foundation
import Testing
@testable import JixiaoModel

@Suite struct TargetValueTests {
    @Test(arguments: [
        ("≥95%", TargetValue.Comparator.atLeast, "95", "%"), ("＞＝90%", .atLeast, "90", "%"), (">=90％", .atLeast, "90", "%"),
        ("100%", .exactly, "100", "%"), ("2万元", .exactly, "2", "万元"), ("57.66 万元", .exactly, "57.66", "万元"),
        ("不低于90%", .atLeast, "90", "%"), ("不少于 12 次", .atLeast, "12", "次"), ("90%以上", .atLeast, "90", "%"),
        ("不超过5天", .atMost, "5", "天"), ("10个工作日以内", .atMost, "10", "个工作日"), ("≤30天", .atMost, "30", "天"),
        ("＜5%", .lessThan, "5", "%"), ("=1套", .equal, "1", "套"), ("３次", .exactly, "3", "次"), ("12", .exactly, "12", ""),
        // What real tables write.
        ("≧90%", .atLeast, "90", "%"), ("≦5%", .atMost, "5", "%"), ("≧ 85 %", .atLeast, "85", "%"),
        (">=17600株", .atLeast, "17600", "株"), ("<=7天", .atMost, "7", "天"), (">=85", .atLeast, "85", ""),
        ("≥１００％", .atLeast, "100", "%"), ("±3%以内", .plusMinus, "3", "%"), ("±5%", .plusMinus, "5", "%"),
        ("+-2%", .plusMinus, "2", "%"), ("57.66万", .exactly, "57.66", "万"), ("576,600 元", .exactly, "576600", "元"),
        ("3,309,840.00", .exactly, "3309840.00", ""), ("576600.00", .exactly, "576600.00", ""), ("854万", .exactly, "854", "万"),
        ("1600元/亩", .exactly, "1600", "元/亩"), ("470人/天", .exactly, "470", "人/天"), ("≤28.40/株", .atMost, "28.40", "/株"),
        ("≥1人/年", .atLeast, "1", "人/年"), ("≤7工作日", .atMost, "7", "工作日"), ("3500公斤", .exactly, "3500", "公斤"),
        ("≥20年", .atLeast, "20", "年"), ("≥1年", .atLeast, "1", "年"), ("约100人", .approximately, "100", "人"),
        ("大于等于95%", .atLeast, "95", "%"), ("控制在5%以内", .atMost, "5", "%"), ("5千元", .exactly, "5", "千元"),
    ])
    func quantities(_ raw: String, comparator: TargetValue.Comparator, number: String, unit: String) throws {
        let v = TargetValue(raw)
        let q = try #require(v.quantity, "\(raw)")
        #expect(q.comparator == comparator, "\(raw)")
        #expect(q.number.text == number, "\(raw)")
        #expect(q.unit == unit, "\(raw)")
        #expect(q.upper == nil)
        #expect(v.raw == raw)
        #expect(v.isQuantitative)
        #expect(!v.isWordsOnly)
    }

    @Test(arguments: [
        ("五十七万元", "57", "万元"), ("伍拾柒万陆仟陆佰元", "57.66", "万元"), ("两次", "2", "次"), ("十五天", "15", "天"),
        ("一百零五人", "105", "人"), ("三万五千元", "3.5", "万元"), ("三点五万元", "3.5", "万元"), ("二十个", "20", "个"),
        ("百分之九十五", "95", "%"), ("百分之95", "95", "%"), ("百分之百", "100", "%"), ("壹佰贰拾元", "120", "元"),
        ("三亿五千万元", "3.5", "亿元"), ("一千二百万元", "1200", "万元"), ("不少于三次", "3", "次"),
    ])
    func chineseNumerals(_ raw: String, number: String, unit: String) throws {
        let q = try #require(TargetValue(raw).quantity, "\(raw)")
        #expect(q.number.text == number, "\(raw)")
        #expect(q.unit == unit, "\(raw)")
        // 百分之95 writes the number itself in digits.
        #expect(q.inChineseNumerals == !raw.contains { $0.isASCII && $0.isNumber }, "\(raw)")
    }

    /// 甘肃's budget system prints the unit 百分比 as a word: per cent.
    @Test func percentWrittenAsAWord() throws {
        let q = try #require(TargetValue("=100百分比").quantity)
        #expect(q.number.text == "100")
        #expect(q.unit == "%")
        #expect(try #require(TargetValue("≥99百分率").quantity).unit == "%")
        #expect(TargetValue("=100百分比").raw == "=100百分比")
        // 百分点 (percentage points) is a unit of its own.
        #expect(TargetValue("3个百分点").quantity?.unit != "%")
    }

    /// 昌吉 2019 (普通高中国家助学金): `资助经费到位率 100%达标` — the rate, with what it measures after it.
    @Test(arguments: ["100%达标", "≥95%合格", "100%完成"])
    func percentWithWhatItMeasures(_ raw: String) throws {
        let q = try #require(TargetValue(raw).quantity, "\(raw)")
        #expect(q.unit == "%")
        #expect(q.unitKind == .percent)
    }

    @Test(arguments: ["一般", "三品一标", "两强一增", "十分满意", "统一管理", "进一步提高", "万一", "一体化推进"])
    func wordsWithNumeralCharactersAreWords(_ raw: String) {
        #expect(TargetValue(raw).kind == .qualitative, "\(raw)")
    }

    @Test func ranges() throws {
        let a = try #require(TargetValue("80%-90%").quantity)
        #expect(a.comparator == .between)
        #expect(a.number.text == "80")
        #expect(a.upper?.text == "90")
        #expect(a.unit == "%")
        let b = try #require(TargetValue("3-5次").quantity)
        #expect(b.comparator == .between && b.upper?.text == "5" && b.unit == "次")
        let c = try #require(TargetValue("85%～95%").quantity)
        #expect(c.comparator == .between && c.unit == "%")
        // Backwards or mixed units are not a range.
        #expect(TargetValue("90%-80%").quantity == nil)
        #expect(TargetValue("3次-5天").quantity == nil)
    }

    @Test(arguments: ["按规定执行", "保障各项综合事务正常开展", "有效提升", "按标准执行", "≥95%以下", "稳步提高", "长期",
                      "持续改善", "减少", "巩固提高", "参照政府采购成本控制", "生态修复功能提高", "按2021年标准执行", "是"])
    func qualitative(_ raw: String) {
        #expect(TargetValue(raw).kind == .qualitative, "\(raw)")
        #expect(!TargetValue(raw).isQuantitative)
        #expect(TargetValue(raw).isWordsOnly)
    }

    @Test func empty() {
        #expect(TargetValue("").kind == .empty)
        #expect(TargetValue("  ").kind == .empty)
        #expect(!TargetValue("").isWordsOnly)
    }

    @Test func deadlines() {
        #expect(TargetValue("2021年12月底前").kind == .deadline(.init(year: 2021, month: 12, day: nil)))
        #expect(TargetValue("12月31日前").kind == .deadline(.init(year: nil, month: 12, day: 31)))
        #expect(TargetValue("6月30日之前").kind == .deadline(.init(year: nil, month: 6, day: 30)))
        #expect(TargetValue("13月底前").kind == .qualitative)
    }

    @Test(arguments: [
        ("2025年年底前", 2025, 12, nil), ("2025年底前", 2025, 12, nil), ("年底前", nil, 12, nil), ("年内", nil, 12, nil),
        ("12月底到位", nil, 12, nil), ("2021年12月31日前完成", 2021, 12, 31), ("2021.12.31前", 2021, 12, 31),
        ("2024 年 6 月 30 日前", 2024, 6, 30), ("２０２２年１１月底前", 2022, 11, nil), ("2021年内", 2021, 12, nil),
        ("当年年底前", nil, 12, nil), ("12月份", nil, 12, nil), ("≤2022年6月", 2022, 6, nil), ("本年底前完成", nil, 12, nil),
    ] as [(String, Int?, Int, Int?)])
    func realDeadlines(_ raw: String, year: Int?, month: Int, day: Int?) {
        #expect(TargetValue(raw).kind == .deadline(.init(year: year, month: month, day: day)), "\(raw)")
        #expect(TargetValue(raw).isQuantitative)
    }

    @Test(arguments: [
        ("2021年1月-12月", 2021, 1, nil, 2021, 12, nil), ("2021年1-12月", 2021, 1, nil, 2021, 12, nil),
        ("2023.07-2024.01", 2023, 7, nil, 2024, 1, nil), ("202001-202012", 2020, 1, nil, 2020, 12, nil),
        ("2024 年 1 月 1 日-2024 年 12 月 31 日", 2024, 1, 1, 2024, 12, 31), ("2021年1月至2021年12月", 2021, 1, nil, 2021, 12, nil),
        ("2023年4月—2024年2月", 2023, 4, nil, 2024, 2, nil), ("1-12月", nil, 1, nil, nil, 12, nil), ("1月～6月", nil, 1, nil, nil, 6, nil),
        ("全年", nil, 1, nil, nil, 12, nil), ("全年度", nil, 1, nil, nil, 12, nil), ("2022年", 2022, 1, nil, 2022, 12, nil),
        ("2022年度", 2022, 1, nil, 2022, 12, nil), ("上半年", nil, 1, nil, nil, 6, nil), ("2021年1月——12月", 2021, 1, nil, 2021, 12, nil),
    ] as [(String, Int?, Int?, Int?, Int?, Int?, Int?)])
    func periods(_ raw: String, y1: Int?, m1: Int?, d1: Int?, y2: Int?, m2: Int?, d2: Int?) {
        let expected = TargetValue.Period(from: .init(year: y1, month: m1, day: d1), to: .init(year: y2, month: m2, day: d2))
        #expect(TargetValue(raw).kind == .period(expected), "\(raw)")
        #expect(TargetValue(raw).isQuantitative)
        #expect(!TargetValue(raw).isWordsOnly)
    }

    @Test(arguments: ["2024.13-2025.01", "2024年12月-2024年1月", "2025-2024年", "12-1月份后"])
    func notPeriods(_ raw: String) {
        if case .period = TargetValue(raw).kind { Issue.record("\(raw) read as a period") }
    }

    @Test func placeholders() {
        #expect(TargetValue("≤**万元").kind == .placeholder(.init(comparator: .atMost, unit: "万元")))
        #expect(TargetValue("≥**%").kind == .placeholder(.init(comparator: .atLeast, unit: "%")))
        #expect(TargetValue("≥XX%").kind == .placeholder(.init(comparator: .atLeast, unit: "%")))
        #expect(TargetValue("**").kind == .placeholder(.init(comparator: .exactly, unit: "")))
        #expect(TargetValue("≥＊＊株").kind == .placeholder(.init(comparator: .atLeast, unit: "株")))
        #expect(TargetValue("≤**万元").isTemplateSlot)
        #expect(!TargetValue("≤**万元").isQuantitative)
        #expect(!TargetValue("≤**万元").isWordsOnly)
        // A lone x is not a placeholder by itself.
        #expect(TargetValue("x").kind == .qualitative)
    }

    @Test(arguments: [("公里", TargetValue.Comparator.exactly, "公里"), ("万亩", .exactly, "万亩"), ("万人", .exactly, "万人"),
                      ("≧ %", .atLeast, "%"), ("%", .exactly, "%"), ("≥", .atLeast, ""), ("元", .exactly, "元"),
                      ("元/人", .exactly, "元/人"), ("≤ 万元", .atMost, "万元"), ("个", .exactly, "个")])
    func unfilled(_ raw: String, comparator: TargetValue.Comparator, unit: String) {
        #expect(TargetValue(raw).kind == .unfilled(.init(comparator: comparator, unit: unit)), "\(raw)")
        #expect(TargetValue(raw).isTemplateSlot)
        #expect(!TargetValue(raw).isWordsOnly)
        #expect(!TargetValue(raw).isQuantitative)
    }

    @Test func scalesLeftAsTheValue() {
        #expect(TargetValue("高中低").kind == .unfilled(.init(comparator: .exactly, unit: "", choices: ["高", "中", "低"])))
        #expect(TargetValue("优/良/中/差").kind == .unfilled(.init(comparator: .exactly, unit: "", choices: ["优", "良", "中", "差"])))
        #expect(TargetValue("是否").kind == .unfilled(.init(comparator: .exactly, unit: "", choices: ["是", "否"])))
        // A chosen grade is a value.
        #expect(TargetValue("优良").kind == .qualitative)
        #expect(TargetValue("高").kind == .qualitative)
        #expect(TargetValue("好").kind == .qualitative)
    }

    @Test func statementsWithSomethingMeasurable() throws {
        let v = TargetValue("严格按照预算标准1000元/人给补助对象兑付补助")
        guard case .statement(.quantity(let q)) = v.kind else { Issue.record("\(v.kind)"); return }
        #expect(q.number.text == "1000" && q.unit == "元/人")
        #expect(v.isQuantitative && !v.isWordsOnly)
        #expect(v.quantity == nil)
        #expect(v.measure == .quantity(q))

        #expect(TargetValue("2 名专职人员负责日常巡查工作").measure == .quantity(.init(comparator: .exactly, number: DecimalText("2")!, unit: "名")))
        #expect(TargetValue("群众满意度达到95%以上").measure == .quantity(.init(comparator: .exactly, number: DecimalText("95")!, unit: "%")))
        #expect(TargetValue("于2021年12月底前完成验收").measure == .deadline(.init(year: 2021, month: 12, day: nil)))
        #expect(TargetValue("项目实施期为2021年1月-12月").measure
            == .period(.init(from: .init(year: 2021, month: 1, day: nil), to: .init(year: 2021, month: 12, day: nil))))
        #expect(TargetValue("100%（按期完成）").measure == .quantity(.init(comparator: .exactly, number: DecimalText("100")!, unit: "%")))
    }

    @Test(arguments: ["C25混凝土浇筑", "防控H7N9禽流感", "PM2.5浓度下降", "完成第3批任务", "按2021年标准执行", "依据〔2022〕3号文件执行"])
    func codesYearsAndOrdinalsAreNotMeasures(_ raw: String) {
        #expect(TargetValue(raw).measure == nil, "\(raw)")
        #expect(TargetValue(raw).isWordsOnly, "\(raw)")
    }

    @Test func unitKinds() {
        #expect(UnitKind.of("%") == .percent)
        #expect(UnitKind.of("万元") == .money)
        #expect(UnitKind.of("千元") == .money)
        #expect(UnitKind.of("次") == .count)
        #expect(UnitKind.of("万人") == .count)
        #expect(UnitKind.of("万亩") == .count)
        #expect(UnitKind.of("千克") == .count)
        #expect(UnitKind.of("天") == .time)
        #expect(UnitKind.of("工作日") == .time)
        #expect(UnitKind.of("") == .none)
        #expect(UnitKind.of("份额") == .other)
        #expect(UnitKind.of("万") == .other)
        #expect(UnitKind.of("元/亩") == .compound)
        #expect(UnitKind.unitPrefix(of: "千克以上") == "千克")
        #expect(UnitKind.unitPrefix(of: "千元以内") == "千元")
        #expect(UnitKind.unitPrefix(of: "元/人给补助") == "元/人")
        #expect(UnitKind.unitPrefix(of: "个工作日内") == "个工作日")
        #expect(UnitKind.unitPrefix(of: "以内") == nil)
    }

    @Test func compoundUnits() throws {
        let q = try #require(TargetValue("1600元/亩").quantity)
        #expect(q.unitNumerator == "元" && q.unitDenominator == "亩")
        let r = try #require(TargetValue("≤28.40/株").quantity)
        #expect(r.unitNumerator == "" && r.unitDenominator == "株")
        let s = try #require(TargetValue("≥95%").quantity)
        #expect(s.unitNumerator == "%" && s.unitDenominator == nil)
    }

    /// `unitNumerator` and `UnitKind.of` skip the Character `/` when the unit has no `/`
    /// byte; over awkward units both answer as the Character definitions do.
    @Test(arguments: ["", "/", "元/亩", "/株", "人/", "元／亩", "/\u{301}亩", "元/\u{301}亩", "元\u{301}/亩", "万元",
                      "\u{FA10}", "元\r\n/亩", "\r\n", "％", "%", "e\u{301}/人", "人/天/次", "份额", "万\u{0338}/人"])
    func slashShortcutsAsCharacters(_ unit: String) throws {
        let q = TargetValue.Quantity(comparator: .exactly, number: try #require(DecimalText("1")), unit: unit)
        let byCharacters = unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        #expect(q.unitNumerator == byCharacters, "\(unit.unicodeScalars.map(\.value))")
        #expect(UnitKind.hasSlashByte(unit) || !unit.contains("/"), "\(unit.unicodeScalars.map(\.value))")
        #expect((UnitKind.of(unit) == .compound) == unit.contains("/"), "\(unit.unicodeScalars.map(\.value))")
    }

    @Test func amount() throws {
        #expect(try #require(TargetValue("85 万元").amount).money == Money(yuan: 850_000))
        #expect(TargetValue("95%").amount == nil)
    }

    @Test(arguments: [
        ("57.66 万元", nil, 576_600, 100), ("576,600 元", nil, 576_600, 1), ("五十七万元", nil, 570_000, 10_000),
        ("伍拾柒万陆仟陆佰元", nil, 576_600, 100), ("≤2万元", nil, 20_000, 10_000), ("5千元", nil, 5_000, 1_000),
        ("57.66万", Money.Unit.yuan, 576_600, 100), ("576600.00", .yuan, 576_600, 0), ("16", .wan, 160_000, 10_000),
        ("3,309,840.00", .yuan, 3_309_840, 0), ("20000.000", .yuan, 20_000, 0),
    ] as [(String, Money.Unit?, Int64, Int64)])
    func amounts(_ raw: String, assuming: Money.Unit?, yuan: Int64, stepYuan: Int64) throws {
        let a = try #require(TargetValue(raw).amount(assuming: assuming), "\(raw)")
        #expect(a.money == Money(yuan: yuan), "\(raw)")
        #expect(a.step == (stepYuan == 0 ? Money(fen: 1) : Money(yuan: stepYuan)), "\(raw)")
    }

    @Test(arguments: [("57.66万", nil), ("576600.00", nil), ("1600元/亩", Money.Unit.yuan), ("80%-90%", .yuan), ("95%", .yuan),
                      ("约需资金97.5万元", .yuan), ("2万人", .yuan), ("0.001元", nil)] as [(String, Money.Unit?)])
    func notAmounts(_ raw: String, assuming: Money.Unit?) {
        #expect(TargetValue(raw).amount(assuming: assuming) == nil, "\(raw)")
    }

    @Test func amountsAgreeAtTheirPrecision() throws {
        // 伍拾柒万陆仟陆佰元 is written to the 佰: 576,600 元 ± 50 元.
        let a = try #require(TargetValue("伍拾柒万陆仟陆佰元").amount)
        #expect(a.agrees(with: Money(yuan: 576_640)))
        #expect(!a.agrees(with: Money(yuan: 576_700)))
        let b = try #require(TargetValue("57.66万").amount(assuming: .yuan))
        #expect(b.agrees(with: Money(yuan: 576_600)))
        #expect(!b.agrees(with: Money(yuan: 80_000)))
    }

    @Test func storedAsRawText() throws {
        let data = try JSONEncoder().encode(["v": TargetValue("≥95%")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"v":"≥95%"}"#)
        let back = try JSONDecoder().decode([String: TargetValue].self, from: data)
        #expect(back["v"]?.quantity?.comparator == .atLeast)
        for raw in ["2021年1月-12月", "≧ %", "伍拾柒万陆仟陆佰元", "  ≤**万元 "] {
            let round = try JSONDecoder().decode(TargetValue.self, from: JSONEncoder().encode(TargetValue(raw)))
            #expect(round.raw == raw)
            #expect(round == TargetValue(raw))
        }
    }
}

/// `TargetValue.isChineseNumeralCharacter` reads a Character's one scalar: the same as the
/// numeral tables' Character lookups for every scalar but compatibility ideographs (one
/// scalar canonically equal to a numeral), and false for a numeral with a mark on it.
@Suite struct ChineseNumeralCharacterTests {
    func byTables(_ c: Character) -> Bool {
        TargetValue.chineseDigits[c] != nil || TargetValue.chineseZeros.contains(c) || TargetValue.chinesePlaces[c] != nil
            || TargetValue.chineseMagnitudes[c] != nil || c == "点" || c == "點"
    }

    @Test func sameAsTheTablesButCompatibilityIdeographs() {
        for v in UInt32(0)..<0x3_0000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let c = Character(s)
            let compatibility = (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v)
            #expect(TargetValue.isChineseNumeralCharacter(c) == (byTables(c) && !compatibility), "\(String(v, radix: 16))")
        }
        for c in ["一\u{301}", "十\u{20E3}", "\r\n"] as [Character] { #expect(!TargetValue.isChineseNumeralCharacter(c)) }
        for c in "一二两十百千万亿零〇点壹貳參陸" { #expect(TargetValue.isChineseNumeralCharacter(c), "\(c)") }
    }
}
