import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import JixiaoText
import Testing
@testable import JixiaoUI

/// The second round in the workstation: `d` after a revised text was imported shows what
/// the unit changed with the 退回 opinions beside it; Tab goes to the edits since.
@Suite struct RevisionUITests {
    /// The sample with project 2 returned (an opinion on the project and one on row 1), then
    /// its row 1 value changed in the revised text.
    static func secondRound() throws -> (AppState, revised: Document) {
        var first = try sampleDocument.applying(.return, toProjectAt: 1, comment: "请说明更换范围", reviewer: "王审核",
                                                time: "2026-11-26T01:00:00Z")
        first = try first.applying(.comment, toProjectAt: 1, comment: "完成率目标偏低", row: 1, reviewer: "王审核",
                                   time: "2026-11-26T01:05:00Z")
        first = try first.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "王审核", time: "2026-11-26T01:06:00Z")
        let text = BundledSample.text
        let range = try #require(text.range(of: "配套设施完成率\t更换设备完成率\t≥95%"))
        let revised = try DocumentReader.read(bytes: Array(text.replacingCharacters(in: range, with: "配套设施完成率\t更换设备完成率\t≥98%").utf8))
        let (doc, cmp) = first.revised(by: revised)
        var state = AppState(document: doc)
        state.imported = revised
        state.utcOffset = 8 * 3600
        state.revision = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "2026-11-26T02:00:00Z", seq: 5, comparison: cmp)
        return (state, revised)
    }

    @Test func theChangesScreenShowsTheRevisionBesideTheOpinions() throws {
        let (state, _) = try Self.secondRound()
        let d = AppDriver(state: state, backend: TestBackend(width: 100, height: 30))
        // The overview's title says the reviewer is reading the 修改稿 — whole, also at 80
        // columns with 只读 at its end (the name gives way, not the brackets).
        #expect(d.frame.text(row: 0).contains("2021 年部门预算绩效文本（草案）（第 2 版）"), "\(d.frame.text(row: 0))")
        var readOnly = state
        readOnly.readOnlyReason = "另一个 Jixiao 正在编辑"
        let narrow = AppDriver(state: readOnly, backend: TestBackend(width: 80, height: 24))
        #expect(narrow.frame.text(row: 0).contains("（草案）（第 2 版） "), "\(narrow.frame.text(row: 0))")
        d.press("view.changes")
        guard case .changes(let c) = d.state.screen else { Issue.record("no changes screen"); return }
        #expect(c.showsRevision)
        let lines = d.screenText.split(separator: "\n").map(String.init)
        #expect(lines[0].contains("修改稿对比  全部项目：单位在第 2 版里改了什么"))
        let head = try #require(lines.firstIndex { $0.hasPrefix(" 2. 更换省控环境空气自动监测站监测设备经费") })
        #expect(lines[head].contains("：退回 → 待审"))
        #expect(lines[head + 1].hasPrefix("   退回意见（王审核，2026-11-26 09:00）：请说明更换范围"))
        #expect(lines[head + 2].hasPrefix("   第 1 行指标的指标值：“≥95%” → “≥98%”"))
        #expect(lines[head + 3].hasPrefix("     ↳ 第 1 行的审核意见（王审核，2026-11-26 09:05）：完成率目标偏低"))
        #expect(d.screenText.contains("未改的 12 个项目"))
        // Enter on the change goes to the field.
        // The list starts on screen row 2: the change, on row head + 2, is line head.
        for _ in 0..<head { d.press("move.down") }
        d.press("view.open")
        #expect(d.state.screen.projectIndex == 1)
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .indicator(1))
        // From the project, its own comparison; Tab to the edits since the revision.
        d.press("view.changes")
        #expect(d.screenText.contains("2.更换省控环境空气自动监测站监测设备经费：单位在第 2 版里改了什么"))
        d.press("view.next-pane")
        #expect(d.screenText.contains("自第 2 版导入以来改过 0 个字段"))
        d.press("view.next-pane")
        #expect(d.screenText.contains("修改稿对比"))
    }

    /// The department part's changes are listed ahead of the projects, each field old →
    /// new; Enter on one opens the department part at that field.
    @Test func theDepartmentPartsChangesAreListedAndOpenTheirField() throws {
        let text = BundledSample.text.replacingOccurrences(of: "1、完善制度建设。", with: "1、完善制度建设，按季考核。")
        let revised = try DocumentReader.read(bytes: Array(text.utf8))
        let (doc, cmp) = sampleDocument.revised(by: revised)
        var state = AppState(document: doc)
        state.imported = revised
        state.revision = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "2026-11-26T02:00:00Z", seq: 2, comparison: cmp)
        let d = AppDriver(state: state, backend: TestBackend(width: 100, height: 30))
        d.press("view.changes")
        let lines = d.screenText.split(separator: "\n").map(String.init)
        let head = try #require(lines.firstIndex { $0.hasPrefix(" 部门整体绩效目标：1 处改动") }, "\(d.screenText)")
        #expect(lines[head + 1].hasPrefix("   工作保障措施第 2 段：“完善制度建设。"), "\(d.screenText)")
        // The list starts on screen row 2: the change, on row head + 1, is line head - 1.
        for _ in 0..<(head - 1) { d.press("move.down") }
        d.press("view.open")
        guard case .department(let screen) = d.state.screen else { Issue.record("not the department part: \(d.state.screen)"); return }
        #expect(screen.layout(d.state).items[screen.cursor.item].kind == ItemKind.of(field: .overall(.measure(2))))
    }

    @Test func theChangesScreenAfterARevisionOnScreen() throws {
        let (state, _) = try Self.secondRound()
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24))
        d.press("view.changes")
        Golden.check(d.frame.snapshot, "revision-changes-80x24.txt")
    }

    /// A rewritten 资金用途 — old and new, a dozen lines at 80 columns — is shown to its
    /// last character under the list, not cut at half the screen; the list keeps the
    /// selected line in view. On a screen too short for it, the last line says there is more.
    @Test func aLongChangeIsShownWhole() throws {
        let text = BundledSample.text
        let old = "抚宁区省控环境空气自动监测站，近年来设备故障频发、仪器性能降低已不能满足监测技术要求。需对监测设备进行更换，约需资金 97.5 万元。"
        let range = try #require(text.range(of: old))
        let long = String(repeating: "更换颗粒物、臭氧、氮氧化物和二氧化硫分析仪及数据采集传输设备，", count: 5) + "清单见附件末页"
        let revised = try DocumentReader.read(bytes: Array(text.replacingCharacters(in: range, with: long).utf8))
        let (doc, cmp) = sampleDocument.revised(by: revised)
        var state = AppState(document: doc)
        state.imported = revised
        state.utcOffset = 8 * 3600
        state.revision = RevisionRecord(version: 2, file: "修改稿.txt", actor: "王审核", time: "2026-11-26T02:00:00Z", seq: 5, comparison: cmp)
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24))
        d.press("view.changes")
        let change = try #require(d.screenText.split(separator: "\n").firstIndex { $0.contains("资金用途：") })
        for _ in 0..<(change - 2) { d.press("move.down") }
        let screen = d.screenText
        #expect(screen.contains("清单见附件末页"), "\(screen)")
        #expect(screen.split(separator: "\n")[change].contains("资金用途："), "the selected line stays in view")

        let short = AppDriver(state: state, backend: TestBackend(width: 60, height: 16))
        short.press("view.changes")
        for _ in 0..<(change - 2) { short.press("move.down") }
        #expect(!short.screenText.contains("清单见附件末页"))
        let detailEnd = short.frame.text(row: 14)
        #expect(detailEnd.hasSuffix(state.glyphs.moreBelow), "\(short.screenText)")
    }

    /// Without a revision, `d` is the edits since import, as before, and Tab says why it does nothing.
    @Test func withoutARevisionTabSaysThereIsNone() {
        var state = AppState(document: sampleDocument)
        state.imported = sampleDocument
        let d = AppDriver(state: state, backend: TestBackend(width: 80, height: 24))
        d.press("view.changes")
        #expect(d.screenText.contains("全部项目：自导入以来改过 0 个字段"))
        d.press("view.next-pane")
        #expect(d.state.message == "还没有导入修改稿：这里只有自导入以来的修改记录")
    }

    /// `I` asks for the file, imports it through the effect, and shows the comparison; the
    /// history before the revision is closed. A file that cannot be read keeps the prompt open.
    @Test func importingARevisedTextFromTheWorkstation() throws {
        let (second, revised) = try Self.secondRound()
        let effects = MemoryEffects(sampleDocument)
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: 100, height: 30), perform: effects.perform)
        effects.revisedTexts["修改稿.txt"] = revised
        d.press("move.down", "move.down")
        d.press("review.return")
        d.type("请说明更换范围")
        d.handle(.key(.enter))
        #expect(d.state.document.review.status(ofProjectAt: 1) == .returned)
        #expect(d.state.undoStack.count == 1)

        d.press("app.import-revision")
        #expect(d.screenText.contains("导入修改稿（第 2 版）：文件路径"))
        d.type("别的.txt")
        d.handle(.key(.enter))
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("the prompt closed on a failure"); return }
        #expect(p.problem == "未能导入：找不到文件 别的.txt")
        d.handle(.key(.ctrl("u")))
        d.type("修改稿.txt")
        d.handle(.key(.enter))
        #expect(effects.performed.last == .importRevision(path: "修改稿.txt"))
        #expect(d.state.overlay == nil)
        guard case .changes(let c) = d.state.screen else { Issue.record("no comparison on show"); return }
        #expect(c.showsRevision)
        #expect(d.state.document.review.status(ofProjectAt: 1) == .pending)
        #expect(d.state.document.projects[1].indicators[0].value.raw == "≥98%")
        #expect(d.screenText.contains("第 1 行指标的指标值：“≥95%” → “≥98%”"))
        #expect(d.screenText.contains("已导入修改稿：第 2 版（改了 1 个项目"))
        #expect(d.state.undoStack.isEmpty)
        d.press("edit.undo")
        #expect(d.state.message == "没有可以撤销的操作")
        #expect(second.revision != nil)
    }

    @Test func aReadOnlyWorkstationDoesNotImport() {
        let d = AppDriver(state: AppState(document: sampleDocument, readOnlyReason: "另一个 Jixiao 正在编辑"),
                          backend: TestBackend(width: 80, height: 24))
        d.press("app.import-revision")
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "只读，不能修改：另一个 Jixiao 正在编辑")
    }
}
