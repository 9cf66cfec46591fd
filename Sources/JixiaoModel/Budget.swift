/// 预算规模: 预算数 = 财政资金 + 其他资金 (when the document is right).
///
/// Real tables do not always print all three: a total line without a figure (the total is
/// then derived from its parts), a total with no fiscal/other split, no amounts at all.
/// `total`, `fiscal` and `other` are always amounts (zero when missing, so sums stay
/// simple); the figures say how each one came to be, so rules and screens can tell a
/// stated zero from an empty cell.
public struct Budget: Hashable, Sendable {
    public var total: Money
    public var fiscal: Money
    public var other: Money
    /// How 预算数 came to be and how it was printed.
    public var totalFigure: BudgetFigure
    /// How 财政资金 came to be and how it was printed.
    public var fiscalFigure: BudgetFigure
    /// How 其他资金 came to be and how it was printed.
    public var otherFigure: BudgetFigure
    /// The table's other money lines, in order: itemised sources and their subtotals
    /// (`(一)财政拨款小计`, `1、一般公共预算`), 中期 amounts beside the 年度 ones.
    public var items: [BudgetItem]

    public init(total: Money, fiscal: Money, other: Money) {
        self.init(total: total, fiscal: fiscal, other: other, totalFigure: .stated, fiscalFigure: .stated,
                  otherFigure: .stated, items: [])
    }

    public init(total: Money, fiscal: Money, other: Money, totalFigure: BudgetFigure, fiscalFigure: BudgetFigure,
                otherFigure: BudgetFigure, items: [BudgetItem] = []) {
        self.total = total
        self.fiscal = fiscal
        self.other = other
        self.totalFigure = totalFigure
        self.fiscalFigure = fiscalFigure
        self.otherFigure = otherFigure
        self.items = items
    }

    public typealias Part = ProjectField.BudgetPart

    public func amount(_ part: Part) -> Money {
        switch part {
        case .total: total
        case .fiscal: fiscal
        case .other: other
        }
    }

    public func figure(_ part: Part) -> BudgetFigure {
        switch part {
        case .total: totalFigure
        case .fiscal: fiscalFigure
        case .other: otherFigure
        }
    }

    public mutating func set(_ part: Part, _ money: Money, _ figure: BudgetFigure) {
        switch part {
        case .total: total = money; totalFigure = figure
        case .fiscal: fiscal = money; fiscalFigure = figure
        case .other: other = money; otherFigure = figure
        }
    }

    /// Whether 预算数 was printed with a figure, derived from its parts, or missing.
    public var totalSource: AmountSource { totalFigure.source }
    public var fiscalSource: AmountSource { fiscalFigure.source }
    public var otherSource: AmountSource { otherFigure.source }

    /// Whether the table printed this amount (a figure in its cell).
    public func isStated(_ part: Part) -> Bool { figure(part).source == .stated }

    /// Whether the table printed no amount at all.
    public var hasNoAmounts: Bool {
        Part.allCases.allSatisfy { figure($0).source == .missing } && items.allSatisfy { $0.amount == nil }
    }

    /// Publishing damage in the three amounts (`854万854万`), for rules to point out.
    public var defects: [(part: Part, defect: PrintingDefect, printed: String)] {
        Part.allCases.compactMap { p in
            let f = figure(p)
            guard let d = f.defect else { return nil }
            return (p, d, f.printed ?? "")
        }
    }
}

/// How an amount of the budget came to be.
public enum AmountSource: String, Hashable, Sendable, Codable {
    /// Printed in the table.
    case stated
    /// The table left the cell empty; Jixiao computed it from the other amounts
    /// (预算数 = 财政资金 + 其他资金, or a part from its itemised sources).
    case derived
    /// Not printed and not derivable: the amount is zero in the model.
    case missing

    public var chinese: String {
        switch self {
        case .stated: "表中填写"
        case .derived: "表中未填，由各项推算"
        case .missing: "表中未填"
        }
    }
}

/// One of the three budget amounts: how it came to be and how the table printed it.
public struct BudgetFigure: Hashable, Sendable, Codable {
    public var source: AmountSource
    /// The cell as printed, when it is not a plain number: `854万`, `3,309,840.00`,
    /// `2279.048 万元`, `854万854万`. nil for a plain figure (`20000.00`, `16`).
    public var printed: String?
    /// What the publishing did to the printed figure.
    public var defect: PrintingDefect?

    public init(source: AmountSource, printed: String? = nil, defect: PrintingDefect? = nil) {
        self.source = source
        self.printed = printed
        self.defect = defect
    }

    public static let stated = BudgetFigure(source: .stated)
    public static let derived = BudgetFigure(source: .derived)
    public static let missing = BudgetFigure(source: .missing)
}

/// A money line of the table besides 预算数 / 财政资金 / 其他资金: `(一)财政拨款小计 6.30`,
/// `1、一般公共预算 6.30`, `中期资金总额 68.50`.
public struct BudgetItem: Hashable, Sendable, Codable {
    /// The label as printed, without its colon: `(一)财政拨款小计`.
    public var label: String
    /// The figure as printed: `6.30`, `854万`; "" when the cell is empty.
    public var printed: String
    /// The figure in the table's unit; nil when the cell is empty.
    public var amount: Money?
    public var line: Int

    public init(label: String, printed: String, amount: Money?, line: Int) {
        self.label = label
        self.printed = printed
        self.amount = amount
        self.line = line
    }

    /// What the label names; nil for a label outside the vocabulary.
    public var kind: BudgetItemKind? { BudgetItemKind.of(label) }
    /// 0 for a line without a number (`财政拨款`), 1 for a numbered source (`(一)…`,
    /// `一、…`), 2 for a line under it (`1、…`, `(1)…`).
    public var level: Int { BudgetItemKind.level(of: label) }
}

extension Budget: Codable {
    enum CodingKeys: String, CodingKey {
        case total, fiscal, other, totalFigure, fiscalFigure, otherFigure, items
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(total: try c.decode(Money.self, forKey: .total), fiscal: try c.decode(Money.self, forKey: .fiscal),
                  other: try c.decode(Money.self, forKey: .other),
                  totalFigure: try c.decodeIfPresent(BudgetFigure.self, forKey: .totalFigure) ?? .stated,
                  fiscalFigure: try c.decodeIfPresent(BudgetFigure.self, forKey: .fiscalFigure) ?? .stated,
                  otherFigure: try c.decodeIfPresent(BudgetFigure.self, forKey: .otherFigure) ?? .stated,
                  items: try c.decodeIfPresent([BudgetItem].self, forKey: .items) ?? [])
    }

    /// The three amounts as before; the figures and items only when a table had them,
    /// so a document that prints its budget plainly is stored exactly as it always was.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(total, forKey: .total)
        try c.encode(fiscal, forKey: .fiscal)
        try c.encode(other, forKey: .other)
        if totalFigure != .stated { try c.encode(totalFigure, forKey: .totalFigure) }
        if fiscalFigure != .stated { try c.encode(fiscalFigure, forKey: .fiscalFigure) }
        if otherFigure != .stated { try c.encode(otherFigure, forKey: .otherFigure) }
        if !items.isEmpty { try c.encode(items, forKey: .items) }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, TextNormalization.contains(self, target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}

extension Budget {
    /// The budget with every amount the table left empty derived where it can be: a part
    /// (财政资金, 其他资金) from its numbered sources, 预算数 from 财政资金 + 其他资金.
    /// Stated amounts are never changed.
    public func derivingMissing() -> Budget {
        var b = self
        for (part, kind) in [(Part.fiscal, BudgetItemKind.fiscal), (.other, .other)] where !b.isStated(part) {
            // The numbered sources of that kind (`(一)财政拨款小计`), else the lines under
            // them (`1、一般公共预算`); an unnumbered line is the part itself, never summed.
            let ofKind = items.filter { $0.kind == kind && $0.amount != nil }
            let sources = ofKind.filter { $0.level == 1 }
            let used = sources.isEmpty ? ofKind.filter { $0.level == 2 } : sources
            if used.isEmpty {
                b.set(part, .zero, BudgetFigure(source: .missing))
            } else {
                b.set(part, used.reduce(Money.zero) { $0 + $1.amount! }, BudgetFigure(source: .derived))
            }
        }
        if !b.isStated(.total) {
            if b.fiscalSource != .missing || b.otherSource != .missing {
                b.set(.total, b.fiscal + b.other, BudgetFigure(source: .derived))
            } else {
                b.set(.total, .zero, BudgetFigure(source: .missing))
            }
        }
        return b
    }
}
