import JixiaoModel

extension ProjectContext {
    /// The amount a row (1-based `row`) states as the project's whole funding (its name or
    /// description says 所需资金, 经费金额 …), when it disagrees with the project's budget at
    /// the precision it was written in; nil otherwise, and nil when the table gives no
    /// budget. A bare number or `57.66万` is read in the table's unit (`单位：万元`): the row
    /// says it is money. `indicator.amount-vs-budget` reports such a row, so
    /// `indicator.cost-above-budget` and `indicator.input-as-output` leave it alone: one
    /// piece of advice per cell.
    func fundingStatement(_ row: Int) -> WrittenAmount? {
        let project = self.project
        guard project.budget.totalSource != .missing,
              texts(row).nameDescription.mentions(Self.fundingStatements),
              let amount = project.indicators[row - 1].value.amount(assuming: Money.Unit(printed: project.unit.currency)),
              !amount.agrees(with: project.budget.total) else { return nil }
        return amount
    }

    /// A 数量指标 stating money (1-based `row`): an input, not an output (财预〔2015〕88号).
    func isQuantityStatingMoney(_ row: Int) -> Bool {
        labels(row).level2Is(IndicatorFrame.Level2.quantity)
            && (texts(row).unitKind == .money || texts(row).name.mentions(Self.moneyWords))
    }

    private static let fundingStatements = WordList(Vocabulary.fundingStatements)
    private static let moneyWords = WordList(Vocabulary.moneyWords)
}
