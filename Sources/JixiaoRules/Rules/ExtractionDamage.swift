import JixiaoModel

enum ExtractionDamage {
    static let rule = Rule(
        id: "text.extraction-damage",
        title: "文字中留有 PDF 提取或发布的痕迹",
        help: """
        从 PDF 提取文字时，单元格内的换行会变成空格，有时还会把换行处的字重复一次（“经费保障及 及时性”）。\
        发布时也会把单元格里的金额印两次（“854万854万”）。这些痕迹留在定稿里不规范，也会妨碍检索和比对。\
        Jixiao 给出去掉空格、去掉重复字后的写法，确认无误即可一键采纳（同一地方几个机关联合发文，如“福建省财政厅 福建省水利厅”，名称之间的空格，和分项列举时各项之间的空格，如“目标1:… 目标2:…”，是原文的，不算）；重复印出的金额按一次读取，请在发布稿中改正。\
        扫描件识别时，纸上的污点会变成两个字之间的一个点或一个“*”（“重.要设备”“满*意度”）：Jixiao 给出去掉它的写法；\
        指标表头或表中栏目名称的字间夹着“*”（“二*级指标”“项*目名称”“其中：财*政资金”）时，Jixiao 照样按“二级指标”“项目名称”“财政资金”读取，每张表提示一次，请在发布稿中改正（字前字后的“*”是必填标记，不算）；\
        表中栏目名称的字间夹着一个点（“项.目名称”“预.算数”）时也这样读取和提示。\
        识别还会把一个字的笔画认成字母（“卫生Z口”“就业LJUI,冈位”“完成H期”）：汉字之间夹着这样的大写字母时提示，请核对原件改回原文的字\
        （GDP、COD、PM2.5、5G、III类、X光、T型这类缩写、型号、罗马数字和代号不算）；指标值开头的“=”认成“二”（“二100%”）时，Jixiao 给出改为“=100%”的写法。\
        一级指标单元格竖排时，字与字之间也会留下空格（“产 出 指 标”）：Jixiao 照样按产出指标读取，每组提示一次，请在发布稿中改正。\
        二级指标是几行合并的一格（下面几行沿用）时，只在它的第一行提示一次。
        """,
        category: .convention, severity: .info, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            var out: [Finding] = []
            func check(_ text: String, _ field: ProjectField, _ location: @autoclosure () -> Location, _ what: @autoclosure () -> String,
                       rowsBelow: Int = 0) {
                // A merged 二级 cell: the rows below that take it are counted, not noted again.
                // Said only in a finding: made for each text checked, it was a tenth of the rule.
                func shared() -> String { rowsBelow > 0 ? "（下面 \(rowsBelow) 行沿用这一格）" : "" }
                // Capitals OCR read for a character's strokes: nothing Jixiao can put back.
                if OCRLetters.mayHave(text), case let places = OCRLetters.places(text), !places.isEmpty {
                    out.append(ctx.finding(location(), "\(what())\(quoted: text)中汉字之间夹着字母（\(places.map { "“\($0)”" }.joined(separator: "、"))），像是扫描识别把字认成了字母\(shared())",
                                           suggestion: "核对原件，把这几处改回原文的字"))
                }
                if case .indicator(_, .value) = field, let read = OCRLetters.comparatorReadAsTwo(text) {
                    out.append(ctx.finding(location(), "\(what())\(quoted: text)开头的“二”像是“=”被识别成了汉字",
                                           suggestion: "改为\(quoted: read)", fix: Fix(field, from: text, to: read)))
                }
                if let clean = withoutStrayDot(text) {
                    let speck = text.unicodeScalars.contains { $0 == "*" || $0 == "＊" } && !text.unicodeScalars.contains { $0 == "." || $0 == "．" } ? "“*”" : "一个点"
                    out.append(ctx.finding(location(), "\(what())\(quoted: text)中两个字之间夹着\(speck)，像是扫描识别或提取留下的\(shared())",
                                           suggestion: "改为\(quoted: clean)", fix: Fix(field, from: text, to: clean)))
                    return
                }
                guard let (clean, doubled) = repaired(text) else { return }
                let message = (doubled.map { "\(what())\(quoted: text)在换行处重复了“\($0)”字" }
                    ?? "\(what())\(quoted: text)中有提取留下的空格") + shared()
                out.append(ctx.finding(location(), message, suggestion: "改为\(quoted: clean)",
                                       fix: Fix(field, from: text, to: clean)))
            }
            // The lines taken out first: a location made from `p` captured it, and the
            // project was copied for each text checked.
            let lines = p.lines
            check(p.name, .name, Location(part: .header, line: lines.code), "项目名称")
            check(p.heading, .heading, Location(part: .header, line: lines.heading), "表头")
            check(p.usage, .usage, Location(part: .usage, line: lines.usage ?? lines.budget), "资金用途")
            // A scan's speck read as `*` inside a header word (`二*级指标`): the reader reads
            // the column by its words without it; the printed header is kept in the layout.
            let damagedHeaders = p.layout.indicatorColumns.compactMap { c in TextNormalization.strayStarsRemoved(c.header).map { (c.header, $0) } }
            if !damagedHeaders.isEmpty {
                out.append(ctx.finding(Location(part: .indicator, line: lines.indicatorHeader),
                                       "指标表头\(damagedHeaders.map { Say.quote($0.0) }.joined(separator: "、"))中两个字之间夹着“*”，像是扫描识别留下的；按\(damagedHeaders.map { Say.quote($0.1) }.joined(separator: "、"))读取",
                                       suggestion: "发布稿中改为\(damagedHeaders.map { Say.quote($0.1) }.joined(separator: "、"))"))
            }
            // The same in the table's own row labels (`项*目名称`, `其中：财*政资金`): read as the
            // label; said once per table, naming each.
            if let first = p.printedLabels.first {
                let printed = p.printedLabels.map(\.text)
                let stars = printed.map { TextNormalization.strayStarsRemoved($0) }
                let read = zip(printed, stars).map { $1 ?? TextNormalization.strayDotsRemoved($0) ?? $0 }
                // What sits between the two characters: a `*`, a dot (`项.目名称`), or each in turn.
                let specks = [stars.contains { $0 != nil } ? "“*”" : nil, stars.contains { $0 == nil } ? "一个点" : nil].compactMap { $0 }
                out.append(ctx.finding(Location(part: first.line == lines.budget ? .budget : first.line == lines.goals ? .goals : .header, line: first.line),
                                       "表中的栏目名称\(printed.map { Say.quote($0) }.joined(separator: "、"))中两个字之间夹着\(specks.joined(separator: "或"))，像是扫描识别留下的；按\(read.map { Say.quote($0) }.joined(separator: "、"))读取",
                                       suggestion: "发布稿中改为\(read.map { Say.quote($0) }.joined(separator: "、"))"))
            }
            // Publishing damage in an amount (`854万854万`): Jixiao already reads it once, so
            // there is nothing to accept, only the printed cell to correct.
            for d in p.budget.defects {
                out.append(ctx.finding(Location(part: .budget, line: p.lines.budget),
                                       "\(d.part.chinese)一栏印作\(quoted: d.printed)：\(d.defect.chinese)，按 \(Say.budget(p.budget.amount(d.part), of: p)) 读取",
                                       suggestion: "发布稿中改正这一金额，只印一次"))
            }
            // The fix's field by position, as editing reads it; the message names the goal so
            // too, with the number printed on it where that differs (`绩效目标 2（原文编号 3）`).
            for (k, g) in p.goals.enumerated() {
                let note = p.printedNumberNote(ofGoalAt: k)
                check(g.text, .goal(k + 1), Location(part: .goals, line: lines.goals), "绩效目标 \(k + 1)\(note)")
            }
            var previousLevel1: String?, previousLevel2: String?
            ctx.forEachRow { row, i in
                // A 二级 as the row above's, under the same 一级, is one cell (merged, or
                // printed again: the document writes it once): said on its first row alone.
                // Asked only of a 二级 with the bytes of damage, by bytes.
                let (above1, above2) = (previousLevel1, previousLevel2)
                previousLevel2 = i.level2
                // `i.level1 != previousLevel1`: equal bytes are equal Strings (most rows have
                // the 一级 of the row above), answered without comparing them as Strings.
                let newLevel1 = !(previousLevel1.map { SameBytes.equal($0, i.level1) } ?? false) && i.level1 != previousLevel1
                // 一级 is printed once for its group (the reader gives it to every row) and is
                // not an editable cell: one note where the group begins, nothing to accept —
                // Jixiao already reads `产 出 指 标` (vertical text) as 产出指标.
                if newLevel1, let (clean, _) = repaired(i.level1) {
                    out.append(ctx.finding(Location(part: .indicator, level1: ctx.labels(row).level1, line: i.line, row: row),
                                           "一级指标\(quoted: i.level1)中有提取留下的空格（竖排或换行处的字被分开）",
                                           suggestion: "发布稿中改为\(quoted: clean)"))
                } else if newLevel1, let clean = withoutStrayDot(i.level1) {
                    // `产*出指标`: read as 产出指标 already; said once where the group begins.
                    out.append(ctx.finding(Location(part: .indicator, level1: ctx.labels(row).level1, line: i.line, row: row),
                                           "一级指标\(quoted: i.level1)中两个字之间夹着\(i.level1.contains(".") || i.level1.contains("．") ? "一个点" : "“*”")，像是扫描识别留下的",
                                           suggestion: "发布稿中改为\(quoted: clean)"))
                }
                previousLevel1 = i.level1
                let t = ctx.texts(row)
                for f in Self.fields {
                    // A name, description or value whose `RowTexts` is as long has no blank
                    // (`withoutBlanks` returns the cell as it is, or shorter by each blank):
                    // nothing to repair, without reading the cell again.
                    // Such a cell is its `RowTexts`, whose bytes are known: one without a
                    // stop, star, capital or EF byte has no speck and no OCR capital
                    // (`mayHaveStrayDot` and `OCRLetters.mayHave` need one), without reading it.
                    switch f {
                    case .name where t.name.text.utf8.count == i.name.utf8.count
                        && !(t.name.bytes.intersects(specksAndCapitals) && (mayHaveStrayDot(i.name) || OCRLetters.mayHave(i.name))): continue
                    case .description where t.description.text.utf8.count == i.description.utf8.count
                        && !(t.description.bytes.intersects(specksAndCapitals)
                            && (mayHaveStrayDot(i.description) || OCRLetters.mayHave(i.description))): continue
                    case .value where t.value.text.utf8.count == i.value.raw.utf8.count
                        && !(t.value.bytes.intersects(specksAndCapitals) && (mayHaveStrayDot(i.value.raw) || OCRLetters.mayHave(i.value.raw)))
                        && !OCRLetters.mayBeginWithTwoAndDigit(i.value.raw): continue
                    // Asked of the printed pair's labels: worked out once per pair in a check.
                    case .level2 where !ctx.labels(row).printedLevel2MayBeDamaged:
                        continue
                    case .level2 where above1.map { SameBytes.equal(i.level1, $0) } == true && above2.map { SameBytes.equal(i.level2, $0) } == true:
                        continue
                    default: break
                    }
                    var rowsBelow = 0
                    if f == .level2 {
                        while row + rowsBelow < p.indicators.count, SameBytes.equal(p.indicators[row + rowsBelow].level1, i.level1),
                              SameBytes.equal(p.indicators[row + rowsBelow].level2, i.level2) { rowsBelow += 1 }
                    }
                    check(i[f], .indicator(row: row, f), ctx.location(row: row, field: f), f.chinese, rowsBelow: rowsBelow)
                }
            }
            return out
        },
        failing: [
            RuleExample("“经费保障及 及时性”", at: .cell(project: 1, row: 3, .name)) { $0[project: 1][row: 3][.name] = "培训完成及 及时性" },
            RuleExample("“服务对象 满意度指标”", at: .cell(project: 1, row: 6, .level2)) { $0[project: 1][row: 6][.level2] = "服务对象 满意度指标" },
            RuleExample("两行合并的二级“数量 指标”，只在第一行说一次", at: .cell(project: 1, row: 1, .level2)) { d in
                for r in 1...2 { d[project: 1][row: r][.level2] = "数量 指标" }
            },
            RuleExample("一级指标印作竖排的“产 出 指 标”，一组只说一次", at: .row(project: 2, row: 1)) { d in
                for r in 1...4 { d[project: 2][row: r].level1 = "产 出 指 标" }
            },
            RuleExample("“重.要设备维修维保验收合格率”：字间夹着一个点", at: .cell(project: 1, row: 2, .name)) {
                $0[project: 1][row: 2][.name] = "重.要设备维修维保验收合格率"
            },
            RuleExample("“就业LJUI,冈位”：识别把“岗”字认成了字母", at: .cell(project: 1, row: 5, .name)) {
                $0[project: 1][row: 5][.name] = "为当地提供就业LJUI,冈位"
            },
            RuleExample("指标值“二100%”：“=”认成了“二”", at: .cell(project: 2, row: 3, .value)) {
                $0[project: 2][row: 3][.value] = "二100%"
            },
            RuleExample("一级指标“产*出指标”：字间夹着“*”，一组只说一次", at: .row(project: 2, row: 1)) { d in
                for r in 1...4 { d[project: 2][row: r].level1 = "产*出指标" }
            },
            RuleExample("“服务对象满*意度指标”：字间夹着“*”", at: .cell(project: 1, row: 6, .level2)) {
                $0[project: 1][row: 6][.level2] = "服务对象满*意度指标"
            },
            RuleExample("指标表头印作“二*级指标”：字间夹着“*”", at: .project(1, .indicator)) {
                $0[project: 1].layout.indicatorColumns[1].header = "二*级指标"
            },
            RuleExample("栏目名称印作“项*目名称”：字间夹着“*”", at: .project(1, .header)) {
                $0[project: 1].printedLabels = [Paragraph(text: "项*目名称", line: $0[project: 1].lines.code)]
            },
            RuleExample("栏目名称印作“预.算数”：字间夹着一个点", at: .project(1, .budget)) {
                $0[project: 1].printedLabels = [Paragraph(text: "预.算数", line: $0[project: 1].lines.budget)]
            },
            RuleExample("财政资金印作“20万20万”", at: .project(1, .budget)) {
                $0[project: 1].budget.fiscalFigure = BudgetFigure(source: .stated, printed: "20万20万", defect: .doubled)
            },
        ],
        passing: [
            RuleExample("表头前的“*”是必填标记") { $0[project: 1].layout.indicatorColumns[1].header = "*二级指标" },
            RuleExample("数字和汉字之间的空格是正常排版") { $0[project: 1][row: 1][.value] = "≥ 4 期" },
            RuleExample("一级指标后带分值（“产出指标 （50分）”）") { d in
                for r in 1...4 { d[project: 2][row: r].level1 = "产出指标 （50分）" }
            },
            RuleExample("编号后的点（“一.项目概况”）和数字中的点（“2.5万元”）是原文的") { d in
                d[project: 1][row: 2][.description] = "一.开展培训 二.送教下乡"
                d[project: 1][row: 2][.value] = "≥2.5万元"
            },
            RuleExample("叠字不带空格时不动（如“常常”）") { $0[project: 1][row: 1][.description] = "常常举办集中培训" },
            RuleExample("缩写、单位、罗马数字和代号（“GDP”“PM2.5”“III类”“X光”“IT”）是原文的") { d in
                d[project: 2][row: 5][.name] = "PM2.5年均浓度下降，地表水达到III类"
                d[project: 2][row: 5][.description] = "带动GDP增长，配备X光机和LED屏，完善IT运维"
            },
            RuleExample("指标值里汉字写的年份（“二0二三年底前”）不是“=”") { $0[project: 1][row: 3][.value] = "二0二三年底前" },
        ])

    /// `IndicatorField.allCases`, made once: the getter made an array for every row.
    static let fields = IndicatorField.allCases

    /// The text with blanks between two Chinese characters removed, and a character the
    /// wrap doubled (`及 及`) kept once; nil when there is nothing to repair. Internal for
    /// its unit test.
    static func repaired(_ text: String) -> (String, doubled: String?)? {
        mayNeedRepair(text) ? repairedByReading(text) : nil
    }

    /// Whether `repaired` may find something, by the text's bytes: false only when no run
    /// of blanks (20, 09, C2 A0, E3 80 80) follows a byte of a scalar beyond ASCII (a
    /// Chinese character, or a mark on one, ends with one) and comes before the lead byte
    /// of a Chinese character (E3–E9) — the first repair needs both. Every cell of every
    /// row comes here, and most blanks stand beside digits, letters or punctuation.
    static func mayNeedRepair(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            @inline(__always) func blank(at k: Int) -> Int {
                let x = b[k]
                return x == 0x20 || x == 0x09 ? 1
                    : x == 0xC2 && k + 1 < n && b[k + 1] == 0xA0 ? 2
                    : x == 0xE3 && k + 2 < n && b[k + 1] == 0x80 && b[k + 2] == 0x80 ? 3 : 0
            }
            // Eight places at a time: a word with none of the bytes a blank begins with (20,
            // 09, C2, E3) begins no blank and is passed over whole (most of a text of Chinese
            // characters, whose lead bytes are E4–E9); the places of any other are read one by one.
            @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool {
                (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
            }
            let raw = UnsafeRawBufferPointer(b)
            var k = 1
            while k < n {
                if k + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    if !(hasZeroByte(x ^ 0x2020_2020_2020_2020) || hasZeroByte(x ^ 0x0909_0909_0909_0909)
                        || hasZeroByte(x ^ 0xC2C2_C2C2_C2C2_C2C2) || hasZeroByte(x ^ 0xE3E3_E3E3_E3E3_E3E3)) {
                        k += 8
                        continue
                    }
                }
                let end = min(k + 8, n)
                while k < end {
                    guard b[k - 1] >= 0x80, blank(at: k) > 0 else { k += 1; continue }
                    var j = k
                    while j < n, case let w = blank(at: j), w > 0 { j += w }
                    if j < n, b[j] >= 0xE3 && b[j] <= 0xE9 { return true }
                    k = j + 1
                }
            }
            return false
        }
    }

    /// `repaired`, reading every text with a blank: the definition `mayNeedRepair` must
    /// never cut short (tested over every scalar).
    static func repairedByReading(_ text: String) -> (String, doubled: String?)? {
        // Most cells have no blank, so nothing to repair; the rest are read scalar by
        // scalar when their scalars are characters (`PlainScalars`).
        guard TextNormalization.hasBlank(text) else { return nil }
        if PlainScalars.all(text) {
            return repaired(Array(text.unicodeScalars), isBlank: isBlank, isHan: { PlainScalars.isHan($0.value) },
                            endsAnAgency: { agencyEnds.contains($0) }, isDigit: { itemDigits.contains($0) },
                            isNumeral: { ChineseNumerals.digitsAndTen.contains($0) }, marksAnItem: { itemMarks.contains($0) }) {
                // The scalars' UTF-8 made into the String at once (appending them to a
                // `String.UnicodeScalarView` took thousands of instructions a cell).
                var bytes: [UInt8] = []
                bytes.reserveCapacity($0.count * 3)
                for u in $0 { UTF8.encode(u) { bytes.append($0) } }
                return String(decoding: bytes, as: UTF8.self)
            }
        }
        func one(_ c: Character, in set: Set<Unicode.Scalar>) -> Bool { c.unicodeScalars.count == 1 && set.contains(c.unicodeScalars.first!) }
        return repaired(Array(text), isBlank: TextNormalization.isBlank, isHan: TextNormalization.isHan,
                        endsAnAgency: { one($0, in: agencyEnds) }, isDigit: { one($0, in: itemDigits) },
                        isNumeral: { one($0, in: ChineseNumerals.digitsAndTen) }, marksAnItem: { one($0, in: itemMarks) }) { String($0) }
    }

    /// The text without a full stop standing between two Chinese characters (`重.要设备`,
    /// `验收．合格`) — a speck that OCR or extraction read as a mark; nil when there is none.
    /// A numbering mark after a Chinese numeral (`一.项目概况`) is the document's own.
    static func withoutStrayDot(_ text: String) -> String? {
        mayHaveStrayDot(text) ? strayDotsRemoved(text) : nil
    }

    /// `withoutStrayDot` by Characters, whatever the text: the definition the byte filter
    /// must never miss (tested over every scalar). A scan's speck is read as a stop or as a
    /// star (`重.要`, `产*出`); a Chinese numeral before a stop numbers an item (`一.`).
    static func strayDotsRemoved(_ text: String) -> String? {
        let chars = Array(text)
        var out: [Character] = []
        var changed = false
        for (k, c) in chars.enumerated() {
            if c == "." || c == "．" || c == "*" || c == "＊", k > 0, k + 1 < chars.count, TextNormalization.isHan(chars[k - 1]),
               TextNormalization.isHan(chars[k + 1]), c == "*" || c == "＊" || !numeralsBeforeAStop.contains(chars[k - 1]) {
                changed = true
                continue
            }
            out.append(c)
        }
        return changed ? String(out) : nil
    }

    /// Numerals a stop follows in a numbering (`一.`): compared as Characters, as the text is read.
    private static let numeralsBeforeAStop = Set(ChineseNumerals.digitsTenAndZeros.map(Character.init))

    /// The bytes `mayHaveStrayDot` (2E, 2A, EF) and `OCRLetters.mayHave` (41–5A, EF) each
    /// need one of: a text with none has neither.
    static let specksAndCapitals = ByteSet(bytes: [0x2E, 0x2A, 0xEF] + Array(0x41...0x5A))

    /// Whether a cell may have a stop or a star between two Chinese characters: by its
    /// bytes, a `.` (2E), `．` (EF BC 8E), `*` (2A) or `＊` (EF BC 8A) right after a scalar that is not ASCII (a Chinese character,
    /// or a mark on one) and right before a scalar that may be Chinese (lead byte E3–E9).
    /// Most cells have none (`13.33万元`, `≥95.5%` have a digit there) and are not read as
    /// Characters.
    static func mayHaveStrayDot(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            guard n >= 7 else { return false }
            @inline(__always) func strayAt(_ k: Int) -> Bool {
                guard k >= 3, k < n - 3 else { return false }
                let stop = b[k] == 0x2E || b[k] == 0x2A ? 1 : (b[k] == 0xEF && b[k + 1] == 0xBC && (b[k + 2] == 0x8E || b[k + 2] == 0x8A)) ? 3 : 0
                return stop > 0 && b[k - 1] >= 0x80 && k + stop < n && (0xE3...0xE9).contains(b[k + stop])
            }
            // Eight bytes at a time: a word with no 2E, 2A or EF byte holds no stop or star
            // and is passed over whole; only a word with one is read byte by byte.
            @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool {
                (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
            }
            let raw = UnsafeRawBufferPointer(b)
            var i = 0
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if hasZeroByte(w ^ 0x2E2E_2E2E_2E2E_2E2E) || hasZeroByte(w ^ 0x2A2A_2A2A_2A2A_2A2A)
                    || hasZeroByte(w ^ 0xEFEF_EFEF_EFEF_EFEF) {
                    for k in i..<i + 8 where strayAt(k) { return true }
                }
                i += 8
            }
            while i < n {
                if strayAt(i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Digits of an item's number (`目标2:`, `指标３、`), half- and full-width.
    private static let itemDigits = Set("0123456789０１２３４５６７８９".unicodeScalars)
    /// What follows an item's number.
    private static let itemMarks = Set(":：、.．)）".unicodeScalars)

    /// The last character of an agency's name (财政厅, 水利局, 发改委, 办公室, 人民政府, 中心).
    private static let agencyEnds: Set<Unicode.Scalar> = ["厅", "局", "委", "部", "办", "院", "署", "会", "室", "府", "处", "心", "社"]

    private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{3000}" || s == "\u{00A0}" || s == "\t"
    }

    private static func repaired<C: Equatable>(_ chars: [C], isBlank: (C) -> Bool, isHan: (C) -> Bool, endsAnAgency: (C) -> Bool,
                                               isDigit: (C) -> Bool, isNumeral: (C) -> Bool, marksAnItem: (C) -> Bool,
                                               string: ([C]) -> String) -> (String, doubled: String?)? {
        // `… 目标2:…`: the blank before a numbered item (one to three characters, a number, a
        // mark) separates the items of a list.
        func beginsAnItem(at j: Int) -> Bool {
            // `一.…`, `二、…`: a Chinese numeral and a mark.
            if j + 1 < chars.count, isNumeral(chars[j]), marksAnItem(chars[j + 1]) { return true }
            var k = j
            while k < chars.count, k - j < 3, isHan(chars[k]) { k += 1 }
            guard k > j, k < chars.count, isDigit(chars[k]) else { return false }
            while k < chars.count, isDigit(chars[k]) { k += 1 }
            return k < chars.count && marksAnItem(chars[k])
        }
        var out: [C] = []
        var doubled: String?
        var changed = false
        var i = 0
        // Where the run of Chinese characters that `out` ends with began.
        var runStart = 0
        while i < chars.count {
            let c = chars[i]
            if isBlank(c), let prev = out.last, isHan(prev) {
                var j = i
                while j < chars.count, isBlank(chars[j]) { j += 1 }
                // Joint issuers (`福建省财政厅 福建省水利厅关于…`, `依据市财政局 市发改委…`): a
                // blank after an agency's name, before another of the same place (its first
                // character begins the first's name, three or more characters back), is the
                // document's own.
                let jointIssuers = j < chars.count && endsAnAgency(prev)
                    && out[runStart...].firstIndex(of: chars[j]).map { out.count - $0 >= 3 } == true
                if j < chars.count, isHan(chars[j]), !jointIssuers, !beginsAnItem(at: j) {
                    changed = true
                    if chars[j] == prev {
                        doubled = doubled ?? string([prev])
                        i = j + 1
                    } else {
                        i = j
                    }
                    continue
                }
            }
            if !isHan(c) { runStart = out.count + 1 }
            out.append(c)
            i += 1
        }
        return changed ? (string(out), doubled) : nil
    }
}
