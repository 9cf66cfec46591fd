/// A 部门整体支出绩效目标表 set out among the project tables: the department's whole
/// spending (基本支出 and 项目支出) with its yearly goals and indicators, in a project table's
/// layout. It has no 项目名称 or 项目编码 of its own, and its 预算数 is the department's, not
/// one project's. Told by its heading or title, as the tables print them.
extension Project {
    public var isDepartmentWide: Bool {
        DepartmentWideTable.names(heading) || DepartmentWideTable.names(tableTitle)
    }
}

public enum DepartmentWideTable {
    /// `部门整体支出绩效目标表`, `2019年部门整体绩效目标`, `整体支出绩效目标申报表`.
    public static func names(_ text: String) -> Bool {
        // Most headings lack 整体: answered by its bytes, without a search by Characters. A
        // text holding 整体 by Characters holds its bytes: neither ideograph has another
        // canonical spelling (no compatibility ideograph decomposes to either). (The search
        // was 1 % of an import.)
        guard TextNormalization.contains(text, "整体") else { return false }
        return namesByCharacters(text)
    }

    /// `names` by Characters alone: its definition.
    static func namesByCharacters(_ text: String) -> Bool {
        // Most headings lack 整体: no normalising for them.
        guard text.contains("整体") else { return false }
        let t = TextNormalization.withoutBlanks(text)
        return ["整体支出绩效目标", "部门整体绩效目标", "单位整体绩效目标", "整体绩效目标表"].contains { t.contains($0) }
    }
}

extension Project {
    /// The name to show for the table in lists, locations and titles: its 项目名称 as
    /// printed. A 部门整体 table prints none (it is no project): it shows its heading (or
    /// table title) as printed, after the unit's name where that does not hold it
    /// (`浮梁县林业局部门整体支出绩效目标表`) — nothing made up. A project table without
    /// a name shows none (`header.name-missing` says so; views say `（项目名称为空）`).
    public var shownName: String {
        guard isDepartmentWide, TextNormalization.withoutBlanks(name).isEmpty else { return name }
        let title = TextNormalization.trimmed(DepartmentWideTable.names(heading) || tableTitle.isEmpty ? heading : tableTitle)
        let unitName = TextNormalization.withoutBlanks(unit.name)
        guard !unitName.isEmpty, !TextNormalization.withoutBlanks(title).contains(unitName) else { return title }
        return TextNormalization.trimmed(unit.name) + title
    }
}
