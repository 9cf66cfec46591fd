import JixiaoModel
import JixiaoRules
import JixiaoTextLayout

/// The department picker's list, pure: the workspace's documents as their summaries,
/// sorted by any column either way (`s`, `S`), filtered to those with errors (`f`) or by
/// a unit's name or code (`/`).
public struct DepartmentList: Hashable, Sendable {
    public enum Column: Int, CaseIterable, Hashable, Sendable {
        case unit, name, year, version, projects, budget, findings, across, review, grade, lastChange

        public var title: String {
            switch self {
            case .unit: "编码"
            case .name: "单位名称"
            case .year: "年度"
            case .version: "版本"
            case .projects: "项目"
            case .budget: "预算数（元）"
            case .findings: "问题"
            case .across: "跨部门"
            case .review: "通过/共"
            case .grade: "评定"
            case .lastChange: "最近修改"
            }
        }

        public var rightAligned: Bool { [.year, .projects, .budget, .review].contains(self) }
    }

    public var all: [DocumentSummary] {
        didSet {
            sharedPlacePrefixes = Self.sharedPlacePrefixes(all)
            widestCells = measured(at: utcOffset)
        }
    }
    /// Each unit name's place in 拼音 order (as a Chinese reader sorts names), ranked once per
    /// listing by the program (the collator is Foundation's, which the UI does not import);
    /// a name it does not rank sorts by its characters, after the ranked ones.
    public var nameOrder: [String: Int] = [:]
    /// Each document's open findings across documents (the same project in two
    /// departments, last year's document of the same unit).
    public var acrossDocuments: [String: [Finding]] { didSet { widestCells = measured(at: utcOffset) } }
    /// The time zone (seconds east of UTC) the last change is shown in, which `widestCells`
    /// were measured at.
    public var utcOffset = 0 { didSet { if utcOffset != oldValue { widestCells = measured(at: utcOffset) } } }
    public var sortColumn: Column = .unit
    public var descending = false
    public var onlyWithErrors = false
    /// Part of a unit's name or code (`/`); empty for all.
    public var query = ""

    public init(_ summaries: [DocumentSummary], acrossDocuments: [String: [Finding]] = [:], nameOrder: [String: Int] = [:],
                utcOffset: Int = 0) {
        all = summaries
        self.utcOffset = utcOffset
        self.acrossDocuments = acrossDocuments
        self.nameOrder = nameOrder
        sharedPlacePrefixes = Self.sharedPlacePrefixes(summaries)
        widestCells = measured(at: utcOffset)
    }

    public func across(_ s: DocumentSummary) -> [Finding] { acrossDocuments[s.id] ?? [] }

    /// Errors of the document's own and across documents.
    public func errors(_ s: DocumentSummary) -> Int { s.errors + across(s).filter { $0.severity == .error }.count }

    /// What is on show, in order; ties keep the id order.
    public var rows: [DocumentSummary] {
        let q = TextNormalization.withoutBlanks(query)
        let shown = all.filter { s in
            (!onlyWithErrors || errors(s) > 0)
                && (q.isEmpty || s.unitName.contains(q) || s.departmentName.contains(q) || s.unitCode.contains(q) || s.id.contains(q))
        }
        return shown.sorted { a, b in
            let order = compare(a, b, by: sortColumn)
            if order == 0 { return a.id < b.id }
            return descending ? order > 0 : order < 0
        }
    }

    /// -1, 0, 1 as `a` comes before, with, after `b` by `column`, ascending.
    func compare(_ a: DocumentSummary, _ b: DocumentSummary, by column: Column) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        func order(_ x: [Int], _ y: [Int]) -> Int { x.lexicographicallyPrecedes(y) ? -1 : (y.lexicographicallyPrecedes(x) ? 1 : 0) }
        func rank(_ g: Grade?) -> Int { g.flatMap { Grade.allCases.firstIndex(of: $0) } ?? Grade.allCases.count }
        switch column {
        // A table that prints no code goes by its folder name, as the column shows it.
        case .unit: return cmp(a.unitCode.isEmpty ? a.id : a.unitCode, b.unitCode.isEmpty ? b.id : b.unitCode)
        case .name:
            let order = cmp(nameOrder[a.unitName] ?? Int.max, nameOrder[b.unitName] ?? Int.max)
            return order != 0 ? order : cmp(a.unitName, b.unitName)
        case .year: return cmp(a.year, b.year)
        case .version: return cmp(a.version ?? 1, b.version ?? 1)
        case .projects: return cmp(a.projects, b.projects)
        // A department whose tables print no 预算数 sorts below one asking for 0.00; one whose
        // 预算数 is only of unknown unit (`814（未印单位）`) between them, by its figure.
        case .budget:
            func key(_ s: DocumentSummary) -> [Int] {
                [s.budgetTotal != nil ? 2 : s.budgetUnprinted != nil ? 1 : 0, Int(s.budgetTotal?.fen ?? 0), Int(s.budgetUnprinted?.fen ?? 0)]
            }
            return order(key(a), key(b))
        case .findings: return order([a.errors, a.warnings, a.infos], [b.errors, b.warnings, b.infos])
        case .across:
            func counts(_ s: DocumentSummary) -> [Int] { Severity.allCases.map { v in across(s).filter { $0.severity == v }.count } }
            return order(counts(a), counts(b))
        case .review: return order([a.approved, -a.returned], [b.approved, -b.returned])
        case .grade: return cmp(rank(a.grade), rank(b.grade))
        case .lastChange: return cmp(a.lastChange, b.lastChange)
        }
    }

    /// `s`: the next column, ascending; `S`: the same column the other way round.
    public mutating func sortByNextColumn(skipping hidden: Set<Column> = []) {
        var next = sortColumn
        repeat { next = Column(rawValue: (next.rawValue + 1) % Column.allCases.count)! } while hidden.contains(next) && next != sortColumn
        sortColumn = next
        descending = false
    }

    /// The workspace's 预算数合计 in 元: a 预算数 whose table prints no money unit (`814`, 元 or
    /// 万元 unknown) is not added in as 元, and how many departments have one is said:
    /// `预算数合计 8,197,386.00 元（另有 1 个部门的预算数未印金额单位，未计入）`.
    public var budgetTotalText: String { budgetTotalText(brevity: 0) }

    /// The same in fewer words for a narrow screen (`brevity` 1: `（另有 1 个部门未印单位，未计入）`,
    /// 2: `（另 1 个未印单位）`, as the 预算数 column says a cell `814（未印单位）`): the note is
    /// shortened, never dropped, so the total is not taken for the whole district's.
    public func budgetTotalText(brevity: Int) -> String {
        let yuan = Money(fen: all.reduce(Int64(0)) { $0 + ($1.budgetTotal?.fen ?? 0) })
        let left = all.reduce(0) { $0 + ($1.budgetUnprinted == nil ? 0 : 1) }
        guard left > 0 else { return "预算数合计 \(yuan.grouped) 元" }
        let counted = all.contains { $0.budgetTotal != nil }
        let figure = counted ? "\(yuan.grouped) 元" : "—"
        switch brevity {
        case 0: return "预算数合计 " + figure + (counted ? "（另有 " : "（") + "\(left) 个部门的预算数未印金额单位，未计入）"
        case 1: return "预算数合计 " + figure + (counted ? "（另有 " : "（") + "\(left) 个部门未印单位，未计入）"
        default: return "预算数 " + figure + (counted ? "（另 " : "（") + "\(left) 个未印单位）"
        }
    }

    /// The years the documents are for: one year makes the year column needless.
    public var years: [Int] { Array(Set(all.map(\.year))).sorted() }

    /// The unit's name, or that the table prints none (鄂州's tables name only the project):
    /// a blank cell would read as a row not drawn.
    public static func unitName(_ s: DocumentSummary) -> String { s.unitName.isEmpty ? "（未印名称）" : s.unitName }

    /// The last-change cell of a document whose `document.json` was changed outside Jixiao.
    public static let changedOutsideText = "外部改动（只读）"

    /// A row's text, by column; the finding counts are drawn with their own styles.
    public func cell(_ s: DocumentSummary, _ column: Column, utcOffset: Int) -> String {
        switch column {
        // A table that prints no code: a dash (its folder name heads the preview and `--document` takes it).
        case .unit: s.unitCode.isEmpty ? "—" : s.unitCode
        case .name: Self.unitName(s)
        case .year: String(s.year)
        case .version: (s.version ?? 1) > 1 ? "第\((s.version ?? 1))版" : ""
        case .projects: String(s.projects)
        case .budget: Document.budgetCell(yuan: s.budgetTotal, unprinted: s.budgetUnprinted)
        case .findings: Marks.counts(severities: [s.errors, s.warnings, s.infos]).map(\.0).joined(separator: " ")
        case .across: Self.acrossText(across(s))
        case .review: "\(s.approved)/\(s.projects)" + (s.returned > 0 ? " 退\(s.returned)" : "")
        case .grade: s.grade?.chinese ?? ""
        // Its record cannot be trusted and it opens read-only: said where its last change would be.
        case .lastChange where s.changedOutside == true: Self.changedOutsideText
        case .lastChange: s.lastChange.isEmpty ? "" : LocalTime.format(s.lastChange, offsetSeconds: utcOffset, withSeconds: false, withOffset: false)
        }
    }

    /// A unit's name in `width` columns. Names of one district begin alike
    /// (`秦皇岛市抚宁区机关事务服务中心本级`) and differ at the end: when the whole name does
    /// not fit, the place names before it (up to a 省, 市, 区, 县 or 旗) and a closing 本级
    /// go first, then the end is cut.
    static func shownName(_ name: String, width: Int, ellipsis: String, sharedPrefixes: Set<String> = []) -> String {
        guard DisplayWidth.of(name) > width else { return name }
        var short = name
        for prefix in placePrefixes(name) where sharedPrefixes.contains(prefix) && name.count - prefix.count >= 2 {
            short = String(name.dropFirst(prefix.count))
        }
        if short.hasSuffix("本级"), short.count > 3 { short = String(short.dropLast(2)) }
        return DisplayWidth.clip(short, to: width, ellipsis: ellipsis)
    }

    /// The place names a unit's name begins with, each with those before it:
    /// `秦皇岛市抚宁区机关事务服务中心` → `秦皇岛市`, `秦皇岛市抚宁区`: up to six characters
    /// ending in 省, 市, 区, 县, 旗 or 自治区. (Scanned by hand: a regular expression made a
    /// list of a thousand departments slow on every key.)
    static func placePrefixes(_ name: String) -> [String] {
        let chars = Array(name)
        var out: [String] = []
        var start = 0
        scan: while start < chars.count, !"省市区县旗".contains(chars[start]) {
            for end in (start + 1)..<min(chars.count, start + 7) {
                let c = chars[end]
                if "省市区县旗".contains(c) {
                    out.append(String(chars[0...end]))
                    start = end + 1
                    continue scan
                }
                if c == "自", end + 2 < chars.count, chars[end + 1] == "治", chars[end + 2] == "区" {
                    out.append(String(chars[0...(end + 2)]))
                    start = end + 3
                    continue scan
                }
            }
            break
        }
        return out
    }

    /// The place prefixes that more than one unit's name begins with: a district's units
    /// share `秦皇岛市抚宁区`, which then may give way to what tells them apart; a prefix
    /// only one unit has (`中共黄石市`) is part of what names it. Made once per listing.
    public private(set) var sharedPlacePrefixes: Set<String> = []

    static func sharedPlacePrefixes(_ summaries: [DocumentSummary]) -> Set<String> {
        var count: [String: Int] = [:]
        for s in summaries { for p in Set(placePrefixes(s.unitName)) { count[p, default: 0] += 1 } }
        return Set(count.filter { $0.value > 1 }.keys)
    }

    /// `E1 W2` of a document's open findings across documents.
    static func acrossText(_ findings: [Finding]) -> String { Marks.counts(findings).map(\.0).joined(separator: " ") }

    /// Each shown column's width in `width` (after the marker column): the name takes what
    /// the others leave, up to a limit; the year shows only when the documents are of
    /// several years, and the last change only where there is room for it.
    public func columnWidths(width: Int, utcOffset: Int) -> [(Column, Int)] {
        let measured = utcOffset == self.utcOffset ? widestCells : measured(at: utcOffset)
        func widest(_ c: Column) -> Int { measured[c.rawValue] }
        var columns = Column.allCases.filter { $0 != .name }
        if years.count <= 1 { columns.removeAll { $0 == .year } }
        // The version only once a unit has sent a 修改稿.
        if !all.contains(where: { ($0.version ?? 1) > 1 }) { columns.removeAll { $0 == .version } }
        if !all.contains(where: { $0.grade != nil }) { columns.removeAll { $0 == .grade } }
        var widths = Dictionary(uniqueKeysWithValues: columns.map { ($0, $0 == .unit ? min(widest($0), Self.maximumCodeWidth) : widest($0)) })
        // What is given up first when the width is short.
        // The year tells apart a unit's two documents: it goes last, after the findings
        // across departments when there are none.
        let noneAcross = acrossDocuments.values.allSatisfy(\.isEmpty)
        for dropped in [Column.lastChange, .grade, .version] + (noneAcross ? [.across] : []) + [.year] {
            let used = widths.values.reduce(0, +) + widths.count + 1
            if width - Self.tableX - used >= Self.minimumNameWidth { break }
            widths[dropped] = nil
        }
        let used = widths.values.reduce(0, +) + widths.count
        // Never wider than the screen: the name gives way below its minimum before a column is cut.
        let name = max(4, min(Self.maximumNameWidth, width - Self.tableX - used))
        widths[.name] = name
        return Column.allCases.compactMap { c in widths[c].map { (c, $0) } }
    }

    /// Each column's width before the screen's width is shared out, by `Column.rawValue`:
    /// its title and sort mark (↑), or its widest cell of all documents (the columns do not
    /// jump as a filter hides rows). Measured when the listing or the time zone changes:
    /// measuring a thousand documents' cells on every frame made each key ~20 ms.
    public private(set) var widestCells: [Int] = []

    func measured(at utcOffset: Int) -> [Int] {
        // (The name's width is what the others leave: it is not measured.)
        Column.allCases.map { c in
            c == .name ? 0 : all.reduce(DisplayWidth.of(c.title) + 1) { w, s in max(w, DisplayWidth.of(cell(s, c, utcOffset: utcOffset))) }
        }
    }

    /// The table starts after the marker column (`E `); columns are a blank apart.
    static let tableX = 2
    static let minimumNameWidth = 10
    static let maximumNameWidth = 44
    static let maximumCodeWidth = 14
}
