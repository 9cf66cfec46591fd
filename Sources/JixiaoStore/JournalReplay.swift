import JixiaoModel
import JixiaoText

/// Rebuilds a document from `source.txt` and the journal, the way `jixiao log --verify`
/// proves that `document.json` is what the recorded actions make of the imported text.
public enum JournalReplay {
    /// Applies one journal event; import and export do not change the document. Every
    /// kind that changes the document is here, each checked against what the line says
    /// was there before. A revision reads its text with `revisionText` (by version).
    public static func apply(_ entry: JournalEntry, to doc: Document,
                             revisionText: (Int) -> [UInt8]?) throws(EditError) -> Document {
        switch entry.event {
        case .imported, .exported:
            return doc
        case .revised(let r):
            return try revise(doc, r, text: revisionText(r.version))
        case .edited(let e):
            guard let field = ProjectField(parsing: e.field) else {
                throw EditError("无法识别的字段 \(e.field)")
            }
            let path = FieldPath(projectIndex: e.project - 1, field: field)
            let current = doc.value(at: path)
            guard current == e.old else {
                throw EditError("\(FieldPath.place(ofProject: e.project)) 的 \(e.field) 当时应为“\(e.old)”，重放得到“\(current ?? "（无）")”")
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

    /// A `revise` line applied: the text must be the one imported (its SHA-256), and
    /// `Document.revised(by:)` must make of it what the line recorded.
    static func revise(_ doc: Document, _ r: JournalEvent.Revised, text: [UInt8]?) throws(EditError) -> Document {
        let name = DocumentFiles.revisionName(r.version)
        guard let text else { throw EditError("找不到第 \(r.version) 版的原文 \(name)") }
        guard let bytes = asImported(text, sha256: r.sourceSHA256) else {
            throw EditError("\(name) 与导入时不同（SHA-256 不符）：第 \(r.version) 版的原文被改动过")
        }
        let parsed: Document
        do { parsed = try DocumentReader.read(bytes: bytes) } catch {
            throw EditError("\(name) 无法读取：\(error.message)")
        }
        let (next, computed) = doc.revised(by: parsed)
        var comparison = computed
        // A line written before the department part's fields were recorded has none: it
        // replays as it was written (`RevisionComparison.departmentChanges`).
        if r.comparison.departmentChanges == nil { comparison.departmentChanges = nil }
        guard parsed.projects.count == r.projects, comparison == r.comparison else {
            throw EditError("第 \(r.version) 版与之前的版本比较，重放得到的结果与记录的不同（\(comparison.summary)；记录：\(r.comparison.summary)）")
        }
        return next
    }

    /// Reads `source` and applies every entry after the import. An undo must take back
    /// exactly what the line it names did, and a redo must take back exactly that undo.
    /// Revisions must come in order (版本 2, 3 …), each read with `revisionText`.
    public static func replay(source: [UInt8], entries: [JournalEntry],
                              revisionText: (Int) -> [UInt8]? = { _ in nil }) throws(JournalProblem) -> Document {
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
        var version = 1
        // Undo and redo reach no further back than the last revision: what came before
        // was about another text.
        var revisedAt = 0
        for (i, e) in entries.enumerated().dropFirst() {
            do throws(EditError) {
                switch e.event {
                case .revised(let r):
                    guard r.version == version + 1 else {
                        throw EditError("修改稿记为第 \(r.version) 版，按顺序应为第 \(version + 1) 版")
                    }
                    version = r.version
                    revisedAt = e.seq
                case .undone(let r) where r.of <= revisedAt, .redone(let r) where r.of <= revisedAt:
                    throw EditError("第 \(r.of) 条在导入修改稿（第 \(revisedAt) 条）之前，不能再撤销或重做")
                case .undone(let r):
                    try check(r, undoing: changes[r.of], at: e.seq, what: "撤销")
                    undos.insert(e.seq)
                case .redone(let r):
                    guard undos.contains(r.of) else { throw EditError("重做记录指向的第 \(r.of) 条不是撤销记录") }
                    try check(r, undoing: changes[r.of], at: e.seq, what: "重做")
                default:
                    break
                }
                let next = try apply(e, to: doc, revisionText: revisionText)
                if case .revised = e.event {} else { changes[e.seq] = RecordChange.between(doc, next) }
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
