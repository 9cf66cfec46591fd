/// Every rule Jixiao checks, in the order reports list them: 完整性, 适当性, 相关性,
/// 可行性, 规范.
public enum RuleCatalogue {
    public static let all: [Rule] = [
        codeFormat, codeDuplicate, contentsMismatch, goalsMissing, level1Missing, outputDimensionMissing,
        rowIncomplete, level2Frame,
        fiscalSum, usageArithmetic, amountVsBudget, costAboveBudget,
        notQuantified, unitMismatch, vagueWording, inputAsOutput, level2Meaning, misplaced, copiedText,
        duplicateProject,
        basisCategory, basisFit, planMissingFigures, planInvalidFigures, planYearEnd,
        planUnlabelledFigure, extractionDamage, uniformSatisfaction,
    ]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
