import Foundation
import JixiaoModel
import JixiaoText

/// `document.json` read without the Codable machinery: the bytes are parsed straight into
/// a `StoredDocument`, several times faster than JSONDecoder, whose decoding was a fifth of
/// a cold `jixiao check`. It reads what Jixiao writes and nothing else: any surprise — a
/// key it does not know or has seen already, a missing key, a value of another type, a
/// `null`, a number that is not a plain integer where one is wanted, an escape it does not
/// expect in a key, malformed JSON or UTF-8, a format version it does not know — makes it
/// give up (nil), and the caller decodes with JSONDecoder, whose error messages and lenient
/// defaults stay exactly as they were. Where a key may be absent it gives the default the
/// type's `init(from:)` gives; values go through the same initialisers the Codable path
/// uses (`Money.parse`, `TargetValue(_:)`, `Review(projects:waivers:grade:)`), so what it
/// builds is equal to what JSONDecoder builds (tested, also on damaged files).
struct DocumentJSONParser {
    struct GiveUp: Error {}

    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    /// The bytes are a file whose checksum matches (Jixiao wrote it, barring forgery):
    /// strings are validated once instead of decoded and compared (`knownValidString`).
    let written: Bool
    /// The target values read so far, by their text in the file.
    private var targetValues: [Token: TargetValue] = [:]
    private let memo: TargetValueMemo

    init(_ bytes: UnsafeBufferPointer<UInt8>, memo: TargetValueMemo, written: Bool = false) {
        b = bytes
        self.memo = memo
        self.written = written
    }

    /// The stored document, or nil when the file is anything but what Jixiao writes.
    /// `written`: the bytes are known to be a file Jixiao wrote (see `leadingChecksum`).
    static func parse(_ bytes: [UInt8], memo: TargetValueMemo = .shared, written: Bool = false) -> StoredDocument? {
        bytes.withUnsafeBufferPointer { buffer in
            var p = DocumentJSONParser(buffer, memo: memo, written: written)
            do {
                let stored = try p.storedDocument()
                p.skipSpace()
                return p.i == p.b.count ? stored : nil
            } catch {
                return nil
            }
        }
    }

    /// The checksum a file as Jixiao writes it begins with (`{ "checksum" : "…"`), or nil:
    /// read before the file, so that a file whose checksum matches is parsed as `written`.
    static func leadingChecksum(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { buffer in
            var p = DocumentJSONParser(buffer, memo: .shared)
            return try? p.leadingChecksum()
        }
    }

    private mutating func leadingChecksum() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "{"))
        try expect(UInt8(ascii: "\""))
        guard literal("checksum\"") else { throw GiveUp() }
        try expect(UInt8(ascii: ":"))
        return try string()
    }

    // MARK: The model

    private mutating func storedDocument() throws(GiveUp) -> StoredDocument {
        var seen: UInt32 = 0
        var checksum: String?, document: Document?, format: Int?, journal: JournalPosition?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "checksum", 0, &seen) { checksum = try p.string() }
            else if try p.key(k, "document", 1, &seen) { document = try p.document() }
            else if try p.key(k, "formatVersion", 2, &seen) { format = try p.int() }
            else if try p.key(k, "journal", 3, &seen) {
                var seen: UInt32 = 0
                var head: String?, seq: Int?
                try p.object { p, k throws(GiveUp) in
                    if try p.key(k, "head", 0, &seen) { head = try p.string() }
                    else if try p.key(k, "seq", 1, &seen) { seq = try p.int() }
                    else { throw GiveUp() }
                }
                journal = JournalPosition(seq: try need(seq), head: try need(head))
            } else { throw GiveUp() }
        }
        guard format == StoredDocument.currentFormat else { throw GiveUp() }
        var stored = StoredDocument(formatVersion: try need(format), journal: try need(journal), document: try need(document))
        stored.checksum = checksum
        return stored
    }

    private mutating func document() throws(GiveUp) -> Document {
        var seen: UInt32 = 0
        var contents: [ContentsEntry]?, department: Department?, overall: OverallTargets?, projects: [Project]?, review: Review?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "contents", 0, &seen) { contents = try p.array { p throws(GiveUp) in try p.contentsEntry() } }
            else if try p.key(k, "department", 1, &seen) { department = try p.department() }
            else if try p.key(k, "overall", 2, &seen) { overall = try p.overall() }
            else if try p.key(k, "projects", 3, &seen) { projects = try p.array { p throws(GiveUp) in try p.project() } }
            else if try p.key(k, "review", 4, &seen) { review = try p.review() }
            else { throw GiveUp() }
        }
        return Document(department: try need(department), overall: try need(overall), contents: try need(contents),
                        projects: try need(projects), review: try need(review))
    }

    private mutating func contentsEntry() throws(GiveUp) -> ContentsEntry {
        var seen: UInt32 = 0
        var line: Int?, number: String?, page: Int?, part: Int?, title: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "line", 0, &seen) { line = try p.int() }
            else if try p.key(k, "number", 1, &seen) { number = try p.string() }
            else if try p.key(k, "page", 2, &seen) { page = try p.int() }
            else if try p.key(k, "part", 3, &seen) { part = try p.int() }
            else if try p.key(k, "title", 4, &seen) { title = try p.string() }
            else { throw GiveUp() }
        }
        return ContentsEntry(part: try need(part), number: try need(number), title: try need(title), page: try need(page),
                             line: try need(line))
    }

    private mutating func department() throws(GiveUp) -> Department {
        var seen: UInt32 = 0
        var code: String?, currency: String?, isDraft: Bool?, lines: Department.Lines?, name: String?
        var preparedBy: String?, reviewedBy: String?, unitName: String?, year: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "code", 0, &seen) { code = try p.string() }
            else if try p.key(k, "currency", 1, &seen) { currency = try p.string() }
            else if try p.key(k, "isDraft", 2, &seen) { isDraft = try p.bool() }
            else if try p.key(k, "lines", 3, &seen) {
                var seen: UInt32 = 0
                var preparedBy: Int?, reviewedBy: Int?, title: Int?, unit: Int?
                try p.object { p, k throws(GiveUp) in
                    if try p.key(k, "preparedBy", 0, &seen) { preparedBy = try p.int() }
                    else if try p.key(k, "reviewedBy", 1, &seen) { reviewedBy = try p.int() }
                    else if try p.key(k, "title", 2, &seen) { title = try p.int() }
                    else if try p.key(k, "unit", 3, &seen) { unit = try p.int() }
                    else { throw GiveUp() }
                }
                lines = Department.Lines(title: try need(title), preparedBy: preparedBy, reviewedBy: reviewedBy, unit: unit)
            }
            else if try p.key(k, "name", 4, &seen) { name = try p.string() }
            else if try p.key(k, "preparedBy", 5, &seen) { preparedBy = try p.string() }
            else if try p.key(k, "reviewedBy", 6, &seen) { reviewedBy = try p.string() }
            else if try p.key(k, "unitName", 7, &seen) { unitName = try p.string() }
            else if try p.key(k, "year", 8, &seen) { year = try p.int() }
            else { throw GiveUp() }
        }
        return Department(code: try need(code), unitName: try need(unitName), name: try need(name), year: try need(year),
                          preparedBy: try need(preparedBy), reviewedBy: try need(reviewedBy), isDraft: try need(isDraft),
                          currency: try need(currency), lines: try need(lines))
    }

    private mutating func overall() throws(GiveUp) -> OverallTargets {
        var seen: UInt32 = 0
        var measures: [Paragraph]?, subGoals: [SubGoal]?, summary: [Paragraph]?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "measures", 0, &seen) { measures = try p.array { p throws(GiveUp) in try p.paragraph() } }
            else if try p.key(k, "subGoals", 1, &seen) { subGoals = try p.array { p throws(GiveUp) in try p.subGoal() } }
            else if try p.key(k, "summary", 2, &seen) { summary = try p.array { p throws(GiveUp) in try p.paragraph() } }
            else { throw GiveUp() }
        }
        return OverallTargets(summary: try need(summary), subGoals: try need(subGoals), measures: try need(measures))
    }

    private mutating func paragraph() throws(GiveUp) -> Paragraph {
        var seen: UInt32 = 0
        var line: Int?, number: Int?, text: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "line", 0, &seen) { line = try p.int() }
            else if try p.key(k, "number", 1, &seen) { number = try p.int() }
            else if try p.key(k, "text", 2, &seen) { text = try p.string() }
            else { throw GiveUp() }
        }
        return Paragraph(number: number, text: try need(text), line: try need(line))
    }

    private mutating func subGoal() throws(GiveUp) -> SubGoal {
        var seen: UInt32 = 0
        var goal: String?, indicators: String?, indicatorsLine: Int?, line: Int?, number: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "goal", 0, &seen) { goal = try p.string() }
            else if try p.key(k, "indicators", 1, &seen) { indicators = try p.string() }
            else if try p.key(k, "indicatorsLine", 2, &seen) { indicatorsLine = try p.int() }
            else if try p.key(k, "line", 3, &seen) { line = try p.int() }
            else if try p.key(k, "number", 4, &seen) { number = try p.int() }
            else { throw GiveUp() }
        }
        return SubGoal(number: try need(number), goal: try need(goal), indicators: try need(indicators), line: try need(line),
                       indicatorsLine: indicatorsLine)
    }

    /// As `Project.init(from:)`: table title, facts, notes, layout and reading doubts default when absent.
    private mutating func project() throws(GiveUp) -> Project {
        var seen: UInt32 = 0
        var budget: Budget?, code: String?, facts: [ProjectFact] = [], goals: [Goal]?, heading: String?
        var indicators: [Indicator]?, layout = TableLayout.standard, lines: Project.Lines?, name: String?
        var notes: [Paragraph] = [], readingDoubts: [Paragraph] = [], printedLabels: [Paragraph] = [], number: Int?, spendingPlan: SpendingPlan?, tableTitle = "", unit: TableUnit?, usage: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "budget", 0, &seen) { budget = try p.budget() }
            else if try p.key(k, "code", 1, &seen) { code = try p.string() }
            else if try p.key(k, "facts", 2, &seen) { facts = try p.array { p throws(GiveUp) in try p.fact() } }
            else if try p.key(k, "goals", 3, &seen) { goals = try p.array { p throws(GiveUp) in try p.goal() } }
            else if try p.key(k, "heading", 4, &seen) { heading = try p.string() }
            else if try p.key(k, "indicators", 5, &seen) { indicators = try p.array { p throws(GiveUp) in try p.indicator() } }
            else if try p.key(k, "layout", 6, &seen) { layout = try p.layout() }
            else if try p.key(k, "lines", 7, &seen) { lines = try p.projectLines() }
            else if try p.key(k, "name", 8, &seen) { name = try p.string() }
            else if try p.key(k, "notes", 9, &seen) { notes = try p.array { p throws(GiveUp) in try p.paragraph() } }
            else if try p.key(k, "number", 10, &seen) { number = try p.int() }
            else if try p.key(k, "printedLabels", 16, &seen) { printedLabels = try p.array { p throws(GiveUp) in try p.paragraph() } }
            else if try p.key(k, "readingDoubts", 15, &seen) { readingDoubts = try p.array { p throws(GiveUp) in try p.paragraph() } }
            else if try p.key(k, "spendingPlan", 11, &seen) {
                var seen: UInt32 = 0
                var checkpoints: [Checkpoint]?
                try p.object { p, k throws(GiveUp) in
                    if try p.key(k, "checkpoints", 0, &seen) { checkpoints = try p.array { p throws(GiveUp) in try p.checkpoint() } }
                    else { throw GiveUp() }
                }
                spendingPlan = SpendingPlan(checkpoints: try need(checkpoints))
            }
            else if try p.key(k, "tableTitle", 12, &seen) { tableTitle = try p.string() }
            else if try p.key(k, "unit", 13, &seen) {
                var seen: UInt32 = 0
                var code: String?, currency: String?, name: String?
                try p.object { p, k throws(GiveUp) in
                    if try p.key(k, "code", 0, &seen) { code = try p.string() }
                    else if try p.key(k, "currency", 1, &seen) { currency = try p.string() }
                    else if try p.key(k, "name", 2, &seen) { name = try p.string() }
                    else { throw GiveUp() }
                }
                unit = TableUnit(code: try need(code), name: try need(name), currency: try need(currency))
            }
            else if try p.key(k, "usage", 14, &seen) { usage = try p.string() }
            else { throw GiveUp() }
        }
        return Project(number: try need(number), heading: try need(heading), unit: try need(unit), code: try need(code),
                       name: try need(name), budget: try need(budget), usage: try need(usage),
                       spendingPlan: try need(spendingPlan), goals: try need(goals), indicators: try need(indicators),
                       lines: try need(lines), tableTitle: tableTitle, facts: facts, notes: notes, layout: layout,
                       readingDoubts: readingDoubts, printedLabels: printedLabels)
    }

    private mutating func fact() throws(GiveUp) -> ProjectFact {
        var seen: UInt32 = 0
        var label: String?, line: Int?, text: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "label", 0, &seen) { label = try p.string() }
            else if try p.key(k, "line", 1, &seen) { line = try p.int() }
            else if try p.key(k, "text", 2, &seen) { text = try p.string() }
            else { throw GiveUp() }
        }
        return ProjectFact(label: try need(label), text: try need(text), line: try need(line))
    }

    private mutating func goal() throws(GiveUp) -> Goal {
        var seen: UInt32 = 0
        var number: Int?, text: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "number", 0, &seen) { number = try p.int() }
            else if try p.key(k, "text", 1, &seen) { text = try p.string() }
            else { throw GiveUp() }
        }
        return Goal(number: try need(number), text: try need(text))
    }

    private mutating func projectLines() throws(GiveUp) -> Project.Lines {
        var seen: UInt32 = 0
        var budget: Int?, code: Int?, goals: Int?, heading: Int?, indicatorHeader: Int?, plan: Int?, planFigures: Int?
        var unit: Int?, usage: Int?, budgetTotal: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "budget", 0, &seen) { budget = try p.int() }
            else if try p.key(k, "budgetTotal", 9, &seen) { budgetTotal = try p.int() }
            else if try p.key(k, "code", 1, &seen) { code = try p.int() }
            else if try p.key(k, "goals", 2, &seen) { goals = try p.int() }
            else if try p.key(k, "heading", 3, &seen) { heading = try p.int() }
            else if try p.key(k, "indicatorHeader", 4, &seen) { indicatorHeader = try p.int() }
            else if try p.key(k, "plan", 5, &seen) { plan = try p.int() }
            else if try p.key(k, "planFigures", 6, &seen) { planFigures = try p.int() }
            else if try p.key(k, "unit", 7, &seen) { unit = try p.int() }
            else if try p.key(k, "usage", 8, &seen) { usage = try p.int() }
            else { throw GiveUp() }
        }
        return Project.Lines(heading: try need(heading), unit: try need(unit), code: try need(code), budget: try need(budget),
                             usage: usage, plan: try need(plan), planFigures: planFigures, goals: try need(goals),
                             indicatorHeader: try need(indicatorHeader), budgetTotal: budgetTotal)
    }

    /// As `Budget.init(from:)`: the figures `.stated` and no items when absent.
    private mutating func budget() throws(GiveUp) -> Budget {
        var seen: UInt32 = 0
        var fiscal: Money?, fiscalFigure = BudgetFigure.stated, items: [BudgetItem] = [], other: Money?
        var otherFigure = BudgetFigure.stated, total: Money?, totalFigure = BudgetFigure.stated
        try object { p, k throws(GiveUp) in
            if try p.key(k, "fiscal", 0, &seen) { fiscal = try p.money() }
            else if try p.key(k, "fiscalFigure", 1, &seen) { fiscalFigure = try p.figure() }
            else if try p.key(k, "items", 2, &seen) { items = try p.array { p throws(GiveUp) in try p.budgetItem() } }
            else if try p.key(k, "other", 3, &seen) { other = try p.money() }
            else if try p.key(k, "otherFigure", 4, &seen) { otherFigure = try p.figure() }
            else if try p.key(k, "total", 5, &seen) { total = try p.money() }
            else if try p.key(k, "totalFigure", 6, &seen) { totalFigure = try p.figure() }
            else { throw GiveUp() }
        }
        return Budget(total: try need(total), fiscal: try need(fiscal), other: try need(other), totalFigure: totalFigure,
                      fiscalFigure: fiscalFigure, otherFigure: otherFigure, items: items)
    }

    private mutating func figure() throws(GiveUp) -> BudgetFigure {
        var seen: UInt32 = 0
        var defect: PrintingDefect?, printed: String?, source: AmountSource?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "defect", 0, &seen) { defect = try p.enumeration(PrintingDefect.self) }
            else if try p.key(k, "printed", 1, &seen) { printed = try p.string() }
            else if try p.key(k, "source", 2, &seen) { source = try p.enumeration(AmountSource.self) }
            else { throw GiveUp() }
        }
        return BudgetFigure(source: try need(source), printed: printed, defect: defect)
    }

    private mutating func budgetItem() throws(GiveUp) -> BudgetItem {
        var seen: UInt32 = 0
        var amount: Money?, label: String?, line: Int?, printed: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "amount", 0, &seen) { amount = try p.money() }
            else if try p.key(k, "label", 1, &seen) { label = try p.string() }
            else if try p.key(k, "line", 2, &seen) { line = try p.int() }
            else if try p.key(k, "printed", 3, &seen) { printed = try p.string() }
            else { throw GiveUp() }
        }
        return BudgetItem(label: try need(label), printed: try need(printed), amount: amount, line: try need(line))
    }

    private mutating func checkpoint() throws(GiveUp) -> Checkpoint {
        var seen: UInt32 = 0
        var figure: String?, labelled: Bool?, month: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "figure", 0, &seen) { figure = try p.string() }
            else if try p.key(k, "labelled", 1, &seen) { labelled = try p.bool() }
            else if try p.key(k, "month", 2, &seen) { month = try p.int() }
            else { throw GiveUp() }
        }
        return Checkpoint(month: try need(month), figure: try need(figure), labelled: try need(labelled))
    }

    /// As `Indicator.init(from:)`: no extras when absent; the value parsed from its raw text.
    private mutating func indicator() throws(GiveUp) -> Indicator {
        var seen: UInt32 = 0
        var basis: String?, description: String?, extras: [IndicatorCell] = [], level1: String?, level2: String?
        var line: Int?, name: String?, value: TargetValue?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "basis", 0, &seen) { basis = try p.string() }
            else if try p.key(k, "description", 1, &seen) { description = try p.string() }
            else if try p.key(k, "extras", 2, &seen) { extras = try p.array { p throws(GiveUp) in try p.cell() } }
            else if try p.key(k, "level1", 3, &seen) { level1 = try p.string() }
            else if try p.key(k, "level2", 4, &seen) { level2 = try p.string() }
            else if try p.key(k, "line", 5, &seen) { line = try p.int() }
            else if try p.key(k, "name", 6, &seen) { name = try p.string() }
            else if try p.key(k, "value", 7, &seen) { value = try p.targetValue() }
            else { throw GiveUp() }
        }
        return Indicator(level1: try need(level1), level2: try need(level2), name: try need(name),
                         description: try need(description), value: try need(value), basis: try need(basis),
                         line: try need(line), extras: extras)
    }

    private mutating func cell() throws(GiveUp) -> IndicatorCell {
        var seen: UInt32 = 0
        var header: String?, kind: IndicatorColumn.Kind?, term: IndicatorColumn.Term?, text: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "header", 0, &seen) { header = try p.string() }
            else if try p.key(k, "kind", 1, &seen) { kind = try p.enumeration(IndicatorColumn.Kind.self) }
            else if try p.key(k, "term", 2, &seen) { term = try p.enumeration(IndicatorColumn.Term.self) }
            else if try p.key(k, "text", 3, &seen) { text = try p.string() }
            else { throw GiveUp() }
        }
        return IndicatorCell(header: try need(header), kind: try need(kind), term: term, text: try need(text))
    }

    private mutating func layout() throws(GiveUp) -> TableLayout {
        var seen: UInt32 = 0
        var hasSpendingPlan: Bool?, columns: [IndicatorColumn]?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "hasSpendingPlan", 0, &seen) { hasSpendingPlan = try p.bool() }
            else if try p.key(k, "indicatorColumns", 1, &seen) {
                columns = try p.array { p throws(GiveUp) in
                    var seen: UInt32 = 0
                    var header: String?, kind: IndicatorColumn.Kind?, term: IndicatorColumn.Term?
                    try p.object { p, k throws(GiveUp) in
                        if try p.key(k, "header", 0, &seen) { header = try p.string() }
                        else if try p.key(k, "kind", 1, &seen) { kind = try p.enumeration(IndicatorColumn.Kind.self) }
                        else if try p.key(k, "term", 2, &seen) { term = try p.enumeration(IndicatorColumn.Term.self) }
                        else { throw GiveUp() }
                    }
                    return IndicatorColumn(header: try need(header), kind: try need(kind), term: term)
                }
            }
            else { throw GiveUp() }
        }
        return TableLayout(indicatorColumns: try need(columns), hasSpendingPlan: try need(hasSpendingPlan))
    }

    /// As `Review.init(from:)`: no waivers and no grade when absent (the waivers put in order).
    private mutating func review() throws(GiveUp) -> Review {
        var seen: UInt32 = 0
        var grade: DocumentGrade?, projects: [String: ProjectReview]?, waivers: [Waiver] = []
        try object { p, k throws(GiveUp) in
            if try p.key(k, "grade", 0, &seen) { grade = try p.grade() }
            else if try p.key(k, "projects", 1, &seen) {
                var all: [String: ProjectReview] = [:]
                try p.dictionary { p, name throws(GiveUp) in
                    // The decoder's handling of a key given twice is its own: leave it to it.
                    guard all.updateValue(try p.projectReview(), forKey: name) == nil else { throw GiveUp() }
                }
                projects = all
            }
            else if try p.key(k, "waivers", 2, &seen) { waivers = try p.array { p throws(GiveUp) in try p.waiver() } }
            else { throw GiveUp() }
        }
        return Review(projects: try need(projects), waivers: waivers, grade: grade)
    }

    private mutating func projectReview() throws(GiveUp) -> ProjectReview {
        var seen: UInt32 = 0
        var opinions: [Opinion]?, status: ReviewStatus?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "opinions", 0, &seen) { opinions = try p.array { p throws(GiveUp) in try p.opinion() } }
            else if try p.key(k, "status", 1, &seen) { status = try p.enumeration(ReviewStatus.self) }
            else { throw GiveUp() }
        }
        return ProjectReview(status: try need(status), opinions: try need(opinions))
    }

    private mutating func opinion() throws(GiveUp) -> Opinion {
        var seen: UInt32 = 0
        var action: ReviewAction?, reviewer: String?, row: Int?, text: String?, time: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "action", 0, &seen) { action = try p.enumeration(ReviewAction.self) }
            else if try p.key(k, "reviewer", 1, &seen) { reviewer = try p.string() }
            else if try p.key(k, "row", 2, &seen) { row = try p.int() }
            else if try p.key(k, "text", 3, &seen) { text = try p.string() }
            else if try p.key(k, "time", 4, &seen) { time = try p.string() }
            else { throw GiveUp() }
        }
        return Opinion(reviewer: try need(reviewer), time: try need(time), text: try need(text), action: action, row: row)
    }

    mutating func waiver() throws(GiveUp) -> Waiver {
        var seen: UInt32 = 0
        var code: String?, field: IndicatorField?, line: Int?, message: String?, part: String?, project: Int?
        var reason: String?, reviewer: String?, row: Int?, rule: String?, severity: String?, time: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "code", 0, &seen) { code = try p.string() }
            else if try p.key(k, "field", 1, &seen) { field = try p.enumeration(IndicatorField.self) }
            else if try p.key(k, "line", 2, &seen) { line = try p.int() }
            else if try p.key(k, "message", 3, &seen) { message = try p.string() }
            else if try p.key(k, "part", 4, &seen) { part = try p.string() }
            else if try p.key(k, "project", 5, &seen) { project = try p.int() }
            else if try p.key(k, "reason", 6, &seen) { reason = try p.string() }
            else if try p.key(k, "reviewer", 7, &seen) { reviewer = try p.string() }
            else if try p.key(k, "row", 8, &seen) { row = try p.int() }
            else if try p.key(k, "rule", 9, &seen) { rule = try p.string() }
            else if try p.key(k, "severity", 10, &seen) { severity = try p.string() }
            else if try p.key(k, "time", 11, &seen) { time = try p.string() }
            else { throw GiveUp() }
        }
        return Waiver(rule: try need(rule), project: project, code: code, part: try need(part), row: row, field: field,
                      line: try need(line), severity: try need(severity), message: try need(message), reason: try need(reason),
                      reviewer: try need(reviewer), time: try need(time))
    }

    private mutating func grade() throws(GiveUp) -> DocumentGrade {
        var seen: UInt32 = 0
        var comment: String?, grade: Grade?, reviewer: String?, score: Double?, suggested: Grade?, time: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "comment", 0, &seen) { comment = try p.string() }
            else if try p.key(k, "grade", 1, &seen) { grade = try p.enumeration(Grade.self) }
            else if try p.key(k, "reviewer", 2, &seen) { reviewer = try p.string() }
            else if try p.key(k, "score", 3, &seen) { score = try p.double() }
            else if try p.key(k, "suggested", 4, &seen) { suggested = try p.enumeration(Grade.self) }
            else if try p.key(k, "time", 5, &seen) { time = try p.string() }
            else { throw GiveUp() }
        }
        return DocumentGrade(grade: try need(grade), comment: try need(comment), suggested: suggested, score: score,
                             reviewer: try need(reviewer), time: try need(time))
    }

    // MARK: Values

    /// As `TargetValue.init(from:)`: parsed from its raw text. Parsing was two thirds of
    /// reading a document, and a department repeats its values (`≥95%`, `100%`, the same
    /// sentence on every project), so each text is parsed once per file (keyed by the
    /// bytes as written) and once per process where the memo has room (`TargetValueMemo`,
    /// keyed by the text's UTF-8): only the very same text is taken for the same value.
    private mutating func targetValue() throws(GiveUp) -> TargetValue {
        skipSpace()
        let start = i
        let raw = try string()
        let token = Token(bytes: UnsafeBufferPointer(rebasing: b[start..<i]))
        if let known = targetValues[token] { return known }
        let value = memo.value(raw)
        targetValues[token] = value
        return value
    }

    /// A value's JSON text, quotes and escapes included, in the file being parsed.
    private struct Token: Hashable {
        let bytes: UnsafeBufferPointer<UInt8>
        static func == (a: Token, b: Token) -> Bool { a.bytes.elementsEqual(b.bytes) }
        func hash(into h: inout Hasher) { h.combine(bytes: UnsafeRawBufferPointer(bytes)) }
    }

    /// As `Money.init(from:)`: the string parsed by `Money.parse`.
    mutating func money() throws(GiveUp) -> Money {
        let s = try string()
        do { return try Money.parse(s) } catch { throw GiveUp() }
    }

    mutating func enumeration<E: RawRepresentable<String>>(_ type: E.Type) throws(GiveUp) -> E {
        guard let e = E(rawValue: try string()) else { throw GiveUp() }
        return e
    }

    /// A plain integer (`0`, `-12`, `345`): no fraction, exponent, leading zero or `-0`;
    /// what else the decoder takes for an Int is left to it.
    mutating func int() throws(GiveUp) -> Int {
        skipSpace()
        var k = i
        let negative = k < b.count && b[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        let start = k
        var n = 0
        while k < b.count, b[k] &- 0x30 < 10 {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int(b[k] &- 0x30))
            guard !o1 && !o2 else { throw GiveUp() }
            n = s
            k += 1
        }
        guard k > start, k - start == 1 || b[start] != UInt8(ascii: "0"), !(negative && n == 0) else { throw GiveUp() }
        if k < b.count, b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: "e") || b[k] == UInt8(ascii: "E") { throw GiveUp() }
        i = k
        return negative ? -n : n
    }

    /// A JSON number as the decoder reads a Double: the text's nearest Double.
    private mutating func double() throws(GiveUp) -> Double {
        skipSpace()
        let start = i
        var k = i
        if k < b.count, b[k] == UInt8(ascii: "-") { k += 1 }
        let intStart = k
        while k < b.count, b[k] &- 0x30 < 10 { k += 1 }
        guard k > intStart, k - intStart == 1 || b[intStart] != UInt8(ascii: "0") else { throw GiveUp() }
        if k < b.count, b[k] == UInt8(ascii: ".") {
            k += 1
            let f = k
            while k < b.count, b[k] &- 0x30 < 10 { k += 1 }
            guard k > f else { throw GiveUp() }
        }
        if k < b.count, b[k] == UInt8(ascii: "e") || b[k] == UInt8(ascii: "E") {
            k += 1
            if k < b.count, b[k] == UInt8(ascii: "+") || b[k] == UInt8(ascii: "-") { k += 1 }
            let e = k
            while k < b.count, b[k] &- 0x30 < 10 { k += 1 }
            guard k > e else { throw GiveUp() }
        }
        guard let d = Double(String(decoding: UnsafeBufferPointer(rebasing: b[start..<k]), as: UTF8.self)), d.isFinite
        else { throw GiveUp() }
        i = k
        return d
    }

    mutating func bool() throws(GiveUp) -> Bool {
        skipSpace()
        if literal("true") { return true }
        if literal("false") { return false }
        throw GiveUp()
    }

    mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        for k in 0..<n where b[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// A string; escapes decoded, UTF-8 validated. A lone surrogate is left to the decoder.
    mutating func string() throws(GiveUp) -> String {
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw GiveUp() }
        i += 1
        let start = i
        // Most strings have no escape: taken as they are. Eight bytes at a time while none
        // of them ends the string, starts an escape or is a control character.
        var high: UInt64 = 0
        while i < b.count {
            if i + 8 <= b.count {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if !Self.mayStopString(w) {
                    high |= w
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(rebasing: b[start..<i])
                let ascii = high & 0x8080_8080_8080_8080 == 0
                let s = written ? try Self.knownValidString(bytes, ascii: ascii) : try Self.validString(bytes, ascii: ascii)
                i += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            guard c >= 0x20 else { throw GiveUp() }
            high |= UInt64(c)
            i += 1
        }
        guard i < b.count else { throw GiveUp() }
        var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else { throw GiveUp() }
                return s
            }
            guard c >= 0x20 else { throw GiveUp() }
            guard c == UInt8(ascii: "\\") else { out.append(c); i += 1; continue }
            guard i + 1 < b.count else { throw GiveUp() }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var u = try hex4()
                if (0xD800..<0xDC00).contains(u) {
                    guard literal("\\u") else { throw GiveUp() }
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw GiveUp() }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(u) {
                    throw GiveUp()
                }
                guard let scalar = Unicode.Scalar(u) else { throw GiveUp() }
                out.append(contentsOf: String(Character(scalar)).utf8)
            default: throw GiveUp()
            }
        }
        throw GiveUp()
    }

    /// `bytes` as a String when they are well-formed UTF-8, as `String(validating:as:)`
    /// would make it. That initialiser is generic (over the encoding) and was most of
    /// reading a document's strings; `String(decoding:as:)` validates as the standard
    /// library does everywhere else, and repairs what is not UTF-8 — so a string that
    /// came out other than its bytes was not UTF-8 (`ascii`: no byte above 0x7F, nothing
    /// to repair).
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws(GiveUp) -> String {
        var s = String(decoding: bytes, as: UTF8.self)
        guard !ascii else { return s }
        let same = s.withUTF8 { u in
            SameBytes.equal(u, bytes)
        }
        guard same else { throw GiveUp() }
        return s
    }

    /// `bytes` of a file whose checksum matches, as `String(decoding:as:)` makes them: ASCII
    /// (every byte below 0x80, as the scan saw) without a second look; other text validated
    /// once, not decoded, repaired and compared. Still validated: a checksum anyone can
    /// compute proves no accident, not well-formed UTF-8, and a String of malformed bytes
    /// would be undefined behaviour (a workspace handed over by someone else is input too).
    static func knownValidString(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) throws(GiveUp) -> String {
        if #available(macOS 26.0, *) {
            if ascii { return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: true)) }
            guard let span = try? UTF8Span(validating: bytes.span) else { throw GiveUp() }
            return String(copying: span)
        }
        return try validString(bytes, ascii: ascii)
    }

    private mutating func hex4() throws(GiveUp) -> UInt32 {
        guard i + 4 <= b.count else { throw GiveUp() }
        var u: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let v: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            u = u << 4 | UInt32(v)
            i += 1
        }
        return u
    }

    // MARK: Structure

    mutating func skipSpace() {
        while i < b.count {
            switch b[i] {
            case 0x0A:
                i += 1
                // A line's indentation, eight spaces at a time.
                while i + 8 <= b.count, UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) == Self.eightSpaces { i += 8 }
            case 0x20, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    static let eightSpaces: UInt64 = 0x2020_2020_2020_2020

    /// Whether any of the eight bytes of `w` is `"`, `\\` or below 0x20: a string's scan
    /// must look at them one by one. (A zero byte of `x` is found by `(x - 0x01…) & ~x &
    /// 0x80…`, one below 0x20 by `(x - 0x20…) & ~x & 0x80…`: exact whether any is.)
    @inline(__always)
    static func mayStopString(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, top: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22), backslash = w ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = (w &- ones &* 0x20) & ~w
        return (zeroQuote | zeroBackslash | control) & top != 0
    }

    mutating func expect(_ c: UInt8) throws(GiveUp) {
        skipSpace()
        guard i < b.count, b[i] == c else { throw GiveUp() }
        i += 1
    }

    /// After a member or element: true for `,` (another follows), false for the closing byte.
    mutating func more(_ close: UInt8) throws(GiveUp) -> Bool {
        skipSpace()
        guard i < b.count else { throw GiveUp() }
        if b[i] == UInt8(ascii: ",") { i += 1; return true }
        if b[i] == close { i += 1; return false }
        throw GiveUp()
    }

    mutating func closesAtOnce(_ close: UInt8) -> Bool {
        skipSpace()
        if i < b.count, b[i] == close { i += 1; return true }
        return false
    }

    /// An object's members: `member` is given each key's bytes (a key with an escape is
    /// not one Jixiao writes) and reads the value.
    mutating func object(_ member: (inout DocumentJSONParser, Range<Int>) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "{"))
        if closesAtOnce(UInt8(ascii: "}")) { return }
        repeat {
            try expect(UInt8(ascii: "\""))
            let start = i
            while i < b.count, b[i] != UInt8(ascii: "\""), b[i] != UInt8(ascii: "\\") { i += 1 }
            guard i < b.count, b[i] == UInt8(ascii: "\"") else { throw GiveUp() }
            let k = start..<i
            i += 1
            try expect(UInt8(ascii: ":"))
            try member(&self, k)
        } while try more(UInt8(ascii: "}"))
    }

    /// An object whose keys are data (the review's project numbers).
    mutating func dictionary(_ member: (inout DocumentJSONParser, String) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "{"))
        if closesAtOnce(UInt8(ascii: "}")) { return }
        repeat {
            let k = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, k)
        } while try more(UInt8(ascii: "}"))
    }

    mutating func array<E>(_ element: (inout DocumentJSONParser) throws(GiveUp) -> E) throws(GiveUp) -> [E] {
        try expect(UInt8(ascii: "["))
        var out: [E] = []
        if closesAtOnce(UInt8(ascii: "]")) { return out }
        repeat { out.append(try element(&self)) } while try more(UInt8(ascii: "]"))
        return out
    }

    /// Whether key `k` is `name`; a key seen before (bit `bit` of `seen`) is one the
    /// decoder handles its own way, so it gives up then.
    func key(_ k: Range<Int>, _ name: StaticString, _ bit: UInt32, _ seen: inout UInt32) throws(GiveUp) -> Bool {
        guard k.count == name.utf8CodeUnitCount else { return false }
        let n = name.utf8Start
        for j in 0..<k.count where b[k.lowerBound + j] != n[j] { return false }
        guard seen & (1 << bit) == 0 else { throw GiveUp() }
        seen |= 1 << bit
        return true
    }
}

/// A value the decoder requires: absent, the parser gives up.
func need<T>(_ value: T?) throws(DocumentJSONParser.GiveUp) -> T {
    guard let value else { throw DocumentJSONParser.GiveUp() }
    return value
}
