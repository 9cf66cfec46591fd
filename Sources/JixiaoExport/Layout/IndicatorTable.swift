import JixiaoModel

/// A project's indicator table as every export lays it out: 一级, 二级, 三级, the
/// description, 指标值 and its basis where the table had them, then each other column the
/// table printed (权重, 指标方向性, 中期/长期 values, 备注, each area's value …) under its
/// printed header. A
/// 指标值 printed in parts (指标性质 / 目标值 / 度量单位) is shown put together, once.
/// The 一级 and 二级 spans say which cells a spreadsheet or a web page merges.
struct IndicatorTable {
    struct Column {
        var header: String
        /// The standard field it shows (nil for 一级 and for the table's other columns).
        var field: IndicatorField?
        /// Wide columns hold sentences; narrow ones figures and labels.
        var isText: Bool
        var cell: @Sendable (Indicator) -> String
    }

    var columns: [Column]
    /// One row of cells per indicator, in table order.
    var rows: [[String]]
    /// The rows (0-based, half-open) each 一级 cell spans.
    var level1Spans: [Range<Int>]
    /// The rows each 二级 cell spans; never across a 一级 boundary.
    var level2Spans: [Range<Int>]

    init(_ p: Project) {
        let layout = p.layout
        var cols: [Column] = [
            Column(header: IndicatorField.level1Title, field: nil, isText: false) { $0.level1 },
            Column(header: IndicatorField.level2.chinese, field: .level2, isText: false) { $0.level2 },
            Column(header: IndicatorField.name.chinese, field: .name, isText: true) { $0.name },
        ]
        // A column the table did not print stays out unless an edit filled it.
        if layout.hasDescriptionColumn || p.indicators.contains(where: { !$0.description.isEmpty }) {
            cols.append(Column(header: IndicatorField.description.chinese, field: .description, isText: true) { $0.description })
        }
        // A table with a value column per area and no total prints no 指标值: the areas'
        // columns below are its values (the one put together for the rules is not a cell).
        if !layout.composesValueFromAreas {
            cols.append(Column(header: IndicatorField.value.chinese, field: .value, isText: false) { $0.value.raw })
        }
        if layout.hasBasisColumn || p.indicators.contains(where: { !$0.basis.isEmpty }) {
            cols.append(Column(header: IndicatorField.basis.chinese, field: .basis, isText: false) { $0.basis })
        }
        for c in layout.extraColumns where !(c.term == nil && c.kind.isValuePart) {
            let isText = [.remark, .explanation, .valueContent, .other].contains(c.kind)
            cols.append(Column(header: c.header, field: nil, isText: isText) { i in
                i.extras.first { $0.header == c.header && $0.kind == c.kind && $0.term == c.term }?.text ?? ""
            })
        }
        columns = cols
        rows = p.indicators.map { i in cols.map { $0.cell(i) } }
        level1Spans = Self.spans(p.indicators.indices, same: { p.indicators[$0].level1 == p.indicators[$1].level1 })
        level2Spans = level1Spans.flatMap { block in
            Self.spans(block, same: { p.indicators[$0].level2 == p.indicators[$1].level2 })
        }
    }

    /// Runs of consecutive rows that `same` joins.
    static func spans(_ rows: Range<Int>, same: (Int, Int) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = rows.lowerBound
        for r in rows where r > start && !same(r - 1, r) {
            out.append(start..<r)
            start = r
        }
        if start < rows.upperBound { out.append(start..<rows.upperBound) }
        return out
    }

    /// A row's cells in the table's other columns as one text, `权重：10；指标方向性：正向指标`,
    /// for formats whose columns are the same for every project (CSV).
    func otherCells(row r: Int) -> String {
        let standard = Set([IndicatorField.level1Title] + IndicatorField.allCases.map(\.chinese))
        return zip(columns, rows[r]).filter { !standard.contains($0.0.header) && !$0.1.isEmpty }
            .map { "\($0.0.header)：\($0.1)" }.joined(separator: "；")
    }
}
