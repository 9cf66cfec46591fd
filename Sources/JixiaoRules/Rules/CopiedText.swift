import JixiaoModel

extension RuleCatalogue {
    static let copiedText = Rule(
        id: "indicator.copied-text",
        title: "指标或目标写的是别的项目的内容",
        help: """
        指标或绩效目标里出现另一个项目的主题词（取自该项目名称，去掉“经费”“日常办公”“运行维护”等通用办公用语），\
        而本项目的名称、资金用途和绩效目标都没有这个词——多半是从那个项目复制来没改，如监控维护项目的时效指标写“及时保障各项保洁需要”。\
        这样的指标考核不到本项目的钱。请按本项目的内容改写。通用办公用语见规则说明中的词表。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .document { ctx in
            let projects = ctx.document.projects
            let subjects = projects.map { pieces(of: Vocabulary.subjects(of: $0.name)) }
            var out: [Finding] = []
            for (a, p) in projects.enumerated() {
                let ownAll = TextNormalization.withoutBlanks(p.ownText)
                let ownNameUsage = TextNormalization.withoutBlanks(p.name + p.heading + p.usage)
                for (k, i) in p.indicators.enumerated() {
                    for field in [IndicatorField.name, .description, .value] {
                        let text = field == .name ? i.name : field == .description ? i.description : i.value.raw
                        let terms = foreignTerms(text, own: ownAll, exclude: a, subjects: subjects, projects: projects)
                        guard !terms.isEmpty else { continue }
                        out.append(ctx.finding(projectAt: a, .indicator(i, row: k + 1, field: field),
                                               "\(i.label)的\(field.chinese)\(Say.quote(text))\(describe(terms, projects))，本项目的名称、资金用途和绩效目标都没有提到",
                                               suggestion: "如系从其他项目复制，请按本项目的资金用途改写",
                                               related: relatedCodes(terms, projects)))
                        break
                    }
                }
                for g in p.goals {
                    let terms = foreignTerms(g.text, own: ownNameUsage, exclude: a, subjects: subjects, projects: projects)
                    guard !terms.isEmpty else { continue }
                    out.append(ctx.finding(projectAt: a, Location(part: .goals, line: p.lines.goals),
                                           "绩效目标 \(g.number)\(Say.quote(g.text))\(describe(terms, projects))，本项目的名称和资金用途都没有提到",
                                           suggestion: "如系从其他项目复制，请按本项目的资金用途改写绩效目标",
                                           related: relatedCodes(terms, projects)))
                }
            }
            return out
        },
        failing: [
            RuleExample("培训项目的时效指标写“及时保障各项绿化养护需要”") {
                ExampleDocument.set(&$0, project: 1, row: 3, .description, "及时保障各项绿化养护需要")
            },
            RuleExample("绿化项目的目标写“完成教师培训”") {
                $0.projects[1].goals[1] = Goal(number: 2, text: "完成教师培训。")
            },
        ],
        passing: [
            RuleExample("通用办公用语不算：“保障日常办公需要”") {
                ExampleDocument.set(&$0, project: 1, row: 5, .description, "保障日常办公需要")
            },
            RuleExample("本项目资金用途中有的词不算") {
                $0.projects[1].usage = "全县 12 所学校校园绿地养护及养护人员培训，需资金 15 万元。"
                ExampleDocument.set(&$0, project: 2, row: 2, .description, "养护人员培训合格比例")
            },
        ])

    /// Terms of other projects' subjects found in `text` but not in `own`: the longest
    /// common pieces of at least two characters, with the projects they belong to.
    static func foreignTerms(_ text: String, own: String, exclude: Int, subjects: [Set<String>],
                             projects: [Project]) -> [(term: String, projects: [Int])] {
        let t = Array(TextNormalization.withoutBlanks(text))
        guard t.count >= 2 else { return [] }
        var found: [String: Set<Int>] = [:]
        for (b, pieces) in subjects.enumerated() where b != exclude && !pieces.isEmpty {
            for term in commonPieces(t, pieces) where !own.contains(term) && !Vocabulary.generic.contains(term) {
                found[term, default: []].insert(b)
            }
        }
        // A shorter term inside a longer one is the same finding.
        let terms = found.keys.filter { k in !found.keys.contains { $0 != k && $0.contains(k) } }
        return terms.sorted().map { ($0, found[$0]!.sorted()) }
    }

    /// Every piece (two characters or more) of a project's subjects: what `commonPieces`
    /// looks text up in.
    static func pieces(of subjects: [String]) -> Set<String> {
        var out: Set<String> = []
        for s in subjects {
            let c = Array(s)
            for i in 0..<c.count {
                for j in (i + 2)...max(i + 2, c.count) where j <= c.count { out.insert(String(c[i..<j])) }
            }
        }
        return out
    }

    /// Maximal substrings (length ≥ 2) of `a` that are pieces of a subject.
    static func commonPieces(_ a: [Character], _ pieces: Set<String>) -> [String] {
        var found: [String] = []
        var i = 0
        while i < a.count - 1 {
            var best = 0
            var len = 2
            while i + len <= a.count, pieces.contains(String(a[i..<i + len])) {
                best = len
                len += 1
            }
            if best >= 2 {
                found.append(String(a[i..<i + best]))
                i += best
            } else {
                i += 1
            }
        }
        return found
    }

    /// `提到“采购”“防控物资”（项目 9“采购疫情防控物资资金”的内容）`: terms from the same
    /// projects are named together.
    static func describe(_ terms: [(term: String, projects: [Int])], _ projects: [Project]) -> String {
        var groups: [(projects: [Int], terms: [String])] = []
        for t in terms {
            if let k = groups.firstIndex(where: { $0.projects == t.projects }) {
                groups[k].terms.append(t.term)
            } else {
                groups.append((t.projects, [t.term]))
            }
        }
        return groups.map { g in
            "提到" + g.terms.map(Say.quote).joined() + "（项目 " +
                Say.list(g.projects.map { "\(projects[$0].number)“\(projects[$0].name)”" }) + "的内容）"
        }.joined(separator: "，")
    }

    static func relatedCodes(_ terms: [(term: String, projects: [Int])], _ projects: [Project]) -> [String] {
        var seen: [Int] = []
        for t in terms { for b in t.projects where !seen.contains(b) { seen.append(b) } }
        return seen.sorted().map { projects[$0].code }
    }
}
