import Testing
@testable import JixiaoModel

@Suite struct MoneyTests {
    @Test(arguments: [
        ("20000.00", Int64(2_000_000)), ("0", 0), ("2万元", 2_000_000), ("57.66 万元", 57_660_000),
        ("296.528万元", 296_528_000), ("296.528 万元", 296_528_000), ("1686300元", 168_630_000),
        ("８０００", 800_000), ("13.33 万元", 13_330_000), ("0.5亿元", 5_000_000_000), ("20000.000", 2_000_000),
    ])
    func parses(_ text: String, fen: Int64) throws {
        #expect(try Money.parse(text) == Money(fen: fen))
    }

    @Test(arguments: ["1,234.5", "12abc", "-", "", "  ", "1.2.3", ".5", "5.", "约 2 万元", "-20", "1.234元", "1e5"])
    func refusesWhatIsNotAnAmount(_ text: String) {
        #expect(throws: MoneyParseError.self) { try Money.parse(text) }
    }

    @Test func tooPreciseAndTooLarge() throws {
        #expect(throws: MoneyParseError.tooPrecise("1.001")) { try Money.parse("1.001") }
        #expect(throws: MoneyParseError.self) { try Money.parse("99999999999999999999") }
        // 2^53 fen is the largest amount kept exactly (as a JSON number it must survive a
        // double): one fen above it is refused, though it has only 14 digits of 元.
        #expect(try Money.parse("90071992547409.92") == Money(fen: 1 << 53))
        #expect(throws: MoneyParseError.tooLarge("90071992547409.93")) { try Money.parse("90071992547409.93") }
    }

    @Test func formats() {
        #expect(Money(yuan: 8_197_386).grouped == "8,197,386.00")
        #expect(Money(fen: 5).grouped == "0.05")
        #expect(Money(yuan: 999).grouped == "999.00")
        #expect(Money(yuan: 1000).grouped == "1,000.00")
        #expect(Money(fen: -123_456).grouped == "-1,234.56")
        #expect(Money(yuan: 20000).plain == "20000.00")
        #expect(Money(yuan: 576_600).inWan == "57.66 万元")
        #expect(Money(yuan: 2_965_280).inWan == "296.528 万元")
        #expect(Money(yuan: 20000).inWan == "2 万元")
    }

    @Test func writtenPrecision() throws {
        let a = try WrittenAmount.parse("13.33 万元")
        #expect(a.step == Money(yuan: 100))
        #expect(a.agrees(with: Money(yuan: 133_306)))
        #expect(a.agrees(with: Money(yuan: 133_349)))
        #expect(!a.agrees(with: Money(yuan: 133_351)))
        // Exactly half a step either way still rounds to what was written.
        #expect(a.agrees(with: Money(yuan: 133_350)))
        #expect(a.agrees(with: Money(yuan: 133_250)))
        #expect(!a.agrees(with: Money(yuan: 133_249)))
        let b = try WrittenAmount.parse("57.66 万元")
        #expect(!b.agrees(with: Money(yuan: 80000)))
        let c = try WrittenAmount.parse("20000.00")
        #expect(c.step == Money(fen: 1))
        #expect(!c.agrees(with: Money(fen: 2_000_001)))
        let d = try WrittenAmount.parse("42万元")
        #expect(d.agrees(with: Money(yuan: 420_000)))
        #expect(d.unit == .wan)
    }

    @Test func codable() throws {
        let m = Money(yuan: 133_306)
        let data = try JSONEncoder().encode([m])
        #expect(String(decoding: data, as: UTF8.self) == #"["133306.00"]"#)
        #expect(try JSONDecoder().decode([Money].self, from: data) == [m])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Money].self, from: Data(#"["1,2"]"#.utf8)) }
    }
}

import Foundation
