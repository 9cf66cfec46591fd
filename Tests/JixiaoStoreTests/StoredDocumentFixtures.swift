import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
@testable import JixiaoStore

/// The stored documents the hand-written `document.json` writer and parser are compared
/// with JSONEncoder / JSONDecoder on: the sample, every corpus file, synthetic departments,
/// documents after review actions and a revision, and documents full of awkward strings
/// with every optional filled in.
enum StoredDocumentFixtures {
    static let sample = try! DocumentReader.read(bytes: BundledSample.bytes)

    /// `name`: what the document is, for a failing test's message.
    static let all: [(name: String, stored: StoredDocument)] = {
        var out: [(String, StoredDocument)] = []
        func add(_ name: String, _ document: Document, seq: Int = 1) {
            var s = StoredDocument(journal: JournalPosition(seq: seq, head: Hashing.sha256(Array(name.utf8))), document: document)
            out.append((name, s))
            s.checksum = Hashing.sha256(Array("checksum \(name)".utf8))
            out.append((name + " (with checksum)", s))
        }
        add("sample", sample)
        let corpus = SyntheticBureau.texts(in: SyntheticBureau.developmentCorpusFolder)
        precondition(corpus.count == 14, "corpus folder \(SyntheticBureau.developmentCorpusFolder)")
        for (k, text) in corpus.enumerated() { add("corpus \(k + 1)", try! DocumentReader.read(bytes: text)) }
        let bureau = try! SyntheticBureau.withDevelopmentCorpus()
        for file in bureau.documents(count: 24, seed: 7) { add(file.name, try! DocumentReader.read(bytes: file.bytes)) }
        add("sample reviewed", reviewed(sample), seq: 9)
        let synthetic = try! DocumentReader.read(bytes: bureau.documents(count: 1, projects: 13, seed: 11)[0].bytes)
        add("synthetic reviewed", reviewed(synthetic), seq: 30)
        add("sample revised", revised(reviewed(sample)), seq: 12)
        add("awkward", awkward(sample), seq: 3)
        add("awkward synthetic", awkward(synthetic), seq: 4)
        add("empty", Document(department: sample.department, overall: OverallTargets(), contents: [], projects: []))
        return out
    }()

    /// Every project touched: approved, returned with opinions (on a row and not), reopened,
    /// commented; an edit; waivers of real findings; a grade with a score.
    static func reviewed(_ document: Document) -> Document {
        var doc = document
        for k in doc.projects.indices {
            switch k % 4 {
            case 0: doc = try! doc.applying(.approve, toProjectAt: k, comment: k == 0 ? "同意" : nil, reviewer: "甲", time: "2026-11-26T10:00:0\(k % 10)Z")
            case 1:
                doc = try! doc.applying(.return, toProjectAt: k, comment: "完成率目标偏低", row: 1, reviewer: "乙", time: "t\(k)")
                doc = try! doc.applying(.comment, toProjectAt: k, comment: "请说明\n更换范围", reviewer: "乙", time: "t\(k)")
            case 2:
                doc = try! doc.applying(.approve, toProjectAt: k, comment: nil, reviewer: "甲", time: "t")
                doc = try! doc.applying(.reopen, toProjectAt: k, comment: "重新审", reviewer: "甲", time: "t")
            default: doc = try! doc.applying(.comment, toProjectAt: k, comment: "意见 \"引号\" 与 /斜线/", labelOpinion: false, reviewer: "丙", time: "t")
            }
        }
        if !doc.projects.isEmpty, !doc.projects[0].indicators.isEmpty {
            doc = try! doc.setting(FieldPath(projectIndex: 0, field: .indicator(row: 1, .value)), to: "≥98%")
        }
        let findings = RuleEngine().check(doc).all
        let waivers = findings.prefix(6).enumerated().map { k, f in
            Waiver(f, reason: k % 2 == 0 ? Waiver.verified : "豁免：历史原因", reviewer: "甲", time: "t\(k)")
        }
        if !waivers.isEmpty { doc = try! doc.waiving(waivers) }
        doc = try! doc.grading(DocumentGrade(grade: .fair, comment: "须修改", suggested: .good, score: 70.5, reviewer: "甲", time: "t9"))
        return doc
    }

    /// Version 2: the document revised by a text with one value changed.
    static func revised(_ document: Document) -> Document {
        let text = BundledSample.text
        let range = text.range(of: "配套设施完成率\t更换设备完成率\t≥95%")!
        let second = try! DocumentReader.read(bytes: Array(text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%").utf8))
        return document.revised(by: second).0
    }

    /// Every control character, quotes, backslashes, slashes, U+2028/2029, DEL, emoji,
    /// combining marks, empty strings.
    static let awkwardStrings: [String] = {
        var all = ""
        for u in 0..<0x20 { all.unicodeScalars.append(Unicode.Scalar(u)!) }
        return [all, "", "\"", "\\", "\\\"", "/", "</script>", "a\u{2028}b\u{2029}c", "\u{7F}", "😀👨‍👩‍👧", "e\u{301}", "\u{FEFF}BOM",
                "全角　空格", "\t前后\t", "line1\r\nline2", "\u{0}", "\u{1F}x\u{1F}"]
    }()

    /// The document with awkward strings everywhere a string is stored and every optional
    /// and every conditional key (figures, items, layout, facts, notes, reading doubts, extras, terms) present.
    static func awkward(_ document: Document) -> Document {
        var doc = reviewed(document)
        let s = awkwardStrings
        func pick(_ k: Int) -> String { s[k % s.count] }
        doc.department.name = pick(0)
        doc.department.unitName = pick(1)
        doc.department.code = pick(2)
        doc.department.preparedBy = pick(3)
        doc.department.reviewedBy = pick(4)
        doc.department.currency = pick(5)
        doc.department.isDraft.toggle()
        doc.department.lines = Department.Lines(title: 1, preparedBy: 2, reviewedBy: 3, unit: 4)
        doc.overall.summary.append(Paragraph(number: nil, text: pick(6), line: 7))
        doc.overall.summary.append(Paragraph(number: 12, text: pick(7), line: 8))
        doc.overall.measures = [Paragraph(number: -1, text: pick(8), line: 0)]
        doc.overall.subGoals.append(SubGoal(number: 3, goal: pick(9), indicators: pick(10), line: 11, indicatorsLine: nil))
        doc.overall.subGoals.append(SubGoal(number: 4, goal: pick(11), indicators: pick(12), line: 12, indicatorsLine: 13))
        doc.contents.append(ContentsEntry(part: 2, number: pick(13), title: pick(14), page: 99, line: 100))
        for k in doc.projects.indices {
            var p = doc.projects[k]
            p.heading = pick(k)
            p.name = pick(k + 1)
            p.usage = pick(k + 2)
            p.code = pick(k + 3)
            p.unit = TableUnit(code: pick(k + 4), name: pick(k + 5), currency: pick(k + 6))
            p.tableTitle = k % 3 == 0 ? "" : pick(k + 7)
            p.facts = k % 2 == 0 ? [] : [ProjectFact(label: pick(k + 8), text: pick(k + 9), line: k)]
            p.notes = k % 2 == 1 ? [] : [Paragraph(number: k % 3 == 0 ? nil : k, text: pick(k + 10), line: k)]
            p.readingDoubts = k % 2 == 0 ? [] : [Paragraph(text: pick(k + 11), line: k + 1)]
            p.printedLabels = k % 3 == 1 ? [] : [Paragraph(text: pick(k + 12), line: k + 2)]
            p.goals.append(Goal(number: 9, text: pick(k + 11)))
            p.budget.items = k % 3 == 2 ? [] : [BudgetItem(label: pick(k), printed: pick(k + 1), amount: k % 2 == 0 ? nil : Money(fen: 12_345), line: 5),
                                                BudgetItem(label: "中期", printed: "", amount: Money(fen: 9_007_199_254_740_992), line: 6)]
            p.budget.totalFigure = k % 4 == 0 ? .stated : BudgetFigure(source: .derived, printed: k % 2 == 0 ? nil : pick(k), defect: k % 3 == 0 ? .doubled : nil)
            p.budget.fiscalFigure = k % 4 == 1 ? .stated : BudgetFigure(source: .missing, printed: pick(k + 2))
            p.budget.otherFigure = k % 4 == 2 ? .stated : BudgetFigure(source: .stated, printed: nil, defect: .doubled)
            p.budget.other = Money(fen: Int64(k) * 7 + 1)
            p.spendingPlan.checkpoints.append(Checkpoint(month: 13, figure: pick(k + 12), labelled: k % 2 == 0))
            p.lines.usage = k % 2 == 0 ? nil : 17
            p.lines.planFigures = k % 3 == 0 ? nil : 18
            p.lines.budgetTotal = k % 2 == 0 ? 19 : nil
            if k % 2 == 1 {
                p.layout = TableLayout(indicatorColumns: IndicatorColumn.standardSix + [
                    IndicatorColumn(header: pick(k), kind: .weight), IndicatorColumn(header: pick(k + 1), kind: .value, term: .medium),
                    IndicatorColumn(header: "长期", kind: .valueNumber, term: .long),
                ], hasSpendingPlan: k % 4 == 1)
            } else if k % 4 == 2 {
                p.layout = TableLayout(indicatorColumns: [], hasSpendingPlan: false)
            }
            for r in p.indicators.indices {
                p.indicators[r].level1 = pick(r)
                p.indicators[r].description = pick(r + 1)
                p.indicators[r].basis = pick(r + 2)
                p.indicators[r].value = TargetValue(pick(r + 3))
                if r % 2 == 0 {
                    p.indicators[r].extras = [IndicatorCell(header: pick(r), kind: .weight, text: pick(r + 4)),
                                              IndicatorCell(header: "中期", kind: .value, term: .medium, text: "")]
                }
            }
            doc.projects[k] = p
        }
        if !doc.projects.isEmpty {
            doc = try! doc.applying(.comment, toProjectAt: doc.projects.count - 1, comment: "意见😀", row: 1, reviewer: "丁", time: "t")
            var opinions = doc.review.projects["1"]?.opinions ?? []
            for (k, text) in s.enumerated() { opinions.append(Opinion(reviewer: pick(k + 1), time: pick(k + 2), text: text, action: k % 2 == 0 ? nil : .return, row: k % 3 == 0 ? nil : k)) }
            doc.review.projects["1"] = ProjectReview(status: .returned, opinions: opinions)
        }
        var waivers = doc.review.waivers
        waivers.append(Waiver(rule: pick(1), project: nil, code: nil, part: pick(2), row: nil, field: nil, line: 1, severity: pick(3),
                              message: pick(0), reason: pick(4), reviewer: pick(5), time: pick(6)))
        waivers.append(Waiver(rule: "r", project: 1, code: pick(7), part: "indicator", row: 2, field: .basis, line: 9, severity: "error",
                              message: pick(8), reason: "核实无误", reviewer: "甲", time: "t"))
        doc.review = Review(projects: doc.review.projects, waivers: waivers,
                            grade: DocumentGrade(grade: .poor, comment: pick(9), suggested: nil, score: nil, reviewer: pick(10), time: pick(11)))
        return doc
    }
}
