import Foundation
import JixiaoModel
import JixiaoText

/// What importing a revised text did.
public enum RevisionOutcome: Sendable {
    /// The text is byte for byte the latest version's: nothing was written.
    case identical(version: Int)
    /// Version `version` recorded (journal line `seq`).
    case revised(version: Int, seq: Int, comparison: RevisionComparison, document: Document)
}

extension DocumentSession {
    /// The versions so far (1 before any revision) and the SHA-256 of the latest one's
    /// text, from the journal.
    public func versions() throws(StoreError) -> (latest: Int, sha256: String?) {
        let digests = try sourceDigests()
        let latest = digests.keys.max() ?? 1
        return (latest, digests[latest])
    }

    /// The SHA-256 of each version's text, by version, from the journal's `import` and
    /// `revise` lines.
    func sourceDigests() throws(StoreError) -> [Int: String] {
        let journal = JournalFile.parse(try DurableFile.read(files.journal) ?? [])
        var digests: [Int: String] = [:]
        for e in journal.entries {
            switch e.event {
            case .imported(let i): digests[1] = i.sourceSHA256
            case .revised(let r): digests[r.version] = r.sourceSHA256
            default: break
            }
        }
        return digests
    }

    /// Imports `bytes`, a revised text (修改稿) of this document, as its next version:
    /// `source-N.txt` (read-only), then the `revise` line, then `document.json` — so a
    /// crash leaves the old state (a stray `source-N.txt` the next revision overwrites)
    /// or the new one (the line is recovered on the next open, like any change). The
    /// text must be the same unit's document for the same year; `displayName` is how the
    /// reviewer named the file, for errors.
    public func revise(with input: [UInt8], fileName: String, namedAs displayName: String,
                       actor: String, time: String) throws -> RevisionOutcome {
        if let readOnlyReason {
            // The reason says why (another Jixiao has it); "opened read-only" is not this command's outcome.
            let why = readOnlyReason.replacingOccurrences(of: "：本次以只读方式打开", with: "")
            throw StoreError("不能导入修改稿：\(why)", hint: "关闭正在编辑这份文档的 Jixiao 后再导入，或加 --wait 秒数等它保存完",
                             kind: readOnlyCause == .busy ? .busy : .other)
        }
        // A revision in GB18030 or UTF-16 is kept, like the first version, as UTF-8.
        let text = try Workspace.readDocument(input, namedAs: displayName)
        let (parsed, bytes) = (text.document, text.source)
        let dep = document.department, new = parsed.department
        let code = TextNormalization.withoutBlanks(dep.code), newCode = TextNormalization.withoutBlanks(new.code)
        if code != newCode || dep.year != new.year {
            func named(_ d: Department, _ c: String) -> String { "\(c.isEmpty ? d.unitName : c) \(d.name) \(d.year) 年" }
            throw StoreError("\(displayName) 不是 \(id) 的修改稿：它是 \(named(new, newCode))，文档 \(id) 是 \(named(dep, code))",
                             hint: "检查文件；另一单位或另一年度的文本用 jixiao import（不加 --revision-of）导入")
        }
        let (latest, sha) = try versions()
        if Hashing.sha256(bytes) == sha { return .identical(version: latest) }
        let version = latest + 1
        let path = files.source(version: version)
        let (next, comparison) = document.revised(by: parsed)
        try DurableFile.write(bytes, to: path, readOnly: true)
        let entry: JournalEntry
        do {
            entry = try record(.revised(.init(version: version, file: fileName, sourceSHA256: Hashing.sha256(bytes),
                                              projects: parsed.projects.count, comparison: comparison)),
                               actor: actor, time: time, result: next)
        } catch {
            // Not in the journal: the text is not a version.
            unlink(path)
            throw error
        }
        return .revised(version: version, seq: entry.seq, comparison: comparison, document: next)
    }
}

extension DocumentSession {
    /// After revision `version`: the reviewer's edits its text did not take (against the
    /// text of the version before, as imported), said in the reviewer's terms —
    /// `6. 疫情防控工作资金 第 1 行指标的指标值：审核人改为“100套”，修改稿仍是“40 万元”`.
    public func editsNotTaken(by version: Int, comparison: RevisionComparison) -> [String] {
        guard let bytes = files.readSource(version: version - 1), let original = try? DocumentReader.read(bytes: bytes) else { return [] }
        let department = comparison.departmentChanged ? departmentEditsNotTaken(by: version, original: original) : []
        return department + comparison.editsNotTaken(original: original).map { e in
            let p = document.projects.indices.contains(e.project - 1) ? "\(document.projects[e.project - 1].number). \(document.projects[e.project - 1].name)" : "项目 \(e.project)"
            return "\(p) \(e.change.label)：审核人改为“\(e.change.old)”，修改稿仍是“\(e.change.new)”"
        }
    }

    /// The same for the department part, which the `revise` line records only as changed
    /// or not: the document just before and just after revision `version`, replayed from
    /// the journal, against `original` — a paragraph the reviewer had changed that the
    /// revised text has as the text before it said.
    func departmentEditsNotTaken(by version: Int, original: Document) -> [String] {
        let entries = JournalFile.parse((try? DurableFile.read(files.journal)) ?? []).entries
        guard let k = entries.firstIndex(where: { if case .revised(let r) = $0.event { r.version == version } else { false } }),
              let source = try? DurableFile.read(files.source),
              let before = try? JournalReplay.replay(source: source, entries: Array(entries[..<k]), revisionText: files.readSource(version:)),
              let after = try? JournalReplay.replay(source: source, entries: Array(entries[...k]), revisionText: files.readSource(version:))
        else { return [] }
        return original.departmentFieldPaths().compactMap { path in
            guard let text = original.value(at: path), let edited = before.value(at: path), edited != text,
                  after.value(at: path) == text else { return nil }
            return "部门整体绩效目标 \(path.field.chinese)：审核人改为“\(edited)”，修改稿仍是“\(text)”"
        }
    }
}

extension DocumentSession {
    /// What a reviewer should know of revision `version` besides its changes: its text is
    /// the same as an earlier version's (the unit went back to it), or no project was
    /// returned before it (the unit revised of its own accord).
    public func revisionNotes(version: Int, comparison: RevisionComparison) -> [String] {
        var notes: [String] = []
        let shas = (try? sourceDigests()) ?? [:]
        if let sha = shas[version], let same = (1..<max(1, version)).last(where: { shas[$0] == sha }) {
            notes.append("修改稿与第 \(same) 版的原文完全相同：单位改回了第 \(same) 版的写法")
        }
        if !comparison.projects.contains(where: { $0.before == .returned }) {
            notes.append("导入前没有退回的项目：这份修改稿是单位自行提交的")
        }
        return notes
    }
}

extension Workspace {
    /// `jixiao import FILE --revision-of ID`: the file at `path` as the next version of
    /// document `id`, which must be in the workspace and not being edited elsewhere.
    public func importRevision(_ path: String, of id: String, actor: String, time: String,
                               wait: Double = 0) throws -> RevisionOutcome {
        guard documentIDs().contains(id) else {
            let ids = documentIDs()
            throw StoreError("工作区 \(root) 里没有文档 \(id)，无法导入它的修改稿",
                             hint: ids.isEmpty ? "先用 jixiao import 导入第一版" : "工作区里的文档：\(ids.prefix(10).joined(separator: "、"))\(ids.count > 10 ? " 等 \(ids.count) 份" : "")")
        }
        let bytes = try Workspace.readInput(path)
        let session = try openDocument(id, access: .write, wait: wait)
        defer { session.close() }
        return try session.revise(with: bytes, fileName: (path as NSString).lastPathComponent, namedAs: path,
                                  actor: actor, time: time)
    }

    /// The reviewer's edits revision `version` of document `id` did not take (see
    /// `DocumentSession.editsNotTaken`); none when the document cannot be read.
    public func editsNotTaken(of id: String, by version: Int, comparison: RevisionComparison) -> [String] {
        guard let session = try? openDocument(id, access: .read) else { return [] }
        return session.editsNotTaken(by: version, comparison: comparison)
    }

    /// `DocumentSession.revisionNotes` of document `id`; none when it cannot be read.
    public func revisionNotes(of id: String, version: Int, comparison: RevisionComparison) -> [String] {
        guard let session = try? openDocument(id, access: .read) else { return [] }
        return session.revisionNotes(version: version, comparison: comparison)
    }
}
