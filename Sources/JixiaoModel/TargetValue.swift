/// A parsed 指标值: a comparator, a number and a unit (定量), a deadline or a period, a
/// sentence with a figure in it, a template slot left unfilled, or an assessable statement
/// (定性). The raw text is what the document says and is what is stored; the parse is
/// derived from it.
public struct TargetValue: Hashable, Sendable {
    public let raw: String
    public let kind: Kind

    public enum Kind: Hashable, Sendable {
        /// `≥95%`, `2万元`, `100%`, `不少于 12 次`, `±3%以内`, `80%-90%`, `五十七万元`, `1600元/亩`.
        case quantity(Quantity)
        /// `2021年12月底前`, `2025年年底前`, `12月底到位`, `年内`: by when.
        case deadline(Deadline)
        /// `2021年1月-12月`, `2023.07-2024.01`, `全年`, `2024年1月1日-2024年12月31日`: over what time.
        case period(Period)
        /// A sentence with something measurable in it: `严格按照预算标准1000元/人给补助对象兑付补助`.
        case statement(Measure)
        /// A template placeholder instead of the number: `≤**万元`, `≥XX%`.
        case placeholder(Slot)
        /// Only the template's frame, nothing chosen: a bare unit (`公里`), a comparator and a
        /// unit (`≧ %`), or the template's scale (`高中低`).
        case unfilled(Slot)
        /// Words only, nothing measurable: `按规定执行`, `保障各项综合事务正常开展`, `稳步提高`.
        case qualitative
        /// An empty cell.
        case empty
    }

    /// Something a result can be checked against.
    public enum Measure: Hashable, Sendable {
        case quantity(Quantity)
        case deadline(Deadline)
        case period(Period)
    }

    public struct Quantity: Hashable, Sendable {
        public let comparator: Comparator
        /// The number, in the unit as written (`57.66` in `57.66万元`; `57.66` for `伍拾柒万陆仟陆佰元`,
        /// whose unit is then `万元`).
        public let number: DecimalText
        /// The upper end of a range (`90` in `80%-90%`); the comparator is then `.between`.
        public let upper: DecimalText?
        /// The unit as written after normalisation (`%`, `万元`, `次`, `元/亩`), or "" for a bare number.
        public let unit: String
        /// Whether the number was written in Chinese numerals (`五十七万元`, `伍拾柒万`).
        public let inChineseNumerals: Bool

        public init(comparator: Comparator, number: DecimalText, unit: String, upper: DecimalText? = nil, inChineseNumerals: Bool = false) {
            self.comparator = comparator
            self.number = number
            self.unit = unit
            self.upper = upper
            self.inChineseNumerals = inChineseNumerals
        }

        public var unitKind: UnitKind { UnitKind.of(unit) }
        /// What is measured: `元` in `元/亩`, `人` in `人/天`, "" in `/株`, the whole unit otherwise.
        public var unitNumerator: String {
            // Most units have no `/` byte, so no `/` Character: the whole unit, without splitting.
            guard UnitKind.hasSlashByte(unit) else { return unit }
            return unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        }
        /// Per what: `亩` in `元/亩`; nil for a simple unit.
        public var unitDenominator: String? {
            let parts = unit.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
            return parts.count == 2 ? String(parts[1]) : nil
        }
    }

    public struct Deadline: Hashable, Sendable {
        public let year: Int?
        public let month: Int
        public let day: Int?

        public init(year: Int?, month: Int, day: Int?) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// A point in a calendar as precise as it was written: `2024年`, `2024年1月`, `2024年1月1日`, `12月`.
    public struct DatePoint: Hashable, Sendable {
        public let year: Int?
        public let month: Int?
        public let day: Int?

        public init(year: Int?, month: Int?, day: Int?) {
            self.year = year
            self.month = month
            self.day = day
        }
    }

    /// From one point to another, both included. `全年` is month 1 to month 12 of an unnamed year.
    public struct Period: Hashable, Sendable {
        public let from: DatePoint
        public let to: DatePoint

        public init(from: DatePoint, to: DatePoint) {
            self.from = from
            self.to = to
        }
    }

    /// What a template printed around the number it left for the unit to fill in.
    public struct Slot: Hashable, Sendable {
        public let comparator: Comparator
        /// The unit after the slot (`万元` in `≤**万元`), or "".
        public let unit: String
        /// The template's scale left as the value (`高`, `中`, `低`), or empty.
        public let choices: [String]

        public init(comparator: Comparator, unit: String, choices: [String] = []) {
            self.comparator = comparator
            self.unit = unit
            self.choices = choices
        }
    }

    public init(_ raw: String) {
        self.raw = raw
        self.kind = TargetValue.parse(raw)
    }

    /// The quantity when the whole value is one (`≥95%`); nil for a sentence that contains one.
    public var quantity: Quantity? {
        if case .quantity(let q) = kind { return q }
        return nil
    }

    /// What the value can be checked against: the whole value, or the figure in a sentence.
    public var measure: Measure? {
        switch kind {
        case .quantity(let q): .quantity(q)
        case .deadline(let d): .deadline(d)
        case .period(let p): .period(p)
        case .statement(let m): m
        case .placeholder, .unfilled, .qualitative, .empty: nil
        }
    }

    /// Whether the value states something a reviewer can check the result against.
    public var isQuantitative: Bool { measure != nil }

    /// Whether the value is words with nothing measurable in them — what "没有数值" may be
    /// said of. Not a placeholder or an unfilled template (that is a different defect), not
    /// a period or a sentence with a figure in it, not an empty cell.
    public var isWordsOnly: Bool { kind == .qualitative }

    /// Whether the value is a template slot nobody filled in (`公里`, `≧ %`, `≤**万元`, `高中低`).
    public var isTemplateSlot: Bool {
        switch kind {
        case .placeholder, .unfilled: true
        default: false
        }
    }

    /// The amount of money the value states with an explicit currency (`57.66 万元`,
    /// `576,600 元`, `五十七万元`), with its written precision. A bare number or `57.66万`
    /// is money only in context: see `amount(assuming:)`.
    public var amount: WrittenAmount? { amount(assuming: nil) }
}

extension TargetValue {
    /// How a target compares the result with the number.
    public enum Comparator: String, Hashable, Sendable, CaseIterable {
        case atLeast = "≥"
        case greaterThan = ">"
        case equal = "="
        case lessThan = "<"
        case atMost = "≤"
        /// Within a tolerance either way: `±3%以内`.
        case plusMinus = "±"
        /// A range: `80%-90%`; the quantity's `upper` is the upper end.
        case between = "~"
        /// `约 100 人`.
        case approximately = "约"
        /// No comparator written: the number itself (`100%`, `2万元`).
        case exactly = ""
    }
}

extension TargetValue: Codable {
    /// Stored as the raw text; the parse is re-derived on load.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }
}
