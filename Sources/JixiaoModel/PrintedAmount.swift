/// An amount as a published table prints it in a cell: `20000.00` under a `单位：元`
/// header, `16` under `单位：万元`, the unit in the cell (`854万`, `2279.048 万元`,
/// `10000万元`), thousands separators (`3,309,840.00`), and the value doubled by the
/// publishing software (`854万854万`). Anything else is still an error: `12abc`, `1,23`,
/// `约 2 万元` are not amounts.
public struct PrintedAmount: Hashable, Sendable {
    public let amount: WrittenAmount
    /// What the publishing did to the cell, when the figure had to be recovered.
    public let defect: PrintingDefect?

    public var money: Money { amount.money }

    public static func read(_ text: String, defaultUnit: Money.Unit = .yuan) throws(MoneyParseError) -> PrintedAmount {
        // `20000.00`, as most cells are: no unit, separator, blank or sign to take off.
        if let amount = WrittenAmount.plainFigure(text, unit: defaultUnit) { return PrintedAmount(amount: amount, defect: nil) }
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(text))
        guard !t.isEmpty else { throw .empty }
        if let first = t.first, "¥￥".contains(first) { t.removeFirst() }
        do {
            return PrintedAmount(amount: try plain(t, defaultUnit: defaultUnit, original: text), defect: nil)
        } catch {
            // `854万854万`: the same figure printed twice in one cell.
            let chars = TextNormalization.characters(t)
            if chars.count >= 2, chars.count % 2 == 0 {
                let half = String(chars[..<(chars.count / 2)])
                if half == String(chars[(chars.count / 2)...]),
                   let once = try? plain(half, defaultUnit: defaultUnit, original: text) {
                    return PrintedAmount(amount: once, defect: .doubled)
                }
            }
            throw error
        }
    }

    /// One figure: digits (grouped by thousands or not), an optional point, an optional unit.
    static func plain(_ t: String, defaultUnit: Money.Unit, original: String) throws(MoneyParseError) -> WrittenAmount {
        var number = Substring(t)
        var unit = defaultUnit
        for candidate in ["亿元", "万元", "元", "亿", "万"] where number.hasSuffix(candidate) {
            unit = Money.Unit(printed: candidate)!
            number = number.dropLast(candidate.count)
            break
        }
        guard let ungrouped = withoutThousandsSeparators(number) else { throw .notANumber(original) }
        do {
            return try WrittenAmount.parse(ungrouped + unit.rawValue, defaultUnit: unit)
        } catch .notANumber {
            throw .notANumber(original)
        }
    }

    /// `3,309,840.00` → `3309840.00`; nil for commas that do not group thousands (`1,23`).
    static func withoutThousandsSeparators(_ number: Substring) -> String? {
        guard number.contains(",") else { return String(number) }
        let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let lead = groups.first, (1...3).contains(lead.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              parts.count == 1 || !parts[1].contains(",") else { return nil }
        return groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
    }
}

/// Damage the publishing did to a printed figure, kept so a rule can point it out.
public enum PrintingDefect: String, Hashable, Sendable, Codable {
    /// `854万854万`: the figure printed twice in one cell; read once.
    case doubled

    public var chinese: String {
        switch self {
        case .doubled: "同一金额在单元格中重复印了两次"
        }
    }
}
