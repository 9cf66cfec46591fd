import JixiaoModel

/// Reads the text of a 部门预算绩效文本 (as extracted from the PDF) into a `Document`,
/// with the source line of every part.
///
/// The text has three parts, found in this order: the title block, the 目录, the
/// department-wide targets (第一部分) and the project tables (第二部分). Each table
/// starts with a numbered heading followed by a unit line (`… 单位：元`).
public enum DocumentReader {
    /// Reads a file's bytes. Throws `ReadError` naming the line for anything that cannot
    /// be a 绩效文本.
    public static func read(bytes: [UInt8]) throws(ReadError) -> Document {
        try read(SourceText.decode(bytes))
    }

    public static func read(text: String) throws(ReadError) -> Document {
        try read(bytes: Array(text.utf8))
    }

    public static func read(_ source: SourceText) throws(ReadError) -> Document {
        let rows = source.lines.enumerated().map { Row(number: $0.offset + 1, text: $0.element) }
        let tableStarts = findTableStarts(rows)
        let contentsIndex = rows.firstIndex { $0.label == "目录" && $0.cells.count == 1 }

        guard let firstTable = tableStarts.first else {
            if contentsIndex == nil {
                throw ReadError(line: 1, "这不是部门预算绩效文本：既没有“目录”，也没有项目绩效目标表",
                                hint: "项目表以“1.某某项目绩效目标表”开头，下一行是“单位编码 单位名称 … 单位：元”")
            }
            throw ReadError(line: rows.count, "没有找到任何项目绩效目标表",
                            hint: "项目表以“1.某某项目绩效目标表”开头，下一行是“单位编码 单位名称 … 单位：元”；文件可能被截断")
        }

        let titleEnd = contentsIndex ?? firstTable
        let front = try readFront(Array(rows[..<titleEnd]))
        var contents: [ContentsEntry] = []
        var bodyStart = titleEnd
        if let ci = contentsIndex {
            (contents, bodyStart) = readContents(rows, from: ci + 1, until: firstTable)
        }
        let overall = readOverall(Array(rows[bodyStart..<firstTable]))

        var projects: [Project] = []
        for (k, start) in tableStarts.enumerated() {
            let end = k + 1 < tableStarts.count ? tableStarts[k + 1] : rows.count
            let isLast = k + 1 == tableStarts.count
            projects.append(try ProjectTableReader.read(Array(rows[start..<end]), ordinal: k + 1,
                                                        atEndOfFile: isLast))
        }

        try checkAgainstContents(contents, projects: projects)

        let unit = projects[0].unit
        var department = front
        department.code = unit.code
        department.unitName = unit.name
        department.currency = unit.currency
        department.lines.unit = projects[0].lines.unit
        if department.name.isEmpty {
            department.name = unit.name.hasSuffix("本级") ? String(unit.name.dropLast(2)) : unit.name
        }
        return Document(department: department, overall: overall, contents: contents, projects: projects)
    }

    // MARK: - Table starts

    /// A heading `N.标题` (no tab) whose next non-blank line is a unit line.
    static func findTableStarts(_ rows: [Row]) -> [Int] {
        var starts: [Int] = []
        for (i, row) in rows.enumerated() where ProjectTableReader.heading(row) != nil {
            if let next = rows[(i + 1)...].first(where: { !$0.isBlank }), ProjectTableReader.isUnitLine(next) {
                starts.append(i)
            }
        }
        return starts
    }

    // MARK: - Title block

    static func readFront(_ rows: [Row]) throws(ReadError) -> Department {
        // The title is the first paragraph: lines up to the first blank line, with the
        // Markdown bold markers some extractors add.
        // A 【…】 line before the title is an export's draft note, not the title.
        let nonBlank = rows.filter { !$0.isBlank && !isDraftNote($0) }
        guard let first = nonBlank.first else {
            throw ReadError(line: 1, "没有找到标题（应为“某单位 2021 年部门预算绩效文本”）",
                            hint: "文件开头应是文档标题")
        }
        var titleRows: [Row] = []
        for row in rows[(rows.firstIndex { $0.number == first.number })!...] {
            if row.isBlank { break }
            titleRows.append(row)
        }
        let title = titleRows.map { $0.text.replacingAll("*", with: "") }
            .map { TextNormalization.trimmed($0) }.joined()
        guard let (name, year) = splitTitle(title) else {
            throw ReadError(line: first.number, "标题“\(title)”中没有年度（应为“某单位 2021 年部门预算绩效文本”）",
                            hint: "文件开头应是文档标题，含单位名称和年度")
        }
        var preparedBy = "", reviewedBy = ""
        var lines = Department.Lines(title: first.number)
        for row in nonBlank where row.number > titleRows.last!.number {
            let t = TextNormalization.trimmed(row.text)
            if t.hasSuffix("编制"), preparedBy.isEmpty {
                preparedBy = String(t.dropLast(2))
                lines.preparedBy = row.number
            } else if t.hasSuffix("审核"), reviewedBy.isEmpty {
                reviewedBy = String(t.dropLast(2))
                lines.reviewedBy = row.number
            }
        }
        return Department(code: "", unitName: "", name: name, year: year, preparedBy: preparedBy,
                          reviewedBy: reviewedBy, isDraft: title.contains("草案"), currency: "元", lines: lines)
    }

    static func isDraftNote(_ row: Row) -> Bool {
        let t = TextNormalization.trimmed(row.text)
        return t.hasPrefix("【") && t.hasSuffix("】")
    }

    /// `秦皇岛市抚宁区机关事务服务中心2021 年部门预算绩效文本(草案)` → name and year.
    static func splitTitle(_ title: String) -> (String, Int)? {
        let chars = Array(title)
        var i = 0
        while i + 4 <= chars.count {
            let four = chars[i..<i + 4]
            if four.allSatisfy({ $0.isASCII && $0.isNumber }),
               i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) {
                var j = i + 4
                while j < chars.count, TextNormalization.isBlank(chars[j]) { j += 1 }
                if j < chars.count, chars[j] == "年", let year = Int(String(four)), (1990...2100).contains(year) {
                    return (TextNormalization.trimmed(String(chars[..<i])), year)
                }
            }
            i += 1
        }
        return nil
    }

    // MARK: - 目录

    /// Reads 目录 entries; returns them and the index where the body begins (after the
    /// last entry with a dotted leader and page number).
    static func readContents(_ rows: [Row], from start: Int, until end: Int) -> ([ContentsEntry], Int) {
        var entries: [ContentsEntry] = []
        var bodyStart = start
        for i in start..<end {
            let row = rows[i]
            let t = TextNormalization.trimmed(row.text.replacingAll("\t", with: " "))
            guard let (label, page) = splitLeader(t) else { continue }
            let (number, title) = splitNumber(label)
            // Part one numbers its sections 一、二、三; part two numbers tables 1. 2. 3.
            let part = Int(number) == nil ? 1 : 2
            entries.append(ContentsEntry(part: part, number: number, title: title, page: page, line: row.number))
            bodyStart = i + 1
        }
        return (entries, bodyStart)
    }

    static let leaderCharacters: Set<Character> = [".", "…", "·", "．", "-"]

    static func hasLeader(_ t: String) -> Bool { splitLeader(t) != nil }

    /// `一、总体绩效目标.....2` → (`一、总体绩效目标`, 2).
    static func splitLeader(_ t: String) -> (String, Int)? {
        var s = Substring(t)
        let digits = s.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let page = Int(String(digits.reversed())) else { return nil }
        s = s.dropLast(digits.count)
        while let l = s.last, TextNormalization.isBlank(l) { s.removeLast() }
        let leader = s.reversed().prefix { leaderCharacters.contains($0) }
        guard leader.count >= 2 else { return nil }
        s = s.dropLast(leader.count)
        let label = TextNormalization.trimmed(s)
        return label.isEmpty ? nil : (label, page)
    }

    /// `4.征用…` → ("4", "征用…"); `一、总体绩效目标` → ("一", "总体绩效目标").
    static func splitNumber(_ label: String) -> (String, String) {
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        let num = label.prefix { ($0.isASCII && $0.isNumber) || numerals.contains($0) }
        let rest = label.dropFirst(num.count)
        guard !num.isEmpty, let sep = rest.first, [".", "．", "、"].contains(sep) else { return ("", label) }
        return (String(num), TextNormalization.trimmed(rest.dropFirst()))
    }

    // MARK: - 第一部分

    enum OverallSection { case none, summary, subGoals, measures }

    static func readOverall(_ rows: [Row]) -> OverallTargets {
        var overall = OverallTargets()
        var section = OverallSection.none
        var paragraphs: [(text: String, line: Int)] = []

        func flush() {
            defer { paragraphs = [] }
            switch section {
            case .none, .summary:
                overall.summary += paragraphs.map { p in
                    let (n, t) = numbered(p.text)
                    return Paragraph(number: n, text: t, line: p.line)
                }
            case .measures:
                overall.measures += paragraphs.map { p in
                    let (n, t) = numbered(p.text)
                    return Paragraph(number: n, text: t, line: p.line)
                }
            case .subGoals:
                for p in paragraphs {
                    let (n, t) = numbered(p.text)
                    if let n {
                        let goal = t.hasPrefix("绩效目标") ? afterColon(t) : t
                        overall.subGoals.append(SubGoal(number: n, goal: goal, indicators: "", line: p.line, indicatorsLine: nil))
                    } else if t.hasPrefix("绩效指标"), !overall.subGoals.isEmpty {
                        overall.subGoals[overall.subGoals.count - 1].indicators = afterColon(t)
                        overall.subGoals[overall.subGoals.count - 1].indicatorsLine = p.line
                    } else if !overall.subGoals.isEmpty {
                        overall.subGoals[overall.subGoals.count - 1].goal += t
                    } else {
                        overall.summary.append(Paragraph(text: t, line: p.line))
                    }
                }
            }
        }

        for row in rows where !row.isBlank {
            let t = TextNormalization.trimmed(row.text)
            let bare = TextNormalization.withoutBlanks(t)
            if ["第一部分", "第二部分", "部门整体绩效目标", "预算项目绩效目标",
                "第一部分部门整体绩效目标", "第二部分预算项目绩效目标"].contains(bare) { continue }
            if let kind = sectionHeading(t) {
                flush()
                section = kind
                continue
            }
            if let last = paragraphs.last, continues(last.text, with: t) {
                paragraphs[paragraphs.count - 1].text += t
            } else {
                paragraphs.append((t, row.number))
            }
        }
        flush()
        return overall
    }

    /// `一、总体绩效目标` and its kin.
    static func sectionHeading(_ t: String) -> OverallSection? {
        let (num, title) = splitNumber(t)
        guard !num.isEmpty, Int(num) == nil, title.count <= 12 else { return nil }
        if title.contains("总体") { return .summary }
        if title.contains("分项") { return .subGoals }
        if title.contains("保障") || title.contains("措施") { return .measures }
        return nil
    }

    static let terminalPunctuation: Set<Character> = ["。", "！", "？", "；", "：", ".", "!", "?", ";", ":", "）", ")", "”"]

    /// Whether a line continues the paragraph before it: the PDF broke a sentence
    /// (`推进公共机构节能` … `工作。`), not a new item.
    static func continues(_ previous: String, with next: String) -> Bool {
        guard let last = previous.last, !terminalPunctuation.contains(last) else { return false }
        if numbered(next).0 != nil { return false }
        if next.hasPrefix("绩效指标") || next.hasPrefix("绩效目标") { return false }
        return true
    }

    /// `3、加强绩效运行监控。…` → (3, `加强绩效运行监控。…`).
    static func numbered(_ t: String) -> (Int?, String) {
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        let rest = t.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, let n = Int(digits),
              let sep = rest.first, ["、", "．"].contains(sep) || (sep == "." && !(rest.dropFirst().first.map { $0.isASCII && $0.isNumber } ?? false))
        else { return (nil, t) }
        return (n, TextNormalization.trimmed(rest.dropFirst()))
    }

    static func afterColon(_ t: String) -> String {
        guard let i = t.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return t }
        return TextNormalization.trimmed(t[t.index(after: i)...])
    }

    // MARK: - Tables against the 目录

    static func checkAgainstContents(_ contents: [ContentsEntry], projects: [Project]) throws(ReadError) {
        let listed = contents.filter { $0.part == 2 }
        guard projects.count < listed.count else { return }
        let numbers = Set(projects.map(\.number))
        let missing = listed.first { Int($0.number).map { !numbers.contains($0) } ?? true } ?? listed[projects.count]
        throw ReadError(
            line: missing.line,
            "目录列出 \(listed.count) 张项目表，正文只有 \(projects.count) 张：目录中的“\(missing.number).\(missing.title)”（第 \(missing.page) 页）在正文中没有对应的表",
            hint: "文件可能不完整（导出时漏页或被截断）；请重新导出完整的文本")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
