/// One department's 部门预算绩效文本 for one year: the unit, the department-wide
/// targets, the 目录, the project tables and the bureau's review of them.
public struct Document: Hashable, Sendable, Codable {
    public var department: Department
    public var overall: OverallTargets
    public var contents: [ContentsEntry]
    public var projects: [Project]
    public var review: Review

    public init(department: Department, overall: OverallTargets, contents: [ContentsEntry],
                projects: [Project], review: Review = Review()) {
        self.department = department
        self.overall = overall
        self.contents = contents
        self.projects = projects
        self.review = review
    }

    /// `430001-2021`: the unit code and the year; the workspace folder name. A table
    /// that prints no unit code gives the unit's name instead (`青山区教育局-2020`), made
    /// safe as a folder name.
    public var id: String {
        let code = TextNormalization.withoutBlanks(department.code)
        return "\(code.isEmpty ? Document.folderSafe(department.unitName, or: department.name) : code)-\(department.year)"
    }

    /// A name as a folder name: Han characters, ASCII letters and digits, `_`, `-` and
    /// brackets kept, everything else (slashes, dots, spaces) dropped; at most 40 characters.
    static func folderSafe(_ name: String, or fallback: String) -> String {
        func safe(_ s: String) -> String {
            let kept = s.filter { c in
                TextNormalization.isHan(c) || (c.isASCII && (c.isLetter || c.isNumber)) || "_-()（）".contains(c)
            }
            return String(kept.prefix(40))
        }
        let a = safe(name)
        if !a.isEmpty { return a }
        let b = safe(fallback)
        return b.isEmpty ? "单位" : b
    }

    /// 预算数合计: the 预算数 of all project tables. A 部门整体支出绩效目标表 set among them is
    /// left out: its 预算数 is the department's whole spending, the projects' included, and
    /// adding it would count them twice.
    public var totalBudget: Money { sum(\.total) }

    /// One amount of every project's budget (`\.fiscal`, `\.other`) added up as
    /// `totalBudget` is: 部门整体支出绩效目标表 left out.
    public func sum(_ amount: KeyPath<Budget, Money>) -> Money {
        projects.reduce(Money.zero) { $0 + ($1.isDepartmentWide ? .zero : $1.budget[keyPath: amount]) }
    }

    /// `totalBudget`, nil when no project's table prints one or lets it be derived (a
    /// published table without amounts): a total of 0.00 would read as a department
    /// asking for nothing.
    public var knownTotalBudget: Money? {
        projects.contains { !$0.isDepartmentWide && $0.budget.totalSource != .missing } ? totalBudget : nil
    }

    /// What is said in place of a `knownTotalBudget` that is nil: no table printed a 预算数,
    /// or only a 部门整体支出绩效目标表 did (and it is not a project's).
    public var unstatedTotalBudget: String {
        projects.contains { $0.isDepartmentWide && $0.budget.totalSource != .missing }
            ? "项目表中未填预算数（部门整体支出绩效目标表的预算数不计入）" : "预算数表中未填"
    }

    /// How many 部门整体支出绩效目标表 the totals leave out.
    public var departmentWideTableCount: Int {
        projects.reduce(0) { $0 + ($1.isDepartmentWide ? 1 : 0) }
    }

    /// What a printed 预算数合计 adds, when it leaves a table out: `（不含部门整体支出绩效目标表）`.
    public var totalBudgetNote: String {
        BudgetTotalNote.text(leavingOut: departmentWideTableCount)
    }

    /// The indicator frame the document's 一级 headings follow.
    public var frame: IndicatorFrame {
        IndicatorFrame.detect(level1Names: projects.flatMap { $0.indicators.map(\.standardLevel1) })
    }

    /// The project a reviewer names by its printed number or by its code (spaces ignored).
    public func projectIndex(named key: String) -> Int? {
        let k = TextNormalization.withoutBlanks(TextNormalization.halfWidth(key)).uppercased()
        if let n = Int(k) {
            return projects.firstIndex { $0.number == n }
        }
        return projects.firstIndex { $0.code.uppercased() == k }
    }

    /// The projects a reviewer lists for one decision on them all (批量审核): a number or
    /// code as `projectIndex(named:)` takes it, else numbers and codes separated by commas
    /// (`、` and `，` too), ranges of numbers (`3-7`, `3~7`, `3—7`), or `全部` / `all` for every
    /// project — in document order, each once. A whole key that names one project is that
    /// project, so a code written with a hyphen is never read as a range. `.failure` holds
    /// the part that names no project.
    public func projectIndices(listedIn key: String) -> Result<[Int], ProjectListError> {
        if let i = projectIndex(named: key) { return .success([i]) }
        let k = TextNormalization.trimmed(TextNormalization.halfWidth(key))
        if ["全部", "所有", "ALL"].contains(k.uppercased()) { return .success(Array(projects.indices)) }
        var chosen = Set<Int>()
        let parts = k.split(whereSeparator: { $0 == "," || $0 == "、" || $0 == "，" }).map { TextNormalization.trimmed(String($0)) }
        guard !parts.isEmpty else { return .failure(ProjectListError(part: key)) }
        for part in parts {
            if let i = projectIndex(named: part) { chosen.insert(i); continue }
            let ends = part.split(whereSeparator: { $0 == "-" || $0 == "~" || $0 == "—" || $0 == "–" || $0 == "至" })
                .map { TextNormalization.trimmed(String($0)) }
            guard ends.count == 2, let a = Int(ends[0]), let b = Int(ends[1]), a <= b else { return .failure(ProjectListError(part: part)) }
            let inRange = projects.indices.filter { (a...b).contains(projects[$0].number) }
            // Every number of the range must be a project: a range past the last is a typing slip.
            guard inRange.count == b - a + 1 else { return .failure(ProjectListError(part: part)) }
            chosen.formUnion(inRange)
        }
        return .success(chosen.sorted())
    }

    /// The projects at `indices` as `projectIndices(listedIn:)` reads them back: their
    /// numbers, runs of consecutive numbers as a range (`3,5-7`).
    public func projectList(_ indices: [Int]) -> String {
        let numbers = Set(indices.filter { projects.indices.contains($0) }.map { projects[$0].number }).sorted()
        var parts: [String] = []
        var k = 0
        while k < numbers.count {
            var end = k
            while end + 1 < numbers.count, numbers[end + 1] == numbers[end] + 1 { end += 1 }
            parts.append(end == k ? "\(numbers[k])" : end == k + 1 ? "\(numbers[k]),\(numbers[end])" : "\(numbers[k])-\(numbers[end])")
            k = end + 1
        }
        return parts.joined(separator: ",")
    }
}

/// A part of a project list (`projectIndices(listedIn:)`) that names no project.
public struct ProjectListError: Error, Hashable, Sendable {
    public var part: String
    public init(part: String) { self.part = part }
}

/// 部门: the budget unit and the document's title block.
public struct Department: Hashable, Sendable, Codable {
    /// 单位编码 such as `430001`, from the project tables' unit line.
    public var code: String
    /// The unit as the tables name it: `秦皇岛市抚宁区机关事务服务中心本级`.
    public var unitName: String
    /// The unit as the title names it: `秦皇岛市抚宁区机关事务服务中心`.
    public var name: String
    public var year: Int
    /// `编制`: who prepared the document.
    public var preparedBy: String
    /// `审核`: the finance bureau that reviews it.
    public var reviewedBy: String
    /// The title says 草案.
    public var isDraft: Bool
    /// `单位：元` on the tables.
    public var currency: String
    public var lines: Lines

    public struct Lines: Hashable, Sendable, Codable {
        public var title: Int
        public var preparedBy: Int?
        public var reviewedBy: Int?
        public var unit: Int?
        public init(title: Int, preparedBy: Int? = nil, reviewedBy: Int? = nil, unit: Int? = nil) {
            self.title = title
            self.preparedBy = preparedBy
            self.reviewedBy = reviewedBy
            self.unit = unit
        }
    }

    public init(code: String, unitName: String, name: String, year: Int, preparedBy: String,
                reviewedBy: String, isDraft: Bool, currency: String, lines: Lines) {
        self.code = code
        self.unitName = unitName
        self.name = name
        self.year = year
        self.preparedBy = preparedBy
        self.reviewedBy = reviewedBy
        self.isDraft = isDraft
        self.currency = currency
        self.lines = lines
    }
}

/// 部门整体绩效目标: the prose part before the project tables.
public struct OverallTargets: Hashable, Sendable, Codable {
    /// 一、总体绩效目标: paragraphs.
    public var summary: [Paragraph]
    /// 二、分项绩效目标: numbered goals, each with its indicators in prose.
    public var subGoals: [SubGoal]
    /// 三、工作保障措施: an optional lead paragraph and numbered measures.
    public var measures: [Paragraph]

    public init(summary: [Paragraph] = [], subGoals: [SubGoal] = [], measures: [Paragraph] = []) {
        self.summary = summary
        self.subGoals = subGoals
        self.measures = measures
    }
}

/// A paragraph of prose, numbered (`1、…`) or not.
public struct Paragraph: Hashable, Sendable, Codable {
    public var number: Int?
    public var text: String
    public var line: Int

    public init(number: Int? = nil, text: String, line: Int) {
        self.number = number
        self.text = text
        self.line = line
    }
}

/// One 分项绩效目标: `1、绩效目标：…` followed by `绩效指标：…`.
public struct SubGoal: Hashable, Sendable, Codable {
    public var number: Int
    public var goal: String
    public var indicators: String
    public var line: Int
    public var indicatorsLine: Int?

    public init(number: Int, goal: String, indicators: String, line: Int, indicatorsLine: Int?) {
        self.number = number
        self.goal = goal
        self.indicators = indicators
        self.line = line
        self.indicatorsLine = indicatorsLine
    }
}

/// A 目录 entry: `一、总体绩效目标.....2` or `4.征用…资金（三批）绩效目标表.....9`.
public struct ContentsEntry: Hashable, Sendable, Codable {
    /// 1 for 部门整体绩效目标, 2 for 预算项目绩效目标.
    public var part: Int
    /// The number as printed: `一` or `4`.
    public var number: String
    public var title: String
    public var page: Int
    public var line: Int

    public init(part: Int, number: String, title: String, page: Int, line: Int) {
        self.part = part
        self.number = number
        self.title = title
        self.page = page
        self.line = line
    }
}
