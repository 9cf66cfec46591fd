import JixiaoModel

/// Reads the text of a 部门预算绩效文本 (as extracted from the PDF) into a `Document`,
/// with the source line of every part.
///
/// The text has up to four parts, found in this order: the title block, the 目录, the
/// department-wide targets (第一部分) and the project tables (第二部分). Each table
/// starts with a heading followed by a unit line (`… 单位：元`) or its 项目名称 row
/// (`TableStarts`). A table published on its own — no 目录, no 第一部分, perhaps no
/// title — is a document with one project; its year then comes from the table
/// (`DocumentYear`).
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
        let rows = try ProjectListRows.expand(source.rows())
        do throws(ReadError) {
            return try read(rows: rows)
        } catch {
            // A table saved with each cell on a line of its own is refused by the rows as
            // read; its rows put back together are tried, and the refusal kept if they fail.
            guard let joined = CellsOnLines.rejoined(rows), let document = try? read(rows: joined) else { throw error }
            return document
        }
    }

    static func read(rows: [Row]) throws(ReadError) -> Document {
        let starts = TableStarts.find(rows)

        guard let firstStart = starts.first else {
            guard let ci = rows.firstIndex(where: { $0.label == "目录" && $0.cells.count == 1 }) else {
                // A table's title with no table read under it: the reviewer is shown where.
                throw CellsOnLines.refusal(rows, from: 0, to: rows.count, stoppedAt: nil)
                    ?? cellsRunTogether(rows)
                    ?? titleWithoutTable(rows)
                    ?? ReadError(line: 1, "这不是部门预算绩效文本：既没有“目录”，也没有项目绩效目标表",
                                 hint: "项目表以“1.某某项目绩效目标表”开头，下一行是“单位编码 单位名称 … 单位：元”或“项目名称 …”")
            }
            // A 目录 that lists tables the text does not reach: the file was cut (only the
            // first pages extracted), which is what the reviewer needs to hear.
            let listed = readContents(rows, from: ci + 1, until: rows.count).0.filter { $0.part == 2 }.count
            if listed > 0 {
                throw ReadError(line: rows.count, "目录列出 \(listed) 张项目绩效目标表，正文中一张也没有找到：文件在第 \(rows.count) 行就结束了",
                                hint: "文件可能只提取了前几页；请用完整的文本再导入。项目表以“1.某某项目绩效目标表”开头，下一行是“单位编码 单位名称 … 单位：元”")
            }
            let none = ReadError(line: rows.count, "没有找到任何项目绩效目标表",
                                 hint: "项目表以“1.某某项目绩效目标表”开头，下一行是“单位编码 单位名称 … 单位：元”；文件可能被截断")
            throw CellsOnLines.refusal(rows, from: 0, to: rows.count, stoppedAt: nil) ?? none
        }
        let firstTable = firstStart.first
        let contentsIndex = rows[..<firstTable].firstIndex { $0.label == "目录" && $0.cells.count == 1 }

        let titleEnd = contentsIndex ?? firstTable
        let front = readFront(Array(rows[..<titleEnd]))
        var contents: [ContentsEntry] = []
        var bodyStart = titleEnd
        if let ci = contentsIndex {
            (contents, bodyStart) = readContents(rows, from: ci + 1, until: firstTable)
        }
        let overall = readOverall(Array(rows[bodyStart..<firstTable]))

        var projects: [Project] = []
        var values = TargetValues()
        var headers = IndicatorHeaders()
        var repeats = RepeatedLines()
        var units = UnitLines()
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].first : rows.count
            projects.append(try ProjectTableReader.read(rows, start: start, end: end, ordinal: k + 1,
                                                        atEndOfFile: k + 1 == starts.count, values: &values,
                                                        headers: &headers, repeats: &repeats, units: &units))
        }

        try checkAgainstContents(contents, projects: projects)
        try checkFigureSum(projects)

        let unit = projects[0].unit
        var department = front.department
        if namesTheProject(department.name, projects[0].name) {
            // A table's title wrapped onto the lines above it (`天津市农业绿色发展专项(畜禽粪污` /
            // `资源化利用整县推进项目)2022年` / `中央预算内投资计划绩效目标表`, 天津 2022): the
            // words before the year name the project, not the unit — the table's head names that.
            department.name = ""
        }
        department.code = unit.code
        department.unitName = unit.name
        department.currency = unit.currency
        department.lines.unit = projects[0].lines.unit
        if department.name.isEmpty {
            department.name = unit.name.hasSuffix("本级") ? String(unit.name.dropLast(2)) : unit.name
        }
        if department.name.isEmpty, department.code.isEmpty, let (code, name) = unitFromFacts(projects[0].facts) {
            // A form filled in on its own (a sheet of a workbook) has no unit line and a title
            // without a unit; the unit it names in its head is the document's.
            (department.code, department.name) = (code, name)
        } else if department.code.isEmpty, let (code, name) = unitFromFacts(projects[0].facts), !code.isEmpty,
                  TextNormalization.withoutBlanks(name) == TextNormalization.withoutBlanks(department.name) {
            // A title naming the unit the table's head names with its code (`主管部门及代码 |
            // [042]六安市金安区体育局`): the code is the department's, as it is when no title names it.
            department.code = code
        }
        guard let year = front.year ?? DocumentYear.find(front: Array(rows[..<titleEnd]), projects: projects) else {
            let who = department.name.isEmpty ? "某单位" : department.name
            throw ReadError(line: projects[0].lines.heading,
                            "找不到预算年度：标题、项目表的标题、项目名称和项目期都没有写明年份（如“2023年”）",
                            hint: "在文件第一行加上标题，写明单位和年度，如“\(who) 2023 年项目支出绩效目标表”，再导入")
        }
        department.year = year
        return Document(department: department, overall: overall, contents: contents, projects: projects)
    }

    /// The refusal of a document whose tables' figures together pass `FigureSum.limit`, on
    /// the 预算数 line of the table where they do.
    static func checkFigureSum(_ projects: [Project]) throws(ReadError) {
        var sum = FigureSum()
        for (k, p) in projects.enumerated() {
            let b = p.budget
            let within = [b.total, b.fiscal, b.other].allSatisfy { sum.add($0) } && b.items.allSatisfy { sum.add($0.amount ?? .zero) }
            guard within else {
                throw ReadError(line: p.lines.budgetTotal ?? p.lines.budget,
                                "各项目表的金额加到第 \(k + 1) 个项目表（第 \(p.lines.heading) 行起）已超过 720 万亿元，不是一个部门的预算",
                                hint: FigureSum.hint)
            }
        }
    }

    /// Whether a title block's unit holds the table's 项目名称 (blanks aside): it is the
    /// project's title, no unit's name.
    static func namesTheProject(_ unitName: String, _ projectName: String) -> Bool {
        let p = TextNormalization.withoutBlanks(TextNormalization.halfWidth(projectName))
        guard p.count >= 4 else { return false }
        return TextNormalization.withoutBlanks(TextNormalization.halfWidth(unitName)).contains(p)
    }

    /// The unit a table's head names — `预算单位`, else `主管部门(及代码)`, `主管预算部门`
    /// (`抗疫特别国债` tables) or `项目主管部门` (临邑县 2025), else `实施单位` — as (code, name);
    /// nil when it names none.
    static func unitFromFacts(_ facts: [ProjectFact]) -> (String, String)? {
        // (`预算部门`: 湘潭 2023's, beside the 项目支出名称.)
        // (`下达地方或单位`: a 发改 投资计划绩效目标表's, the government the money is sent to.)
        for label in ["预算单位", "预算部门", "主管部门", "主管预算部门", "项目主管部门", "实施单位", "下达地方或单位"] {
            for f in facts where TextNormalization.withoutBlanks(f.label).hasPrefix(label) {
                let (code, name) = UnitLine.splitCode(f.text)
                if !name.isEmpty { return (code, name) }
            }
        }
        return nil
    }

    // MARK: - Title block

    /// The refusal for a text with no table read where it prints a table's title (its last
    /// one: `…绩效目标表`, `…申报表(2023年度)`) with no 项目名称 or unit row under it — cut
    /// there, or its cells not told apart (`项目名称 某项目` with one space between): at the
    /// line under the title, naming the title and that line. nil for a text with no such title.
    static func titleWithoutTable(_ rows: [Row]) -> ReadError? {
        guard let h = TableStarts.titlesWithoutTable(rows).last else { return nil }
        let title = TableStarts.headingCell(rows[h]) ?? rows[h].text
        let below = rows[(h + 1)...].first { !$0.isBlank && !PageFurniture.isPublicationLine($0) }
        guard let next = below else {
            return ReadError(line: rows[h].number, "第 \(rows[h].number) 行是表名“\(title)”，但文件到这里就结束了，下面没有表格",
                             hint: "文件可能被截断；请用完整的文本（或从原网页、附件复制整张表格）再导入")
        }
        var shown = TextNormalization.trimmed(next.nonEmpty.joined(separator: " "))
        if !shown.hasAtMostCharacters(40) { shown = String(shown.prefix(40)) + "…" }
        let ends = rows[(rows.firstIndex { $0.number == next.number }! + 1)...].allSatisfy(\.isBlank)
        let end = ends ? "；文件也在这一行结束" : ""
        return ReadError(line: next.number,
                         "第 \(rows[h].number) 行是表名“\(title)”，但下面没有读出表格：第 \(next.number) 行“\(shown)”不是“项目名称”行（标签与内容应分在两格），也不是单位行\(end)",
                         hint: "若各格之间只隔一个空格或没有分隔，请从原网页或附件选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx（或制表符分隔的文本）再导入；若文件被截断，请用完整的文本")
    }

    /// The refusal for a text with no table read where one cell holds an indicator header's
    /// labels run together (`…一级指标二级指标绩效标准…`: a document-sharing site's preview, or
    /// a copy that lost every cell's border): the table's words are there, its cells are not.
    /// nil for a text with no such cell.
    static func cellsRunTogether(_ rows: [Row]) -> ReadError? {
        for row in rows where !row.isBlank {
            guard let cell = row.cells.first(where: { c in
                let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(c))
                return t.contains("一级指标二级指标") || t.contains("二级指标三级指标")
            }) else { continue }
            let at = TextNormalization.withoutBlanks(cell).range(of: "一级指标") ?? TextNormalization.withoutBlanks(cell).range(of: "二级指标")
            let before = at.map { String(TextNormalization.withoutBlanks(cell)[..<$0.lowerBound].suffix(12)) } ?? ""
            return ReadError(line: row.number,
                             "第 \(row.number) 行把表格的文字连成了一片：指标表头的“一级指标”“二级指标”连在同一格里（“…\(before)一级指标二级指标…”），各格之间没有分隔，读不出表格",
                             hint: "多半是文库网站的预览或丢了格线的复制。请从原文件（.xlsx、.docx）导入，或在原网页选中整张表格，粘贴到 Excel 或 WPS 表格，另存为 .xlsx（或制表符分隔的文本）再导入")
        }
        return nil
    }

    /// What the title block says; its year may be missing (a table published on its own).
    struct Front {
        var department: Department
        var year: Int?
    }

    static func readFront(_ rows: [Row]) -> Front {
        // The title is the first paragraph: lines up to the first blank line, with the
        // Markdown bold markers some extractors add.
        // A 【…】 line before the title is an export's draft note, not the title; a web page's
        // line about its article (`信息来源:… 发布时间:…`) is the page's.
        let nonBlank = rows.filter { !$0.isBlank && !isDraftNote($0) && !PageFurniture.isPublicationLine($0) }
        var department = Department(code: "", unitName: "", name: "", year: 0, preparedBy: "", reviewedBy: "",
                                    isDraft: false, currency: "元",
                                    lines: Department.Lines(title: nonBlank.first?.number ?? 1))
        guard let first = nonBlank.first else { return Front(department: department, year: nil) }
        var titleRows: [Row] = []
        for row in rows[(rows.firstIndex { $0.number == first.number })!...] {
            if row.isBlank { break }
            if PageFurniture.isPublicationLine(row) { continue }
            titleRows.append(row)
        }
        let title = titleRows.map { $0.text.replacingAll("*", with: "") }
            .map { TextNormalization.trimmed($0) }.joined()
        var year: Int?
        if let (name, y) = splitTitle(title) {
            year = y
            department.name = unitLikeName(name)
        } else {
            department.name = unitLikeName(title)
        }
        for row in nonBlank where row.number > titleRows.last!.number {
            let t = TextNormalization.trimmed(row.text)
            if PlainText.hasSuffix(t, "编制"), department.preparedBy.isEmpty {
                department.preparedBy = String(t.dropLast(2))
                department.lines.preparedBy = row.number
            } else if PlainText.hasSuffix(t, "审核"), department.reviewedBy.isEmpty {
                department.reviewedBy = String(t.dropLast(2))
                department.lines.reviewedBy = row.number
            }
        }
        department.isDraft = PlainText.contains(title, "草案")
        return Front(department: department, year: year)
    }

    /// The title's words before the year when they name a unit; "" for a form's title
    /// (`项目支出绩效目标表`) or a sentence.
    static func unitLikeName(_ text: String) -> String {
        var t = TextNormalization.trimmed(text)
        while let c = t.last, "(（[【,，:：".contains(c) { t.removeLast() }
        while let c = t.first, "(（[【".contains(c) { t.removeFirst() }
        t = TextNormalization.trimmed(t)
        // A notice's title (`某局关于下达2023年…的通知`) names no unit either.
        // (By bytes when the text is plain (`PlainText`): Foundation's search was a third of
        // reading the title block.)
        let plain = PlainText.isPlain(t)
        guard t.hasAtMostCharacters(40), !["绩效", "目标", "表", "。", "关于", "通知", "的"].contains(where: {
            plain ? TextNormalization.contains(t, $0) : t.contains($0)
        }) else { return "" }
        return t
    }

    static func isDraftNote(_ row: Row) -> Bool {
        let t = TextNormalization.trimmed(row.text)
        return t.hasPrefix("【") && t.hasSuffix("】")
    }

    /// `秦皇岛市抚宁区机关事务服务中心2021 年部门预算绩效文本(草案)` → name and year.
    static func splitTitle(_ title: String) -> (String, Int)? {
        guard let (year, at) = YearMentions.find(in: title).first else { return nil }
        return (TextNormalization.trimmed(String(TextNormalization.characters(title)[..<at])), year)
    }

    // MARK: - 目录

    /// Reads 目录 entries; returns them and the index where the body begins (after the
    /// last entry with a dotted leader and page number).
    static func readContents(_ rows: [Row], from start: Int, until end: Int) -> ([ContentsEntry], Int) {
        var entries: [ContentsEntry] = []
        var bodyStart = start
        for i in start..<end {
            let row = rows[i]
            // An entry ends in its page number: a line whose last scalar that is not blank
            // is no digit is not one, and is passed over without being copied.
            let text = row.text
            // (Full-width digits `６` too: Word on Chinese Windows types them.)
            guard let end = text.unicodeScalars.last(where: { !" \t\u{3000}\u{00A0}".unicodeScalars.contains($0) }),
                  ("0"..."9").contains(end) || ("０"..."９").contains(end) else { continue }
            let t = TextNormalization.trimmed(PlainText.tabsToSpaces(text))
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
        PlainText.isPlain(t) ? splitLeaderOfPlain(t) : splitLeaderOfCharacters(t)
    }

    /// `splitLeader` by UTF-8 bytes, for plain text (`PlainText`): each scalar is a Character
    /// of its own, and the digits, blanks and leader characters are each one scalar.
    static func splitLeaderOfPlain(_ t: String) -> (String, Int)? {
        var copy = t
        let found: (end: Int, page: Int)? = copy.withUTF8 { b in
            // The page number's digits, ASCII or full-width (EF BC 90…99), read as `Int`
            // reads the ASCII ones.
            var e = b.count
            var digits: [UInt8] = []
            while e > 0 {
                if b[e - 1] >= 0x30 && b[e - 1] <= 0x39 { digits.append(b[e - 1]); e -= 1 }
                else if e >= 3, b[e - 3] == 0xEF, b[e - 2] == 0xBC, b[e - 1] >= 0x90 && b[e - 1] <= 0x99 { digits.append(b[e - 1] - 0x60); e -= 3 }
                else { break }
            }
            guard e < b.count, let page = Int(String(decoding: digits.reversed(), as: UTF8.self)) else { return nil }
            // Blanks: space, tab, U+00A0, U+3000.
            while e > 0 {
                if b[e - 1] == 0x20 || b[e - 1] == 0x09 { e -= 1 }
                else if e >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { e -= 2 }
                else if e >= 3, b[e - 3] == 0xE3, b[e - 2] == 0x80, b[e - 1] == 0x80 { e -= 3 }
                else { break }
            }
            // Leader characters: . … · ． -
            var leader = 0
            while e > 0 {
                if b[e - 1] == 0x2E || b[e - 1] == 0x2D { e -= 1 }
                else if e >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xB7 { e -= 2 }
                else if e >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, b[e - 1] == 0xA6 { e -= 3 }
                else if e >= 3, b[e - 3] == 0xEF, b[e - 2] == 0xBC, b[e - 1] == 0x8E { e -= 3 }
                else { break }
                leader += 1
            }
            guard leader >= 2 else { return nil }
            return (e, page)
        }
        guard let found else { return nil }
        let label = TextNormalization.trimmed(Substring(t.utf8[..<t.utf8.index(t.utf8.startIndex, offsetBy: found.end)]))
        return label.isEmpty ? nil : (label, found.page)
    }

    /// `splitLeader` by Characters.
    static func splitLeaderOfCharacters(_ t: String) -> (String, Int)? {
        var s = Substring(t)
        let digits = s.reversed().prefix { GoalList.digit($0) != nil }
        guard !digits.isEmpty, let page = Int(String(digits.reversed().compactMap(GoalList.digit))) else { return nil }
        s = s.dropLast(digits.count)
        while let l = s.last, TextNormalization.isBlank(l) { s.removeLast() }
        let leader = s.reversed().prefix { leaderCharacters.contains($0) }
        guard leader.count >= 2 else { return nil }
        s = s.dropLast(leader.count)
        let label = TextNormalization.trimmed(s)
        return label.isEmpty ? nil : (label, page)
    }

    /// Made once, not at every call.
    static let numberNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// `numberNumerals` by scalar value.
    static let numberNumeralValues = Set(numberNumerals.map { $0.unicodeScalars.first!.value })

    /// `4.征用…` → ("4", "征用…"); `一、总体绩效目标` → ("一", "总体绩效目标").
    static func splitNumber(_ label: String) -> (String, String) {
        splitNumberOfPlain(label) ?? splitNumberOfCharacters(label)
    }

    /// `splitNumber` by UTF-8 bytes, when the number, its separator and the scalar after it
    /// are plain (`PlainLabel`): each is then a Character of its own, and the digits,
    /// numerals and separators are each one scalar with no other spelling. nil when they are
    /// not (the caller asks Characters). (Asked of every 目录 entry and section heading: the
    /// Characters and their hashing were most of reading the 目录.)
    static func splitNumberOfPlain(_ label: String) -> (String, String)? {
        var copy = label
        // (end of the number, start of the rest); `.some(nil)` for no number.
        let found: (Int, Int)?? = copy.withUTF8 { b in
            var i = 0
            while i < b.count {
                let (v, w) = UTF8Scalars.scalar(b, at: i)
                guard PlainLabel.isPlain(v) else { return nil }
                guard (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) || numberNumeralValues.contains(v) else { break }
                i += w
            }
            guard i > 0, i < b.count else { return .some(nil) }
            let (sep, w) = UTF8Scalars.scalar(b, at: i)
            guard PlainLabel.isPlain(sep) else { return nil }
            // . ． 、
            guard sep == 0x2E || sep == 0xFF0E || sep == 0x3001 else { return .some(nil) }
            if i + w < b.count, !PlainLabel.isPlain(UTF8Scalars.scalar(b, at: i + w).value) { return nil }
            return .some((i, i + w))
        }
        guard let found else { return nil }
        guard let (end, rest) = found else { return ("", label) }
        let u = label.utf8
        // A number of full-width digits (`１．`) is the number its ASCII digits are.
        return (asciiDigits(String(Substring(u[..<u.index(u.startIndex, offsetBy: end)]))),
                TextNormalization.trimmed(Substring(u[u.index(u.startIndex, offsetBy: rest)...])))
    }

    /// `splitNumber` by Characters.
    static func splitNumberOfCharacters(_ label: String) -> (String, String) {
        let numerals = numberNumerals
        let num = label.prefix { GoalList.digit($0) != nil || numerals.contains($0) }
        let rest = label.dropFirst(num.count)
        guard !num.isEmpty, let sep = rest.first, [".", "．", "、"].contains(sep) else { return ("", label) }
        return (asciiDigits(String(num)), TextNormalization.trimmed(rest.dropFirst()))
    }

    /// `number` with its full-width digits (`１２`) as ASCII ones; itself when it has none
    /// (looked at by bytes: U+FF10…U+FF19 are EF BC 90…99).
    static func asciiDigits(_ number: String) -> String {
        guard number.utf8.contains(0xEF) else { return number }
        return String(number.unicodeScalars.map { s in
            (0xFF10...0xFF19).contains(s.value) ? Character(Unicode.Scalar(UInt8(s.value - 0xFF10 + 0x30))) : Character(s)
        })
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
                        let goal = TextNormalization.hasPrefix(t, "绩效目标") ? afterColon(t) : t
                        overall.subGoals.append(SubGoal(number: n, goal: goal, indicators: "", line: p.line, indicatorsLine: nil))
                    } else if TextNormalization.hasPrefix(t, "绩效指标"), !overall.subGoals.isEmpty {
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
            // Text equal to one of these words (canonically) has at most four bytes for each
            // of a word's twelve ideographs at most: a paragraph is not compared.
            if bare.utf8.count <= 48, ["第一部分", "第二部分", "部门整体绩效目标", "预算项目绩效目标",
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
        // A section's number has a Chinese numeral (`一、`): a paragraph numbered `1、`, or
        // not numbered, is answered by its first Characters, before its text is copied.
        // (A first scalar that is neither a digit nor a numeral begins no Character that is
        // one: a paragraph is answered before its first Character is made and hashed.)
        guard let s = t.unicodeScalars.first, (s.value >= 0x30 && s.value <= 0x39) || numberNumeralValues.contains(s.value) else { return nil }
        // Digits followed by a plain scalar that is no numeral (`1、`) are the whole head, and
        // a number (`Int(head)`): a numbered paragraph is answered before its Characters are made.
        if s.value < 0x80 {
            var copy = t
            let digitsAlone = copy.withUTF8 { b -> Bool in
                var k = 0
                while k < b.count, b[k] >= 0x30 && b[k] <= 0x39 { k += 1 }
                guard k <= 18 else { return false }
                guard k < b.count else { return true }
                let v = UTF8Scalars.scalar(b, at: k).value
                return PlainLabel.isPlain(v) && !numberNumeralValues.contains(v)
            }
            if digitsAlone { return nil }
        }
        let numerals = numberNumerals
        let head = t.prefix { ($0.isASCII && $0.isNumber) || numerals.contains($0) }
        guard !head.isEmpty, Int(head) == nil else { return nil }
        let (num, title) = splitNumber(t)
        guard !num.isEmpty, Int(num) == nil, title.hasAtMostCharacters(12) else { return nil }
        // (Foundation's search, by bytes when the title is plain: `PlainText.contains`.)
        if PlainText.contains(title, "总体") { return .summary }
        if PlainText.contains(title, "分项") { return .subGoals }
        if PlainText.contains(title, "保障") || PlainText.contains(title, "措施") { return .measures }
        return nil
    }

    static let terminalPunctuation: Set<Character> = ["。", "！", "？", "；", "：", ".", "!", "?", ";", ":", "）", ")", "”"]

    /// Whether a line continues the paragraph before it: the PDF broke a sentence
    /// (`推进公共机构节能` … `工作。`), not a new item.
    static func continues(_ previous: String, with next: String) -> Bool {
        guard let last = previous.last, !terminalPunctuation.contains(last) else { return false }
        if numbered(next).0 != nil { return false }
        if TextNormalization.hasPrefix(next, "绩效指标") || TextNormalization.hasPrefix(next, "绩效目标") { return false }
        return true
    }

    /// `3、加强绩效运行监控。…` → (3, `加强绩效运行监控。…`).
    static func numbered(_ t: String) -> (Int?, String) {
        // A first Character that is an ASCII digit is that byte alone: other text is answered at once.
        // (EF begins a full-width digit, `１、`: Word on Chinese Windows numbers so.)
        guard let h = t.utf8.first, (h >= 0x30 && h <= 0x39) || (h == 0xEF && beginsWithFullWidthDigit(t)) else { return (nil, t) }
        // By scalars where the first five and the one after are plain (`PlainText.leadingScalars`):
        // at most two digits, their separator and what follows it are looked at.
        if let s = PlainText.leadingScalars(t, 5) {
            func isDigit(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19) }
            var d = 0
            while d < s.count, isDigit(s[d].value) { d += 1 }
            guard d > 0, d <= 2, d < s.count else { return (nil, t) }
            var n = 0
            for k in 0..<d { n = n * 10 + Int(s[k].value - (s[k].value >= 0xFF10 ? 0xFF10 : 0x30)) }
            let sep = s[d].value
            let fullWidth = s[0].value >= 0xFF10 || s[d - 1].value >= 0xFF10
            let digitFollows = d + 1 < s.count && isDigit(s[d + 1].value)
            // 、 ． or a `.` not followed by a digit; after full-width digits a `．` is their
            // `.`, and not followed by a digit either (`１．５万元` is a figure).
            guard sep == 0x3001 || (sep == 0xFF0E && !(fullWidth && digitFollows)) || (sep == 0x2E && !digitFollows) else { return (nil, t) }
            return (n, TextNormalization.trimmed(Substring(t.utf8[t.utf8.index(t.utf8.startIndex, offsetBy: s[d].end)...])))
        }
        let digits = t.prefix { GoalList.digit($0) != nil }
        let rest = t.dropFirst(digits.count)
        let fullWidth = digits.contains { !$0.isASCII }
        let digitFollows = rest.dropFirst().first.map { GoalList.digit($0) != nil } ?? false
        guard !digits.isEmpty, digits.count <= 2, let n = Int(String(digits.compactMap(GoalList.digit))),
              let sep = rest.first, sep == "、" || (sep == "．" && !(fullWidth && digitFollows)) || (sep == "." && !digitFollows)
        else { return (nil, t) }
        return (n, TextNormalization.trimmed(rest.dropFirst()))
    }

    /// Whether `t`'s bytes begin with those of `０`…`９` (EF BC 90…99).
    static func beginsWithFullWidthDigit(_ t: String) -> Bool {
        var i = t.utf8.makeIterator()
        return i.next() == 0xEF && i.next() == 0xBC && (0x90...0x99).contains(i.next() ?? 0)
    }

    static func afterColon(_ t: String) -> String {
        // By bytes where the first colon's scalar and those around it are plain (`PlainLabel`):
        // it is then a Character of its own, and the first colon Character (no scalar but
        // the colons themselves is one, or spells one). A text without a colon's bytes has none.
        var copy = t
        let plain: Int?? = copy.withUTF8 { b in
            var k = 0
            while k < b.count {
                if b[k] == 0x3A || (b[k] == 0xEF && k + 2 < b.count && b[k + 1] == 0xBC && b[k + 2] == 0x9A) { break }
                k += 1
            }
            guard k < b.count else { return .some(nil) }
            let after = k + (b[k] == 0x3A ? 1 : 3)
            // The scalars up to the colon and the one after it.
            var end = after
            if end < b.count { end += UTF8Scalars.scalar(b, at: end).width }
            guard TextNormalization.allScalarValues(UnsafeBufferPointer(rebasing: b[..<end]), PlainLabel.isPlain) else { return nil }
            return .some(after)
        }
        if let plain {
            guard let after = plain else { return t }
            return TextNormalization.trimmed(Substring(t.utf8[t.utf8.index(t.utf8.startIndex, offsetBy: after)...]))
        }
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

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, TextNormalization.contains(self, target) else { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
