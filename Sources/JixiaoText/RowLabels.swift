import Foundation
import JixiaoModel

/// The row labels of a project table besides the money block and the indicators: goals,
/// the facts some templates print on rows of their own, and what may follow a table.
enum RowLabels {
    /// `绩效目标`, `年度绩效目标`, `总体目标`, `中期目标(2024年—2026年)`, `整体目标`,
    /// `年度主要目标和成果`: a label ending in 目标 (or 目标和成果) that is not 指标.
    static func isGoalLabel(_ cell: String) -> Bool {
        // Each ending holds 标, which nothing else spells (no scalar decomposes to it): a cell
        // without its bytes is answered before it is made bare.
        guard TextNormalization.contains(cell, "标") else { return false }
        let l = bareLabel(cell)
        guard !l.isEmpty, l.hasAtMostCharacters(16), !PlainText.contains(l, "指标") else { return false }
        return PlainText.hasSuffix(l, "目标") || PlainText.hasSuffix(l, "目标和成果") || PlainText.hasSuffix(l, "目标及成果")
            // `项目年度绩效目标情况 | 长期绩效目标 | …` (湖南's 项目支出预算绩效目标申报表, 湘阴 2022).
            || PlainText.hasSuffix(l, "绩效目标情况")
    }

    /// A column beside the goals for what was done by the year's end (`年度总体目标完成情况`,
    /// `全年实际完成情况`, `实际完成值`): the self-assessment's, printed empty on a target table.
    static func isCompletionColumnName(_ cell: String) -> Bool {
        guard TextNormalization.contains(cell, "完成") else { return false }
        let l = bareLabel(cell)
        return l.hasAtMostCharacters(16)
            && (PlainText.hasSuffix(l, "完成情况") || PlainText.hasSuffix(l, "实际完成") || PlainText.hasSuffix(l, "完成值"))
    }

    /// A goal label that names only a term (`年度目标`, `实施期绩效目标`, `2024年度目标`): beside
    /// `总体目标` on one row it heads the goal written below it, it is not the goal's text.
    static func isTermGoalLabel(_ cell: String) -> Bool {
        guard isGoalLabel(cell) else { return false }
        var l = bareLabel(cell).replacingAll("绩效", with: "")
        guard l.hasSuffix("目标") else { return false }
        l.removeLast(2)
        while let c = l.first, c.isASCII && c.isNumber { l.removeFirst() }
        return ["年度", "年", "本年度", "本年", "当年", "中期", "长期", "总体", "实施期", "年度总体", "项目年度", "项目"].contains(l)
    }

    /// A label without blanks, a bracketed tail and a colon.
    static func bareLabel(_ cell: String) -> String {
        let blankFree = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        // A last scalar that is neither a colon nor a bracket ends no Character that is one
        // (neither has another spelling): nothing to take off.
        if let end = blankFree.unicodeScalars.last, end != ":", end != "：", end != ")", end != "）" { return blankFree }
        return PlainText.isPlain(blankFree) ? bareLabelOfPlain(blankFree) : bareLabelOfCharacters(blankFree)
    }

    /// `bareLabelOfCharacters` by UTF-8 bytes, for plain text (`PlainText`): each scalar is
    /// a Character, and the brackets and colons are each one scalar with no other spelling.
    static func bareLabelOfPlain(_ blankFree: String) -> String {
        var copy = blankFree
        return copy.withUTF8 { b in
            // `TableStarts.withoutTrailingBrackets` of the first e bytes.
            func withoutTrailingBrackets(_ e: inout Int) {
                while e > 0, b[e - 1] == 0x29 || (e >= 3 && b[e - 3] == 0xEF && b[e - 2] == 0xBC && b[e - 1] == 0x89) {
                    // The last opening bracket, ( or （, before e.
                    var k = e - 1
                    while k >= 0, !(b[k] == 0x28 || (k + 2 < e && b[k] == 0xEF && b[k + 1] == 0xBC && b[k + 2] == 0x88)) { k -= 1 }
                    guard k >= 0 else { return }
                    e = k
                }
            }
            var e = b.count
            withoutTrailingBrackets(&e)
            while e > 0, b[e - 1] == 0x3A || (e >= 3 && b[e - 3] == 0xEF && b[e - 2] == 0xBC && b[e - 1] == 0x9A) {
                e -= b[e - 1] == 0x3A ? 1 : 3
            }
            withoutTrailingBrackets(&e)
            return e == b.count ? blankFree : ValidUTF8.string(UnsafeBufferPointer(rebasing: b[..<e]))
        }
    }

    /// `bareLabel` of a blank-free, half-width label, by Characters.
    static func bareLabelOfCharacters(_ blankFree: String) -> String {
        var l = TableStarts.withoutTrailingBrackets(blankFree)
        while let c = l.last, c == ":" || c == "：" { l.removeLast() }
        l = TableStarts.withoutTrailingBrackets(l)
        return l
    }

    /// A fact's or goal's label as the reviewer reads it: `BudgetBlock.label`, without the
    /// required-field mark a form prints before it (`*部门(单位)职责`, `＊年度总体绩效目标`:
    /// the 一体化 systems' 必填 mark, no part of the label). Only a leading `*`/`＊` before
    /// the label's words goes; ★ (a core indicator's mark) is not a label's and is kept.
    static func formLabel(_ cell: String) -> String {
        let l = BudgetBlock.label(cell)
        guard let first = l.unicodeScalars.first, first == "*" || first == "＊" else { return l }
        let rest = TextNormalization.trimmed(l.drop { $0 == "*" || $0 == "＊" })
        return rest.contains(where: TextNormalization.isHan) ? rest : l
    }

    /// Facts printed on rows of their own in real templates.
    static let factLabels: Set<String> = [
        "主管部门", "主管部门及代码", "主管部门及编码", "业务主管部门", "项目主管部门", "实施单位", "执行单位",
        "项目执行单位", "项目实施单位", "预算单位", "预算部门", "项目单位", "申报单位", "项目属性", "项目类型", "项目类别",
        "项目分类", "项目期", "项目期限", "项目周期", "实施期", "项目实施期", "项目支出实施期", "项目起止时间", "起止时间",
        "建设周期", "实施周期", "项目负责人", "负责人", "联系电话", "联系人", "项目审批", "科目代码", "功能科目",
        "财政资金科目代码", "项目概况", "项目总体概况", "立项依据", "项目立项依据", "资金性质", "项目内容", "建设内容",
        "项目地点", "实施地点", "资金来源", "年度预算执行率", "预算执行率",
        // 88号's 申报表 as 山西 (阳泉 2021), 陕西 (佳县) and 黑龙江 (大庆) print it: the project's case.
        "项目设立必要性", "项目申报的必要性", "项目申报的可行性", "保证项目实施的制度、措施", "保障绩效目标实现的措施",
        "项目实施计划", "项目实施进度计划", "项目申请原因", "单位职能概述", "部门职能概述",
        // 甘肃's 省级部门预算项目支出绩效目标表 (嘉峪关 2023) and 佳县's 申报表: the case, and a box left empty.
        "基本情况", "项目立项必要性", "保证项目实施的制度措施", "需要说明的其他问题", "其他说明的问题",
        // 湖南's 项目支出预算绩效目标申报表 (湘阴 2022, 岳阳楼 2021).
        "单位已有的(或拟订的)保障项目实施的制度、措施", "保障项目实施的制度、措施", "绩效管理联络员", "项目年度实施进度计划",
        // 安徽's 项目支出绩效目标表 (六安 金安区 2025): `项目来源 | 本级申报项目 | 项目期 | 3年`.
        "项目来源",
    ]

    /// Endings that make a short label a fact: `中央主管部门`, `项目实施单位`, `项目负责人`,
    /// `财政资金预算分类`, `财政资金科目代码`, `年度预算执行率`.
    static let factEndings = ["主管部门", "实施单位", "执行单位", "负责人", "联系电话", "联系人", "实施期", "项目期",
                              "起止时间", "建设周期", "项目属性", "项目类别", "项目类型", "项目性质", "分类", "代码",
                              "执行率", "概况", "依据", "地点", "审批",
                              // `主管部门编码`, left empty beside 主管部门 (宁乡 坝塘镇 2021): a label, not the unit's name.
                              "编码"]

    static let factLastScalars = Set((factLabels.map { $0 } + factEndings).compactMap(\.unicodeScalars.last))

    static func isFactLabel(_ cell: String) -> Bool {
        let l = bareLabel(cell)
        // A fact's label ends as one of the labels or endings does: other cells are ruled
        // out by their last scalar before the set and the endings are compared.
        guard let last = l.unicodeScalars.last, factLastScalars.contains(last) else { return false }
        // 项目编码 and 项目名称 are the table's own, not facts.
        guard !TextNormalization.hasPrefix(l, "项目编码"), !TextNormalization.hasPrefix(l, "项目代码"), !TableStarts.isNameLabel(l) else { return false }
        return factLabels.contains(l) || (l.hasAtMostCharacters(10) && factEndings.contains { PlainText.hasSuffix(l, $0) })
    }

    /// 项目编码 and 项目名称 labels: their cells are read by the name row, not as facts.
    static func isOwnLabel(_ cell: String) -> Bool {
        let l = bareLabel(cell)
        return TextNormalization.hasPrefix(l, "项目编码") || TextNormalization.hasPrefix(l, "项目代码") || TableStarts.isNameLabel(l)
    }

    /// A label of the table's own rows above the indicator header: 项目编码, 项目名称, the
    /// money block's (`预算规模及资金用途`, `预算数`, `其中：财政资金`, `其他资金`), 资金用途,
    /// 资金支出计划, a goal's (`绩效目标`, `年度目标`) or a fact's (`实施单位`). Asked only of
    /// a cell a scan's stray `*` or `.` was taken out of (`TableReading.labelsReadPastSpecks`).
    static func isFixedLabel(_ cell: String) -> Bool {
        let l = bareLabel(cell)
        guard !l.isEmpty, l.hasAtMostCharacters(16) else { return false }
        return isOwnLabel(cell) || BudgetBlock.isLabel(cell) || l == "资金用途"
            || ["预算规模", "项目资金", "资金规模", "项目预算", "资金支出"].contains { TextNormalization.hasPrefix(l, $0) }
            || isGoalLabel(cell) || isFactLabel(cell)
    }

    /// A row that starts with a fact's label (`项目属性`, `项目期：3年`).
    static func isFactRow(_ row: Row) -> Bool {
        let first = row.first
        if isFactLabel(first) { return true }
        guard let colon = first.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return isFactLabel(String(first[..<colon]))
    }

    /// A row shaped like a label and its text that no vocabulary names: a short label
    /// (`项目简介`, `备注`) with text after it. A sentence, or a label alone, is not.
    static func isOtherLabelledRow(_ row: Row) -> Bool {
        let l = bareLabel(row.first)
        guard !l.isEmpty, l.hasAtMostCharacters(12), l.contains(where: TextNormalization.isHan),
              !l.contains(where: { "。，,；;！？!?、".contains($0) }), !IndicatorLabel.isLevel2(l) else { return false }
        return row.nonEmptyCount >= 2
    }

    /// The label/text pairs of a facts row (`实施单位 某局 项目属性 常年项目`, or one cell
    /// `项目属性：常年项目`), and the row with the cells they took blanked: money printed on
    /// the same row (`当年年度预算 65`) is read from what is left.
    static func facts(_ row: Row) -> (facts: [ProjectFact], rest: Row) {
        let (found, rest) = factsAndRest(row)
        return (found, Row(number: row.number, cells: rest))
    }

    /// `facts(row).facts`, without making the row of what is left (the name row asks only
    /// for the facts).
    static func factsOnly(_ row: Row) -> [ProjectFact] {
        factsAndRest(row).facts
    }

    /// `facts`, with the cells left as they are.
    static func factsAndRest(_ row: Row) -> (facts: [ProjectFact], rest: [String]) {
        var out: [ProjectFact] = []
        var rest = row.cells
        var open = false
        var skip = false
        for (i, c) in row.cells.enumerated() where !c.isEmpty {
            if isOwnLabel(c) {
                // `项目编码 … 项目名称 …` on the same row: those cells are not a fact's text.
                open = false
                skip = !PlainText.hasColon(c)
                continue
            }
            if skip {
                skip = false
                continue
            }
            if let colon = c.firstIndex(where: { $0 == ":" || $0 == "：" }), isFactLabel(String(c[..<colon])) {
                out.append(ProjectFact(label: formLabel(String(c[..<colon])),
                                       text: TextNormalization.trimmed(c[c.index(after: colon)...]), line: row.number))
                open = false
            } else if isFactLabel(c) {
                out.append(ProjectFact(label: formLabel(c), text: "", line: row.number))
                open = true
            } else if open {
                // The cell after a label is its text, whatever it says (`一般公共预算`).
                out[out.count - 1].text = c
                open = false
            } else if BudgetBlock.inline(c) != nil || BudgetBlock.namesAmount(c) || (!out.isEmpty && rest[..<i].last.map(BudgetBlock.isLabel) == true) {
                continue
            } else if !out.isEmpty {
                out[out.count - 1].text += (out[out.count - 1].text.isEmpty ? "" : " ") + c
            } else {
                continue
            }
            rest[i] = ""
        }
        return (out, rest)
    }

    /// A note or an approval line under a table: `注:…`, `说明：…`, `财政资金管理科室(盖章)
    /// 年 月 日`, `填报人：…`.
    static func isNote(_ row: Row) -> Bool {
        // Asked of every indicator row: a note begins with one of the prefixes' first
        // characters, or holds 章, 字 or 日 (盖章, 签字, 年月日); most rows do neither, and
        // are answered without building the joined text.
        guard let head = row.firstNonEmpty?.unicodeScalars.first else { return false }
        // An office's approval box (`财政部门审核意见 | …`, 湘潭 2023's last row): asked only of
        // a row holding 见.
        if row.has("见"), let first = row.firstNonEmpty, isApprovalBoxLabel(first) { return true }
        let initial = noteInitials.contains(head)
        // Without a prefix's initial only the words at the end can make it a note, and each
        // needs its first character's bytes in some cell (making `t` joins cells, drops
        // blanks and folds full-width forms to ASCII: it adds no Chinese character). An
        // indicator row with 日 (`工作日`) and no 年 is answered without building `t`.
        if !initial, !((row.has("章") && row.cells.contains { c in
                            TextNormalization.contains(c, "盖") || TextNormalization.contains(c, "签") || TextNormalization.contains(c, "公") })
                       || (row.has("字") && row.cells.contains { TextNormalization.contains($0, "签") })
                       || (row.has("日") && row.cells.contains { TextNormalization.contains($0, "年") })) {
            return false
        }
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(row.nonEmpty.joined()))
        guard !t.isEmpty else { return false }
        // Every prefix begins with one of `noteInitials`, which nothing else spells (no scalar
        // decomposes to one): `t` begins with `head`, so other rows skip the prefixes.
        if initial {
            if TextNormalization.hasPrefix(t, "注"), let next = t.dropFirst().first, ":：)、.0123456789①".contains(next) { return true }
            // A web page's attachment line under the table (`附件:`, `附件1:某表.xlsx`, 宁河 2020's page).
            if TextNormalization.hasPrefix(t, "附件"), t.dropFirst(2).first.map({ ":：0123456789".contains($0) }) ?? true { return true }
            // A form's box under the table with its label in a cell of its own (`说明 | 无`,
            // `其他说明的问题 | …`): no 一级 or 三级 is a bare 说明 or 备注.
            if let first = row.firstNonEmpty, noteBoxLabels.contains(bareNoteLabel(first)) { return true }
            // A totals row under a scored or weighted table (`合计 | 100`, `总分 | 分值：100`):
            // the sum of the scores, no indicator.
            if let first = row.firstNonEmpty, totalsLabels.contains(bareNoteLabel(first)),
               row.nonEmpty.dropFirst().allSatisfy(isScoreFigure) { return true }
            for prefix in ["备注:", "说明:", "填报说明", "附注", "填报人", "填表人", "审核人", "联系人", "制表人", "负责人:",
                           "单位负责人", "财务负责人", "分管领导", "联系电话", "填报日期", "填表日期", "审批意见"]
                where TextNormalization.hasPrefix(t, prefix) { return true }
        }
        // Each word's last scalar is one the line holds (`Row.has`), or the word is not in `t`.
        return (row.has("章") && ["盖章", "签章", "公章"].contains { TextNormalization.contains(t, $0) })
            || (row.has("字") && TextNormalization.contains(t, "签字"))
            || (row.has("日") && TextNormalization.contains(t, "年月日"))
    }

    /// An office's approval box label: `财政部门审核意见`, `主管部门审批意见`, `财政局审查意见` —
    /// an opinion word after an office (not `出具审核意见`, an indicator's name).
    static func isApprovalBoxLabel(_ cell: String) -> Bool {
        let l = bareNoteLabel(cell)
        guard l.hasAtMostCharacters(12),
              let word = ["审核意见", "审批意见", "审查意见", "批复意见", "评审意见"].first(where: { PlainText.hasSuffix(l, $0) }) else { return false }
        let office = String(l.dropLast(word.count))
        return ["部门", "财政", "单位", "科室", "主管", "局", "股"].contains { TextNormalization.contains(office, $0) }
    }

    /// A cell that is only a note box's label, as `bareNoteLabel` gives it.
    static let noteBoxLabels: Set<String> = ["说明", "备注", "注", "附注", "其他说明的问题", "其他需说明的问题", "其他需要说明的问题", "需要说明的问题"]

    /// A cell that is only a totals row's label, as `bareNoteLabel` gives it.
    static let totalsLabels: Set<String> = ["合计", "总计", "总分", "分值合计", "权重合计", "得分合计", "合计分值", "合计得分"]

    /// A score or a weight as a totals row prints it: `100`, `100分`, `100%`, `分值：100`, `权重：100`.
    static func isScoreFigure(_ cell: String) -> Bool {
        var c = Substring(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
        for label in ["分值:", "权重:", "指标权重:", "得分:"] where c.hasPrefix(label) {
            c = c.dropFirst(label.count)
            break
        }
        if c.last == "分" || c.last == "%" { c = c.dropLast() }
        return !c.isEmpty && c.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }

    /// A cell without blanks, half-width, its trailing colons dropped: `说明：` → `说明`.
    static func bareNoteLabel(_ cell: String) -> String {
        var c = Substring(TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell)))
        while c.last == ":" { c = c.dropLast() }
        return String(c)
    }

    /// The first characters of `isNote`'s prefixes (cells are trimmed, so a row's text
    /// without blanks begins with its first cell's first scalar).
    static let noteInitials = Set("注备说填附审联制负单财分其合总权得".unicodeScalars)

    /// A note as one line of text: its cells joined by two spaces.
    static func noteText(_ row: Row) -> String {
        row.nonEmpty.joined(separator: "  ")
    }

    /// A row holding only a block label: `绩效指标`, `年度绩效指标`.
    static func isBlockLabel(_ row: Row) -> Bool {
        row.nonEmptyCount == 1 && blockLabels.contains { PlainText.isWord(row.label, $0) }
    }

    static let blockLabels = ["绩效指标", "年度绩效指标", "绩效目标指标", "指标", "项目绩效指标", "绩效指标表"]

    /// A page number the extraction left between rows (`8`, `- 8 -`, `— 8 —`, `第 8 页`,
    /// `第 8 页 共 20 页`, `共20页 第8页`, `8/20`, `- 8/20 -`).
    static func isPageNumber(_ row: Row) -> Bool {
        // At the line's start: a number alone in a later cell is that cell's text (a value
        // whose row broke over the page, `\t\t\t\t2`).
        guard row.nonEmptyCount == 1, !row.first.isEmpty, let cell = row.firstNonEmpty else { return false }
        // By scalars: digits among dashes and spaces, any other scalar (a combining mark
        // too) rules the cell out, as it did when Characters were filtered.
        var digits = 0, words = 0
        for s in cell.unicodeScalars {
            switch s {
            case "0"..."9": digits += 1
            case "-", "—", "–", " ", "\u{3000}": continue
            case "第", "页", "共", "/", "／", ",", "，", "、": words += 1
            default: return false
            }
        }
        guard digits > 0 && digits <= 3 else { return digits > 0 && words > 0 && digits <= 8 && isPagePhrase(cell) }
        return words == 0 || isPagePhrase(cell)
    }

    /// `第8页`, `第8页共20页`, `共20页第8页`, `8/20`: the words around a page's number.
    static func isPagePhrase(_ cell: String) -> Bool {
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(cell))
        t = String(t.drop { "-—–".contains($0) }.reversed().drop { "-—–".contains($0) }.reversed())
        t = t.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "、", with: "")
        let n = #"[0-9]{1,4}"#
        let forms = ["^第\(n)页$", "^第\(n)页/?共\(n)页$", "^共\(n)页/?第\(n)页$", "^\(n)/\(n)$", "^第\(n)/\(n)页$"]
        return forms.contains { t.range(of: $0, options: .regularExpression) != nil }
    }
}
