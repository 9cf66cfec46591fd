import JixiaoModel

enum ContentsMismatch {
    static let rule = Rule(
        id: "contents.mismatch",
        title: "目录、表头与项目名称不一致",
        help: """
        目录中的标题、项目表上方的标题和表中的“项目名称”应是同一个名称（标题多“绩效目标表”几个字，或在名称前写了年度、在名称后多了“项目”）。\
        不一致时，读者无法确定各处说的是不是同一个项目，批复文件也可能引用错误的名称。\
        也检查目录列出的表在正文中都有，正文中的表在目录中都有。请以预算系统中的项目名称为准，统一三处写法。
        """,
        category: .completeness, severity: .info, basis: .reviewExperience,
        check: .document { ctx in
            let d = ctx.document
            var out: [Finding] = []
            let entries = d.contents.filter { $0.part == 2 }
            // The first entry of each number, looked up by number (not searched per project).
            var entryByNumber: [String: ContentsEntry] = [:]
            for e in entries where entryByNumber[e.number] == nil { entryByNumber[e.number] = e }
            // Each project read where it lies: enumerating the projects copied each out.
            for i in d.projects.indices {
                let (pName, heading, number, headingLine) = (d.projects[i].name, d.projects[i].heading, d.projects[i].number, d.projects[i].lines.heading)
                let name = bare(pName)
                let entry = entryByNumber[String(number)]
                // A table without a name is header.name-missing's: its heading and 目录 entry
                // are compared with nothing, and a heading made of no name (`绩效目标表`) is no fix.
                let units = [d.department.name, d.department.unitName, d.projects[i].unit.name].map(bare).filter { !$0.isEmpty }
                if !name.isEmpty, !names(bare(heading), name), !isFormTitle(bare(heading)), !isFormTitle(withoutUnit(bare(heading), units: units)),
                   !namesWithinTitle(bare(heading), name, units: units), !namesInBracketsAfterTitle(bare(heading), name) {
                    let fixTo = pName + "绩效目标表"
                    out.append(ctx.finding(projectAt: i, Location(part: .header, line: headingLine),
                                           "表头写作\(quoted: heading)，项目名称为\(quoted: pName)" +
                                           (entry.map { "，目录为\(quoted: $0.title)" } ?? ""),
                                           suggestion: "表头应与项目名称一致：\(quoted: fixTo)",
                                           fix: Fix(.heading, from: heading, to: fixTo)))
                } else if !name.isEmpty, let entry, !names(bare(entry.title), name) {
                    out.append(ctx.finding(projectAt: i, Location(part: .contents, line: entry.line),
                                           "目录第 \(entry.number) 项写作\(quoted: entry.title)，表头和项目名称为\(quoted: pName)",
                                           suggestion: "把目录改为\(quoted: pName + "绩效目标表")"))
                } else if entry == nil, !entries.isEmpty {
                    out.append(ctx.finding(projectAt: i, Location(part: .header, line: headingLine),
                                           "项目表\(quoted: "\(number).\(heading)")在目录中没有对应条目",
                                           suggestion: "在目录中补上这张表"))
                }
            }
            let numbers = Set(d.projects.indices.map { String(d.projects[$0].number) })
            for e in entries where !numbers.contains(e.number) {
                out.append(ctx.finding(projectAt: nil, Location(part: .contents, line: e.line),
                                       "目录第 \(e.number) 项\(quoted: e.title)在正文中没有对应的项目表",
                                       suggestion: "补上这张表，或从目录中删去"))
            }
            return out
        },
        failing: [
            RuleExample("目录写“（三批）”，名称写“（第三批）”", at: .project(1, .contents)) { $0[contentsOf: 1].title = "教师培训经费（三批）绩效目标表" },
            RuleExample("表头与项目名称不同", at: .project(2, .header)) { $0[project: 2].heading = "校园绿化经费绩效目标表" },
            RuleExample("目录多列了一张表", at: .document(.contents)) {
                $0.contents.append(ContentsEntry(part: 2, number: "3", title: "校舍维修经费绩效目标表", page: 5, line: 12))
            },
        ],
        passing: [
            RuleExample("只差空格和“绩效目标表”") { $0[project: 1].heading = "教师培训 经费绩效目标表" },
            RuleExample("没有目录") { $0.contents = [] },
            RuleExample("表头和目录在名称前写了年度") {
                $0[project: 1].heading = "2021年" + $0[project: 1].name + "绩效目标表"
                $0[contentsOf: 1].title = "2021年度" + $0[project: 1].name + "绩效目标表"
            },
            RuleExample("项目名称为空（header.name-missing 说，不另给表头改法）") { $0[project: 1].name = "" },
            RuleExample("表头多写了“项目”") { $0[project: 1].heading = $0[project: 1].name + "项目绩效目标表" },
            RuleExample("单独一张表（或工作簿的一个工作表）的表头是表格本身的标题，不写项目名称") {
                $0[project: 1].heading = "2021年项目支出绩效目标申报表"
                $0.contents = []
            },
            RuleExample("网页标题是单位、年度、项目名称加表名") {
                $0[project: 1].heading = $0.department.name + "2021年" + $0[project: 1].name + "项目支出绩效目标申报表"
            },
            RuleExample("表名前写了地名、年度和预算级次，不写项目名称") {
                $0[project: 1].heading = "某州市2022年市直部门预算项目支出绩效目标表"
                $0.contents = []
            },
            RuleExample("表名前写了预算级次，不写项目名称") {
                $0[project: 1].heading = "省级部门预算项目支出绩效目标表"
                $0.contents = []
            },
            // 天津 宝坻 2022 (http://www.tyc-yl.com/zwgk_53713/ysgk_59783/czjzxzj/202207/t20220710_5930157.html):
            // the 发改 form's own title; the project is named in its 专项名称 row.
            // 天津 宁河 2020 (https://www.tjnh.gov.cn/ztzl1/ztzl/nhczzjzdjc/202108/t20210831_5569479.html).
            // 临邑 2025 (http://www.linyixian.gov.cn/n30334494/n38447929/n38448474/n74342318/n74348867/n74350511/n74350513/c75276936/content.html).
            RuleExample("网页标题是单位名称加表名，不写项目名称") {
                $0[project: 1].heading = $0.department.name + "项目支出目标申报表 (2025年度)"
                $0.contents = []
            },
            // 东莞 2019 (https://gdyinping.com/wwwgdyinpingcom/007329896/0801/201904/fdb5a052be7e4616a3536a4af16269b8.htm).
            RuleExample("网页标题是表名，项目名称写在其后的括号里") {
                $0[project: 1].heading = "东莞市财政项目支出绩效目标批复表（" + $0[project: 1].name + "）"
                $0.contents = []
            },
            RuleExample("抗疫特别国债项目表的表名，不写项目名称") {
                $0[project: 1].heading = "抗疫特别国债项目绩效目标表(打捆项目)"
                $0.contents = []
            },
            RuleExample("发改委中央预算内投资计划表的表名，不写项目名称") {
                $0[project: 1].heading = "中央预算内投资计划绩效目标表"
                $0.contents = []
            },
        ])
}

extension ContentsMismatch {
    /// A name, heading or contents title as compared: half-width, no blanks, without a
    /// closing `绩效目标表`. Plain text (`PlainScalars`) has the suffix cut by its bytes;
    /// other text by Characters, as String does.
    static func bare(_ s: String) -> String {
        // A code printed before the name (`51000021R000000019951-工资性支出`) is the project's
        // code, read into 项目编码: the title names the same project.
        // Only a text whose first scalar after blanks is an ASCII digit can begin with one
        // (its first character is): most titles are asked no further.
        let s = mayBeginWithCode(s) ? ProjectCodePrefix.split(s)?.name ?? s : s
        var t = withoutLeadingYear(TextNormalization.withoutBlanks(TextNormalization.halfWidth(s)))
        guard PlainScalars.all(t) else {
            if t.hasSuffix("绩效目标表") { t.removeLast(5) }
            return t
        }
        // 绩效目标表: five scalars of three bytes each, each its own Character in plain text.
        // Compared and cut on the contiguous bytes, not through `String.UTF8View`'s slices.
        let suffix: StaticString = "绩效目标表"
        let ends = t.withUTF8 { u in
            u.count >= 15 && SameBytes.equal(UnsafeBufferPointer(rebasing: u[(u.count - 15)...]),
                                             UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
        }
        guard ends else { return t }
        return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[..<($0.count - 15)]), as: UTF8.self) }
    }

    /// Whether `ProjectCodePrefix.split(s)` may find a code: its first scalar that is not a
    /// blank (U+0020, U+0009, U+00A0, U+3000, which `TextNormalization.trimmed` trims) is
    /// an ASCII digit, by the bytes. False means `split` says nil.
    static func mayBeginWithCode(_ s: String) -> Bool {
        BareText.firstByteAfterBlanks(s).map { $0 >= 0x30 && $0 <= 0x39 } ?? false
    }

    /// Whether a title (without 绩效目标表 and the year) names the project: the same words,
    /// or with 项目 added or left out (`某经费项目绩效目标表` for `某经费`).
    /// A form's own title, naming no project — `2023年项目支出绩效目标表`, `项目绩效目标申报表`,
    /// `一般性项目绩效目标表(一级项目)` — as a table published on its own, or each sheet of a
    /// workbook, is headed: the name is in its 项目名称 row, and there is nothing to make agree.
    /// (`bare` has cut the year and a closing 绩效目标表.)
    static func isFormTitle(_ bareHeading: String) -> Bool {
        var t = withoutLeadingPlace(bareHeading)
        for word in formWords { t = t.replacing(word, with: "") }
        return !t.unicodeScalars.contains { TextNormalization.isHan(Character($0)) }
    }

    static let formWords = [// A 发改 table's (`中央预算内投资计划绩效目标表`, 天津 2022): taken off before 预算 is.
                            "中央", "预算内投资", "投资计划", "计划",
                            // 2020's 抗疫特别国债项目绩效目标表(打捆项目) (宁河 2020).
                            "抗疫特别国债", "打捆",
                            "绩效目标", "目标", "项目", "支出", "申报", "批复", "审批", "审核", "自评", "部门", "预算", "专项", "资金",
                            "一级", "二级", "年度", "年", "表",
                            // The level of the budget (`省级部门预算项目支出绩效目标表`, 甘肃 2023).
                            "省级", "市级", "县级", "区级", "市直", "县直", "本级"]

    /// A page's own title that is the unit's name before the form's (`临邑县师范附属小学项目支出
    /// 目标申报表 (2025年度)`, 临邑 2025): the title without the name. `units`: bare.
    static func withoutUnit(_ title: String, units: [String]) -> String {
        guard let unit = units.first(where: { title.hasPrefix($0) }) else { return title }
        return String(title.dropFirst(unit.count))
    }

    /// `鄂州市2022年市直部门预算…` → `2022年市直部门预算…`: the place whose budget it is, printed
    /// before the year, is the form's title too (a place ends in 省, 市, 县, 区, 州 or 旗).
    static func withoutLeadingPlace(_ t: String) -> String {
        let chars = Array(t)
        guard let y = chars.indices.first(where: { i in
            i > 1 && i + 4 < chars.count && chars[i..<(i + 4)].allSatisfy { $0.isASCII && $0.isNumber } && chars[i + 4] == "年"
        }), y <= 12, "省市县区州旗".contains(chars[y - 1]) else { return t }
        return String(chars[y...])
    }

    /// Whether a page's own title names the project inside the form's: the unit (as the
    /// document or the table names it) and the year before the name, the form's words after
    /// it (`湘潭市环境卫生管理处2023年雾炮车降尘抑尘服务项目支出绩效目标申报表`, 湘潭 2023). `units`:
    /// the unit's names, bare.
    static func namesWithinTitle(_ title: String, _ name: String, units: [String]) -> Bool {
        guard let r = title.firstRange(of: name) else { return false }
        let after = String(title[r.upperBound...])
        guard isFormTitle(after) else { return false }
        var before = String(title[..<r.lowerBound])
        // `…2023年` / `…2023年度`: the year after the unit.
        for y in ["年度", "年"] where before.hasSuffix(y) {
            let digits = before.dropLast(y.count).reversed().prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4 { before = String(before.dropLast(y.count + 4)) }
            break
        }
        return before.isEmpty || units.contains(before)
    }

    /// Whether a page's own title is a table's title with the project's name in brackets
    /// after it (`东莞市财政项目支出绩效目标批复表(镇际联网路升级改造工程一期)`, 东莞 2019): the
    /// brackets name the project. Both bare (half-width brackets).
    static func namesInBracketsAfterTitle(_ title: String, _ name: String) -> Bool {
        guard title.hasSuffix("(" + name + ")") else { return false }
        return title.dropLast(name.count + 2).hasSuffix("表")
    }

    static func names(_ title: String, _ name: String) -> Bool {
        title == name || title == name + "项目" || name == title + "项目"
    }

    /// `2022年省级水利专项资金` → `省级水利专项资金`: a heading or a 目录 entry that puts the
    /// budget year before the name names the same project.
    static func withoutLeadingYear(_ t: String) -> String {
        // By the contiguous bytes, without an array of the first ten: 年 is E5 B9 B4, 度 E5 BA A6.
        var t = t
        let cut = t.withUTF8 { u -> Int in
            guard u.count >= 7, (0..<4).allSatisfy({ (0x30...0x39).contains(u[$0]) }),
                  u[4] == 0xE5, u[5] == 0xB9, u[6] == 0xB4 else { return 0 }
            return u.count >= 10 && u[7] == 0xE5 && u[8] == 0xBA && u[9] == 0xA6 ? 10 : 7
        }
        guard cut > 0 else { return t }
        return t.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[cut...]), as: UTF8.self) }
    }
}
