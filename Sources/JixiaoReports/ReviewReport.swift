import JixiaoModel
import JixiaoRules

/// The 审核意见书: what the bureau sends the unit about its document — the 综合评定, a
/// summary of the projects, and per project its status, the opinions, the open findings
/// in the bureau's sections (总体目标 / 产出指标 / 效益指标 / 满意度指标 审核意见), a
/// 需补充完善事项 checklist for the unit, and the findings waived with their reasons.
///
/// A value built once from the document and its findings; every format renders the same
/// value. The grade and the waivers come from the review record when it has them
/// (`Grade`, `WaiverLine`): until then the report shows what exists — the status,
/// opinions and findings — and says the grade is not given yet.
public struct ReviewReport: Hashable, Sendable {
    /// The 综合评定 the reviewer gave.
    public struct Grade: Hashable, Sendable {
        /// 优 / 良 / 中 / 差.
        public var grade: String
        /// What it means for the unit: 须修改完善后重新报送.
        public var meaning: String
        /// 总体审核意见.
        public var comment: String
        /// What Jixiao suggested, when the reviewer decided otherwise.
        public var suggested: String?
        /// The score out of 100 the suggestion rests on.
        public var score: Double?
        public var reviewer: String
        public var time: String

        public init(grade: String, meaning: String, comment: String, suggested: String? = nil, score: Double? = nil,
                    reviewer: String, time: String) {
            self.grade = grade
            self.meaning = meaning
            self.comment = comment
            self.suggested = suggested
            self.score = score
            self.reviewer = reviewer
            self.time = time
        }
    }

    /// One row of the score table: a review dimension and the open findings in it.
    public struct Dimension: Hashable, Sendable {
        /// 完整性, 相关性, 适当性, 可行性, 规范.
        public var name: String
        public var errors: Int
        public var warnings: Int
        public var infos: Int
        /// The projects the findings are on, by number.
        public var projects: [Int]
        /// The dimension's score, when the review record scores it.
        public var score: Double?
    }

    /// A finding the reviewer checked and let stand, with the reason.
    public struct WaiverLine: Hashable, Sendable {
        /// The project's number; nil for the department.
        public var project: Int?
        public var place: String
        public var rule: String
        public var message: String
        public var reason: String
        public var reviewer: String
        public var time: String

        public init(project: Int?, place: String, rule: String, message: String, reason: String, reviewer: String, time: String) {
            self.project = project
            self.place = place
            self.rule = rule
            self.message = message
            self.reason = reason
            self.reviewer = reviewer
            self.time = time
        }
    }

    /// An open finding as an opinion: where, what, what to do.
    public struct Item: Hashable, Sendable {
        public var severity: Severity
        /// `绩效指标第 3 行（数量指标“…”）› 指标值`, `资金用途`.
        public var place: String
        public var message: String
        public var suggestion: String?
        public var rule: String
    }

    /// The bureau's sections of a project's opinions.
    public enum Section: String, Hashable, Sendable, CaseIterable {
        case overall = "总体目标审核意见"
        case output = "产出指标审核意见"
        case effect = "效益指标审核意见"
        case satisfaction = "满意度指标审核意见"
        case other = "其他指标审核意见"
    }

    /// The open findings of one section.
    public struct SectionItems: Hashable, Sendable {
        public var section: Section
        public var items: [Item]
    }

    public struct ProjectPart: Hashable, Sendable {
        public var number: Int
        public var name: String
        public var code: String
        /// 预算数; nil when the table printed none.
        public var budget: Money?
        /// A 部门整体支出绩效目标表: its 预算数 is not added into `totalBudget`.
        public var isDepartmentWide: Bool = false
        /// The table prints no money unit (`Project.budgetUnitUnprinted`): `budget` is a figure
        /// of unknown unit, said as printed and not added into the 元 `totalBudget`.
        public var budgetUnitUnprinted: Bool = false
        public var status: ReviewStatus
        public var opinions: [Opinion]
        /// The four sections of the bureau's form, each with its open findings (maybe none),
        /// and 其他指标审核意见 when an indicator's 一级 is outside the frames.
        public var sections: [SectionItems]
        /// 需补充完善事项: what the unit must change — each error and warning, as what to do.
        public var checklist: [String]

        /// `80,000.00`, `814（未印单位）`, `—`: the 预算数 in a column of 元.
        public var budgetCell: String {
            budgetUnitUnprinted ? budget.map { $0.bareFigure + "（未印单位）" } ?? "—" : budget.groupedOrDash
        }

        /// `80,000.00 元`, `814（未印单位）`, `表中未填`: the 预算数 in a sentence.
        public var budgetSaid: String {
            budgetUnitUnprinted ? budget.map { $0.bareFigure + "（未印单位）" } ?? "表中未填" : budget.yuanOrUnstated
        }

        public func count(_ severity: Severity) -> Int {
            sections.reduce(0) { $0 + $1.items.filter { $0.severity == severity }.count }
        }
    }

    public var title: String
    public var department: String
    public var unit: String
    public var year: Int
    /// The bureau (审核单位) as the document names it; "" when it does not.
    public var bureau: String
    public var reviewers: [String]
    /// `2021年3月1日`: the date of the review state the report shows.
    public var date: String
    /// Where it comes from: `430001-2021，截至日志第 12 条…`.
    public var provenance: String
    public var grade: Grade?
    public var dimensions: [Dimension]
    public var projects: [ProjectPart]
    /// Findings about the department as a whole (目录, 部门).
    public var general: [Item]
    public var waivers: [WaiverLine]
    /// 预算数 of all projects in 元 (部门整体支出绩效目标表 left out); nil when no table printed
    /// one. The tables that print no money unit are not in it: `totalBudgetUnprinted`.
    public var totalBudget: Money?
    /// 预算数 of the tables that print no money unit, as printed (`Document.budgetTotalsByUnit`).
    public var totalBudgetUnprinted: Money? = nil
    /// The total in a column of 元: `8,197,386.00`, `814（未印单位）`, `1,000.00 + 814（未印单位）`, `—`.
    public var totalBudgetCell: String { Document.budgetCell(yuan: totalBudget, unprinted: totalBudgetUnprinted) }
    /// What the total leaves out, said beside it: `（不含部门整体支出绩效目标表）`.
    public var totalBudgetNote: String {
        BudgetTotalNote.text(leavingOut: projects.filter(\.isDepartmentWide).count)
    }
    /// The offset from UTC times are shown in, in seconds.
    public var utcOffset: Int
    /// Projects the unit took out in a 修改稿, with the decision and opinions they had: the
    /// letter accounts for every project the bureau reviewed.
    public var removed: [RemovedProject] = []

    /// A project a 修改稿 (`version`) no longer has.
    public struct RemovedProject: Hashable, Sendable {
        public var version: Int
        /// Its number in the version before.
        public var number: Int
        public var code: String
        public var name: String
        public var status: ReviewStatus
        public var opinions: [Opinion]

        public init(version: Int, number: Int, code: String, name: String, status: ReviewStatus, opinions: [Opinion]) {
            self.version = version
            self.number = number
            self.code = code
            self.name = name
            self.status = status
            self.opinions = opinions
        }
    }

    /// `第 2 版修改稿删去了原第 5 项“…”（编码 …），删去前为退回；退回意见：…`, one per removed project.
    public var removedLines: [String] {
        removed.map { p in
            var line = "第 \(p.version) 版修改稿删去了原第 \(p.number) 项“\(p.name)”" + (p.code.isEmpty ? "" : "（编码 \(p.code)）")
                + "，删去前为\(p.status.chinese)"
            if !p.opinions.isEmpty { line += "；审核意见：" + p.opinions.map(opinion).joined(separator: "；") }
            return line
        }
    }

    /// A journal time as the report shows it.
    public func time(_ iso: String) -> String { LocalTime.dateTime(iso, utcOffset: utcOffset) }

    /// An opinion as one line: `…（张三，2021-03-01 09:30（UTC+08:00））`.
    public func opinion(_ o: Opinion) -> String {
        // In a second round, an opinion from an earlier round says on which version it was given.
        let round = revisions.first { o.time <= $0.time }.map { "，对第 \($0.version - 1) 版" } ?? ""
        return "\(o.text)（\(o.reviewer)，\(time(o.time))\(round)）"
    }

    /// When each 修改稿 was imported (version, journal time), in order: an opinion given
    /// before one is about the version before it.
    public var revisions: [RevisionMark] = []

    /// A 修改稿's version and when it was imported (ISO 8601, as the journal has it).
    public struct RevisionMark: Hashable, Sendable {
        public var version: Int
        public var time: String
        public init(version: Int, time: String) {
            self.version = version
            self.time = time
        }
    }

    public var approvedCount: Int { projects.filter { $0.status == .approved }.count }
    public var returnedCount: Int { projects.filter { $0.status == .returned }.count }

    /// The report on `document` with its open `findings` (waived ones already left out)
    /// and, where the review record has them, the grade and the waivers.
    public static func make(document d: Document, findings: [Finding], reviewers: [String], date: String,
                            provenance: String, utcOffset: Int, grade: Grade? = nil, waivers: [WaiverLine] = [],
                            scores: [String: Double] = [:]) -> ReviewReport {
        let projects = d.projects.enumerated().map { k, p in
            let mine = findings.filter { $0.projectIndex == k }
            var bySection: [Section: [Item]] = [:]
            for f in mine { bySection[section(f), default: []].append(item(f)) }
            let sections = Section.allCases.compactMap { s -> SectionItems? in
                let items = bySection[s] ?? []
                return s == .other && items.isEmpty ? nil : SectionItems(section: s, items: items)
            }
            let checklist = mine.filter { $0.severity != .info }.map { f -> String in
                item(f).place + "：" + (f.suggestion ?? f.message)
            }
            return ProjectPart(number: p.number, name: p.shownName.isEmpty ? p.heading : p.shownName, code: p.code,
                               budget: p.budget.totalSource == .missing ? nil : p.budget.total, isDepartmentWide: p.isDepartmentWide,
                               budgetUnitUnprinted: p.budgetUnitUnprinted,
                               status: d.review.status(ofProjectAt: k), opinions: d.review.projects[String(k + 1)]?.opinions ?? [],
                               sections: sections, checklist: checklist)
        }
        let dimensions = RuleCategory.allCases.map { c -> Dimension in
            let inDimension = findings.filter { RuleCatalogue.rule($0.rule)?.category == c }
            let numbers = Set(inDimension.compactMap { $0.projectIndex }).sorted().map { d.projects[$0].number }
            return Dimension(name: c.rawValue, errors: inDimension.filter { $0.severity == .error }.count,
                             warnings: inDimension.filter { $0.severity == .warning }.count,
                             infos: inDimension.filter { $0.severity == .info }.count, projects: numbers, score: scores[c.rawValue])
        }
        let unit = [d.department.code, d.department.unitName].filter { !$0.isEmpty }.joined(separator: " ")
        return ReviewReport(
            title: "\(d.department.name) \(d.department.year) 年部门预算绩效目标审核意见书",
            department: d.department.name, unit: unit, year: d.department.year, bureau: d.department.reviewedBy,
            reviewers: reviewers, date: date, provenance: provenance, grade: grade, dimensions: dimensions,
            projects: projects, general: findings.filter { $0.projectIndex == nil }.map { item($0) },
            waivers: waivers, totalBudget: d.budgetTotalsByUnit.yuan, totalBudgetUnprinted: d.budgetTotalsByUnit.unprinted,
            utcOffset: utcOffset)
    }

    /// The section a finding belongs to: indicator findings by their 一级 (成本指标 with
    /// 产出指标, as the 88号 frame has it), everything else about the project — its
    /// name, budget, 资金用途, plan, goals — under 总体目标.
    static func section(_ f: Finding) -> Section {
        guard f.location.part == .indicator else { return .overall }
        switch IndicatorLabel.standardLevel1(f.location.level1 ?? "") {
        case IndicatorFrame.output, IndicatorFrame.cost: return .output
        case IndicatorFrame.benefit: return .effect
        case IndicatorFrame.satisfaction: return .satisfaction
        default: return .other
        }
    }

    static func item(_ f: Finding) -> Item {
        var place = f.location.part.chinese
        if f.location.part == .indicator {
            place = f.location.row.map { "绩效指标第 \($0) 行" } ?? "绩效指标"
            let level2 = f.location.level2 ?? "", level3 = f.location.level3 ?? ""
            if !level3.isEmpty {
                place += "（\(level2)“\(level3)”）"
            } else if !level2.isEmpty {
                place += "（\(level2)）"
            }
            if let field = f.location.field { place += " › " + field.chinese }
        }
        return Item(severity: f.severity, place: place, message: f.message, suggestion: f.suggestion, rule: f.rule)
    }

    /// Each dimension with findings, as one line of reasons: `完整性：错误 1、警告 3（项目 3、5）`.
    public var reasons: [String] {
        dimensions.filter { $0.errors + $0.warnings + $0.infos > 0 }.map { d in
            let counts = [("错误", d.errors), ("警告", d.warnings), ("提示", d.infos)].filter { $0.1 > 0 }
                .map { "\($0.0) \($0.1)" }.joined(separator: "、")
            return "\(d.name)：\(counts)" + (d.projects.isEmpty ? "（部门层面）" : "（项目 " + d.projects.map(String.init).joined(separator: "、") + "）")
        }
    }
}
