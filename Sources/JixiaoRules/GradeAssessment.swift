import JixiaoModel

/// The 综合评定 Jixiao suggests, scored on the bureau's four review criteria (domain.md:
/// 完整性, 相关性, 适当性, 可行性) from the open findings, with the score table and the
/// reasons. The reviewer decides; the suggestion says how it was reached, so the reviewer
/// can see where they disagree. docs/grading.md explains the scoring.
///
/// The scoring, in full:
/// - Each rule's category is one criterion; 规范 (how the text is written) counts under
///   完整性 (“clear, specific”).
/// - Each project is a unit, and the department part (findings about no one project) one
///   more. A unit's penalty in a criterion is the sum of its open findings' weights there —
///   错误 1, 警告 0.25, 提示 0.05 — at most 1.
/// - A criterion scores 25 × (1 − its units' penalties ÷ the number of units): 25 when no
///   unit has an open finding there, 0 when every unit has an error there.
/// - The total, out of 100, gives 优 from 90, 良 from 80, 中 from 60, else 差.
/// - Caps: an open error anywhere (强制性审核 not passed) or a project 退回 means the unit
///   must revise and resubmit: at best 中.
/// Waived findings do not count: the reviewer has checked them.
public struct GradeAssessment: Hashable, Sendable {
    public struct Criterion: Hashable, Sendable {
        public var category: RuleCategory
        public var score: Double
        public static let maximum = 25.0
        /// Units (projects, and the department) with an open finding in this criterion.
        public var unitsAffected: Int
        /// Open findings counted here, by severity.
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// The rules that found most here, with counts: `数量指标写成资金 ×5`.
        public var topRules: [RuleCount]

        public struct RuleCount: Hashable, Sendable {
            public var title: String
            public var count: Int
        }

        /// `3 个项目有问题：错误 1、警告 4；主要是 数量指标写成资金 ×2`.
        public var reason: String {
            guard errors + warnings + infos > 0 else { return "没有未处理的问题" }
            var counts: [String] = []
            if errors > 0 { counts.append("错误 \(errors)") }
            if warnings > 0 { counts.append("警告 \(warnings)") }
            if infos > 0 { counts.append("提示 \(infos)") }
            let top = topRules.map { "\($0.title) ×\($0.count)" }.joined(separator: "、")
            return "\(unitsAffected) 处有问题：\(counts.joined(separator: "、"))；主要是 \(top)"
        }
    }

    /// 完整性, 相关性, 适当性, 可行性, in that order.
    public var criteria: [Criterion]
    public var total: Double
    /// What the total alone gives, and what is suggested after the caps.
    public var byScore: Grade
    public var suggested: Grade
    /// Why the suggestion is below what the score gives, when it is.
    public var caps: [String]
    public var units: Int

    /// The four criteria, in the form's order.
    public static let criteriaOrder: [RuleCategory] = [.completeness, .relevance, .appropriateness, .feasibility]

    /// The criterion a rule's category counts under.
    public static func criterion(of category: RuleCategory) -> RuleCategory {
        category == .convention ? .completeness : category
    }

    public static func weight(_ s: Severity) -> Double {
        switch s {
        case .error: 1
        case .warning: 0.25
        case .info: 0.05
        }
    }

    /// The lowest total for each grade: 优 90, 良 80, 中 60 (差 below).
    public static let thresholds: [(Grade, Double)] = [(.excellent, 90), (.good, 80), (.fair, 60)]

    public static func grade(forScore total: Double) -> Grade {
        thresholds.first { total >= $0.1 }?.0 ?? .poor
    }

    /// What the assessment asks of each rule, by id: its criterion, its title and its place
    /// in the catalogue.
    struct RuleIndex: Sendable {
        let category: [String: RuleCategory]
        let title: [String: String]
        let order: [String: Int]

        init(_ rules: [Rule]) {
            category = Dictionary(rules.map { ($0.id, GradeAssessment.criterion(of: $0.category)) }, uniquingKeysWith: { a, _ in a })
            title = Dictionary(rules.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            order = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The catalogue's index, made once: the workstation assesses on every key that lays out
    /// the overview or the 部门 part, and making it each time was most of that.
    static let catalogueIndex = RuleIndex(RuleCatalogue.all)

    /// `rules` nil: the catalogue.
    public static func assess(_ document: Document, findings: [Finding], rules: [Rule]? = nil) -> GradeAssessment {
        let open = findings.filter(\.isOpen)
        let index = rules.map(RuleIndex.init) ?? catalogueIndex
        let category = index.category
        let title = index.title
        let units = document.projects.count + 1
        var criteria: [Criterion] = []
        for c in criteriaOrder {
            let here = open.filter { category[$0.rule] == c }
            var penalties: [Int: Double] = [:]
            for f in here { penalties[f.projectIndex ?? -1, default: 0] += weight(f.severity) }
            let penalty = penalties.values.reduce(0) { $0 + min(1, $1) }
            let score = (Criterion.maximum * (1 - penalty / Double(units)) * 10).rounded() / 10
            var byRule: [String: Int] = [:]
            for f in here { byRule[f.rule, default: 0] += 1 }
            let order = index.order
            let top = byRule.sorted { $0.value != $1.value ? $0.value > $1.value : (order[$0.key] ?? 0) < (order[$1.key] ?? 0) }
                .prefix(3).map { Criterion.RuleCount(title: title[$0.key] ?? $0.key, count: $0.value) }
            criteria.append(Criterion(category: c, score: max(0, score), unitsAffected: penalties.count,
                                      errors: here.filter { $0.severity == .error }.count,
                                      warnings: here.filter { $0.severity == .warning }.count,
                                      infos: here.filter { $0.severity == .info }.count, topRules: Array(top)))
        }
        let total = (criteria.reduce(0) { $0 + $1.score } * 10).rounded() / 10
        let byScore = grade(forScore: total)
        var caps: [String] = []
        let errors = open.filter { $0.severity == .error }.count
        if errors > 0 { caps.append("还有 \(errors) 个错误未改正或豁免（强制性审核未通过），须修改后重新报送：至多为“中”") }
        let returned = document.projects.indices.filter { document.review.status(ofProjectAt: $0) == .returned }
        if !returned.isEmpty {
            let numbers = returned.map { String(document.projects[$0].number) }.joined(separator: "、")
            caps.append("项目 \(numbers) 已退回，须修改后重新报送：至多为“中”")
        }
        let suggested = caps.isEmpty ? byScore : max(byScore, .fair)
        return GradeAssessment(criteria: criteria, total: total, byScore: byScore, suggested: suggested, caps: caps, units: units)
    }

    /// `86.5`: a score as the table prints it.
    public static func format(_ score: Double) -> String {
        let tenths = Int((score * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The score table and reasons as lines of text, for `jixiao grade`, `jixiao show`
    /// and the workstation.
    public var lines: [String] {
        var out = ["建议评定：\(suggested.chinese)（\(suggested.meaning)）  得分 \(Self.format(total))/100"]
        for c in criteria {
            out.append("  \(c.category.rawValue)  \(Self.format(c.score))/25  \(c.reason)")
        }
        let scale = Self.thresholds.map { "\($0.0.chinese) ≥\(Int($0.1))" }.joined(separator: "、")
        out.append("  按得分为“\(byScore.chinese)”（\(scale)，其下为差）")
        out += caps.map { "  " + $0 }
        return out
    }
}
