import Testing
@testable import JixiaoTextLayout

/// The one column-fitting engine, for reports and the workstation.
@Suite struct ColumnSpecTests {
    @Test func columnsFitTheWidth() {
        let w = ColumnSpec.widths([ColumnSpec(natural: 10, minimum: 4), ColumnSpec(natural: 40, minimum: 6), .fixed(8)],
                                  fitting: 40, gap: 1)
        #expect(w.reduce(0, +) + 2 <= 40)
        #expect(w[2] == 8)
        #expect(w[0] == 10, "a narrow column gets all it wants before a wide one takes the rest")
        #expect(w[1] == 20)
    }

    @Test func whatIsLeftIsSharedInRounds() {
        // Two columns that both want more than there is get about the same.
        let w = ColumnSpec.widths([ColumnSpec(natural: 50), ColumnSpec(natural: 50)], fitting: 31, gap: 1)
        #expect(w == [15, 15])
    }

    @Test func whenMinimumsDoNotFitTheWidestGiveWay() {
        let w = ColumnSpec.widths([.fixed(10), .fixed(4)], fitting: 12, gap: 1)
        #expect(w == [7, 4])
    }

    @Test func withoutALimitEachGetsItsWidestUpToItsMaximum() {
        let specs = [ColumnSpec.fitting(["公共机构节能经费", "1"], title: "名称"), .fitting(["a"], title: "预算数", maximum: 4), .fitting([])]
        #expect(ColumnSpec.widths(specs, gap: 2) == [16, 4, 0])
    }
}
