import JixiaoModel
import Testing
@testable import JixiaoRules
@testable import JixiaoText

/// Which pieces of another project's name `indicator.copied-text` takes as that project's
/// subject. Real: 井研县马踏镇人民政府 2023 (judge-docs j4), whose second project's goal
/// (基层组织活动经费) names `党员干部教育培训` — a normal part of that project, not the first
/// project's 村组干部报酬.
@Suite struct CopiedSubjectTests {
    /// The unit's two projects as its 一体化 sheet lists them, the second's goal `goal`.
    static func mata(goal: String) throws -> Document {
        let sheet = [
            "部门预算项目绩效目标申报表(2023年度)",
            "金额单位:元",
            "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性",
            "820001-井研县马踏镇人民政府\t村组干部报酬\t3,309,840.00\t按时发放村组干部报酬\t效益指标\t社会效益指标\t维护社会稳定\t≥\t95\t%\t10\t正向指标",
            "\t\t\t\t产出指标\t数量指标\t村组干部230人\t≥\t230\t个\t10\t正向指标",
            "\t基层组织活动经费\t660,000.00\t\(goal)\t满意度指标\t服务对象满意度指标\t辖区内群众满意度\t≥\t95\t%\t10\t正向指标",
            "\t\t\t\t产出指标\t质量指标\t保障村社区正常运转\t≥\t95\t%\t20\t正向指标",
        ].joined(separator: "\n")
        return try DocumentReader.read(text: sheet)
    }

    static func copied(_ d: Document) -> [Finding] {
        RuleEngine().check(d).all.filter { $0.rule == "indicator.copied-text" }
    }

    @Test func aWordFromTheMiddleOfAnotherNameIsNotItsSubject() throws {
        let d = try Self.mata(goal: "包括必要的办公用品费、水电费、报刊费等村社区办公经费,基层党组织开展组织活动、党员干部教育培训,群团活动开展,组织活动场所维护等。")
        #expect(d.projects.map(\.name) == ["村组干部报酬", "基层组织活动经费"])
        #expect(Self.copied(d).isEmpty, "\(Self.copied(d).map(\.message))")
    }

    @Test func theOtherProjectsSubjectCopiedIsStillCaught() throws {
        // The first project's goal copied: its subject whole, its start or its end.
        for (goal, term) in [("按时发放村组干部报酬", "村组干部报酬"), ("保障村组干部开展活动", "村组干部"), ("及时发放干部报酬", "干部报酬")] {
            let found = Self.copied(try Self.mata(goal: goal))
            #expect(found.count == 1, "\(goal)")
            #expect(found.first?.message.contains("提到“\(term)”（项目 1“村组干部报酬”的内容）") == true, "\(found.map(\.message))")
        }
    }

    @Test func twoCharactersCountOnlyAtAnEndOfTheSubject() {
        // 村组干部报酬: 村组 and 报酬 reach an end, 干部 and 组干 do not.
        #expect(SubjectIndex.reachesAnEnd(0, 2, of: 6))
        #expect(SubjectIndex.reachesAnEnd(4, 2, of: 6))
        #expect(!SubjectIndex.reachesAnEnd(2, 2, of: 6))
        #expect(!SubjectIndex.reachesAnEnd(1, 2, of: 6))
        // A subject of two characters is whole wherever it is met (保洁).
        #expect(SubjectIndex.reachesAnEnd(0, 2, of: 2))
    }
}
