/// Every rule Jixiao checks, in the order reports list them: 完整性, 适当性, 相关性,
/// 可行性, 规范, then the rules across documents. Each rule lives in its own file under `Rules/`, as `enum Name { static let
/// rule }` with its helpers private; a test fails when a file there is missing here.
public enum RuleCatalogue {
    public static let all: [Rule] = [
        NameMissing.rule, DepartmentWide.rule, CodeFormat.rule, CodeAbsent.rule, CodeDuplicate.rule, ContentsMismatch.rule, GoalsMissing.rule, Level1Missing.rule,
        OutputDimensionMissing.rule, RowIncomplete.rule, CoreInParts.rule, AreaValuesNote.rule, ValueUnfilled.rule, BasisAbsent.rule, Level2Frame.rule,
        WeightsSum.rule, BudgetMissing.rule, BudgetDepartmentAbsent.rule, CurrencyAbsent.rule,
        FiscalSum.rule, UsageArithmetic.rule, AmountVsBudget.rule, CostAboveBudget.rule, CostZero.rule,
        NotQuantified.rule, ValueVsDescription.rule, ValueVsName.rule, UnitMissing.rule, UnitMismatch.rule, UnitUnfit.rule, UnitColumnClash.rule, ComparatorDirection.rule, BarePercent.rule, VagueWording.rule, DeadlineYear.rule, InputAsOutput.rule, Level2Meaning.rule, Misplaced.rule, UnrelatedIndicator.rule, DuplicateIndicator.rule,
        GoalsReportStyle.rule, GoalsFundingOnly.rule, SubGoalNotQuantified.rule,
        CopiedText.rule, DuplicateProject.rule,
        BasisCategory.rule, BasisFit.rule, PlanAbsent.rule, PlanMissingFigures.rule, PlanInvalidFigures.rule, PlanYearEnd.rule,
        PlanUnlabelledFigure.rule, GoalsNumbering.rule, TemplatePlaceholder.rule, ExtractionDamage.rule, ReadingDoubt.rule, InvisibleText.rule, UniformSatisfaction.rule,
        // Across the documents of a workspace (departments, years): `RuleEngine.checkSet`.
        SharedCode.rule, FundedTwice.rule, IndicatorsUnchanged.rule, TargetLowered.rule, ProjectsChanged.rule,
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
