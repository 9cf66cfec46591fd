import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoStore
import JixiaoTerminal
import JixiaoTextLayout
import JixiaoUI

/// The departments of a workspace with several documents, as the picker lists them, for a
/// pipe or a script: what bare `jixiao` prints off a terminal and what `jixiao show` prints
/// when no document is named — as text, or as JSON (`--json`) for a bureau's own tables.
/// Each summary is the one kept beside its document, so no document is opened.
enum DepartmentsListing {
    /// Prints the list and names any document it could not read on stderr, then exits 2:
    /// the list never looks complete when it is not.
    static func print(_ ws: Workspace, json: Bool) throws {
        let (listing, _) = WorkstationEffects.listing(ws)
        let list = DepartmentList(listing.summaries, acrossDocuments: listing.acrossDocuments, nameOrder: listing.nameOrder)
        if json {
            try printJSON(Output(workspace: ws.root, documents: list.rows.map { Row($0, across: list.across($0).count) }))
        } else {
            Swift.print(text(list, root: ws.root), terminator: "")
        }
        guard listing.problems.isEmpty else {
            for p in listing.problems { TerminalOutput.error("错误：读不出 \(p)\n") }
            throw ExitCode(2)
        }
    }

    /// Writes the list as a workbook or CSV file (by the extension) where asked, as the
    /// exports write (never through a link or over a file unless `replace`), and says so.
    static func write(_ ws: Workspace, to path: String, replace: Bool, actor: String) throws {
        // Ctrl-C while the summary is made stops it before anything is written; once it
        // is being written, it is finished and recorded, and the command then stops.
        InterruptSignals.install()
        let (count, written) = try writeFile(ws, to: path, replace: replace, actor: actor,
                                             interrupted: { InterruptSignals.signal != nil })
        Swift.print("已写入 \(path)：\(count) 个部门的审核汇总" + recordNote(written))
        try InterruptSignals.exitIfAsked(after: "汇总已在写入：已写完并记入工作区的导出记录")
    }

    /// `（工作区导出记录第 3 条，SHA-256 3f2a9c…）`: where `jixiao verify` will find it.
    static func recordNote(_ written: DepartmentsExport.Written) -> String {
        "（工作区导出记录第 \(written.entry.seq) 条，SHA-256 \(Hashing.abbreviated(written.sha256))）"
    }

    /// The same for `jixiao show -o` and the picker's `x`; returns how many departments. A
    /// list that misses a document it could not read is not written: a summary must not
    /// look whole when it is not.
    static func writeFile(_ ws: Workspace, to path: String, replace: Bool, actor: String,
                          interrupted: () -> Bool = { false }) throws -> (Int, DepartmentsExport.Written) {
        // A name or a place it cannot be written to is refused before every journal and
        // summary is read.
        _ = try DepartmentsExport.format(of: path)
        try ExportFile.check(path, replace: replace)
        let states = try WorkspaceExports.documentStates(in: ws)
        let (listing, _) = WorkstationEffects.listing(ws)
        guard listing.problems.isEmpty, listing.acrossProblem == nil else {
            let missing = listing.problems.map { "读不出 " + $0 } + (listing.acrossProblem.map { ["跨部门检查未完成：" + $0] } ?? [])
            throw StoreError("部门汇总没有写：" + missing.joined(separator: "；"), hint: "修好或移走读不出的文档后再导出；缺了它，汇总会看似完整")
        }
        let list = DepartmentList(listing.summaries, acrossDocuments: listing.acrossDocuments, nameOrder: listing.nameOrder)
        let offset = JournalTime.currentOffset()
        let rows = list.rows.map { DepartmentsExport.Row($0, across: list.across($0).count, lastChange: list.cell($0, .lastChange, utcOffset: offset)) }
        let written = try DepartmentsExport.write(rows, states: states, to: path, replace: replace, in: ws, actor: actor,
                                                  time: JournalTime.now(), createdAt: Int(time(nil)), interrupted: interrupted)
        return (rows.count, written)
    }

    static func text(_ list: DepartmentList, root: String) -> String {
        let columns = DepartmentList.Column.allCases
        // The document's id first: what --document takes.
        var table = TextTable(columns: [TextTable.Column("文档")] + columns.map { TextTable.Column($0.title, $0.rightAligned ? .right : .left) })
        let offset = JournalTime.currentOffset()
        for row in list.rows { table.append([row.id] + columns.map { list.cell(row, $0, utcOffset: offset) }) }
        return "工作区 \(root)：\(list.all.count) 份文档（打开其中一份：jixiao --document 编号）\n"
            + table.render().joined(separator: "\n") + "\n"
    }

    struct Output: Encodable {
        var workspace: String
        var documents: [Row]
    }

    /// One department: the picker's columns as values, English keys as in `check --format json`.
    struct Row: Encodable {
        struct Findings: Encodable { var errors, warnings, infos: Int }
        struct Review: Encodable { var approved, returned, pending: Int }
        var id: String
        var unitCode: String
        var unitName: String
        var year: Int
        /// 2 after the unit's first 修改稿.
        var version: Int
        var projects: Int
        /// 预算数 of all projects in 元 (`"8197386.00"`); null when no table states one. The
        /// tables that print no money unit are not in it: `budgetUnprinted`.
        var budgetTotal: Money?
        /// 预算数 of the tables that print no money unit, as printed (`"814"`: 元 or 万元 not
        /// known); the key only where there are such tables, so other documents read as before.
        var budgetUnprinted: String?
        var findings: Findings
        /// Open findings across departments that name this document.
        var acrossDocuments: Int
        var review: Review
        /// 优/良/中/差, or null before the 综合评定.
        var grade: String?
        /// The journal's last line's time (UTC, as the journal writes it).
        var lastChange: String
        /// `document.json` was changed outside Jixiao: it opens read-only, its record untrusted.
        var changedOutside: Bool

        init(_ s: DocumentSummary, across: Int) {
            id = s.id
            unitCode = s.unitCode
            unitName = s.unitName
            year = s.year
            version = s.version ?? 1
            projects = s.projects
            budgetTotal = s.budgetTotal
            budgetUnprinted = s.budgetUnprinted?.bareFigure
            findings = Findings(errors: s.errors, warnings: s.warnings, infos: s.infos)
            acrossDocuments = across
            review = Review(approved: s.approved, returned: s.returned, pending: s.pending)
            grade = s.grade?.chinese
            lastChange = s.lastChange
            changedOutside = s.changedOutside == true
        }

        // Every key present, null where there is no value: a script reads one shape — but for
        // `budgetUnprinted`, there only for a document with tables that print no money unit.
        enum CodingKeys: String, CodingKey {
            case id, unitCode, unitName, year, version, projects, budgetTotal, budgetUnprinted, findings, acrossDocuments, review, grade, lastChange, changedOutside
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(unitCode, forKey: .unitCode)
            try c.encode(unitName, forKey: .unitName)
            try c.encode(year, forKey: .year)
            try c.encode(version, forKey: .version)
            try c.encode(projects, forKey: .projects)
            try c.encode(budgetTotal, forKey: .budgetTotal)
            try c.encodeIfPresent(budgetUnprinted, forKey: .budgetUnprinted)
            try c.encode(findings, forKey: .findings)
            try c.encode(acrossDocuments, forKey: .acrossDocuments)
            try c.encode(review, forKey: .review)
            try c.encode(grade, forKey: .grade)
            try c.encode(lastChange, forKey: .lastChange)
            try c.encode(changedOutside, forKey: .changedOutside)
        }
    }
}
