import Testing
import JixiaoModel
@testable import JixiaoRules

/// `indicator.level2-frame` says a block read another way once, on its first row — once per
/// reading: two kinds of block read as the same 一级 are two faults.
@Suite struct Level2FrameTests {
    func frameFindings(_ edit: (inout Document) -> Void) -> [Finding] {
        var d = ExampleDocument.clean
        edit(&d)
        return RuleEngine().check(d).all.filter { $0.rule == "indicator.level2-frame" && $0.projectIndex == 0 }
    }

    /// Rows 1–2 with the 一级 blank (数量指标, 质量指标: read as 产出指标), rows 3–4 under an
    /// umbrella 一级 with 产出指标 in the 二级 column (read as 产出指标 too). Before: only the
    /// blank block was said; the umbrella block was heard of after that one was filled in.
    @Test func blankAndUmbrellaBlocksOfTheSameLevel1AreBothSaid() {
        let found = frameFindings { d in
            for r in 1...2 { d[project: 1][row: r].level1 = "" }
            for r in 3...4 {
                d[project: 1][row: r].level1 = "实施效果指标"
                d[project: 1][row: r][.level2] = "产出指标"
            }
        }
        #expect(found.map(\.location.row) == [1, 3])
        #expect(found.first?.message.contains("一级指标一栏空着") == true)
        #expect(found.last?.message.contains("实施效果指标") == true)
    }

    /// Each kind of block is still said once however many rows it has.
    @Test func eachBlockIsSaidOnce() {
        let blank = frameFindings { d in for r in 1...4 { d[project: 1][row: r].level1 = "" } }
        #expect(blank.map(\.location.row) == [1])
        let umbrella = frameFindings { d in
            for r in 1...4 {
                d[project: 1][row: r][.level2] = d[project: 1][row: r].level1
                d[project: 1][row: r].level1 = "实施效果指标"
            }
        }
        #expect(umbrella.map(\.location.row) == [1])
    }
}
