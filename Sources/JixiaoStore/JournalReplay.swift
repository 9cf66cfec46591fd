import JixiaoModel
import JixiaoText

/// Rebuilds a document from `source.txt` and the journal, the way `jixiao log --verify`
/// proves that `document.json` is what the recorded actions make of the imported text.
public enum JournalReplay {
    /// Applies one journal event; import and export do not change the document. Every
    /// kind that changes the document is here, each checked against what the line says
    /// was there before.
    public static func apply(_ entry: JournalEntry, to doc: Document) throws(EditError) -> Document {
        switch entry.event {
        case .imported, .exported:
            return doc
        case .edited(let e):
            guard let field = ProjectField(parsing: e.field) else {
                throw EditError("无法识别的字段 \(e.field)")
            }
            let path = FieldPath(projectIndex: e.project - 1, field: field)
            let current = doc.value(at: path)
            guard current == e.old else {
                throw EditError("项目 \(e.project) 的 \(e.field) 当时应为“\(e.old)”，重放得到“\(current ?? "（无）")”")
            }
            var edited = try doc.setting(path, to: e.new)
            if e.reopened == true {
                guard doc.review.status(ofProjectAt: e.project - 1) == .approved else {
                    throw EditError("记录说项目 \(e.project) 因修改回到待审，重放时它并未通过")
                }
                edited.review.projects[String(e.project)]?.status = .pending
            }
            return edited
        case .reviewed(let r):
            guard let action = ReviewAction(rawValue: r.action) else {
                throw EditError("无法识别的审核动作 \(r.action)")
            }
            return try doc.applying(action, toProjectAt: r.project - 1, comment: r.comment, row: r.row,
                                    labelOpinion: r.labelled == true, reviewer: entry.actor, time: entry.time)
        case .waived(let w):
            return try doc.waiving(w.waivers)
        case .unwaived(let w):
            let recorded = Set(doc.review.waivers)
            for gone in w.waivers where !recorded.contains(gone) {
                throw EditError("取消的豁免与记录的不同：规则 \(gone.rule)，\(gone.project.map { "项目 \($0)" } ?? "部门")")
            }
            return try doc.unwaiving(w.waivers.map(\.address))
        case .graded(let g):
            return try doc.grading(g.grade)
        case .undone(let r), .redone(let r):
            return try r.change.apply(to: doc)
        }
    }

    /// Reads `source` and applies every entry after the import. An undo must take back
    /// exactly what the line it names did, and a redo must take back exactly that undo.
    public static func replay(source: [UInt8], entries: [JournalEntry]) throws(JournalProblem) -> Document {
        guard case .imported(let imp)? = entries.first?.event else { throw .noImport }
        guard let source = asImported(source, sha256: imp.sourceSHA256) else { throw .sourceChanged }
        var doc: Document
        do {
            doc = try DocumentReader.read(bytes: source)
        } catch {
            throw .replayFailed(line: 1, reason: error.message)
        }
        // What each line changed, for checking the undo and redo lines that name it.
        var changes: [Int: RecordChange] = [:]
        var undos: Set<Int> = []
        for (i, e) in entries.enumerated().dropFirst() {
            do throws(EditError) {
                switch e.event {
                case .undone(let r):
                    try check(r, undoing: changes[r.of], at: e.seq, what: "撤销")
                    undos.insert(e.seq)
                case .redone(let r):
                    guard undos.contains(r.of) else { throw EditError("重做记录指向的第 \(r.of) 条不是撤销记录") }
                    try check(r, undoing: changes[r.of], at: e.seq, what: "重做")
                default:
                    break
                }
                let next = try apply(e, to: doc)
                changes[e.seq] = RecordChange.between(doc, next)
                doc = next
            } catch {
                throw .replayFailed(line: i + 1, reason: error.message)
            }
        }
        return doc
    }

    /// `source.txt` as it was imported: the bytes themselves, or — when git converted its
    /// line ends (`autocrlf`) — the same text with the line ends it had; nil when the text
    /// itself changed.
    static func asImported(_ source: [UInt8], sha256: String) -> [UInt8]? {
        if Hashing.sha256(source) == sha256 { return source }
        var lf: [UInt8] = []
        lf.reserveCapacity(source.count)
        for (i, b) in source.enumerated() where !(b == 0x0D && i + 1 < source.count && source[i + 1] == 0x0A) {
            lf.append(b)
        }
        if Hashing.sha256(lf) == sha256 { return lf }
        var crlf: [UInt8] = []
        crlf.reserveCapacity(lf.count + lf.count / 16)
        for b in lf {
            if b == 0x0A { crlf.append(0x0D) }
            crlf.append(b)
        }
        return Hashing.sha256(crlf) == sha256 ? crlf : nil
    }

    static func check(_ r: JournalEvent.Reverted, undoing original: RecordChange?, at seq: Int, what: String) throws(EditError) {
        guard r.of < seq, let original, !original.isEmpty else {
            throw EditError("\(what)记录指向的第 \(r.of) 条没有改变文档，无可\(what)")
        }
        guard r.change == original.inverse else {
            throw EditError("\(what)记录所做的改动与第 \(r.of) 条的改动并不相反")
        }
    }
}
