import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoTestSupport
import JixiaoTextLayout
import Testing
@testable import JixiaoUI

/// The department picker: three departments — the sample, the same tables under another
/// unit's code (every project code shared, so both are marked across departments), and a
/// small one of its own — listed, sorted, filtered, opened and come back to.
@Suite struct WorkspaceScreenTests {
    static let other: Document = {
        var d = sampleDocument
        d.department.code = "430002"
        d.department.name = "文化广电和旅游局"
        d.department.unitName = "秦皇岛市抚宁区文化广电和旅游局本级"
        return d
    }()

    static let small: Document = {
        var d = sampleDocument
        d.department.code = "430003"
        d.department.name = "教育局"
        d.department.unitName = "秦皇岛市抚宁区教育局本级"
        d.projects = Array(d.projects.prefix(2))
        for k in d.projects.indices {
            d.projects[k].code = "9" + d.projects[k].code.dropFirst()
            d.projects[k].name += "（教育）"
        }
        return d
    }()

    static let documents = ["430001-2021": sampleDocument, "430002-2021": other, "430003-2021": small]

    static func summary(_ id: String, _ d: Document, lastChange: String) -> DocumentSummary {
        let open = RuleEngine().check(d).all.filter(\.isOpen)
        func count(_ s: Severity) -> Int { open.filter { $0.severity == s }.count }
        return DocumentSummary(id: id, unitCode: d.department.code, unitName: d.department.unitName, departmentName: d.department.name,
                               year: d.department.year, projects: d.projects.count, budgetTotal: d.totalBudget,
                               errors: count(.error), warnings: count(.warning), infos: count(.info), approved: 0, returned: 0,
                               pending: d.projects.count, grade: nil, lastChange: lastChange, journalBytes: 1, rulesDigest: "")
    }

    static let listing: WorkspaceListing = {
        let ids = documents.keys.sorted()
        let members = ids.map { DocumentSetMember(id: $0, document: documents[$0]!) }
        // The names' 拼音 order as the program ranks them (UnitNameOrder): 机关 ji, 教育 jiao, 文化 wen.
        let order = [other.department.unitName: 2, small.department.unitName: 1, sampleDocument.department.unitName: 0]
        return WorkspaceListing(root: "/srv/审核/2021", summaries: ids.enumerated().map { k, id in
            summary(id, documents[id]!, lastChange: "2026-11-2\(k + 1)T02:00:00Z")
        }, acrossDocuments: RuleEngine().checkSet(members), nameOrder: order)
    }()

    /// What the program would do: open a document, list the workspace again.
    /// A document opened with the findings the program counted for it shows those (the
    /// session was given the same, so the first edit re-checks only what it changed); one
    /// opened without them is checked by the state itself.
    @Test func theOpenersFindingsAreShownWithoutCheckingAgain() {
        let doc = Self.documents["430003-2021"]!
        var quiet = RuleSettings.standard
        for rule in RuleCatalogue.all { quiet.rules[rule.id, default: RuleSettings.RuleOverride()].enabled = false }
        var opened = OpenedDocument(id: "430003-2021", document: doc)
        opened.findings = RuleEngine(settings: quiet).check(doc)
        #expect(AppState(opened: opened).findings.all.isEmpty)
        opened.findings = nil
        let checked = RuleEngine().check(doc)
        #expect(!checked.all.isEmpty)
        #expect(AppState(opened: opened).findings == checked)
    }

    final class Program {
        var performed: [Effect] = []
        func perform(_ effect: Effect) -> Action? {
            performed.append(effect)
            switch effect {
            case .openDocument(let id): return .documentOpened(OpenedDocument(id: id, document: WorkspaceScreenTests.documents[id]!))
            case .closeDocument: return .workspaceListed(WorkspaceScreenTests.listing)
            default: return nil
            }
        }
    }

    func picker(width: Int = 80, height: Int = 24) -> (AppDriver, Program) {
        let program = Program()
        let d = AppDriver(state: AppState(workspace: Self.listing, width: width, height: height),
                          backend: TestBackend(width: width, height: height), perform: program.perform)
        return (d, program)
    }

    var shownIDs: (AppDriver) -> [String] { { d in WorkspaceLayout(d.state).rows.map(\.id) } }

    @Test func listsEveryDepartmentWithItsFigures() {
        let (d, _) = picker()
        #expect(d.state.screen == .workspace)
        let text = d.screenText
        #expect(text.contains("3 个部门  28 个项目"))
        #expect(text.contains("8,197,386.00"))
        #expect(shownIDs(d) == ["430001-2021", "430002-2021", "430003-2021"])
        // The two that share every project code are marked across departments; the third is not.
        let row = { (code: String) in (0..<d.frame.height).map { d.frame.text(row: $0) }.first { $0.contains(code) }! }
        #expect(row("430001").contains("E13") && row("430002").contains("E13"))
        #expect(!row("430003").contains("E13"))
        // The selected department's findings across departments are spelled out under the list.
        #expect(text.contains("跨部门问题 13 个"))
        #expect(text.contains("也出现在"))
    }

    @Test func sortsByAnyColumnEitherWay() {
        let (d, _) = picker()
        d.press("view.sort")
        #expect(d.state.workspace?.list.sortColumn == .name)
        #expect(shownIDs(d) == ["430001-2021", "430003-2021", "430002-2021"], "by the unit's name in 拼音: 机关 ji, 教育 jiao, 文化 wen")
        // The year column is not shown (one year): s goes past it.
        d.press("view.sort")
        #expect(d.state.workspace?.list.sortColumn == .projects)
        #expect(shownIDs(d).first == "430003-2021")
        d.press("view.sort-reverse")
        #expect(shownIDs(d).last == "430003-2021")
        #expect(d.screenText.contains("项目↓"))
        #expect(d.screenText.contains("按“项目”从大到小排序"))
    }

    /// Sorting and filtering keep the selection on the department it was on; F5 reads the
    /// workspace again.
    @Test func theSelectionStaysOnItsDepartmentAndF5Refreshes() {
        let (d, program) = picker()
        d.press("move.down")
        #expect(WorkspaceLayout(d.state).rows[d.state.workspace!.cursor.selected].id == "430002-2021")
        d.press("view.sort", "view.sort-reverse", "view.filter")
        #expect(WorkspaceLayout(d.state).rows[d.state.workspace!.cursor.selected].id == "430002-2021")
        d.press("app.refresh")
        #expect(program.performed == [.closeDocument])
        #expect(d.state.screen == .workspace)
        #expect(WorkspaceLayout(d.state).rows[d.state.workspace!.cursor.selected].id == "430002-2021")
    }

    @Test func filtersToErrorsAndByName() {
        let (d, _) = picker()
        d.press("view.filter")
        #expect(shownIDs(d) == ["430001-2021", "430002-2021", "430003-2021"].filter { id in
            let s = Self.listing.summaries.first { $0.id == id }!
            return s.errors > 0 || Self.listing.acrossDocuments[id]?.contains { $0.severity == .error } == true
        })
        d.press("view.back")
        #expect(shownIDs(d).count == 3)
        // `/` narrows the list as the name is typed; Esc puts it back.
        d.press("view.search")
        d.type("教育")
        #expect(shownIDs(d) == ["430003-2021"])
        d.handle(.key(.escape))
        #expect(shownIDs(d).count == 3)
        d.press("view.search")
        d.type("430002")
        d.handle(.key(.enter))
        #expect(shownIDs(d) == ["430002-2021"])
        #expect(d.screenText.contains("找到 1 个部门"))
        d.press("view.back")
        #expect(shownIDs(d).count == 3)
    }

    @Test func entersADepartmentAndComesBack() {
        let (d, program) = picker()
        d.press("move.down", "view.open")
        #expect(program.performed == [.openDocument("430002-2021")])
        #expect(d.state.screen == .overview)
        #expect(d.state.document.department.code == "430002")
        #expect(d.screenText.contains("文化广电和旅游局 2021 年部门预算绩效文本"))
        #expect(d.screenText.contains("Esc 部门列表"))
        // Its own findings and those across departments, as in a workspace of one.
        #expect(d.state.acrossDocuments.isEmpty, "the program opened it without the others (this fake gives none)")
        d.press("view.open")
        #expect(d.state.screen != .overview)
        d.press("view.back", "view.back")
        #expect(program.performed.last == .closeDocument)
        #expect(d.state.screen == .workspace)
        #expect(d.state.workspace?.cursor.selected == 1, "back on the department just left")
        d.press("move.down", "view.open")
        #expect(program.performed.last == .openDocument("430003-2021"))
        #expect(d.state.document.projects.count == 2)
        #expect(d.state.undoStack.isEmpty && d.state.overview.selected == 0, "nothing of the last department is left")
    }

    @Test func reviewKeysOnThePickerSayWhatToDoFirst() {
        let (d, program) = picker()
        // (`x` writes the department list instead: exportsTheDepartmentListAsASummary.)
        for command in ["review.approve", "app.import-revision", "edit.undo"] {
            d.press("view.back")
            d.press(command)
            #expect(d.screenText.contains("先选一个部门，按 Enter 打开"), "\(command)")
        }
        #expect(program.performed.isEmpty)
        d.press("view.back")
        #expect(d.screenText.contains("已在部门列表；按 q 退出"))
        d.press("app.help")
        #expect(d.state.overlay != nil)
    }

    /// A unit that sent a 修改稿: its version shows, in a column that is there only then.
    @Test func theVersionShowsOnceThereIsARevision() {
        let (plain, _) = picker()
        #expect(!plain.screenText.contains("版本"))
        var listing = Self.listing
        listing.summaries[1].version = 2
        let d = AppDriver(state: AppState(workspace: listing, width: 100, height: 24), backend: TestBackend(width: 100, height: 24))
        #expect(d.screenText.contains("版本"))
        let row = (0..<d.frame.height).map { d.frame.text(row: $0) }.first { $0.contains("430002") }!
        #expect(row.contains("第2版"))
    }

    /// On a narrow screen the totals line says the note on a 预算数 of unknown unit in fewer
    /// words, and where even that does not fit, the findings come first and the total is cut
    /// with an ellipsis: the counts are never pushed off the screen.
    @Test(arguments: [(130, "（另有 1 个部门的预算数未印金额单位，未计入）  问题 E"), (100, "（另有 1 个部门未印单位，未计入）  问题 E"),
                      (84, "预算数 8,197,386.00 元（另 1 个未印单位）  问题 E"), (70, "个项目  问题 E")])
    func theTotalsLineFitsItsScreen(_ width: Int, _ expected: String) {
        var listing = Self.listing
        listing.summaries[2].budgetTotal = nil
        listing.summaries[2].budgetUnprinted = Money(yuan: 814)
        listing.summaries[1].budgetTotal = nil
        let d = AppDriver(state: AppState(workspace: listing, width: width, height: 24), backend: TestBackend(width: width, height: 24))
        let line = d.frame.text(row: 1).trimmingCharacters(in: CharacterSet.whitespaces)
        #expect(line.contains(expected), "\(line)")
        #expect(line.contains("i"), "the counts are on the line: \(line)")
        #expect(DisplayWidth.of(line) <= width - 2, "\(line)")
        if width == 70 { #expect(line.hasSuffix("…") || line.contains("未印单位"), "\(line)") }
    }

    /// A table that prints no unit's name (鄂州 2022 names only the project) is listed as
    /// such, not as a blank cell, in the list and above its preview.
    @Test func aDepartmentWithoutANameSaysSo() {
        var listing = Self.listing
        listing.summaries[2].unitName = ""
        listing.summaries[2].unitCode = ""
        let d = AppDriver(state: AppState(workspace: listing, width: 100, height: 24), backend: TestBackend(width: 100, height: 24))
        let row = (0..<d.frame.height).map { d.frame.text(row: $0) }.first { $0.contains("（未印名称）") }
        #expect(row?.contains("—") == true, "\(d.screenText)")
        d.press("move.down", "move.down")
        #expect(d.screenText.contains("430003-2021 （未印名称）：跨部门问题"), "\(d.screenText)")
    }

    /// A document that could not be read is left out of the list, and the screen says so for
    /// as long as it is so — not only in the message the next key clears; so is a check
    /// across documents that could not be done.
    @Test func documentsLeftOutAreSaidWhileTheListShows() {
        var listing = Self.listing
        listing.problems = ["430009-2021：document.json 无法解析"]
        listing.acrossProblem = "磁盘已满"
        var state = AppState(workspace: listing, width: 100, height: 24)
        state.message = listing.message
        let d = AppDriver(state: state, backend: TestBackend(width: 100, height: 24))
        #expect(d.screenText.contains("有 1 份文档读不出，未列出：430009-2021：document.json 无法解析。跨部门检查未完成：磁盘已满"), "\(d.screenText)")
        d.press("move.down")
        #expect(!d.screenText.contains("无法解析"))
        #expect(d.frame.text(row: 2).contains("1 份文档读不出，未列出  跨部门检查未完成"), "\(d.frame.text(row: 2))")
        let fine = AppDriver(state: AppState(workspace: Self.listing, width: 100, height: 24), backend: TestBackend(width: 100, height: 24))
        #expect(!fine.screenText.contains("读不出") && !fine.screenText.contains("未完成"))
    }

    /// A document whose `document.json` was changed outside Jixiao: its row says so where
    /// its last change would be, the totals line counts it, and the preview says what it
    /// means before anything else — listed as the file now says, never passed as a record.
    @Test func aDocumentChangedOutsideIsMarked() {
        var listing = Self.listing
        listing.summaries[1].changedOutside = true
        let d = AppDriver(state: AppState(workspace: listing, width: 120, height: 24), backend: TestBackend(width: 120, height: 24))
        let row = { (code: String) in (0..<d.frame.height).map { d.frame.text(row: $0) }.first { $0.contains(code) }! }
        #expect(row("430002").contains("外部改动（只读）"), "\(d.screenText)")
        #expect(!row("430001").contains("外部改动") && !row("430003").contains("外部改动"))
        #expect(d.frame.text(row: 2).contains("1 份文档在 Jixiao 之外被改动过"), "\(d.frame.text(row: 2))")
        #expect(!d.screenText.contains("校验和不符"))
        d.press("move.down")
        #expect(d.screenText.contains("document.json 在 Jixiao 之外被改动过（校验和不符）：打开后只读"), "\(d.screenText)")
        let fine = AppDriver(state: AppState(workspace: Self.listing, width: 120, height: 24), backend: TestBackend(width: 120, height: 24))
        #expect(!fine.screenText.contains("外部改动") && !fine.screenText.contains("之外被改动"))
    }

    /// `x` on the picker writes the department list as the bureau's review summary: the
    /// prompt offers a workbook; a file there already is replaced only after `y`.
    @Test func exportsTheDepartmentListAsASummary() {
        let effects = MemoryEffects(sampleDocument)
        let d = AppDriver(state: AppState(workspace: Self.listing, width: 100, height: 24), backend: TestBackend(width: 100, height: 24),
                          perform: effects.perform)
        d.press("app.export")
        #expect(d.screenText.contains("导出部门审核汇总"), "\(d.screenText)")
        d.handle(.key(.enter))
        #expect(effects.performed.last == .exportDepartments(path: WorkspaceScreen.summaryFileName))
        #expect(d.screenText.contains("已导出部门审核汇总 部门审核汇总.xlsx"), "\(d.screenText)")

        effects.existing = ["汇总.csv"]
        d.press("app.export")
        d.send(.editText(.deleteToLineStart))
        d.type("汇总.csv")
        d.handle(.key(.enter))
        #expect(d.screenText.contains("已有文件 /ws/exports/汇总.csv，覆盖吗"), "\(d.screenText)")
        d.type("y")
        #expect(effects.performed.last == .exportDepartments(path: "汇总.csv", replace: true))
        #expect(d.state.workspace != nil && d.state.overlay == nil)
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func golden(_ size: (Int, Int)) {
        let (d, _) = picker(width: size.0, height: size.1)
        Golden.check(d.frame.snapshot, "workspace-\(size.0)x\(size.1).txt")
    }
}

/// A unit's long name in a narrow column keeps what tells units apart: the district's
/// place names that several units share give way; a place name only one unit has stays.
@Suite struct DepartmentNameTests {
    static let district: Set<String> = ["秦皇岛市", "秦皇岛市抚宁区"]

    @Test(arguments: [
        ("秦皇岛市抚宁区机关事务服务中心本级", 12, "机关事务服…"),
        ("秦皇岛市抚宁区文化广电和旅游局本级", 12, "文化广电和…"),
        ("秦皇岛市抚宁区教育局", 12, "教育局"),
        ("区卫生健康局", 12, "区卫生健康局"),
        ("青山区教育局", 10, "青山区教…"),
        ("中共黄石市委党校", 12, "中共黄石市…"),
        ("秦皇岛市抚宁区机关事务服务中心本级", 40, "秦皇岛市抚宁区机关事务服务中心本级"),
    ])
    func shortened(_ name: String, _ width: Int, _ expected: String) {
        #expect(DepartmentList.shownName(name, width: width, ellipsis: "…", sharedPrefixes: Self.district) == expected)
    }

    @Test(arguments: [
        ("秦皇岛市抚宁区机关事务服务中心", ["秦皇岛市", "秦皇岛市抚宁区"]),
        ("内蒙古自治区锡林郭勒盟正蓝旗农牧局", ["内蒙古自治区"]),
        ("区卫生健康局", []),
        ("中共黄石市委党校", ["中共黄石市"]),
    ])
    func placePrefixes(_ name: String, _ expected: [String]) {
        #expect(DepartmentList.placePrefixes(name) == expected)
    }

    /// A department whose tables print no 预算数 (a published table without amounts) shows a
    /// dash, not 0.00, and sorts below one that asks for 0.00.
    @Test func aDepartmentWithoutAmountsShowsADash() {
        func summary(_ id: String, _ total: Money?) -> DocumentSummary {
            DocumentSummary(id: id, unitCode: id, unitName: id, year: 2021, projects: 1, budgetTotal: total, errors: 0,
                            warnings: 0, infos: 0, approved: 0, returned: 0, pending: 1, grade: nil, lastChange: "",
                            journalBytes: 1, rulesDigest: "")
        }
        var list = DepartmentList([summary("b", .zero), summary("a", nil), summary("c", Money(yuan: 5))])
        #expect(list.cell(list.all[1], .budget, utcOffset: 0) == "—")
        #expect(list.cell(list.all[0], .budget, utcOffset: 0) == "0.00")
        list.sortColumn = .budget
        #expect(list.rows.map(\.id) == ["a", "b", "c"])
    }

    /// A department whose tables print no money unit (`814`, 元 or 万元 unknown) shows its
    /// figure as printed and is left out of the district's 元 total, which says so.
    @Test func anUnprintedBudgetIsShownAsPrintedAndNotAdded() {
        func summary(_ id: String, _ total: Money?, unprinted: Money? = nil) -> DocumentSummary {
            DocumentSummary(id: id, unitCode: id, unitName: id, year: 2021, projects: 1, budgetTotal: total, errors: 0,
                            warnings: 0, infos: 0, approved: 0, returned: 0, pending: 1, grade: nil, lastChange: "",
                            journalBytes: 1, rulesDigest: "", budgetUnprinted: unprinted)
        }
        var list = DepartmentList([summary("a", Money(yuan: 5)), summary("b", nil, unprinted: Money(yuan: 814)),
                                   summary("c", Money(yuan: 1000), unprinted: Money(fen: 1250)), summary("d", nil)])
        #expect(list.all.map { list.cell($0, .budget, utcOffset: 0) } == ["5.00", "814（未印单位）", "1,000.00 + 12.5（未印单位）", "—"])
        #expect(list.budgetTotalText == "预算数合计 1,005.00 元（另有 2 个部门的预算数未印金额单位，未计入）")
        list.sortColumn = .budget
        #expect(list.rows.map(\.id) == ["d", "b", "a", "c"])
        #expect(DepartmentList([summary("b", nil, unprinted: Money(yuan: 814))]).budgetTotalText == "预算数合计 —（1 个部门的预算数未印金额单位，未计入）")
        // Departments whose tables print their unit: the total as before.
        #expect(DepartmentList([summary("a", Money(yuan: 5)), summary("d", nil)]).budgetTotalText == "预算数合计 5.00 元")
    }

    /// The columns' widths are measured once per listing and time zone: what is kept is
    /// what measuring every cell again gives, after each change that could alter it.
    @Test func keptColumnWidthsAreTheMeasuredOnes() {
        func summary(_ id: String, _ total: Money?, _ lastChange: String, errors: Int = 0, version: Int = 1) -> DocumentSummary {
            DocumentSummary(id: id, unitCode: id, unitName: "单位" + id, year: 2021, projects: 12, budgetTotal: total, errors: errors,
                            warnings: 3, infos: 0, approved: 2, returned: 1, pending: 9, grade: nil, lastChange: lastChange,
                            version: version, journalBytes: 1, rulesDigest: "")
        }
        func expectKept(_ list: DepartmentList, _ what: String) {
            #expect(list.widestCells == list.measured(at: list.utcOffset), "\(what)")
            for width in [40, 80, 200] {
                let kept = list.columnWidths(width: width, utcOffset: list.utcOffset).map { "\($0.0)=\($0.1)" }
                var fresh = list
                fresh.utcOffset = list.utcOffset + 1
                fresh.utcOffset = list.utcOffset
                #expect(kept == fresh.columnWidths(width: width, utcOffset: list.utcOffset).map { "\($0.0)=\($0.1)" }, "\(what), \(width)")
            }
        }
        // (The year 10000 begins in UTC+8 before it does in UTC: a wider last change.)
        var list = DepartmentList([summary("1", .zero, "9999-12-31T23:30:00Z"), summary("22", nil, "")])
        #expect(list.widestCells[DepartmentList.Column.budget.rawValue] == DisplayWidth.of("预算数（元）") + 1)
        expectKept(list, "made")
        list.all.append(summary("333", Money(yuan: 123_456_789_012), "2026-01-01T00:00:00Z", errors: 12_345, version: 2))
        #expect(list.widestCells[DepartmentList.Column.budget.rawValue] == "123,456,789,012.00".count)
        expectKept(list, "a document more")
        let lastChange = list.widestCells[DepartmentList.Column.lastChange.rawValue]
        list.utcOffset = 8 * 3600
        #expect(list.widestCells[DepartmentList.Column.lastChange.rawValue] == lastChange + 1)
        expectKept(list, "another time zone")
        list.acrossDocuments = ["1": [Finding(rule: "bureau.same-code", severity: .error, department: "单位1", project: nil, projectIndex: nil,
                                                location: Location(part: .header, line: 1), message: "同一编码")]]
        expectKept(list, "findings across documents")
        list.sortColumn = .name
        list.query = "单位2"
        var picker = WorkspacePicker(WorkspaceListing(root: "/w", summaries: []))
        picker.list = list
        picker.refresh(WorkspaceListing(root: "/w", summaries: [summary("4444", Money(yuan: 1), "")]))
        #expect(picker.list.sortColumn == .name && picker.list.query == "单位2" && picker.list.utcOffset == 8 * 3600)
        expectKept(picker.list, "read again")
    }

    @Test func sharedPrefixesAreThoseOfSeveralUnits() {
        func summary(_ name: String) -> DocumentSummary {
            DocumentSummary(id: name, unitCode: "", unitName: name, year: 2021, projects: 1, budgetTotal: .zero, errors: 0,
                            warnings: 0, infos: 0, approved: 0, returned: 0, pending: 1, grade: nil, lastChange: "",
                            journalBytes: 1, rulesDigest: "")
        }
        let list = DepartmentList(["秦皇岛市抚宁区教育局", "秦皇岛市抚宁区财政局", "秦皇岛市海港区教育局", "中共黄石市委党校"].map(summary))
        #expect(list.sharedPlacePrefixes == ["秦皇岛市", "秦皇岛市抚宁区"])
    }
}

/// The UI and the terminal stay free of Foundation: with Foundation (and so Dispatch) loaded
/// beside the ncurses module, a clean build of JixiaoTerminal fails ("… from module
/// 'CDispatch' is not present in definition of 'mcontext_t' in module 'CNcursesw'") —
/// incremental builds do not show it, only CI's clean clone does.
@Suite struct NoFoundationInTheUITests {
    @Test func noSourceOfTheUIOrTheTerminalImportsFoundation() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        var checked = 0
        for module in ["JixiaoUI", "JixiaoTerminal"] {
            let root = sources.appendingPathComponent(module)
            let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
            for f in files {
                let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
                #expect(!text.split(separator: "\n").contains { $0.hasPrefix("import Foundation") || $0.hasPrefix("import Dispatch") },
                        "\(module)/\(f) imports Foundation")
                checked += 1
            }
        }
        #expect(checked > 40)
    }
}
