import ArgumentParser

struct Jixiao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jixiao",
        abstract: "绩效 Jixiao：部门预算绩效文本审核工作台",
        discussion: """
        不带子命令时打开审核界面；首次运行会先建立含示例文档的工作区。
        工作区：-w 目录，或环境变量 JIXIAO_WORKSPACE，或当前目录（若是工作区），否则为默认位置。
        """,
        version: "0.1.0",
        subcommands: [
            TuiCommand.self, ImportCommand.self, CheckCommand.self, ShowCommand.self, SetCommand.self, ReviewCommand.self,
            WaiveCommand.self, UnwaiveCommand.self, GradeCommand.self, ChangesCommand.self,
            ExportCommand.self, ReportCommand.self, VerifyCommand.self, LogCommand.self, RulesCommand.self,
        ],
        defaultSubcommand: TuiCommand.self
    )
}
