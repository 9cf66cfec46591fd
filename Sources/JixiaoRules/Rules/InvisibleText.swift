import JixiaoModel

enum InvisibleText {
    static let rule = Rule(
        id: "text.invisible-characters",
        title: "文字中有看不见的字符",
        help: """
        双向文字控制符（如 RLO，U+202E）会改变文字的显示顺序，让屏幕上看到的内容与实际存储的不同，\
        例如把“≤95%”显示成别的样子；零宽空格、零宽连字等字符看不见，却会使检索、比对和查重失灵。\
        它们多来自网页或其他文档的复制粘贴，不属于正文。Jixiao 在显示时把它们写成 <U+202E> 这样的代码；\
        确认后去掉即可，可一键采纳建议。
        """,
        category: .convention, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let p = ctx.project
            var out: [Finding] = []
            func check(_ text: String, _ field: ProjectField?, _ location: @autoclosure () -> Location, _ what: @autoclosure () -> String) {
                let found = invisible(in: text)
                guard !found.isEmpty else { return }
                let names = Say.list(found.map(InvisibleCharacters.name))
                let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { !InvisibleCharacters.isUnprintable($0) }))
                out.append(ctx.finding(location(), "\(what())\(quoted: text)中有看不见的字符 \(names)：显示的和存储的内容可能不同",
                                       suggestion: "去掉这些字符，改为\(quoted: clean)",
                                       fix: field.map { Fix($0, from: text, to: clean) }))
            }
            // The lines taken out first: a location made from `p` captured it, and the
            // project was copied for each text checked.
            let lines = p.lines
            check(p.name, .name, Location(part: .header, line: lines.code), "项目名称")
            check(p.heading, .heading, Location(part: .header, line: lines.heading), "表头")
            check(p.usage, .usage, Location(part: .usage, line: lines.usage ?? lines.budget), "资金用途")
            // The fix's field by position, as editing reads it; the message names the goal so
            // too, with the number printed on it where that differs (`绩效目标 2（原文编号 3）`).
            for (k, g) in p.goals.enumerated() {
                let note = p.printedNumberNote(ofGoalAt: k)
                check(g.text, .goal(k + 1), Location(part: .goals, line: lines.goals), "绩效目标 \(k + 1)\(note)")
            }
            // A 二级 or basis with the bytes of the row above's, found printable there, is
            // printable (most rows repeat both); a name, description or value whose row text
            // (`RowTexts`) is as long has no blank, and with only printable ASCII and bytes
            // of CJK ideographs (lead E4–E9, continuations 80–BF) it is printable
            // (`isPlainlyPrintable`), without reading it again.
            var printableLevel2: String?, printableBasis: String?
            ctx.forEachRow { row, i in
                let t = ctx.texts(row)
                for f in ExtractionDamage.fields {
                    switch f {
                    case .level2:
                        if let p = printableLevel2, SameBytes.equal(p, i.level2) { continue }
                        if isPlainlyPrintable(i.level2) { printableLevel2 = i.level2; continue }
                    case .basis:
                        if let p = printableBasis, SameBytes.equal(p, i.basis) { continue }
                        if isPlainlyPrintable(i.basis) { printableBasis = i.basis; continue }
                    case .name where t.name.text.utf8.count == i.name.utf8.count && !t.name.bytes.intersects(notSimplyPrintable): continue
                    case .description where t.description.text.utf8.count == i.description.utf8.count
                        && !t.description.bytes.intersects(notSimplyPrintable): continue
                    case .value where t.value.text.utf8.count == i.value.raw.utf8.count && !t.value.bytes.intersects(notSimplyPrintable):
                        continue
                    default: break
                    }
                    check(i[f], .indicator(row: row, f), .indicator(i, row: row, field: f), f.chinese)
                }
            }
            for fact in p.facts {
                check(fact.text, nil, Location(part: .header, line: fact.line), fact.label)
            }
            return out
        },
        failing: [
            RuleExample("指标名称中藏着从右到左覆盖符 RLO", at: .cell(project: 1, row: 3, .name)) {
                $0[project: 1][row: 3][.name] = "培训\u{202E}完成率"
            },
            RuleExample("指标值后面有零宽空格", at: .cell(project: 2, row: 1, .value)) {
                $0[project: 2][row: 1][.value] = $0[project: 2][row: 1][.value] + "\u{200B}"
            },
        ],
        passing: [
            RuleExample("全角标点、空格和符号都是看得见的字符") { $0[project: 1][row: 1][.value] = "≥4 期（含线上）" },
        ])

    /// Bytes other than printable ASCII (20–7E), continuations (80–BF) and the lead bytes
    /// of CJK ideographs (E4–E9): a text with none is `isPlainlyPrintable`.
    static let notSimplyPrintable = ByteSet(bytes: Array(0x00...0x1F) + [0x7F] + Array(0xC0...0xE3) + Array(0xEA...0xFF))

    /// The unprintable characters in `text`, each once, in order of appearance.
    static func invisible(in text: String) -> [Unicode.Scalar] {
        guard !isPlainlyPrintable(text) else { return [] }
        var seen: [Unicode.Scalar] = []
        for s in text.unicodeScalars where InvisibleCharacters.isUnprintable(s) && !seen.contains(s) { seen.append(s) }
        return seen
    }

    /// Whether every character of `text` is one `InvisibleCharacters.isUnprintable` says no
    /// to — printable ASCII, CJK ideographs (U+4000–U+9FFF) and punctuation (U+3000–U+303F),
    /// full-width forms (U+FF00–U+FF7F), dashes and quotes (U+2010–U+2027), mathematical
    /// operators (U+2200–U+22FF: ≥ ≤) — read from the
    /// UTF-8 bytes: every cell of every row comes here, and decoding scalars cost more than
    /// the rest of the rule.
    static func isPlainlyPrintable(_ text: String) -> Bool {
        text.withBorrowedUTF8 { b in
            var i = 0
            while i < b.count {
                let x = b[i]
                if x >= 0x20 && x < 0x7F { i += 1; continue }
                guard i + 2 < b.count else { return false }
                let y = b[i + 1]
                switch x {
                case 0xE4...0xE9: break
                case 0xE3 where y == 0x80: break
                case 0xEF where y == 0xBC || y == 0xBD: break
                case 0xE2 where y == 0x80 && (0x90...0xA7).contains(b[i + 2]): break
                case 0xE2 where (0x88...0x8B).contains(y): break
                default: return false
                }
                i += 3
            }
            return true
        }
    }
}
