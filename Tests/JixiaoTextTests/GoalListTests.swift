import JixiaoModel
import Testing
import JixiaoText

@Suite struct GoalListTests {
    @Test func numberedGoals() {
        let g = GoalList.split("1. 提高财政资金使用效益。 2. 保证设备的正常运转。 3. 搞好服务保障。")
        #expect(g.map(\.number) == [1, 2, 3])
        #expect(g.map(\.text) == ["提高财政资金使用效益。", "保证设备的正常运转。", "搞好服务保障。"])
    }

    @Test func goalWithoutFinalStop() {
        let g = GoalList.split("1. 提高效益。 2. 做好监督管理等工作 3. 有序开展。")
        #expect(g.map(\.text) == ["提高效益。", "做好监督管理等工作", "有序开展。"])
    }

    @Test func decimalsAreNotMarkers() {
        let g = GoalList.split("1. 完成 1.5 万平方米改造。 2. 验收。")
        #expect(g.map(\.text) == ["完成 1.5 万平方米改造。", "验收。"])
    }

    @Test func unnumberedTextIsOneGoal() {
        #expect(GoalList.split("保障运行").map(\.text) == ["保障运行"])
        #expect(GoalList.split("  ").isEmpty)
    }

    @Test func otherMarkers() {
        #expect(GoalList.split("1、甲；2、乙").map(\.text) == ["甲；", "乙"])
    }
}
