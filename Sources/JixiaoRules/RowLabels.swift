import JixiaoModel

/// A row's standard 一级 and 二级 (`level1Key`, `level2Key`) and what rules read of them.
/// `ProjectReading` works them out once per row and check of a project: most rules ask
/// for them of every row, and a printed label that is not a standard name costs thousands
/// of instructions to name. Each property gives what the `Indicator` property of its name
/// gives.
struct RowLabels: Sendable {
    let level1: String
    let level2: String
    /// Whether `level1` and `level2` are plain text (`PlainScalars`). The frames' names are:
    /// a plain key equals one exactly when their bytes do, which needs no normalising of
    /// Chinese text; any other key is compared as Strings are.
    private let plain1: Bool, plain2: Bool

    init(_ i: Indicator) {
        level1 = i.level1Key
        level2 = i.level2Key
        plain1 = PlainScalars.all(level1)
        plain2 = PlainScalars.all(level2)
    }

    /// `level1 == name`, for a frame's name.
    func level1Is(_ name: String) -> Bool { plain1 ? level1.utf8.elementsEqual(name.utf8) : level1 == name }
    /// `level2 == name`, for a frame's name.
    func level2Is(_ name: String) -> Bool { plain2 ? level2.utf8.elementsEqual(name.utf8) : level2 == name }
    /// Whether `level2` is one of `names` (frames' names).
    func level2Is(oneOf names: [String]) -> Bool { names.contains { level2Is($0) } }

    private typealias L = IndicatorFrame.Level2

    var isQuantitativeDimension: Bool {
        level2Is(oneOf: Self.quantitativeDimensions) || level1Is(IndicatorFrame.satisfaction)
    }

    private static let quantitativeDimensions = [L.quantity, L.quality, L.timeliness, L.cost, L.economicCost,
                                                 L.serviceSatisfaction]

    var isCost: Bool { PlainScalars.hasSuffix(level2, L.cost) || level1Is(IndicatorFrame.cost) }

    var isMoneyCost: Bool {
        level2Is(L.cost) || level2Is(L.economicCost) || (level1Is(IndicatorFrame.cost) && level2.isEmpty)
    }

    var isSatisfaction: Bool { level1Is(IndicatorFrame.satisfaction) || level2Is(L.serviceSatisfaction) }

    var dimension: String { level2.isEmpty ? level1 : level2 }

    /// `Indicator.label`: how messages name the row.
    func label(_ i: Indicator) -> String {
        TextNormalization.withoutBlanks(i.name).isEmpty ? "\(dimension)下未写名称的一行" : "\(dimension)“\(i.name)”"
    }
}
