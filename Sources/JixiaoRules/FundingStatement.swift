import JixiaoModel

extension Indicator {
    /// The amount a row states as the project's whole funding (its name or description says
    /// 所需资金, 经费金额 …), when it disagrees with `budget` at the precision it was written
    /// in; nil otherwise. `indicator.amount-vs-budget` reports such a row, so
    /// `indicator.cost-above-budget` leaves it alone.
    func fundingStatement(disagreeingWith budget: Money) -> WrittenAmount? {
        guard Vocabulary.mentions(name + description, Vocabulary.fundingStatements),
              let amount = value.amount, !amount.agrees(with: budget) else { return nil }
        return amount
    }
}
