/// The words beside a 预算数合计 that leaves 部门整体支出绩效目标表 out, so that a reviewer
/// adding up the column by eye knows why the sum is smaller.
public enum BudgetTotalNote {
    public static func text(leavingOut departmentWide: Int) -> String {
        switch departmentWide {
        case 0: ""
        case 1: "（不含部门整体支出绩效目标表）"
        default: "（不含 \(departmentWide) 张部门整体支出绩效目标表）"
        }
    }
}
