/// A field of the department part (部门整体绩效目标): a paragraph of 一、总体绩效目标, a
/// 分项绩效目标's goal or its indicators in prose, a paragraph of 三、工作保障措施. Each is
/// numbered by its position in its section (1-based), as `jixiao show 部门` and the
/// workstation number them — a lead paragraph without a printed number counts too.
/// Written `overall.summary.2`, `overall.subgoal.1.goal`, `overall.subgoal.1.indicators`,
/// `overall.measure.3`.
public enum OverallField: Hashable, Sendable {
    case summary(Int)
    case subGoal(Int, SubGoalPart)
    case measure(Int)

    public enum SubGoalPart: String, Hashable, Sendable, CaseIterable {
        case goal, indicators
        public var chinese: String {
            switch self {
            case .goal: "绩效目标"
            case .indicators: "绩效指标"
            }
        }
    }

    /// The dotted spelling after `overall.`: `summary.2`, `subgoal.1.goal`.
    public var description: String {
        switch self {
        case .summary(let n): "summary.\(n)"
        case .subGoal(let n, let part): "subgoal.\(n).\(part.rawValue)"
        case .measure(let n): "measure.\(n)"
        }
    }

    /// `总体绩效目标第 2 段`, `分项绩效目标 1 的绩效指标`, `工作保障措施第 3 段`.
    public var chinese: String {
        switch self {
        case .summary(let n): "总体绩效目标第 \(n) 段"
        case .subGoal(let n, let part): "分项绩效目标 \(n) 的\(part.chinese)"
        case .measure(let n): "工作保障措施第 \(n) 段"
        }
    }

    /// From the parts after `overall`; nil when they name no field.
    init?(parts: ArraySlice<String>) {
        let p = Array(parts)
        guard p.count >= 2, let n = Int(p[1]), n >= 1 else { return nil }
        switch (p[0], p.count) {
        case ("summary", 2): self = .summary(n)
        case ("measure", 2): self = .measure(n)
        case ("subgoal", 3):
            guard let part = SubGoalPart(rawValue: p[2]) else { return nil }
            self = .subGoal(n, part)
        default: return nil
        }
    }
}
