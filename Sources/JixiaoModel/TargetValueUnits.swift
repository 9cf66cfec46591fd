/// What a unit measures; rules compare it with what an indicator is about.
public enum UnitKind: String, Hashable, Sendable {
    /// `%`, `‰`.
    case percent
    /// `元`, `万元`, `亿元`, `千元`.
    case money
    /// A count or a physical measure: `个`, `人次`, `万亩`, `公里`, `吨`.
    case count
    /// A duration: `天`, `工作日`, `个月`, `年`.
    case time
    /// One thing per another: `元/亩`, `人/天`, `批次/千人`; see `Quantity.unitNumerator`.
    case compound
    /// No unit written.
    case none
    /// A unit Jixiao does not know (`份额`), or a bare magnitude (`万`).
    case other

    static let moneyUnits: Set<String> = ["元", "万元", "亿元", "千元", "百元", "十万元", "百万元", "千万元"]
    static let timeUnits: Set<String> = [
        "天", "日", "小时", "分钟", "个工作日", "工作日", "个月", "月", "年", "周", "季度", "个季度", "学年", "学期", "年度", "天次",
    ]
    static let countUnits: Set<String> = [
        "个", "次", "人", "人次", "名", "台", "套", "辆", "项", "份", "件", "场", "批", "批次", "处", "户", "户次",
        "家", "所", "座", "条", "块", "间", "张", "本", "册", "期", "篇", "部", "株", "棵", "亩", "组", "门", "节",
        "平方米", "平米", "m²", "㎡", "m2", "米", "公里", "千米", "km", "m", "cm", "mm", "吨", "t", "公斤", "千克", "kg", "斤",
        "千瓦时", "度", "kWh", "千瓦", "立方米", "m³", "m3", "方", "册次", "课时", "学时", "个单位", "个部门", "个点", "个站",
        "栋", "幢", "床", "辆次", "架次", "只", "头", "匹", "羽", "尾", "枚", "剂", "剂次", "支", "盒", "箱", "袋", "瓶",
        "例", "人日", "人天", "村", "镇", "乡", "所次", "家次", "个次", "项次", "场次", "期次", "次数", "位", "篇次", "件次",
        "盏", "根", "片", "公顷", "亩次", "株次", "眼", "口", "道", "座次", "宗", "起", "单", "页", "卷", "种", "类", "个村",
        "个乡镇", "个项目", "所学校", "个班", "班", "班次", "车次", "趟", "点位", "个点位", "处次", "台次", "台套",
    ]
    /// Magnitudes written before a unit: `万人`, `万亩`, `千元`.
    static let magnitudes: [String] = ["十万", "百万", "千万", "万", "千", "百", "亿"]

    public static func of(_ unit: String) -> UnitKind {
        if unit.isEmpty { return .none }
        if unit == "%" || unit == "‰" { return .percent }
        // A `/` Character needs a `/` byte: the byte test spares most units the Character one.
        if hasSlashByte(unit), unit.contains("/") { return .compound }
        if moneyUnits.contains(unit) { return .money }
        if timeUnits.contains(unit) { return .time }
        if countUnits.contains(unit) { return .count }
        for m in magnitudes where TextNormalization.hasPrefix(unit, m) && unit.count > m.count {
            let rest = String(unit.dropFirst(m.count))
            if moneyUnits.contains(rest) { return .money }
            if countUnits.contains(rest) { return .count }
        }
        return .other
    }

    /// Whether `text` has the byte of `/` (U+002F): without it, no Character of it is `/`.
    static func hasSlashByte(_ text: String) -> Bool {
        text.utf8.contains(0x2F)
    }

    /// Whether a piece of text is a unit as a template prints one: a known unit, with a
    /// magnitude (`万人`), one per another (`元/亩`), or a magnitude alone (`万`).
    public static func isKnownUnit(_ unit: String) -> Bool {
        if unit.isEmpty { return false }
        if magnitudes.contains(unit) { return true }
        if unit.contains("/") {
            let parts = unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            return parts.allSatisfy { $0.isEmpty || isKnownUnit($0) } && parts.contains { !$0.isEmpty }
        }
        return of(unit) != .other
    }

    /// Every simple unit, longest first, for finding a unit at the start of a text.
    static let allSimpleUnits: [String] = {
        var all = Set(moneyUnits).union(timeUnits).union(countUnits)
        all.insert("%")
        all.insert("‰")
        return all.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }()

    /// The longest unit at the start of `text` — a magnitude, a simple unit, and `/` with another.
    public static func unitPrefix(of text: Substring) -> String? {
        func simple(_ t: Substring) -> String? {
            // `千克` is a unit of its own; `千元` is a magnitude and a unit: take the longer.
            var best = allSimpleUnits.first { t.hasPrefix($0) }
            for m in magnitudes where t.hasPrefix(m) {
                if let u = allSimpleUnits.first(where: { t.dropFirst(m.count).hasPrefix($0) }), u != "%", u != "‰",
                   m.count + u.count > best?.count ?? 0 {
                    best = m + u
                }
            }
            return best
        }
        guard let first = simple(text) else { return nil }
        let after = text.dropFirst(first.count)
        if after.hasPrefix("/"), let second = simple(after.dropFirst()) { return first + "/" + second }
        return first
    }
}

extension TargetValue {
    /// The amount of money the value states, with its written precision. `assuming` is the
    /// unit to read a bare number in (`576600.00` where the indicator is a sum of money and
    /// the table is in 元); with it, `57.66万` is also money. Nil for anything that is not
    /// one amount (a rate, a sentence, `1600元/亩`).
    /// 千元, 十万元…: a magnitude before 元, written in the nearest Money.Unit. (Made once:
    /// the literal was built again for every value asked.)
    private static let scaledUnits: [String: (Int64, Money.Unit)] = [
        "千元": (1_000, .yuan), "百元": (100, .yuan), "十万元": (10, .wan), "百万元": (100, .wan), "千万元": (1_000, .wan),
    ]

    public func amount(assuming unit: Money.Unit?) -> WrittenAmount? {
        guard let q = quantity, q.comparator != .between, q.number.fractionDigits.count <= 12 else { return nil }
        let multiplier: Int64
        let written: Money.Unit
        if let u = Money.Unit(rawValue: q.unit) {
            (multiplier, written) = (u.fenPerUnit, u)
        } else if let (factor, u) = Self.scaledUnits[q.unit] {
            (multiplier, written) = (factor * u.fenPerUnit, u)
        } else if let assumed = unit, q.unit.isEmpty {
            (multiplier, written) = (assumed.fenPerUnit, assumed)
        } else if unit != nil, let u = Money.Unit(printed: q.unit) {
            // `57.66万` where the indicator is a sum of money.
            (multiplier, written) = (u.fenPerUnit, u)
        } else {
            return nil
        }
        // Value in 分, exactly: the written digits times the 分 one step of the last digit is worth.
        var fraction = q.number.fractionDigits
        var power: Int64 = 1
        for _ in fraction { power *= 10 }
        // Trailing zeros finer than a 分 carry no value (`20000.000` 元).
        while !fraction.isEmpty, multiplier % power != 0, fraction.last == "0" {
            fraction.removeLast()
            power /= 10
        }
        guard multiplier % power == 0 else { return nil }
        let step = multiplier / power
        let digits = q.number.integerDigits + fraction
        guard digits.count <= 18, let n = Int64(digits) else { return nil }
        let (fen, overflow) = n.multipliedReportingOverflow(by: step)
        guard !overflow, fen <= Int64(1) << 53 else { return nil }
        return WrittenAmount(money: Money(fen: fen), unit: written, step: Money(fen: max(step, 1)))
    }
}
