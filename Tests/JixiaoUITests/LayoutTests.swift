import JixiaoModel
import JixiaoRules
import Testing
@testable import JixiaoUI

/// The layout counts lines without drawing them; drawing must then produce exactly that
/// many, or scrolling and selection would be off by the difference.
@Suite struct LayoutTests {
    /// The sample, and the sample with the parts that are drawn specially made empty or odd.
    static let documents: [Document] = {
        var odd = sampleDocument
        odd.projects[0].goals = []
        odd.projects[1].spendingPlan.checkpoints = []
        odd.projects[2].spendingPlan.checkpoints[0].labelled = false
        odd.projects[3].usage = ""
        odd.projects[4].usage = String(repeating: "保障机关正常运转，", count: 30)
        odd.overall = OverallTargets()
        return [sampleDocument, odd]
    }()

    static let widths = [60, 61, 79, 80, 97, 120, 200]

    @Test(arguments: widths)
    func projectPartsDrawTheirHeight(_ width: Int) {
        for doc in Self.documents {
            let findings = RuleEngine().check(doc).all
            for (i, p) in doc.projects.enumerated() {
                let body = ProjectBody(p, width: width)
                for item in BodyItem.stacked(body.parts(findings: findings.filter { $0.projectIndex == i })) {
                    #expect(body.lines(of: item, glyphs: .unicode).count == item.height, "project \(p.number) \(item.kind) at \(width)")
                }
            }
        }
    }

    /// The selected part counts its detail lines too, and draws exactly that many.
    @Test(arguments: widths)
    func theSelectedPartDrawsItsDetailLines(_ width: Int) {
        for doc in Self.documents + [ReadingTests.withExtraColumns] {
            var s = AppState(document: doc, width: width, height: 40)
            for (i, p) in doc.projects.enumerated() {
                let body = ProjectBody(p, width: width)
                for k in s.withProject(i).detailLayout.items.indices {
                    var screen = ProjectScreen(index: i)
                    screen.cursor.item = k
                    s.screen = .project(screen)
                    let item = s.detailLayout.items[k]
                    #expect(body.lines(of: item, glyphs: .unicode, expanded: true).count == item.height,
                            "project \(p.number) \(item.kind) at \(width)")
                }
            }
        }
    }

    @Test(arguments: widths)
    func departmentParagraphsDrawTheirHeight(_ width: Int) {
        for doc in Self.documents {
            let body = DepartmentBody(doc.overall, width: width)
            for item in BodyItem.stacked(body.parts) {
                #expect(body.lines(of: item).count == item.height, "\(item.kind) at \(width)")
            }
        }
    }

    @Test(arguments: widths)
    func findingsDrawTheirHeight(_ width: Int) {
        let findings = RuleEngine().check(sampleDocument).all
        let blocks = FindingsPanel.blocks(findings, width: width)
        let lines = FindingsPanel.lines(blocks, findings, selected: 0, focused: true, width: width)
        #expect(lines.count == blocks.reduce(0) { $0 + $1.height })
        if width == 80 {
            // Both ways of placing the rule's id are exercised.
            #expect(blocks.contains { $0.tagFitsAdvice } && blocks.contains { !$0.tagFitsAdvice })
        }
    }

    /// From the smallest size up, the areas stack without gaps or overlaps down to the
    /// status line on the last row.
    @Test func areasTileTheScreen() {
        for height in AppState.minimumHeight...60 {
            var s = AppState(document: sampleDocument, width: 80, height: height)
            let o = OverviewLayout(s)
            #expect([o.title, o.summary, o.rule, o.columnTitles, o.list, o.previewRule, o.preview].map(\.bottom) ==
                    [o.summary.y, o.rule.y, o.columnTitles.y, o.list.y, o.previewRule.y, o.preview.y, o.status.y])
            #expect(o.status.y == height - 1)
            s = Reducer.reduce(s, .down).0
            s = Reducer.reduce(s, .open).0
            let d = s.detailLayout
            #expect([d.title, d.body, d.separator, d.panel].map(\.bottom) == [d.body.y, d.separator.y, d.panel.y, d.status.y])
            #expect(d.panel.height >= DetailLayout.minimumPanelHeight && d.body.height >= 1)
        }
    }

    @Test func itemsStackFromTheTop() {
        let items = BodyItem.stacked([(.header, [], 1), (.usage, [], 3), (.plan, [], 0), (.goals, [], 2)])
        #expect(items.map(\.lines) == [0..<1, 1..<4, 4..<4, 4..<6])
    }
}
