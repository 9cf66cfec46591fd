/// A finding the reviewer checked and let stand: 核实无误 (the document is right) or
/// 豁免：理由 (accepted for a stated reason). A waived finding is still listed, with its
/// waiver, but no longer counts against the project, the export or `jixiao check`.
///
/// A waiver names its finding by what does not change when the document is edited: the
/// rule, the project's position (codes can be edited; positions cannot), the part, and
/// for an indicator the row and cell. The source line only tells apart findings that
/// share all of these (two 目录 entries); `WaiverMatching` in JixiaoRules does the
/// matching. A waiver whose finding has gone after an edit is stale: kept, and reported.
public struct Waiver: Hashable, Sendable, Codable {
    public var rule: String
    /// 1-based position of the project; nil for a finding about the department.
    public var project: Int?
    /// The project's code when it was waived, for readers of the record.
    public var code: String?
    /// The part of the table (`Location.Part` raw value: `indicator`, `budget` …).
    public var part: String
    /// For an indicator: the 1-based row and the cell.
    public var row: Int?
    public var field: IndicatorField?
    /// The source line of the finding.
    public var line: Int
    /// The finding as it read when it was waived: severity (`error` …) and message.
    public var severity: String
    public var message: String
    /// `核实无误`, or `豁免：` and why.
    public var reason: String
    public var reviewer: String
    /// ISO 8601, UTC, as the journal records it.
    public var time: String

    public init(rule: String, project: Int?, code: String?, part: String, row: Int?, field: IndicatorField?, line: Int,
                severity: String, message: String, reason: String, reviewer: String, time: String) {
        self.rule = rule
        self.project = project
        self.code = code
        self.part = part
        self.row = row
        self.field = field
        self.line = line
        self.severity = severity
        self.message = message
        self.reason = reason
        self.reviewer = reviewer
        self.time = time
    }

    /// What the waiver is about, without who and why: two waivers with the same address
    /// are for the same finding.
    public var address: Address {
        Address(rule: rule, project: project, part: part, row: row, field: field, line: line)
    }

    public struct Address: Hashable, Sendable {
        public var rule: String
        public var project: Int?
        public var part: String
        public var row: Int?
        public var field: IndicatorField?
        public var line: Int

        public init(rule: String, project: Int?, part: String, row: Int?, field: IndicatorField?, line: Int) {
            self.rule = rule
            self.project = project
            self.part = part
            self.row = row
            self.field = field
            self.line = line
        }

        /// The same finding, edits notwithstanding: everything but the line.
        public var place: [String] {
            [rule, project.map(String.init) ?? "-", part, row.map(String.init) ?? "-", field?.rawValue ?? "-"]
        }
    }

    /// The reason a waiver gets when the reviewer only confirms the document is right.
    public static let verified = "核实无误"

    /// The reason as the reviewer gave it, normalised: `豁免` alone is not a reason.
    public static func validReason(_ text: String) -> String? {
        let t = TextNormalization.trimmed(text)
        let bare = t.filter { $0 != "：" && $0 != ":" }
        return t.isEmpty || bare == "豁免" ? nil : t
    }

    /// Department first, then by project, part, row, cell, line and rule: the order
    /// `Review.waivers` keeps.
    public static func order(_ a: Waiver, _ b: Waiver) -> Bool {
        let ka = (a.project ?? 0, a.line, a.row ?? 0, a.part, a.field?.rawValue ?? "", a.rule)
        let kb = (b.project ?? 0, b.line, b.row ?? 0, b.part, b.field?.rawValue ?? "", b.rule)
        return ka < kb
    }
}

extension Document {
    /// The document with `waivers` recorded; a waiver for a finding already waived
    /// replaces the one before (a new reason).
    public func waiving(_ waivers: [Waiver]) throws(EditError) -> Document {
        guard !waivers.isEmpty else { throw EditError("没有要豁免的问题") }
        for w in waivers {
            if let refusal = InvisibleCharacters.refusal(of: w.reason, as: "豁免理由")
                ?? InvisibleCharacters.refusal(of: w.reviewer, as: "审核人姓名") { throw EditError(refusal) }
            guard Waiver.validReason(w.reason) != nil else {
                throw EditError("豁免须写明理由：核实无误，或“豁免：”和理由")
            }
            if let p = w.project, !projects.indices.contains(p - 1) {
                throw EditError("没有第 \(p) 个项目（文档共 \(projects.count) 个项目）")
            }
        }
        var doc = self
        let addresses = Set(waivers.map(\.address))
        doc.review.waivers = (review.waivers.filter { !addresses.contains($0.address) } + waivers).sorted(by: Waiver.order)
        return doc
    }

    /// The document without the waivers at `addresses`; each must be recorded.
    public func unwaiving(_ addresses: [Waiver.Address]) throws(EditError) -> Document {
        guard !addresses.isEmpty else { throw EditError("没有要取消的豁免") }
        let recorded = Set(review.waivers.map(\.address))
        for a in addresses where !recorded.contains(a) {
            throw EditError("规则 \(a.rule) 在\(a.project.map { "项目 \($0)" } ?? "部门")没有这条豁免")
        }
        var doc = self
        let gone = Set(addresses)
        doc.review.waivers = review.waivers.filter { !gone.contains($0.address) }
        return doc
    }
}
