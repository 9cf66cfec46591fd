import JixiaoModel
import JixiaoText

/// Rebuilds a document from `source.txt` and the journal, the way `jixiao log --verify`
/// proves that `document.json` is what the recorded actions make of the imported text.
public enum JournalReplay {
    /// Applies one journal event; import and export do not change the document.
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
            return try doc.setting(path, to: e.new)
        case .reviewed(let r):
            guard let action = ReviewAction(rawValue: r.action) else {
                throw EditError("无法识别的审核动作 \(r.action)")
            }
            return try doc.applying(action, toProjectAt: r.project - 1, comment: r.comment,
                                    reviewer: entry.actor, time: entry.time)
        }
    }

    /// Reads `source` and applies every entry after the import.
    public static func replay(source: [UInt8], entries: [JournalEntry]) throws(JournalProblem) -> Document {
        guard case .imported(let imp)? = entries.first?.event else { throw .noImport }
        guard let source = asImported(source, sha256: imp.sourceSHA256) else { throw .sourceChanged }
        var doc: Document
        do {
            doc = try DocumentReader.read(bytes: source)
        } catch {
            throw .replayFailed(line: 1, reason: error.message)
        }
        for (i, e) in entries.enumerated().dropFirst() {
            do {
                doc = try apply(e, to: doc)
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
}
