import Foundation
import JixiaoSamples
import JixiaoTestSupport
import Testing

/// A whole review in the real terminal (tmux), as issue 9 asks: the sample from import to
/// every project approved, with project 3's error fixed and project 2 returned and then
/// approved once its opinion was answered; a 定稿 exported; the journal verified. Every
/// step waits for the exact text it expects, so nothing races the program's drawing.
@Suite(.serialized) struct ReviewRecordEndToEndTests {
    let scratch = TemporaryFolder()

    /// The sample imported and opened in the workstation; on quitting, the exit code
    /// (`EXIT=`) and `log --verify`'s (`VERIFY=`, its text in log.txt) are printed.
    func workstation(height: Int) throws -> Tmux {
        try Tmux.required()
        _ = scratch.write("sample.txt", BundledSample.bytes)
        let jixiao = JixiaoBinary.path
        // The journal's verification goes to a file: the pane would scroll it away.
        let command = "cd \(Tmux.quote(scratch.path)) && \(jixiao) import sample.txt -w ws && \(jixiao) -w ws; echo EXIT=$?; "
            + "\(jixiao) log -w ws --verify > log.txt 2>&1; echo VERIFY=$?"
        return try Tmux(width: 100, height: height, command: command,
                        environment: ["HOME": scratch.path, "JIXIAO_REVIEWER": "王审核", "TZ": "Asia/Shanghai"])
    }

    @Test func fromImportToAVerifiedFinalDocument() throws {
        let t = try workstation(height: 30)
        #expect(try t.wait(for: "已通过 0/13") != nil)
        #expect(try t.wait(for: "E   3 公共机构节能经费") != nil)

        // Project 3 cannot be approved with its error open: the pop-up lists it and leads to it.
        try t.keys("j", "j", "j", "a")
        #expect(try t.wait(for: "不能通过：3.公共机构节能经费 还有 1 个错误未改正或豁免") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "第一个错误：改正（e），或核实后豁免（Tab 进入问题面板，按 w）")?.contains("3/13  公共机构节能经费") == true)
        try t.keys("e")
        #expect(try t.wait(for: "原值：57.66 万元") != nil)
        try t.keys("C-u")
        try t.type("8 万元")
        try t.keys("Enter")
        #expect(try t.wait(for: "已修改第 1 行指标的指标值：“57.66 万元” → “8 万元”（日志第 2 条）。问题 E1→0") != nil)
        try t.keys("a")
        #expect(try t.wait(for: "3.公共机构节能经费：通过（日志第 3 条）") != nil)
        try t.keys("Escape")
        #expect(try t.wait(for: "已通过 1/13") != nil)

        // Project 2 returned with an opinion; the 定稿 is refused while it is not approved.
        try t.keys("k", "r")
        #expect(try t.wait(for: "退回 2.更换省控环境空气自动监测站监测设备经费：写明审核意见") != nil)
        try t.type("满意度请按服务对象测算")
        try t.keys("Enter")
        #expect(try t.wait(for: "2.更换省控环境空气自动监测站监测设备经费：退回（日志第 4 条）") != nil)
        #expect(try t.wait(for: "已通过 1/13  退回 1")?.contains("退回 意") == true, "the row is marked as having an opinion")
        try t.keys("x")
        #expect(try t.wait(for: "导出草稿（12 个项目未通过审核）到") != nil)
        try t.keys("Escape")
        // The overview's own keys again: the prompt is closed. (A key sent sooner would
        // follow Esc within the terminal's escape delay and arrive as Alt and that key.)
        #expect(try t.wait(for: "↑↓ 选择  Enter 打开") != nil)

        // The unit answered: approving the returned project asks, and y approves it.
        try t.keys("a")
        #expect(try t.wait(for: "单位已按退回意见修改了吗") != nil)
        #expect(try t.screen().contains("退回意见（王审核"))
        try t.keys("y")
        #expect(try t.wait(for: "已通过 2/13") != nil)

        // The others: 1, then 4 to 13.
        try t.keys("k", "a")
        #expect(try t.wait(for: "已通过 3/13") != nil)
        try t.keys("j", "j", "j", "a")
        #expect(try t.wait(for: "4.征用疫情防控备用隔离场所资金（第三批）：通过") != nil)
        #expect(try t.wait(for: "已通过 4/13") != nil)
        for k in 5...13 {
            try t.keys("j", "a")
            #expect(try t.wait(for: "已通过 \(k)/13") != nil, "project \(k)")
        }

        // One history: u takes back the last approval and goes to it; Ctrl-R does it again.
        try t.keys("u")
        let undone = try t.wait(for: "已撤销第 16 条：项目 13 通过 → 待审")
        #expect(undone?.contains("13/13  机关大院电费") == true)
        try t.keys("C-r")
        #expect(try t.wait(for: "已重做：项目 13 待审 → 通过") != nil)
        try t.keys("Escape")
        #expect(try t.wait(for: "已通过 13/13") != nil)

        // Every project approved and no error open: x writes the 定稿.
        try t.keys("x")
        #expect(try t.wait(for: "导出定稿到") != nil)
        try t.keys("Enter")
        #expect(try t.wait(for: "已导出定稿（text，日志第 19 条") != nil)
        try t.keys("q")
        let end = try t.wait(for: "VERIFY=")
        #expect(end?.contains("EXIT=0") == true)
        #expect(end?.contains("VERIFY=0") == true)

        let export = try String(contentsOfFile: scratch.path + "/ws/exports/430001-2021.txt", encoding: .utf8)
        #expect(!export.hasPrefix("【审核中的草稿"))
        #expect(export.contains("8 万元") && !export.contains("57.66 万元"))
        let log = try String(contentsOfFile: scratch.path + "/log.txt", encoding: .utf8)
        #expect(log.contains("日志完整：19 条记录，哈希链正确；从 source.txt 重放的结果与 document.json 一致"), "\(log)")
        #expect(log.contains("王审核  通过  项目 2（确认退回意见已落实）"))
        #expect(log.contains("王审核  撤销"), "\(log)")
        #expect(log.contains("+08:00  王审核"), "times in the reviewer's local time, with the offset")
    }

    /// 批量通过 in the real terminal: `A` lists the projects, `y` approves them one journal
    /// line each, `u` takes them all back and Ctrl-R makes them again; `R` returns two with
    /// one opinion — and the journal replays.
    @Test func approvingAllTakingItBackAndReturningTwo() throws {
        let t = try workstation(height: 40)
        #expect(try t.wait(for: "已通过 0/13") != nil)
        try t.keys("A")
        #expect(try t.wait(forAll: ["批量通过以下 12 个待审、没有未改正错误的项目：", "不在其中：1 个有未改正的错误", "y 确认并全部通过"]) != nil)
        try t.keys("y")
        #expect(try t.wait(forAll: ["已批量通过 12 个项目（日志第 2–13 条；u 全部撤销）", "已通过 12/13"]) != nil)
        try t.keys("u")
        #expect(try t.wait(forAll: ["已撤销第 2–13 条：12 个项目 通过 → 待审（日志第 14–25 条）", "已通过 0/13"]) != nil)
        try t.keys("C-r")
        #expect(try t.wait(forAll: ["已重做 12 条：12 个项目 待审 → 通过（日志第 26–37 条）", "已通过 12/13"]) != nil)
        // 批量退回: project 3 (its error open) offered; 13 added; one opinion for both.
        try t.keys("R")
        #expect(try t.wait(for: "批量退回：哪些项目") != nil)
        try t.type(",13")
        try t.keys("Enter")
        #expect(try t.wait(for: "退回 2 个项目，写明同一条审核意见：3.公共机构节能经费、13.") != nil)
        try t.type("请按审核意见修改后重报")
        try t.keys("Enter")
        #expect(try t.wait(forAll: ["已批量退回 2 个项目（日志第 38–39 条；u 全部撤销）", "已通过 11/13  退回 2"]) != nil)
        try t.keys("q")
        let end = try t.wait(for: "VERIFY=")
        #expect(end?.contains("EXIT=0") == true)
        #expect(end?.contains("VERIFY=0") == true)
        let log = try String(contentsOfFile: scratch.path + "/log.txt", encoding: .utf8)
        #expect(log.contains("日志完整：39 条记录，哈希链正确；从 source.txt 重放的结果与 document.json 一致"), "\(log)")
    }

    /// The export prompt names the format by the file's extension and takes no option: a
    /// name it cannot tell the format from is refused with the extensions it takes — not
    /// with `--format`, which only the command line has.
    @Test func theExportPromptRefusesAnUnknownExtensionWithWhatItTakes() throws {
        let t = try workstation(height: 30)
        #expect(try t.wait(for: "已通过 0/13") != nil)
        try t.keys("x")
        #expect(try t.wait(for: "导出草稿（") != nil)
        try t.keys("C-u")
        try t.type("out.pdf")
        try t.keys("Enter")
        let refused = try t.wait(for: "看出导出格式")
        // (Wrapped under the prompt's title.)
        #expect(refused?.contains("文件名的扩展名决定格式，用这些扩展名") == true, "\(refused ?? "")")
        #expect(refused?.contains(".txt .xlsx .html .md .csv .json）") == true, "\(refused ?? "")")
        #expect(refused?.contains("--format") == false, "\(refused ?? "")")
        try t.keys("Escape")
        #expect(try t.wait(for: "↑↓ 选择  Enter 打开") != nil)
        try t.keys("q")
        #expect(try t.wait(for: "VERIFY=")?.contains("EXIT=0") == true)
    }
}
