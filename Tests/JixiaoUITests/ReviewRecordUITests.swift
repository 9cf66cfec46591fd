import JixiaoModel
import JixiaoRules
import JixiaoTestSupport
import Testing
@testable import JixiaoUI

/// The review record in the workstation, driven by keys: the approval gate and its way
/// out, waivers, one history for undo and redo, reopening on an edit, opinions where they
/// belong, the 综合评定 and the changes view.
@Suite struct ReviewRecordUITests {
    func workstation(width: Int = 80, height: Int = 24) -> (AppDriver, MemoryEffects) {
        let effects = MemoryEffects(sampleDocument)
        var state = AppState(document: sampleDocument)
        state.imported = sampleDocument
        state.utcOffset = 8 * 3600
        let d = AppDriver(state: state, backend: TestBackend(width: width, height: height), perform: effects.perform)
        return (d, effects)
    }

    func overview(_ d: AppDriver, project n: Int) {
        d.press("move.first")
        for _ in 0..<n { d.press("move.down") }
    }

    func promptText(_ d: AppDriver) -> String? {
        if case .prompt(let p)? = d.state.overlay { p.text } else { nil }
    }

    func status(_ e: MemoryEffects, _ p: Int) -> ReviewStatus { e.document.review.status(ofProjectAt: p - 1) }

    /// `a` on project 3 shows its error and the way out, writes nothing; Enter goes to the
    /// error; waived there with `w` (核实无误 filled in), `a` approves.
    @Test func theGateRefusesThenAllowsAfterAWaiver() {
        let (d, effects) = workstation()
        overview(d, project: 3)
        d.press("review.approve")
        guard case .decision(let decision)? = d.state.overlay else { Issue.record("no pop-up"); return }
        #expect(decision.question == .openErrors(project: 2))
        #expect(d.screenText.contains("不能通过：3.公共机构节能经费 还有 1 个错误未改正或豁免"))
        #expect(d.screenText.contains("第 1 行指标的指标值"))
        #expect(effects.performed.isEmpty)
        d.handle(.key(.enter))
        #expect(d.state.overlay == nil)
        #expect(d.state.screen.projectIndex == 2)
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .indicator(1))
        d.press("view.next-pane", "finding.waive")
        #expect(promptText(d) == "核实无误")
        d.handle(.key(.ctrl("u")))
        d.type("豁免：")
        d.handle(.key(.enter))
        #expect(d.state.overlay != nil, "豁免 alone is no reason")
        d.type("按合同总价核定")
        d.handle(.key(.enter))
        #expect(effects.document.review.waivers.map(\.reason) == ["豁免：按合同总价核定"])
        // Listed, dimmed, with its waiver; no longer marked or counted.
        #expect(d.screenText.contains("已豁免：豁免：按合同总价核定 —— 测试"))
        #expect(!d.screenText.contains("E 产出指标"))
        #expect(d.state.openFindings.filter { $0.severity == .error }.isEmpty)
        d.press("review.approve")
        #expect(status(effects, 3) == .approved)
        // `w` again on the waived finding takes the waiver back.
        d.press("finding.waive")
        #expect(effects.document.review.waivers.isEmpty)
    }

    /// `A` (批量通过) lists the 待审 projects with no open error and approves them only on `y`,
    /// one line each; `u` takes them all back as one step, Ctrl-R makes them again.
    @Test func approvingAllListsThenApprovesAndOneUndoTakesThemBack() {
        let (d, effects) = workstation(width: 120, height: 40)
        d.press("review.approve-all")
        guard case .decision(let decision)? = d.state.overlay, case .approveAll(let projects) = decision.question else {
            Issue.record("no list to confirm"); return
        }
        #expect(projects == [0, 1] + Array(3...12), "all but project 3, which has an open error")
        #expect(d.screenText.contains("批量通过以下 12 个待审、没有未改正错误的项目："))
        #expect(d.screenText.contains("1.机关监控设备维护费（5 个警告）"))
        #expect(d.screenText.contains("不在其中：1 个有未改正的错误"))
        #expect(effects.performed.isEmpty, "nothing before y")
        // n (or Esc) changes nothing.
        d.handle(.key(.char("n")))
        #expect(d.state.overlay == nil && effects.performed.isEmpty)
        #expect(d.state.message == "未批量通过：没有改动")

        d.press("review.approve-all")
        d.handle(.key(.char("y")))
        #expect(effects.performed == [.approveAll([0, 1] + Array(3...12))])
        #expect((1...13).filter { status(effects, $0) == .approved } == [1, 2] + Array(4...13))
        #expect(effects.lines.count == 12, "one line a project")
        #expect(d.state.undoStack.count == 1 && d.state.undoStack[0].earlier.count == 11)
        #expect(d.screenText.contains("已通过 12/13") || d.state.document.approvedProjectCount == 12)

        d.press("edit.undo")
        #expect((1...13).allSatisfy { status(effects, $0) == .pending }, "one undo takes the whole batch back")
        #expect(effects.lines.count == 24)
        #expect(d.state.undoStack.isEmpty && d.state.redoStack.count == 1)
        #expect(d.state.screen == .overview, "decisions on several projects: the overview shows them")
        d.handle(.key(.ctrl("r")))
        #expect((1...13).filter { status(effects, $0) == .approved }.count == 12)
        #expect(d.state.undoStack.count == 1 && d.state.redoStack.isEmpty)

        // Nothing left to approve in a batch: said, nothing asked.
        d.press("review.approve-all")
        #expect(d.state.overlay == nil)
        #expect(d.state.message == "没有可以批量通过的项目：1 个待审的项目都有未改正的错误")
    }

    /// `R` (批量退回) offers the 待审 projects with an open error, takes the reviewer's own
    /// list, refuses a list naming no project and an empty opinion (keeping what was typed),
    /// then returns each listed project with the one opinion; `u` takes them all back.
    @Test func returningSeveralWithOneOpinionAndOneUndo() {
        let (d, effects) = workstation(width: 120, height: 40)
        d.press("review.return-all")
        #expect(promptText(d) == "3", "project 3 has the sample's one open error")
        #expect(d.screenText.contains("批量退回：哪些项目"))
        d.handle(.key(.ctrl("u")))
        d.type("3,20")
        d.handle(.key(.enter))
        #expect(d.screenText.contains("“20”不是本文档的项目"))
        #expect(promptText(d) == "3,20", "what was typed is kept")
        d.handle(.key(.ctrl("u")))
        d.type("3,5-6")
        d.handle(.key(.enter))
        guard case .prompt(let opinion)? = d.state.overlay, case .returnAll(let projects) = opinion.purpose else {
            Issue.record("no opinion asked"); return
        }
        #expect(projects == [2, 4, 5])
        #expect(d.screenText.contains("退回 3 个项目，写明同一条审核意见：3.公共机构节能经费、5."))
        d.handle(.key(.enter))
        #expect(d.screenText.contains("退回须写明审核意见"))
        #expect(effects.performed.isEmpty, "nothing before the opinion")
        d.type("绩效指标未细化量化，请修改后重报")
        d.handle(.key(.enter))
        #expect(effects.performed == [.returnAll([2, 4, 5], comment: "绩效指标未细化量化，请修改后重报")])
        #expect((1...13).filter { status(effects, $0) == .returned } == [3, 5, 6])
        #expect([3, 5, 6].allSatisfy { p in
            effects.document.review.opinions(ofProjectAt: p - 1).last?.text == "绩效指标未细化量化，请修改后重报"
        })
        #expect(effects.lines.count == 3, "one line a project")
        #expect(d.state.undoStack.count == 1)
        d.press("edit.undo")
        #expect((1...13).allSatisfy { status(effects, $0) == .pending }, "one undo takes the whole batch back")

        // Esc on the list writes nothing.
        d.press("review.return-all")
        d.handle(.key(.escape))
        #expect(d.state.overlay == nil && effects.performed.count == 2)
    }

    @Test func approvingAnApprovedProjectWritesNothing() {
        let (d, effects) = workstation()
        overview(d, project: 2)
        d.press("review.approve", "review.approve")
        #expect(effects.performed.count == 1)
        #expect(d.state.message == "没有改变：2.更换省控环境空气自动监测站监测设备经费 已经是通过")
    }

    /// An edit to an approved project returns it to 待审 and the status line says so.
    @Test func anEditAfterApprovalReopens() {
        let (d, effects) = workstation()
        overview(d, project: 4)
        d.press("review.approve", "view.open")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down", "edit.value")
        d.handle(.key(.enter))
        #expect(status(effects, 4) == .pending)
        #expect(d.screenText.contains("待审"))
        #expect(effects.lines.last?.change.reviews.map(\.statusChange.new) == [.pending])
    }

    /// One history: undo takes back the last action whatever it was — here an approval,
    /// then the edit before it — each going to what it changed; redo does them again.
    @Test func undoWalksEditsAndDecisionsInOrder() {
        let (d, effects) = workstation()
        overview(d, project: 4)
        d.press("view.open")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down", "edit.value")
        d.handle(.key(.enter))
        d.press("view.back", "view.back")
        overview(d, project: 4)
        d.press("review.approve")
        #expect(status(effects, 4) == .approved)
        #expect(d.state.undoStack.map(\.seq) == [2, 3])
        d.press("edit.undo")
        #expect(status(effects, 4) == .pending, "undoing past an approval reopens the project")
        #expect(d.state.message?.hasPrefix("已撤销第 3 条：项目 4 通过 → 待审") == true)
        #expect(d.state.screen.projectIndex == 3)
        d.press("edit.undo")
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及 及时性")
        #expect(d.state.message?.hasPrefix("已撤销第 2 条：项目 4 第 3 行指标的三级指标") == true)
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .indicator(3))
        d.handle(.key(.ctrl("r")))
        #expect(effects.document.projects[3].indicators[2].name == "经费保障及时性")
        d.handle(.key(.ctrl("r")))
        #expect(status(effects, 4) == .approved)
        #expect(d.state.redoStack.isEmpty && d.state.undoStack.count == 2)
        d.press("edit.undo", "edit.undo", "edit.undo")
        #expect(d.state.message == "没有可以撤销的操作")
        #expect(effects.document == sampleDocument)

        // A new action after an undo starts a new branch: what was undone can no longer
        // be redone over it.
        d.handle(.key(.ctrl("r")))
        #expect(d.state.redoStack.count == 1)
        d.press("view.back", "view.back")
        overview(d, project: 2)
        d.press("review.approve")
        #expect(status(effects, 2) == .approved)
        #expect(d.state.redoStack.isEmpty)
        d.handle(.key(.ctrl("r")))
        #expect(d.state.message == "没有可以重做的操作")
        #expect(status(effects, 4) == .pending)
    }

    /// The fix that removes a waived finding leaves the waiver stale: said on the status
    /// line, shown on the project, and taken back with `w` there.
    @Test func aStaleWaiverIsReportedNotKeptSilently() {
        let (d, effects) = workstation()
        overview(d, project: 3)
        // A project opens on its first finding: from the top, row 1 is six parts down.
        d.press("view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        d.press("view.next-pane", "finding.waive")
        d.handle(.key(.enter))
        #expect(effects.document.review.waivers.count == 1)
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("8 万元")
        d.handle(.key(.enter))
        #expect(d.state.message?.contains("1 条豁免已失效（问题已不存在）：项目 3 第 1 行指标的指标值") == true)
        #expect(d.state.findings.staleWaivers.count == 1)
        // Still on row 1 (the 审核意见 part appeared above it), in the panel: back to the
        // body, and up to the part that lists the stale waiver.
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .indicator(1))
        d.press("view.back", "move.first", "move.down")
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .record)
        #expect(d.screenText.contains("豁免已失效（问题已不存在）"))
        d.press("finding.waive")
        #expect(effects.document.review.waivers.isEmpty)
        #expect(d.state.findings.staleWaivers.isEmpty)
    }

    /// A 退回 project asks whether its opinion was answered; n leaves it, y approves it.
    @Test func approvingAReturnedProjectAsks() {
        let (d, effects) = workstation()
        overview(d, project: 2)
        d.press("review.return")
        d.type("满意度请按服务对象测算")
        d.handle(.key(.enter))
        // The overview's preview of a returned project says why, before its findings.
        let preview = d.screenText.components(separatedBy: "个问题")[1]
        #expect(preview.contains("退回意见：满意度请按服务对象测算"), "\(d.screenText)")
        d.press("review.approve")
        #expect(d.screenText.contains("单位已按退回意见修改了吗"))
        #expect(d.screenText.contains("满意度请按服务对象测算"))
        d.handle(.key(.char("n")))
        #expect(status(effects, 2) == .returned)
        d.press("review.approve")
        d.handle(.key(.char("y")))
        #expect(status(effects, 2) == .approved)
        #expect(effects.performed.last == .review(.approve, project: 1, comment: nil, row: nil, answered: true))
    }

    /// `c` on an indicator row attaches the opinion to the row; it shows under the row,
    /// and the overview marks the project.
    @Test func opinionsShowWhereTheyBelong() {
        let (d, effects) = workstation(width: 100, height: 30)
        overview(d, project: 1)
        // A project opens on its first finding: from the top, row 1 is six parts down.
        d.press("view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        d.press("review.comment")
        #expect(d.screenText.contains("审核意见 1.机关监控设备维护费 第 1 行指标（监控维修保养金额）"))
        d.type("请写维修次数")
        d.handle(.key(.enter))
        let o = effects.document.review.opinions(ofProjectAt: 0)
        #expect(o.map(\.row) == [1] && o.map(\.action) == [.comment])
        #expect(d.screenText.contains("意 审核意见 测试 2026-11-25 20:00：请写维修次数"), "local time, UTC+8")
        d.press("move.first", "review.return")
        d.type("数量指标请改为工作量")
        d.handle(.key(.enter))
        #expect(d.state.detailLayout.items.map(\.kind).contains(.record))
        #expect(d.screenText.contains("退回意见 测试 2026-11-25 20:00：数量指标请改为工作量"))
        d.press("view.back")
        #expect(d.screenText.contains("退回 意"))
    }

    /// `m`: n/N walk the open findings, errors only, or all (waived ones too).
    @Test func nWalksErrorsOnlyOrAll() {
        let (d, _) = workstation()
        let open = d.state.openFindings.count
        d.press("finding.walk")
        #expect(d.state.walk == .errors)
        d.press("finding.next")
        #expect(d.state.message == "错误 1/1（错误）：写明项目资金的指标与预算数不符")
        d.press("finding.next")
        #expect(d.state.message?.hasPrefix("已回到第一个问题。错误 1/1") == true)
        d.press("finding.walk")
        #expect(d.state.walk == .all)
        d.press("finding.walk")
        #expect(d.state.walk == .open)
        #expect(d.state.message == "n/N 现在走：未豁免的问题，共 \(open) 个（再按 m 换）")
    }

    /// A waived finding is skipped by the default walk, taken in by `all`.
    @Test func waivedFindingsAreSkippedByDefault() {
        let (d, effects) = workstation()
        d.press("finding.walk", "finding.next", "view.next-pane", "finding.waive")
        d.handle(.key(.enter))
        #expect(effects.document.review.waivers.count == 1)
        d.press("view.back", "view.back", "view.back")
        d.press("finding.walk", "finding.walk", "finding.walk")
        #expect(d.state.walk == .errors)
        d.press("finding.next")
        #expect(d.state.message == "没有错误（未豁免）；按 m 换成别的范围")
        d.press("finding.walk")
        var seen = 0
        for _ in 0..<d.state.ordered.count {
            d.press("finding.next")
            if d.state.message?.contains("，已豁免）") == true { seen += 1 }
        }
        #expect(seen == 1)
    }

    /// `p`: the grades with the suggestion selected and the score table; another grade
    /// needs a reason; the overview's title says it.
    @Test func gradingTheDocument() {
        let (d, effects) = workstation(width: 100, height: 40)
        #expect(d.screenText.contains("建议评定 中"))
        d.press("review.grade")
        guard case .grade(let g)? = d.state.overlay else { Issue.record("no grade pop-up"); return }
        #expect(g.selected == .fair && g.suggested == .fair)
        #expect(d.screenText.contains("> 中  须修改完善后重新报送（建议）"))
        #expect(d.screenText.contains("相关性"))
        d.handle(.key(.up))
        d.handle(.key(.enter))
        d.handle(.key(.enter))
        guard case .prompt(let p)? = d.state.overlay else { Issue.record("no prompt"); return }
        #expect(p.problem == "评定为“良”与建议的“中”不同，须写明理由")
        d.type("个别指标须细化，可共同完善")
        d.handle(.key(.enter))
        #expect(effects.document.review.grade?.grade == .good)
        #expect(effects.document.review.grade?.suggested == .fair)
        #expect(d.screenText.contains("综合评定 良"))
        d.press("move.first", "view.open")
        #expect(d.screenText.contains("评定：良（可与财政部门共同完善后进入预算）"))
        #expect(d.screenText.contains("总体意见：个别指标须细化，可共同完善"))
        // Undone like any other action.
        d.press("edit.undo")
        #expect(effects.document.review.grade == nil)
    }

    /// `d`: every field changed since import, with the value imported and now, who, when
    /// and the journal line; Enter goes to it. A changed cell is marked on its project.
    @Test func whatChanged() {
        let (d, _) = workstation(width: 100, height: 30)
        overview(d, project: 4)
        d.press("view.open", "move.first")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down", "edit.value")
        d.handle(.key(.enter))
        d.press("view.back")
        // The row is marked ✎, the cell in the edited style.
        let y = d.frame.text.split(separator: "\n").firstIndex { $0.contains("经费保障及时性") }!
        #expect(d.frame[1, y].symbol == "✎")
        d.press("view.changes")
        guard case .changes(let c) = d.state.screen else { Issue.record("no changes screen"); return }
        #expect(c.project == 3)
        #expect(d.screenText.contains("4.征用疫情防控备用隔离场所资金（第三批）：自导入以来改过 1 个字段"))
        #expect(d.screenText.contains("第 3 行指标的三级指标"))
        #expect(d.screenText.contains("经费保障及 及时性"))
        #expect(d.screenText.contains("测试"))
        #expect(d.screenText.contains("2026-11-25 20:00"))
        #expect(d.screenText.contains("第 2 条"))
        d.press("view.open")
        #expect(d.state.screen.projectIndex == 3)
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == .indicator(3))
        // From the overview, every project's changes.
        d.press("view.back")
        d.press("view.changes")
        #expect(d.screenText.contains("全部项目：自导入以来改过 1 个字段"))
        d.press("view.back")
        #expect(d.state.screen == .overview)
    }

    /// The changes view and the approval gate's pop-up as the reviewer sees them, at the
    /// sizes every screen is checked at: two edits (project 3's amount, project 4's
    /// doubled character), listed for the whole document.
    @Test(arguments: [(80, 24), (120, 40)]) func changesAndTheGateOnScreen(_ size: (Int, Int)) {
        let (d, _) = workstation(width: size.0, height: size.1)
        overview(d, project: 3)
        d.press("review.approve")
        if size.0 == 80 { Golden.check(d.frame.snapshot, "approve-refused-80x24.txt") }
        d.handle(.key(.enter))
        d.press("edit.value")
        d.handle(.key(.ctrl("u")))
        d.type("8 万元")
        d.handle(.key(.enter))
        d.press("view.back")
        overview(d, project: 4)
        d.press("view.open", "move.first")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down", "edit.value")
        d.handle(.key(.enter))
        d.press("view.back", "view.back")
        d.press("view.changes")
        Golden.check(d.frame.snapshot, "changes-\(size.0)x\(size.1).txt")
    }

    /// Returning a project from its screen adds the 审核意见 part above what is selected:
    /// the selection stays on the same part, and its findings stay in the panel.
    @Test func anOpinionDoesNotMoveTheSelection() {
        let (d, _) = workstation()
        overview(d, project: 2)
        d.press("view.open")
        let before = d.state.detailLayout.items[d.state.detail.item].kind
        #expect(before == .plan, "project 2 opens on its first finding, the empty plan")
        d.press("review.return")
        d.type("满意度请按服务对象测算")
        d.handle(.key(.enter))
        #expect(d.state.detailLayout.items.map(\.kind).contains(.record))
        #expect(d.state.detailLayout.items[d.state.detail.item].kind == before)
        #expect(d.screenText.contains("资金支出计划没有填写任何数字"))
    }

    /// The export prompt says why it will be a draft: pending projects and open errors.
    @Test func theExportSaysWhyItIsADraft() {
        let (d, _) = workstation()
        d.press("app.export")
        #expect(d.screenText.contains("导出草稿（13 个项目未通过审核，1 个错误未改正或豁免）"))
    }
}
