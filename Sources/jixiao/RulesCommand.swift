import ArgumentParser
import JixiaoReports
import JixiaoRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "规则目录：每条规则查什么、为什么、怎么改")

    @Argument(help: ArgumentHelp("规则编号，如 indicator.amount-vs-budget；省略时列出全部规则", valueName: "ID"))
    var id: String?

    @Flag(name: .customLong("markdown"), help: "输出规则参考（docs/rules.md 的内容）")
    var markdown = false

    func run() throws {
        if markdown {
            print(RuleReference.markdown(), terminator: "")
            return
        }
        if let id {
            guard let rule = RuleCatalogue.rule(id) else {
                let close = RuleCatalogue.all.map(\.id).filter { $0.contains(id) || id.contains($0) }
                throw CommandLineError("没有编号为 \(id) 的规则",
                                       hint: close.isEmpty ? "jixiao rules 列出全部规则" : "是否要找 \(close.joined(separator: "、"))")
            }
            print(RuleReference.detail(rule), terminator: "")
        } else {
            print(RuleReference.list(), terminator: "")
        }
    }
}
