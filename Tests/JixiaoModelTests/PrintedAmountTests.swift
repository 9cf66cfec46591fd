import Testing
@testable import JixiaoModel

/// Amounts as published tables print them in a cell.
@Suite struct PrintedAmountTests {
    @Test(arguments: [
        ("20000.00", Money.Unit.yuan, Int64(20000)), ("16", .wan, 160_000), ("854万", .wan, 8_540_000),
        ("854万", .yuan, 8_540_000), ("2279.048 万元", .wan, 22_790_480), ("10000万元", .wan, 100_000_000),
        ("3,309,840.00", .yuan, 3_309_840), ("1,234.5", .yuan, 1234), ("6.30", .wan, 63000), ("0.5亿", .yuan, 50_000_000),
        ("０.５ 万元", .yuan, 5000), ("¥1,000", .yuan, 1000),
    ])
    func reads(_ text: String, _ unit: Money.Unit, _ yuan: Int64) throws {
        let a = try PrintedAmount.read(text, defaultUnit: unit)
        #expect(a.money.fen == yuan * 100 + (text == "1,234.5" ? 50 : 0))
        #expect(a.defect == nil)
    }

    @Test func doubledByPublishing() throws {
        let a = try PrintedAmount.read("854万854万", defaultUnit: .wan)
        #expect(a.money == Money(yuan: 8_540_000))
        #expect(a.defect == .doubled)
        let b = try PrintedAmount.read("16.0016.00", defaultUnit: .wan)
        #expect(b.money == Money(yuan: 160_000))
        #expect(b.defect == .doubled)
    }

    @Test(arguments: ["12abc", "1,23", "12,34.5", "约2万元", "854万855万", "", "-", "1.2.3", "万元"])
    func refuses(_ text: String) {
        #expect(throws: MoneyParseError.self) { try PrintedAmount.read(text) }
    }

    @Test func oneDefinitionOfUnitScales() {
        #expect(Money.Unit.yuan.fenPerUnit == 100)
        #expect(Money.Unit.wan.fenPerUnit == 1_000_000)
        #expect(Money.Unit.yi.fenPerUnit == 10_000_000_000)
        #expect(Money.Unit.allCases.map(\.decimalPlaces) == [2, 6, 10])
        #expect(Money.Unit(printed: "万") == .wan)
        #expect(Money.Unit(printed: "亿元") == .yi)
        #expect(Money(yuan: 576_600).figure(in: .wan) == "57.66")
        #expect(Money(yuan: 20000).figure(in: .yuan) == "20000.00")
        #expect(Money(yuan: 5_000_000_000).figure(in: .yi) == "50")
    }
}
