/// Every rule Jixiao checks, in the order reports list them: 完整性, 适当性, 相关性,
/// 可行性, 规范. Each rule lives in its own file under `Rules/`, as `enum Name { static let
/// rule }` with its helpers private; a test fails when a file there is missing here.
public enum RuleCatalogue {
    public static let all: [Rule] = [
        CodeFormat.rule, CodeDuplicate.rule, ContentsMismatch.rule, GoalsMissing.rule, Level1Missing.rule,
        OutputDimensionMissing.rule, RowIncomplete.rule, Level2Frame.rule,
        FiscalSum.rule, UsageArithmetic.rule, AmountVsBudget.rule, CostAboveBudget.rule,
        NotQuantified.rule, UnitMismatch.rule, VagueWording.rule, InputAsOutput.rule, Level2Meaning.rule, Misplaced.rule,
        CopiedText.rule, DuplicateProject.rule,
        BasisCategory.rule, BasisFit.rule, PlanMissingFigures.rule, PlanInvalidFigures.rule, PlanYearEnd.rule,
        PlanUnlabelledFigure.rule, ExtractionDamage.rule, InvisibleText.rule, UniformSatisfaction.rule,
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
