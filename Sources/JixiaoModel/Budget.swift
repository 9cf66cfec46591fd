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

/// What a money label names. The vocabulary of real tables, in one place.
public enum BudgetItemKind: String, Hashable, Sendable, Codable {
    /// 预算数, 年度资金总额, 资金总额, 项目金额, 项目总预算, 部门预算, 绩效金额 …
    case total
    /// 财政资金, 财政拨款, 上级资金, 当年市级财政资金, 年度本级预算金额, 一般公共预算, 财政投款 …
    case fiscal
    /// 其他资金, 其它资金, 其他收入, 自有资金 …
    case other
    /// 中期资金总额, 长期 amounts: beside the 年度 ones, never one of the three.
    case mediumTerm

    static let notMoneyWords = ["目标", "指标", "代码", "编码", "科目", "分类", "率", "比例", "方式", "名称", "性质", "用途",
                                "时间", "期限"]
    static let labelPunctuation = Set(":：，,。；;%".unicodeScalars)
    static let mediumTermWords = ["中期", "长期", "累计", "总投资"]
    static let otherWords = ["其他资金", "其它资金", "其他收入", "其它收入", "自有资金", "自筹", "单位资金", "社会资金",
                             "事业收入", "经营收入", "经营性收入", "非财政", "银行贷款", "其他来源"]
    static let fiscalWords = ["财政", "上级资金", "上级补助", "一般公共预算", "政府性基金", "国有资本经营", "本级预算",
                              "专项资金", "转移支付", "中央资金", "省级资金", "市级资金", "县级资金", "区级资金", "投款",
                              "中央补助", "省级补助", "市级补助", "县级补助", "补助资金", "地方资金", "本级资金"]
    static let totalWords = ["预算数", "总额", "总预算", "项目金额", "部门预算", "绩效金额", "预算金额", "年度预算",
                             "项目资金", "资金规模", "合计", "总计", "预算资金", "资金数", "年度资金", "当年资金",
                             "年度金额", "总金额", "资金金额", "项目预算"]

    /// Every character of the words `of` looks for (all in the BMP), as bits by scalar value.
    static let moneyWordScalarBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for s in (["其他", "其它"] + mediumTermWords + otherWords + fiscalWords + totalWords).flatMap(\.unicodeScalars) {
            precondition(s.value < 0x10000)
            bits[Int(s.value >> 6)] |= 1 << (s.value & 63)
        }
        return bits
    }()

    /// The kind a label names, or nil when it is not a money label. Numbering
    /// (`(一)`, `1、`), `其中`, colons and a unit in brackets are ignored.
    public static func of(_ label: String) -> BudgetItemKind? {
        // Asked of every cell: one without any character of the money words cannot hold one
        // once bare (making it bare only drops characters), and is answered without a copy.
        guard label.unicodeScalars.contains(where: { $0.value < 0x10000 && moneyWordScalarBits[Int($0.value >> 6)] & (1 << ($0.value & 63)) != 0 })
        else { return nil }
        var l = bare(label)
        // A label is short and has no punctuation inside; goals, indicators, codes, rates
        // and classifications name no amount (资金来源 names none either: no money word) (`中期目标`, `财政资金科目代码`, `年度预算执行率`).
        // (Characters counted only past 16 scalars, and only up to 17: the reader asks this
        // of whole paragraphs too.)
        // (The length first: it looks at 17 scalars at most, the punctuation at every one of
        // a paragraph's.)
        guard !l.isEmpty, l.unicodeScalars.prefix(17).count <= 16 || l.prefix(17).count <= 16,
              !l.unicodeScalars.contains(where: { labelPunctuation.contains($0) }) else { return nil }
        // Words are looked for by UTF-8 bytes (as `TextNormalization.contains` does, a byte
        // match being a character match in UTF-8), in the label's bytes taken once: the
        // reader asks this of every cell of every row, and `String.contains` was half of reading.
        return l.withUTF8 { t -> BudgetItemKind? in
            func has(_ word: [UInt8]) -> Bool { containsBytes(t, word) }
            if notMoneyWordBytes.contains(where: has) { return nil }
            if t.elementsEqual("其他".utf8) || t.elementsEqual("其它".utf8) { return .other }
            if mediumTermWordBytes.contains(where: has) { return .mediumTerm }
            if otherWordBytes.contains(where: has) { return .other }
            if fiscalWordBytes.contains(where: has) { return .fiscal }
            if totalWordBytes.contains(where: has) { return .total }
            return nil
        }
    }

    static let notMoneyWordBytes = notMoneyWords.map { Array($0.utf8) }
    static let mediumTermWordBytes = mediumTermWords.map { Array($0.utf8) }
    static let otherWordBytes = otherWords.map { Array($0.utf8) }
    static let fiscalWordBytes = fiscalWords.map { Array($0.utf8) }
    static let totalWordBytes = totalWords.map { Array($0.utf8) }

    static func containsBytes(_ t: UnsafeBufferPointer<UInt8>, _ w: [UInt8]) -> Bool {
        guard !w.isEmpty else { return true }
        guard w.count <= t.count else { return false }
        let first = w[0]
        for i in 0...(t.count - w.count) where t[i] == first {
            var k = 1
            while k < w.count && t[i + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    /// 2 for a line numbered `1、` `1.` `(1)`; 1 for one numbered `(一)` or `一、` (a source
    /// with its subtotal); 0 for a line without a number (预算数, 财政资金, 其他资金).
    public static func level(of label: String) -> Int {
        let l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
        let numerals = levelNumerals
        if let c = l.first, c.isASCII && c.isNumber { return 2 }
        if l.hasPrefix("("), let c = l.dropFirst().first, c.isASCII && c.isNumber { return 2 }
        if l.hasPrefix("("), let c = l.dropFirst().first, numerals.contains(c) { return 1 }
        if let c = l.first, numerals.contains(c), l.dropFirst().first.map({ "、.".contains($0) }) == true { return 1 }
        return 0
    }

    /// Made once: a set of Characters built at every call was most of `level(of:)`.
    static let levelNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// A label without numbering, `其中`, colons, blanks and a bracketed unit. The reader
    /// asks this of every cell, so it looks at scalars, not Characters.
    public static func bare(_ label: String) -> String {
        var l = TextNormalization.withoutBlanks(TextNormalization.halfWidth(label))
        // Most labels have nothing more to take off — no bracket, no numbering, no 其中, no
        // punctuation at either end — and are returned as they are, without a copy: every
        // cell that has a money word's character is asked.
        if let first = l.unicodeScalars.first, let last = l.unicodeScalars.last, last != ":", last != "：",
           !(first.isASCII && ("0"..."9").contains(first)), !numeralScalars.contains(first), first != "其",
           !leadingPunctuation.contains(first), !l.utf8.contains(0x28), !TextNormalization.contains(l, "（") {
            return l
        }
        // A bracketed unit or note: `(万元)`, `(元)`.
        if l.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) {
            for unit in ["(万元)", "(元)", "(亿元)", "（万元）", "（元）"] { l = l.replacingAll(unit, with: "") }
        }
        // Numbering: (一) 一、 1、 1. (1) 1)
        var scalars = Substring(l).unicodeScalars
        if let first = scalars.first, first == "(" || first == "（",
           let close = scalars.firstIndex(where: { $0 == ")" || $0 == "）" }), scalars.distance(from: scalars.startIndex, to: close) <= 3 {
            scalars = scalars[scalars.index(after: close)...]
        } else {
            let num = scalars.prefix { ($0.isASCII && ("0"..."9").contains($0)) || numeralScalars.contains($0) }
            if !num.isEmpty, let sep = scalars.dropFirst(num.count).first, numberSeparators.contains(sep) {
                scalars = scalars.dropFirst(num.count + 1)
            }
        }
        if scalars.first == "其", scalars.starts(with: "其中".unicodeScalars) { scalars = scalars.dropFirst(2) }
        while let c = scalars.first, leadingPunctuation.contains(c) { scalars.removeFirst() }
        while let c = scalars.last, c == ":" || c == "：" { scalars.removeLast() }
        return String(scalars)
    }

    static let numeralScalars = Set("一二三四五六七八九十".unicodeScalars)
    static let numberSeparators = Set("、.．)）".unicodeScalars)
    static let leadingPunctuation = Set(":：,，".unicodeScalars)
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
