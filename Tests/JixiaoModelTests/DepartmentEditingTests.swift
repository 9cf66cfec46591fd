import Foundation
import Testing
@testable import JixiaoModel

/// The department part (部门整体绩效目标) as fields: spelled `overall.…`, addressed as
/// project 0, set, compared and undone like a project's.
@Suite struct DepartmentEditingTests {
    static func document() -> Document {
        var d = tinyDocument()
        d.overall = OverallTargets(
            summary: [Paragraph(text: "提高服务保障水平。", line: 3), Paragraph(text: "推进节能工作。", line: 4)],
            subGoals: [SubGoal(number: 1, goal: "搞好服务保障。", indicators: "保障完成率。", line: 5, indicatorsLine: 6)],
            measures: [Paragraph(text: "加强组织实施。", line: 7), Paragraph(number: 1, text: "完善制度建设。", line: 8)])
        return d
    }

    let doc = Self.document()

    @Test func spellingsRoundTrip() throws {
        for s in ["overall.summary.1", "overall.summary.12", "overall.subgoal.3.goal", "overall.subgoal.3.indicators",
                  "overall.measure.2"] {
            let field = try #require(ProjectField(parsing: s), "\(s)")
            #expect(field.isOverall)
            #expect(field.description == s)
            // Encoded as the journal writes it, and back.
            let json = try JSONEncoder().encode(FieldChange(project: 0, code: "", field: field, old: "a", new: "b"))
            #expect(String(decoding: json, as: UTF8.self).contains("\"\(s)\""))
            #expect(try JSONDecoder().decode(FieldChange.self, from: json).field == field)
        }
        for bad in ["overall", "overall.summary", "overall.summary.0", "overall.summary.x", "overall.subgoal.1",
                    "overall.subgoal.1.name", "overall.measure.1.goal", "overall.goal.1", "summary.1"] {
            #expect(ProjectField(parsing: bad) == nil, "\(bad)")
        }
        // A project's spellings are not the department's.
        #expect(ProjectField(parsing: "goal.1")?.isOverall == false)
        #expect(ProjectField.overall(.subGoal(1, .indicators)).chinese == "分项绩效目标 1 的绩效指标")
        #expect(FieldPath.department(.measure(2)).place == "部门" && FieldPath(projectIndex: 2, field: .name).place == "项目 3")
    }

    @Test func readsAndSetsEachField() throws {
        #expect(doc.value(at: .department(.summary(2))) == "推进节能工作。")
        #expect(doc.value(at: .department(.subGoal(1, .indicators))) == "保障完成率。")
        #expect(doc.value(at: .department(.measure(2))) == "完善制度建设。")
        #expect(doc.value(at: .department(.summary(3))) == nil)
        var d = try doc.setting(.department(.summary(2)), to: "  深入推进公共机构节能工作。 ")
        d = try d.setting(.department(.subGoal(1, .goal)), to: "为入驻单位提供服务。")
        d = try d.setting(.department(.subGoal(1, .indicators)), to: "")
        d = try d.setting(.department(.measure(2)), to: "完善后勤保障制度。")
        #expect(d.overall.summary.map(\.text) == ["提高服务保障水平。", "深入推进公共机构节能工作。"])
        #expect(d.overall.subGoals[0].goal == "为入驻单位提供服务。" && d.overall.subGoals[0].indicators.isEmpty)
        // What the paragraph was printed with stays: its number and its line.
        #expect(d.overall.measures[1] == Paragraph(number: 1, text: "完善后勤保障制度。", line: 8))
        #expect(d.projects == doc.projects)
        #expect(doc.departmentFieldPaths().map(\.field.description) == [
            "overall.summary.1", "overall.summary.2", "overall.subgoal.1.goal", "overall.subgoal.1.indicators",
            "overall.measure.1", "overall.measure.2",
        ])
    }

    @Test func refusals() {
        func refusal(_ path: FieldPath, _ text: String) -> String? {
            #expect(throws: EditError.self) { try doc.setting(path, to: text) }
            do { _ = try doc.setting(path, to: text) } catch { return error.message }
            return nil
        }
        #expect(refusal(.department(.summary(3)), "x") == "总体绩效目标没有第 3 段（共 2 段）")
        #expect(refusal(.department(.subGoal(2, .goal)), "x") == "没有分项绩效目标 2（共 1 条）")
        #expect(refusal(.department(.measure(1)), " ")?.hasPrefix("工作保障措施第 1 段不能为空") == true)
        #expect(refusal(.department(.summary(1)), "一\n二")?.contains("一段只能是一行文字") == true)
        #expect(refusal(.department(.summary(1)), "x\u{1B}[2J")?.contains("控制字符") == true)
        // The department part has no project field, and a project no department field.
        #expect(refusal(FieldPath(projectIndex: FieldPath.departmentIndex, field: .name), "x")?.hasPrefix("部门整体绩效目标没有项目名称") == true)
        #expect(refusal(FieldPath(projectIndex: 0, field: .overall(.summary(1))), "x") == "总体绩效目标第 1 段属于部门整体绩效目标，不属于项目 1")
        #expect(doc.value(at: FieldPath(projectIndex: 0, field: .overall(.summary(1)))) == nil)
    }

    /// Undo takes back a department edit as it does a project's: the change names project 0,
    /// and its inverse puts the text back.
    @Test func recordedChangeAndItsInverse() throws {
        let after = try doc.setting(.department(.measure(1)), to: "加强组织领导。")
        let change = RecordChange.between(doc, after)
        #expect(change.fields == [FieldChange(project: 0, code: "", field: .overall(.measure(1)), old: "加强组织实施。", new: "加强组织领导。")])
        #expect(change.touchesDepartment && change.projectIndices.isEmpty)
        #expect(try change.apply(to: doc) == after)
        #expect(try change.inverse.apply(to: after) == doc)
        let refused = #expect(throws: EditError.self) { try change.apply(to: after) }
        #expect(refused?.message.hasPrefix("部门 的工作保障措施第 1 段应为“加强组织实施。”") == true)
    }

    @Test func changedSinceImportAndDifferences() throws {
        var now = try doc.setting(.department(.summary(1)), to: "提高后勤服务保障水平。")
        now = try now.setting(FieldPath(projectIndex: 0, field: .name), to: "测试项目二")
        let stamp = ChangeStamp(seq: 2, actor: "甲", time: "t")
        let changed = now.changedFields(since: doc, stamps: [.department(.summary(1)): stamp])
        #expect(changed.map(\.path) == [.department(.summary(1)), FieldPath(projectIndex: 0, field: .name)])
        #expect(changed[0].imported == "提高服务保障水平。" && changed[0].current == "提高后勤服务保障水平。" && changed[0].stamp == stamp)
        #expect(now.changedFields(since: doc, stamps: [:], project: FieldPath.departmentIndex).count == 1)
        #expect(now.changedFields(since: doc, stamps: [:], project: 0).map(\.path.field) == [.name])
        #expect(now.isChanged(.department(.summary(1)), since: doc) && !now.isChanged(.department(.summary(2)), since: doc))
        #expect(now.differences(from: doc).first == "部门 overall.summary.1：“提高服务保障水平。” → “提高后勤服务保障水平。”")
    }

    /// An approved project is not reopened by an edit to the department part: it is no
    /// project's content.
    @Test func aDepartmentEditReopensNoProject() throws {
        let approved = try doc.applying(.approve, toProjectAt: 0, comment: nil, reviewer: "甲", time: "t")
        let (edited, reopened) = try approved.editing(.department(.summary(1)), to: "新的一段。")
        #expect(!reopened)
        #expect(edited.review == approved.review)
    }
}
