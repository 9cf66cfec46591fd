import JixiaoModel

/// The text export read back before it is handed out. The writer prints each value so the
/// reader reads it as it was; a document read from a damaged text can still hold what no
/// text says unambiguously (a paragraph of 第一部分 that reads as a table's heading, an
/// indicator header that begins with another column's label). Such an export is not lost
/// silently: its first line says what a second import would read differently.
extension DocumentWriter {
    /// `write(d, draftNote:)`, with a note (`【再次导入时…】`, after the draft's own) when
    /// reading the text back would not give `d`.
    public static func export(_ d: Document, draftNote: String? = nil) -> String {
        let text = write(d, draftNote: draftNote)
        let differences = readBackDifferences(of: d, text: text)
        guard !differences.isEmpty else { return text }
        let shown = differences.prefix(3).joined(separator: "；") + (differences.count > 3 ? " 等 \(differences.count) 处" : "")
        // On one line: a value's line break or tab would end the note early.
        let note = ("再次导入时将与本文档不同（原文受损处读法有歧义，请对照核实）：" + shown)
            .replacingAll("\n", with: " ").replacingAll("\t", with: " ")
        return write(d, draftNote: draftNote.map { $0 + "。" + note } ?? note)
    }

    /// Where the document `text` reads as differs from `d`, by field (`项目 1 indicator.2.name`,
    /// `第一部分`, `目录` …), without the values: empty when it reads back as `d`, source
    /// lines, the review and the reader's notes on its source aside.
    public static func readBackDifferences(of d: Document, text: String) -> [String] {
        let again: Document
        do {
            again = try ImportedText.read(Array(text.utf8)).document
        } catch {
            // What is wrong, without the quote of the line: `…（第 28 行起）缺少指标表头`.
            let what = error.message.split(separator: "：", maxSplits: 1).first.map { String($0.prefix(80)) } ?? ""
            return ["导出的文本读不回来（第 \(error.line.map(String.init) ?? "?") 行：\(what)）"]
        }
        let a = printable(d), b = printable(again)
        guard a != b else { return [] }
        var out: [String] = []
        if a.department != b.department { out.append("单位名称、年度或编码") }
        if a.overall != b.overall { out.append("第一部分") }
        if a.contents != b.contents { out.append("目录") }
        guard a.projects.count == b.projects.count else {
            return out + ["项目表数（\(a.projects.count) 张读回为 \(b.projects.count) 张）"]
        }
        for k in a.projects.indices where a.projects[k] != b.projects[k] {
            let paths = Set(a.fieldPaths(ofProjectAt: k)).union(b.fieldPaths(ofProjectAt: k))
                .sorted { $0.field.description < $1.field.description }
            var fields = paths.filter { a.value(at: $0) != b.value(at: $0) }.map { "项目 \(k + 1) 的\($0.field.chinese)" }
            let (p, q) = (a.projects[k].indicators, b.projects[k].indicators)
            if p.count == q.count {
                fields += p.indices.filter { p[$0].level1 != q[$0].level1 }.map { "项目 \(k + 1) 的第 \($0 + 1) 行指标的一级指标" }
            }
            // What no editable field shows: the 一级, a column of its own, a fact or a note.
            out += fields.isEmpty ? ["项目 \(k + 1) 的表格"] : fields
        }
        return out.isEmpty ? ["文档"] : out
    }

    /// What the text carries of a document: no review, no source lines, and nothing the
    /// reader said about the text it read (`readingDoubts`, `printedLabels`).
    static func printable(_ d: Document) -> Document {
        var d = d.content
        for i in d.projects.indices {
            d.projects[i].lines.budgetTotal = nil
            d.projects[i].readingDoubts = []
            d.projects[i].printedLabels = []
        }
        return d
    }
}
