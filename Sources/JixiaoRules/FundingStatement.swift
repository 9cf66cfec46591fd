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
              texts(row).nameDescription.mentions(Self.fundingStatements) else { return nil }
        let value = project.indicators[row - 1].value
        // A budget printed with no unit (`814`) is set only against a bare figure, in the same
        // unknown unit; an amount written with its unit cannot be compared.
        let unprinted = project.budgetUnitUnprinted
        if unprinted, value.quantity?.unit.isEmpty != true { return nil }
        guard let amount = value.amount(assuming: unprinted ? .yuan : Money.Unit(printed: project.unit.currency)),
              !amount.agrees(with: project.budget.total) else { return nil }
        return amount
    }

    /// A 数量指标 stating money (1-based `row`): an input, not an output (财预〔2015〕88号).
    func isQuantityStatingMoney(_ row: Int) -> Bool {
        guard labels(row).level2Is(IndicatorFrame.Level2.quantity) else { return false }
        let t = texts(row)
        if t.unitKind == .money { return true }
        return t.name.mentions(Self.moneyWords) && !Self.countsBeyondMoney(t.name.text)
    }

    /// Whether a name that mentions money counts something the money goes to: after its last
    /// money word come a counted thing and a count ending (`宗教管理经费补助县(市、区)数量`,
    /// `专项资金扶持企业数(家)`) — the thing counted is the output, the money only says which.
    /// `资金数量`, `经费金额`, `养护资金`, `资金总数` count the money itself.
    static func countsBeyondMoney(_ name: String) -> Bool {
        var tail = Substring(name)
        for w in Vocabulary.moneyWords {
            // After the last of each word in turn: the tail after the last money word of all.
            while let r = tail.firstRange(of: w) { tail = tail[r.upperBound...] }
        }
        tail = withoutClosingBrackets(tail)
        guard let ending = countEndings.first(where: { tail.hasSuffix($0) }) else { return false }
        // What is left once the ending and its brackets are gone must name a thing.
        return withoutClosingBrackets(tail.dropLast(ending.count)).contains { TextNormalization.isHan($0) && !notAThing.contains($0) }
    }

    /// `县(市、区)` → `县`, `数(家)` → `数`: brackets at the end taken off.
    private static func withoutClosingBrackets(_ text: Substring) -> Substring {
        var t = text
        while let close = t.last, close == ")" || close == "）", let open = t.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            t = t[..<open]
        }
        return t
    }

    private static let countEndings = ["数量", "个数", "人数", "户数", "家数", "次数", "人次", "数"]
    /// Characters that only say more about the money (`资金总数`, `经费的数量`).
    private static let notAThing: Set<Character> = ["的", "总", "额", "之"]

    private static let fundingStatements = WordList(Vocabulary.fundingStatements)
    private static let moneyWords = WordList(Vocabulary.moneyWords)
}
