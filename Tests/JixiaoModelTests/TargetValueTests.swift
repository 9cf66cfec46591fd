import Testing
@testable import JixiaoModel

@Suite struct TargetValueTests {
    @Test(arguments: [
        ("≥95%", TargetValue.Comparator.atLeast, "95", "%"), ("＞＝90%", .atLeast, "90", "%"), (">=90％", .atLeast, "90", "%"),
        ("100%", .exactly, "100", "%"), ("2万元", .exactly, "2", "万元"), ("57.66 万元", .exactly, "57.66", "万元"),
        ("不低于90%", .atLeast, "90", "%"), ("不少于 12 次", .atLeast, "12", "次"), ("90%以上", .atLeast, "90", "%"),
        ("不超过5天", .atMost, "5", "天"), ("10个工作日以内", .atMost, "10", "个工作日"), ("≤30天", .atMost, "30", "天"),
        ("＜5%", .lessThan, "5", "%"), ("=1套", .equal, "1", "套"), ("３次", .exactly, "3", "次"), ("12", .exactly, "12", ""),
    ])
    func quantities(_ raw: String, comparator: TargetValue.Comparator, number: String, unit: String) throws {
        let v = TargetValue(raw)
        let q = try #require(v.quantity, "\(raw)")
        #expect(q.comparator == comparator)
        #expect(q.number.text == number)
        #expect(q.unit == unit)
        #expect(v.raw == raw)
        #expect(v.isQuantitative)
    }

    @Test(arguments: ["按规定执行", "保障各项综合事务正常开展", "有效提升", "按标准执行", "2 名专职人员负责日常巡查工作", "≥95%以下"])
    func qualitative(_ raw: String) {
        #expect(TargetValue(raw).kind == .qualitative)
        #expect(!TargetValue(raw).isQuantitative)
    }

    @Test func empty() {
        #expect(TargetValue("").kind == .empty)
        #expect(TargetValue("  ").kind == .empty)
    }

    @Test func deadlines() {
        #expect(TargetValue("2021年12月底前").kind == .deadline(.init(year: 2021, month: 12, day: nil)))
        #expect(TargetValue("12月31日前").kind == .deadline(.init(year: nil, month: 12, day: 31)))
        #expect(TargetValue("6月30日之前").kind == .deadline(.init(year: nil, month: 6, day: 30)))
        #expect(TargetValue("13月底前").kind == .qualitative)
    }

    @Test func unitKinds() {
        #expect(UnitKind.of("%") == .percent)
        #expect(UnitKind.of("万元") == .money)
        #expect(UnitKind.of("次") == .count)
        #expect(UnitKind.of("天") == .time)
        #expect(UnitKind.of("") == .none)
        #expect(UnitKind.of("份额") == .other)
    }

    @Test func amount() throws {
        #expect(try #require(TargetValue("85 万元").amount).money == Money(yuan: 850_000))
        #expect(TargetValue("95%").amount == nil)
    }

    @Test func storedAsRawText() throws {
        let data = try JSONEncoder().encode(["v": TargetValue("≥95%")])
        #expect(String(decoding: data, as: UTF8.self) == #"{"v":"≥95%"}"#)
        let back = try JSONDecoder().decode([String: TargetValue].self, from: data)
        #expect(back["v"]?.quantity?.comparator == .atLeast)
    }
}

import Foundation
