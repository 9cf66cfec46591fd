import JixiaoModel

/// `document.json` written by hand: the very bytes `StableJSON.pretty` (JSONEncoder with
/// sorted keys, pretty-printed, slashes unescaped) writes for a `StoredDocument`, several
/// times faster — encoding was a large part of an import. The file carries a checksum over
/// its own bytes, so they must not change: each type's keys are written in the order the
/// encoder sorts them (by UTF-8 bytes), optionals and defaults left out exactly where the
/// type's `encode(to:)` leaves them out, strings escaped as the encoder escapes them. The
/// tests compare with JSONEncoder on the sample, the corpus, synthetic departments,
/// reviewed and revised documents and awkward strings, and list each type's stored
/// properties, so a property added to the model fails a test instead of going missing.
///
/// What it cannot write as the encoder would (a review keyed by a non-ASCII string, a
/// score that is not a finite number) throws `Unwritable`: the caller then encodes the
/// whole document with JSONEncoder.
struct DocumentJSONWriter {
    struct Unwritable: Error {}

    private var out: ByteWriter
    /// Nesting depth: two spaces of indentation each.
    private var depth = 0
    /// Whether the container being written has had a member yet: bit `depth` for the
    /// innermost open one (the document nests a dozen levels at most).
    private var hasMember: UInt64 = 0

    init(depth: Int = 0, capacity: Int = 0) {
        self.depth = depth
        out = ByteWriter(capacity: capacity)
    }

    /// What was written.
    var bytes: [UInt8] { out.bytes }

    /// `stored` as `StableJSON.pretty(stored)` writes it, trailing newline included.
    static func encode(_ stored: StoredDocument) throws(Unwritable) -> [UInt8] {
        var w = DocumentJSONWriter(capacity: 64 * 1024)
        try w.write(stored)
        w.out.append(0x0A)
        return w.bytes
    }

    /// A project as an element of the document's `projects` array (three levels in): the
    /// encoder's bytes for it, without the indentation of its first line.
    static func encode(project: Project, depth: Int) -> [UInt8] {
        var w = DocumentJSONWriter(depth: depth, capacity: 8 * 1024)
        w.write(project)
        return w.bytes
    }

    // MARK: The model, keys in sorted order

    mutating func write(_ s: StoredDocument) throws(Unwritable) {
        open()
        if let c = s.checksum { key("checksum"); string(c) }
        key("document"); try write(s.document)
        key("formatVersion"); int(s.formatVersion)
        key("journal"); open()
        key("head"); string(s.journal.head)
        key("seq"); int(s.journal.seq)
        close()
        close()
    }

    mutating func write(_ d: Document) throws(Unwritable) {
        open()
        key("contents"); array(d.contents) { w, e in
            w.open()
            w.key("line"); w.int(e.line)
            w.key("number"); w.string(e.number)
            w.key("page"); w.int(e.page)
            w.key("part"); w.int(e.part)
            w.key("title"); w.string(e.title)
            w.close()
        }
        key("department"); write(d.department)
        key("overall"); open()
        key("measures"); array(d.overall.measures) { w, p in w.write(p) }
        key("subGoals"); array(d.overall.subGoals) { w, g in
            w.open()
            w.key("goal"); w.string(g.goal)
            w.key("indicators"); w.string(g.indicators)
            if let l = g.indicatorsLine { w.key("indicatorsLine"); w.int(l) }
            w.key("line"); w.int(g.line)
            w.key("number"); w.int(g.number)
            w.close()
        }
        key("summary"); array(d.overall.summary) { w, p in w.write(p) }
        close()
        key("projects"); array(d.projects) { w, p in w.write(p) }
        key("review"); try write(d.review)
        close()
    }

    mutating func write(_ d: Department) {
        open()
        key("code"); string(d.code)
        key("currency"); string(d.currency)
        key("isDraft"); bool(d.isDraft)
        key("lines"); open()
        if let l = d.lines.preparedBy { key("preparedBy"); int(l) }
        if let l = d.lines.reviewedBy { key("reviewedBy"); int(l) }
        key("title"); int(d.lines.title)
        if let l = d.lines.unit { key("unit"); int(l) }
        close()
        key("name"); string(d.name)
        key("preparedBy"); string(d.preparedBy)
        key("reviewedBy"); string(d.reviewedBy)
        key("unitName"); string(d.unitName)
        key("year"); int(d.year)
        close()
    }

    mutating func write(_ p: Paragraph) {
        open()
        key("line"); int(p.line)
        if let n = p.number { key("number"); int(n) }
        key("text"); string(p.text)
        close()
    }

    /// As `Project.encode(to:)`: table title, facts, notes, layout and reading doubts only when the table had them.
    mutating func write(_ p: Project) {
        open()
        key("budget"); write(p.budget)
        key("code"); string(p.code)
        if !p.facts.isEmpty {
            key("facts"); array(p.facts) { w, f in
                w.open()
                w.key("label"); w.string(f.label)
                w.key("line"); w.int(f.line)
                w.key("text"); w.string(f.text)
                w.close()
            }
        }
        key("goals"); array(p.goals) { w, g in
            w.open()
            w.key("number"); w.int(g.number)
            w.key("text"); w.string(g.text)
            w.close()
        }
        key("heading"); string(p.heading)
        key("indicators"); array(p.indicators) { w, i in w.write(i) }
        if p.layout != .standard {
            key("layout"); open()
            key("hasSpendingPlan"); bool(p.layout.hasSpendingPlan)
            key("indicatorColumns"); array(p.layout.indicatorColumns) { w, c in
                w.open()
                w.key("header"); w.string(c.header)
                w.key("kind"); w.string(c.kind.rawValue)
                if let t = c.term { w.key("term"); w.string(t.rawValue) }
                w.close()
            }
            close()
        }
        key("lines"); open()
        key("budget"); int(p.lines.budget)
        if let l = p.lines.budgetTotal { key("budgetTotal"); int(l) }
        key("code"); int(p.lines.code)
        key("goals"); int(p.lines.goals)
        key("heading"); int(p.lines.heading)
        key("indicatorHeader"); int(p.lines.indicatorHeader)
        key("plan"); int(p.lines.plan)
        if let l = p.lines.planFigures { key("planFigures"); int(l) }
        key("unit"); int(p.lines.unit)
        if let l = p.lines.usage { key("usage"); int(l) }
        close()
        key("name"); string(p.name)
        if !p.notes.isEmpty { key("notes"); array(p.notes) { w, n in w.write(n) } }
        key("number"); int(p.number)
        if !p.printedLabels.isEmpty { key("printedLabels"); array(p.printedLabels) { w, n in w.write(n) } }
        if !p.readingDoubts.isEmpty { key("readingDoubts"); array(p.readingDoubts) { w, n in w.write(n) } }
        key("spendingPlan"); open()
        key("checkpoints"); array(p.spendingPlan.checkpoints) { w, c in
            w.open()
            w.key("figure"); w.string(c.figure)
            w.key("labelled"); w.bool(c.labelled)
            w.key("month"); w.int(c.month)
            w.close()
        }
        close()
        if !p.tableTitle.isEmpty { key("tableTitle"); string(p.tableTitle) }
        key("unit"); open()
        key("code"); string(p.unit.code)
        key("currency"); string(p.unit.currency)
        key("name"); string(p.unit.name)
        close()
        key("usage"); string(p.usage)
        close()
    }

    /// As `Budget.encode(to:)`: the figures only when not plainly stated, items only when any.
    mutating func write(_ b: Budget) {
        open()
        key("fiscal"); string(b.fiscal.plain)
        if b.fiscalFigure != .stated { key("fiscalFigure"); write(b.fiscalFigure) }
        if !b.items.isEmpty {
            key("items"); array(b.items) { w, i in
                w.open()
                if let a = i.amount { w.key("amount"); w.string(a.plain) }
                w.key("label"); w.string(i.label)
                w.key("line"); w.int(i.line)
                w.key("printed"); w.string(i.printed)
                w.close()
            }
        }
        key("other"); string(b.other.plain)
        if b.otherFigure != .stated { key("otherFigure"); write(b.otherFigure) }
        key("total"); string(b.total.plain)
        if b.totalFigure != .stated { key("totalFigure"); write(b.totalFigure) }
        close()
    }

    mutating func write(_ f: BudgetFigure) {
        open()
        if let d = f.defect { key("defect"); string(d.rawValue) }
        if let p = f.printed { key("printed"); string(p) }
        key("source"); string(f.source.rawValue)
        close()
    }

    /// As `Indicator.encode(to:)`: extras only when the row has any; the value as its raw text.
    mutating func write(_ i: Indicator) {
        open()
        key("basis"); string(i.basis)
        key("description"); string(i.description)
        if !i.extras.isEmpty {
            key("extras"); array(i.extras) { w, c in
                w.open()
                w.key("header"); w.string(c.header)
                w.key("kind"); w.string(c.kind.rawValue)
                if let t = c.term { w.key("term"); w.string(t.rawValue) }
                w.key("text"); w.string(c.text)
                w.close()
            }
        }
        key("level1"); string(i.level1)
        key("level2"); string(i.level2)
        key("line"); int(i.line)
        key("name"); string(i.name)
        key("value"); string(i.value.raw)
        close()
    }

    /// As `Review.encode(to:)`: waivers only when any, the grade only when given.
    mutating func write(_ r: Review) throws(Unwritable) {
        open()
        if let g = r.grade {
            key("grade"); open()
            key("comment"); string(g.comment)
            key("grade"); string(g.grade.rawValue)
            key("reviewer"); string(g.reviewer)
            if let s = g.score { key("score"); try double(s) }
            if let s = g.suggested { key("suggested"); string(s.rawValue) }
            key("time"); string(g.time)
            close()
        }
        key("projects"); open()
        // The encoder sorts a dictionary's keys by their UTF-8 bytes; the keys Jixiao writes
        // are project numbers. Anything else is left to the encoder.
        guard r.projects.keys.allSatisfy({ k in k.utf8.allSatisfy { $0 < 0x80 } }) else { throw Unwritable() }
        for (k, review) in r.projects.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            dictionaryKey(k); open()
            key("opinions"); array(review.opinions) { w, o in
                w.open()
                if let a = o.action { w.key("action"); w.string(a.rawValue) }
                w.key("reviewer"); w.string(o.reviewer)
                if let row = o.row { w.key("row"); w.int(row) }
                w.key("text"); w.string(o.text)
                w.key("time"); w.string(o.time)
                w.close()
            }
            key("status"); string(review.status.rawValue)
            close()
        }
        close()
        if !r.waivers.isEmpty {
            key("waivers"); array(r.waivers) { w, v in
                w.open()
                if let c = v.code { w.key("code"); w.string(c) }
                if let f = v.field { w.key("field"); w.string(f.rawValue) }
                w.key("line"); w.int(v.line)
                w.key("message"); w.string(v.message)
                w.key("part"); w.string(v.part)
                if let p = v.project { w.key("project"); w.int(p) }
                w.key("reason"); w.string(v.reason)
                w.key("reviewer"); w.string(v.reviewer)
                if let row = v.row { w.key("row"); w.int(row) }
                w.key("rule"); w.string(v.rule)
                w.key("severity"); w.string(v.severity)
                w.key("time"); w.string(v.time)
                w.close()
            }
        }
        close()
    }

    // MARK: Pretty-printing as JSONEncoder does

    /// `{`: members follow on lines of their own, one level in.
    private mutating func open() {
        out.append(UInt8(ascii: "{"))
        depth += 1
        precondition(depth < 64, "document.json nested deeper than its writer keeps track of")
        hasMember &= ~(1 << UInt64(depth))
    }

    /// `}` on a line of its own; an empty object is `{`, a blank line and `}`.
    private mutating func close() {
        let had = hasMember & (1 << UInt64(depth)) != 0
        depth -= 1
        out.append(0x0A)
        if !had { out.append(0x0A) }
        indent()
        out.append(UInt8(ascii: "}"))
    }

    /// `"name" : ` on the next line of the open object.
    private mutating func key(_ name: StaticString) {
        // `member` and the key with one check of the room left.
        let bit: UInt64 = 1 << UInt64(depth)
        let first = hasMember & bit == 0
        hasMember |= bit
        // (`open` wrote the brace.)
        out.appendPrettyKey(name, after: first ? 0 : UInt8(ascii: ","), indent: depth * 2)
    }

    private mutating func dictionaryKey(_ name: String) {
        member()
        string(name)
        out.append(" : ")
    }

    /// A comma after the member before, a new line, the indentation.
    private mutating func member() {
        let bit: UInt64 = 1 << UInt64(depth)
        if hasMember & bit != 0 { out.append(UInt8(ascii: ",")) } else { hasMember |= bit }
        out.append(0x0A)
        indent()
    }

    private mutating func indent() {
        out.append(repeating: 0x20, count: depth * 2)
    }

    /// `[`, the elements one per line, `]`; an empty array is `[`, a blank line and `]`.
    private mutating func array<E>(_ elements: [E], _ element: (inout DocumentJSONWriter, E) -> Void) {
        out.append(UInt8(ascii: "["))
        depth += 1
        for k in elements.indices {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(0x0A)
            indent()
            element(&self, elements[k])
        }
        depth -= 1
        out.append(0x0A)
        if elements.isEmpty { out.append(0x0A) }
        indent()
        out.append(UInt8(ascii: "]"))
    }

    private mutating func int(_ n: Int) {
        out.appendDecimal(n)
    }

    private mutating func bool(_ b: Bool) {
        if b { out.append("true") } else { out.append("false") }
    }

    /// As the encoder writes a Double: its shortest description, without a trailing `.0`
    /// (`70.5`, `70`, `1e-05`). Not finite: the encoder refuses it, so it is left to it.
    private mutating func double(_ d: Double) throws(Unwritable) {
        guard d.isFinite else { throw Unwritable() }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        out.append(utf8Of: s)
    }

    /// A string as the encoder escapes it: `"` and `\` escaped, the control characters as
    /// `\b \t \n \f \r` or `\u00xx` (lowercase hex), everything else as it is (`/`, DEL,
    /// U+2028, non-ASCII).
    private mutating func string(_ s: String) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { u in
            var start = 0
            var i = 0
            while i < u.count {
                // Eight bytes a step while none needs an escape (`PlainASCIIRun.skipUnescaped`).
                i = PlainASCIIRun.skipUnescaped(u, from: i)
                guard i < u.count else { break }
                let b = u[i]
                guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else {
                    i += 1
                    continue
                }
                if start < i { out.append(UnsafeBufferPointer(rebasing: u[start..<i])) }
                start = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                case 0x08: out.append(UInt8(ascii: "b"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0C: out.append(UInt8(ascii: "f"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                default:
                    out.append("u00")
                    out.append(Self.hex[Int(b >> 4)])
                    out.append(Self.hex[Int(b & 0x0F)])
                }
                i += 1
            }
            if start < u.count { out.append(UnsafeBufferPointer(rebasing: u[start..<u.count])) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
