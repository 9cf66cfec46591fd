import JixiaoModel

extension Indicator {
    /// The amount a row states as the project's whole funding (its name or description says
    /// 所需资金, 经费金额 …), when it disagrees with the project's budget at the precision it
    /// was written in; nil otherwise, and nil when the table gives no budget. A bare number
    /// or `57.66万` is read in the table's unit (`单位：万元`): the row says it is money.
    /// `indicator.amount-vs-budget` reports such a row, so `indicator.cost-above-budget` and
    /// `indicator.input-as-output` leave it alone: one piece of advice per cell.
    func fundingStatement(in project: Project) -> WrittenAmount? {
        guard project.budget.totalSource != .missing,
              Vocabulary.mentions(name + description, Vocabulary.fundingStatements),
              let amount = value.amount(assuming: Money.Unit(printed: project.unit.currency)),
              !amount.agrees(with: project.budget.total) else { return nil }
        return amount
    }

    /// A 数量指标 stating money: an input, not an output (财预〔2015〕88号).
    var isQuantityStatingMoney: Bool {
        level2Key == IndicatorFrame.Level2.quantity
            && (value.quantity?.unitKind == .money || Vocabulary.mentions(name, Vocabulary.moneyWords))
    }
}
