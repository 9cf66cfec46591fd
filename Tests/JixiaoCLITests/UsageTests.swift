import Foundation
import JixiaoTestSupport
import Testing

/// Usage errors and help in Chinese: what the argument parser finds wrong reads like any
/// other error (exit code 2, 错误： and 提示：), and no English of the parser's shows.
@Suite struct UsageTests {
    let home = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: home.path) }

    /// Words of the parser's English that must not reach the reviewer.
    static let english = ["Error", "Usage", "USAGE", "OVERVIEW", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Help:", "See '",
                          "Missing", "Unknown", "Unexpected", "invalid", "Show ", "(default", "(values", "subcommand"]

    static let cases: [(arguments: [String], message: String, hint: String)] = [
        (["chek"], "错误：没有子命令“chek”", "提示：是否要用 jixiao check？"),
        (["help", "expot"], "错误：没有子命令“expot”", "提示：是否要用 jixiao export？"),
        (["3"], "错误：没有子命令“3”", "提示：jixiao --help 列出全部子命令"),
        (["import"], "错误：缺少参数 <FILE>：绩效文本文件", "提示：用法：jixiao import <FILE>"),
        (["show", "--jsn"], "错误：无法识别的选项 --jsn", "提示：是否要用 --json？"),
        (["show", "-x"], "错误：无法识别的选项 -x", "提示：用法：jixiao show"),
        (["show", "3", "4"], "错误：多余的参数“4”", "提示：用法：jixiao show"),
        (["-w"], "错误：选项 -w <DIR> 缺少值：工作区目录", "提示：用法：jixiao tui"),
        (["check", "--format", "xml"], "错误：--format 的值“xml”无效", "提示：可选：text、json、sarif"),
        (["export", "--format", "docx", "-o", "x"], "错误：--format 的值“docx”无效", "提示：可选：text"),
        (["log", "--verify=3"], "错误：选项 --verify 不带值，却给了“3”", "提示：用法：jixiao log"),
    ]

    @Test(arguments: cases.indices)
    func usageErrorsInChinese(_ k: Int) throws {
        let c = Self.cases[k]
        let r = try jixiao.run(c.arguments)
        #expect(r.status == 2, "\(c.arguments)")
        #expect(r.stdout.isEmpty)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(c.message) == true, "\(c.arguments): \(r.stderr)")
        #expect(lines.dropFirst().first?.hasPrefix("  " + c.hint) == true, "\(c.arguments): \(r.stderr)")
        for word in Self.english { #expect(!r.stderr.contains(word), "\(c.arguments): \(word) in \(r.stderr)") }
        // Nothing was set up on the way.
        #expect(home.list() == [])
    }

    @Test(arguments: [["--help"], ["help"], ["check", "--help"], ["help", "import"], ["export", "--help"], ["tui", "--help"]])
    func helpInChinese(_ arguments: [String]) throws {
        let r = try jixiao.run(arguments)
        #expect(r.status == 0)
        #expect(r.stdout.contains("用法：jixiao"), "\(r.stdout)")
        #expect(r.stdout.contains("选项："))
        #expect(r.stdout.contains("-h, --help              显示帮助"))
        for word in Self.english { #expect(!r.stdout.contains(word), "\(arguments): \(word) in \(r.stdout)") }
    }

    /// Every subcommand the root help lists — a new one included — has help in Chinese.
    @Test func everySubcommandsHelpIsChinese() throws {
        let root = try jixiao.run(["--help"]).stdout
        let section = root.components(separatedBy: "子命令：\n").dropFirst().first ?? ""
        let names = section.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map { String($0.split(separator: "（").first ?? $0) } }
        #expect(names.contains("import") && names.contains("export") && names.contains("tui"), "\(names)")
        for name in names {
            let r = try jixiao.run([name, "--help"])
            #expect(r.status == 0, "\(name)")
            #expect(r.stdout.contains("用法：jixiao \(name)"), "\(name): \(r.stdout)")
            for word in Self.english { #expect(!r.stdout.contains(word), "\(name) --help: \(word)") }
        }
    }

    @Test func helpListsTheSubcommandsAndTheFormats() throws {
        let root = try jixiao.run(["--help"])
        #expect(root.stdout.contains("子命令："))
        #expect(root.stdout.contains("  tui（默认）             打开审核界面"))
        #expect(root.stdout.contains("  export                  导出审核后的文档"))
        let check = try jixiao.run(["check", "--help"])
        #expect(check.stdout.contains("--format <FORMAT>       输出格式（默认：text）"))
        #expect(check.stdout.contains("sarif             - SARIF 2.1.0"))
        let export = try jixiao.run(["export", "--help"])
        #expect(export.stdout.contains("text              - 原绩效文本版式"))
        #expect(export.stdout.contains("csv               - CSV 表格（每个指标一行）"))
    }
}
