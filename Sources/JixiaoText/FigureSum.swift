import JixiaoModel

/// The most a document's figures may add up to: 2^56 分 (about 720 万亿元), eight times the
/// largest single figure read (`Money.amount`). Amounts are added in Int64 分 everywhere —
/// a table's 财政资金 from its sources, a department's 预算数合计, a workspace's departments —
/// and a text of thousands of tables (or money lines) each at the largest figure would
/// overflow those sums, which traps. No budget comes near the limit, so such a text is
/// refused on the line where its figures pass it.
struct FigureSum {
    static let limit: UInt64 = 1 << 56
    static let hint = "核对金额的单位（元、万元）和位数：数字可能多打了几位，或几个数连在了一起"

    private(set) var fen: UInt64 = 0

    /// Adds `money`'s size; false when the sum passes `limit`.
    mutating func add(_ money: Money) -> Bool {
        let (sum, overflow) = fen.addingReportingOverflow(money.fen.magnitude)
        fen = overflow ? .max : sum
        return fen <= Self.limit
    }
}
