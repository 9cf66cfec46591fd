/// 资金支出计划（%）: the share of the budget spent by each checkpoint, with the
/// checkpoints the table actually had.
public struct SpendingPlan: Hashable, Sendable, Codable {
    public var checkpoints: [Checkpoint]

    public init(checkpoints: [Checkpoint]) {
        self.checkpoints = checkpoints
    }

    /// Whether any checkpoint has a figure.
    public var hasFigures: Bool { checkpoints.contains { !$0.figure.isEmpty } }

    public func checkpoint(month: Int) -> Checkpoint? {
        checkpoints.first { $0.month == month }
    }
}

/// One checkpoint: `6月底` and its figure (`50.00%`), or an empty cell.
public struct Checkpoint: Hashable, Sendable, Codable {
    /// The month the checkpoint ends: 3, 6, 10 or 12 in Hebei's tables.
    public var month: Int
    /// The figure as written, `""` when the cell is empty.
    public var figure: String
    /// False when the table printed a figure with no checkpoint above it (the month is
    /// then the next in the usual sequence).
    public var labelled: Bool

    public init(month: Int, figure: String, labelled: Bool = true) {
        self.month = month
        self.figure = figure
        self.labelled = labelled
    }

    public var label: String { "\(month)月底" }

    /// The figure as a percentage (`25.00%` → 25), nil when empty or not a number.
    public var percent: DecimalText? {
        var t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(figure))
        if t.hasSuffix("%") { t.removeLast() }
        return DecimalText(t)
    }

    /// The months that follow each other in Hebei's plans; used to name a figure the
    /// header left without a checkpoint.
    public static let usualMonths = [3, 6, 10, 12]
}
