import JixiaoModel
import JixiaoRules

/// One row per indicator, for a spreadsheet or another system: the project, 一级 / 二级 /
/// 三级, description, value, basis, the table's other columns, the project's review status
/// and the findings on the row. UTF-8 with a BOM, so Excel on Windows opens the Chinese
/// right. The columns are the same for every project; a draft says 草稿 in the 稿别 column
/// of every row (a line above the header would break the table for a program reading it).
public struct CSVFormat: ExportFormat {
    public init() {}

    public var id: String { "csv" }
    public var title: String { "CSV 表格（每个指标一行）" }
    public var fileExtension: String { "csv" }
    public var kind: ExportKind { .document }

    static let header = ["稿别", "单位编码", "项目序号", "项目编码", "项目名称", "审核状态", "指标行", "一级指标", "二级指标",
                         "三级指标", "绩效指标描述", "指标值", "指标值确定依据", "其他列", "问题"]

    public func render(_ input: ExportInput) -> [UInt8] {
        let d = input.document
        var csv = CSVWriter()
        csv.row(Self.header)
        let stage = ExportText.stage(input)
        for (k, p) in d.projects.enumerated() {
            let status = ExportText.status(d, k)
            let table = IndicatorTable(p)
            for (r, i) in p.indicators.enumerated() {
                let problems = input.findings(ofProjectAt: k, row: r + 1).map(ExportText.finding).joined(separator: "\n")
                csv.row([stage, d.department.code, String(p.number), p.code, p.name, status, String(r + 1),
                         i.level1, i.level2, i.name, i.description, i.value.raw, i.basis,
                         table.otherCells(row: r), problems])
            }
        }
        return csv.bytes
    }
}
