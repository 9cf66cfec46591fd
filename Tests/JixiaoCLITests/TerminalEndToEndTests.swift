import Foundation
import JixiaoTestSupport
import Testing

/// The real binary in a real terminal (tmux), as a reviewer uses it. Fails where tmux is
/// missing (CI installs it): a test that cannot run must not pass.
@Suite(.serialized) struct TerminalEndToEndTests {
    let scratch = TemporaryFolder()

    func start(width: Int = 80, height: Int = 24, _ extra: [String: String] = [:], arguments: String = "") throws -> Tmux {
        try Tmux.required()
        // A reviewer named for the run, so the workstation does not stop to ask for the name
        // (asking is tested on its own).
        let env = ["HOME": scratch.path, "JIXIAO_REVIEWER": "测试审核员"].merging(extra) { $1 }
        // After the program ends, show its exit code and the terminal modes.
        let command = "\(JixiaoBinary.path) \(arguments); echo EXIT=$?; stty -a"
        return try Tmux(width: width, height: height, command: command, environment: env)
    }

    @Test func startsOnTheSampleDrillsInAndOut() throws {
        let t = try start()
        #expect(try t.wait(for: "预算数合计 8,197,386.00 元") != nil)
        #expect(try t.wait(for: "E   3 公共机构节能经费") != nil)
        try t.keys("j", "j", "j", "Enter")
        // Waits for the last part drawn too: a capture can catch the screen mid-update.
        let project = try t.wait(forAll: ["3/13  公共机构节能经费", "三级指标：公共机构节能工作经费金额"])
        #expect(project?.contains("57.66 万元") == true)
        #expect(project?.contains("E 产出指标") == true)
        // Opened on its first finding: row 1's, in the panel, and row 1 in full under it.
        #expect(project?.contains("与预算数 80,000.00 元") == true)
        #expect(project?.contains("三级指标：公共机构节能工作经费金额") == true)
        try t.keys("Tab", "Enter")
        #expect(try t.wait(for: "写明项目资金的指标与预算数不符") != nil)
        try t.keys("Escape", "Escape", "Escape")
        #expect(try t.wait(for: "已通过 0/13") != nil)
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)
    }

    @Test func jumpsFromFindingToFindingWithN() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        // The department part's findings first: its five 分项绩效目标, then the one about all projects.
        try t.keys("n")
        #expect(try t.wait(for: "问题 1/80（警告）") != nil)
        #expect(try t.screen().contains("部门整体绩效目标"))
        for _ in 0..<5 { try t.keys("n") }
        #expect(try t.wait(for: "问题 6/80（提示）") != nil)
        try t.keys("n")
        #expect(try t.wait(for: "问题 7/80（警告）") != nil)
        #expect(try t.screen().contains("1/13  机关监控设备维护费"))
        for _ in 0..<13 { try t.keys("n") }
        let s = try t.wait(for: "问题 20/80")
        #expect(s?.contains("3/13  公共机构节能经费") == true)
        try t.keys("N")
        #expect(try t.wait(for: "问题 19/80") != nil)
        try t.keys("q")
    }

    @Test func searchesAndJumps() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        try t.keys("/")
        try t.type("保洁")
        #expect(try t.wait(for: "找到 9 处") != nil)
        try t.keys("Down", "Enter")
        let s = try t.wait(for: "“保洁”：第 2/9 处")
        #expect(s?.contains("3/13  公共机构节能经费") == true)
        try t.keys("q")
    }

    /// A paste is text: `意见⏎ja` in the opinion prompt is one opinion of two lines; where
    /// no prompt is open it does nothing. Through tmux, which brackets a paste only when
    /// the program has turned bracketed paste on.
    @Test func aPasteIsTextNeverKeys() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        try t.keys("j", "j", "j", "c")
        #expect(try t.wait(for: "审核意见 3.公共机构节能经费") != nil)
        try t.paste("意见\nja")
        // Both pasted lines and the prompt still open, in one capture: waiting for the first
        // line alone raced the drawing of the second.
        let typed = try t.wait(forAll: ["> 意见", "\n  ja", "审核意见 3.公共机构节能经费"])
        #expect(typed != nil, "the paste is two lines of the opinion, the prompt still open")
        // Word and character keys of the editor, by escape sequence: Alt-B back a word.
        try t.keys("M-b")
        try t.type("好")
        #expect(try t.wait(for: "好ja") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "3.公共机构节能经费：已记审核意见") != nil)
        try t.paste("ja")
        #expect(try t.wait(for: "粘贴的文字未使用") != nil)
        let s = try t.screen()
        #expect(s.contains("已通过 0/13"))
        #expect(s.contains("审核") && !s.contains("4/13"))
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)
        // Bracketed paste is off again: a paste now arrives plain, echoed by the terminal
        // (with it still on, the echo would show the ^[[200~ marker).
        try t.paste("PASTED-AFTER-EXIT")
        let after = try t.wait(for: "PASTED-AFTER-EXIT")
        #expect(after?.contains("200~") == false)
    }

    /// The first run asks for the reviewer's name once, keeps it in jixiao.json and
    /// journals under it; the next run does not ask.
    @Test func theFirstRunAsksForTheReviewersName() throws {
        let t = try start(["JIXIAO_REVIEWER": ""])
        #expect(try t.wait(for: "审核人姓名（记入日志") != nil)
        try t.keys("C-u")
        try t.type("王审核")
        try t.keys("Enter")
        #expect(try t.wait(for: "审核人：王审核。已记在") != nil)
        // Project 2 (it has no error, so it can be approved): journaled under the name.
        try t.keys("j", "j", "a")
        #expect(try t.wait(for: "：通过") != nil)
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)
        let ws = scratch.path + "/.local/share/jixiao/workspace"
        let settings = String(decoding: FileManager.default.contents(atPath: ws + "/jixiao.json") ?? Data(), as: UTF8.self)
        #expect(settings.contains("\"reviewer\" : \"王审核\""))
        let journal = String(decoding: FileManager.default.contents(atPath: ws + "/430001-2021/journal.jsonl") ?? Data(), as: UTF8.self)
        #expect(journal.split(separator: "\n").last?.contains("\"actor\":\"王审核\"") == true)
        // Asked once: the second run opens on the overview.
        let again = try start(["JIXIAO_REVIEWER": ""])
        #expect(try again.wait(for: "预算数合计") != nil)
        #expect(try !again.screen().contains("审核人姓名"))
        try again.keys("q")
    }

    /// A terminal that cannot place the cursor gets the text overview, not a garbled screen.
    @Test func aDumbTerminalGetsTheTextOverview() throws {
        let t = try start(width: 100, height: 60, ["TERM": "dumb"])
        let s = try t.wait(for: "EXIT=0")
        #expect(s?.contains("不能定位光标") == true)
        #expect(s?.contains("项目 13 个，预算数合计 8,197,386.00 元") == true)
    }

    @Test func resizeAndTooSmall() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        try t.resize(width: 50, height: 12)
        // Both at once: tmux may pass through another size on the way (a frame of 50 × 30).
        #expect(try t.wait(forAll: ["窗口太小", "现在是 50 × 12"]) != nil)
        try t.resize(width: 120, height: 40)
        let wide = try t.wait(for: "更换省控环境空气自动监测站监测设备经费")
        #expect(wide != nil)
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)
    }

    @Test func quitLeavesASaneTerminal() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0") != nil)
        // Canonical mode and echo are back on (stty prints its modes after the exit code).
        let modes = try t.wait(for: "icanon") ?? ""
        #expect(modes.contains(" icanon") && !modes.contains("-icanon"))
        #expect(modes.contains(" echo ") && !modes.contains("-echo "))
    }

    @Test func terminatedBySignalRestoresTheTerminal() throws {
        let t = try start()
        try t.wait(for: "预算数合计")
        let pids = try t.pids(named: "jixiao")
        #expect(pids.count == 1)
        for pid in pids { kill(pid, SIGTERM) }
        #expect(try t.wait(for: "EXIT=143") != nil)
        let modes = try t.wait(for: "icanon") ?? ""
        #expect(modes.contains(" icanon") && !modes.contains("-icanon"))
    }

    @Test func secondInstanceIsReadOnly() throws {
        let first = try start()
        try first.wait(for: "预算数合计")
        let second = try start()
        // Waited for in full: the title's 只读 can be drawn before the message row is.
        let s = try second.wait(for: "另一个 Jixiao 正在编辑")
        #expect(s?.contains("只读") == true)
        try second.keys("q")
        try first.keys("q")
        #expect(try first.wait(for: "EXIT=0") != nil)
    }

    @Test func noColorStillMarksFindings() throws {
        let t = try start(["NO_COLOR": "1"])
        try t.wait(for: "预算数合计")
        let s = try t.screen(escapes: true)
        // Attributes (bold 1, underline 4, reverse 7) but no foreground colours (30–37, 38;5).
        #expect(s.contains("\u{1B}[1m") || s.contains(";1m") || s.contains("[1;"))
        #expect(!s.contains("\u{1B}[31m") && !s.contains("\u{1B}[33m") && !s.contains("38;5;"))
        try t.keys("q")
    }

    @Test func unknownTerminalIsACleanError() throws {
        let t = try start(["TERM": "no-such-terminal"])
        let s = try t.wait(for: "EXIT=2")
        #expect(s?.contains("无法使用这个终端（TERM=no-such-terminal）") == true)
    }

    @Test func suspendsAndResumesWithCtrlZ() throws {
        try Tmux.required()
        let t = try Tmux(width: 80, height: 24, command: "PS1='$ ' bash --norc -i",
                         environment: ["HOME": scratch.path, "JIXIAO_REVIEWER": "测试审核员"])
        try t.wait(for: "$")
        try t.type(JixiaoBinary.path)
        try t.keys("Enter")
        #expect(try t.wait(for: "预算数合计") != nil)
        try t.keys("C-z")
        #expect(try t.wait(for: "Stopped") != nil)
        try t.type("fg")
        try t.keys("Enter")
        #expect(try t.wait(for: "预算数合计") != nil)
        try t.keys("q")
        try t.type("echo DONE=$?")
        try t.keys("Enter")
        #expect(try t.wait(for: "DONE=0") != nil)
    }
}

/// Editing and reviewing in the real terminal: the change is journaled and saved.
@Suite(.serialized) struct TerminalEditingEndToEndTests {
    let scratch = TemporaryFolder()

    @Test func acceptAFixApproveAndSeeItInTheJournal() throws {
        try Tmux.required()
        let command = "\(JixiaoBinary.path); echo EXIT=$?; \(JixiaoBinary.path) log | tail -n 4; \(JixiaoBinary.path) check | tail -n 1"
        let t = try Tmux(width: 100, height: 30, command: command, environment: ["HOME": scratch.path, "JIXIAO_REVIEWER": "王审核"])
        #expect(try t.wait(for: "E   3 公共机构节能经费") != nil)
        // Project 4, row 3: accept the fix for the character the PDF doubled.
        try t.keys("j", "j", "j", "j", "Enter")
        try t.wait(for: "4/13  征用疫情防控备用隔离场所资金（第三批）")
        // From its first row (it opened on its first finding).
        try t.keys("g")
        for _ in 0..<8 { try t.keys("j") }
        try t.keys("Tab", "j", "e")
        #expect(try t.wait(for: "原值：经费保障及 及时性") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "已修改第 3 行指标的三级指标：“经费保障及 及时性” → “经费保障及时性”（日志第 2 条）。问题 i18→17") != nil)
        try t.keys("a")
        #expect(try t.wait(for: "4.征用疫情防控备用隔离场所资金（第三批）：通过") != nil)
        try t.keys("Escape", "Escape")
        #expect(try t.wait(for: "已通过 1/13") != nil)
        try t.keys("x")
        #expect(try t.wait(for: "导出草稿（12 个项目未通过审核，1 个错误未改正或豁免）") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "已导出草稿（text，日志第 4 条") != nil)
        let export = scratch.path + "/.local/share/jixiao/workspace/exports/430001-2021.txt"
        let text = String(decoding: FileManager.default.contents(atPath: export) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix("【审核中的草稿：12 个项目未通过审核，1 个错误未改正或豁免】"))
        #expect(text.contains("经费保障及时性"))
        // The same name again asks before overwriting: n keeps the file; Tab offers the
        // 审核意见书, and a bare file name goes into the workspace's exports/ with the format
        // its extension names.
        try t.keys("x")
        #expect(try t.wait(for: "导出草稿（12 个项目未通过审核，1 个错误未改正或豁免）") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "覆盖吗？按 y 覆盖") != nil)
        try t.keys("n")
        #expect(try t.wait(for: "没有覆盖：改一个文件名再按 Enter") != nil)
        try t.keys("Tab")
        #expect(try t.wait(for: "导出审核意见书到") != nil)
        try t.keys("C-u")
        try t.type("意见书.md")
        try t.keys("Enter")
        #expect(try t.wait(for: "已导出审核意见书（report-md，日志第 5 条") != nil)
        let report = scratch.path + "/.local/share/jixiao/workspace/exports/意见书.md"
        #expect(String(decoding: FileManager.default.contents(atPath: report) ?? Data(), as: UTF8.self)
            .hasPrefix("# 秦皇岛市抚宁区机关事务服务中心 2021 年部门预算绩效目标审核意见书"))
        try t.keys("q")
        let after = try t.wait(for: "个错误")
        #expect(after?.contains("EXIT=0") == true)
        #expect(after?.contains("王审核") == true)
        // (The log line is wider than the 100-column terminal: match its start.)
        #expect(after?.contains("修改  项目 4 第 3 行指标的三级指标：“经费保障及 及时性”") == true)
        #expect(after?.contains("通过  项目 4") == true)
        // Project 3's amount error has no one-click fix: it is still there.
        #expect(after?.contains("共 1 个错误") == true)
    }
}
