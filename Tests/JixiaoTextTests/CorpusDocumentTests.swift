import JixiaoModel
import Testing
@testable import JixiaoText

/// The reader on every corpus file: what a reviewer sees in it, pinned field by field.
@Suite struct CorpusDocumentTests {
    @Test func everyFileHasExpectations() {
        #expect(CorpusFiles.names.count == 14)
        #expect(CorpusFiles.names == corpusExpectations.map(\.file))
    }

    @Test(arguments: corpusExpectations)
    func document(_ e: CorpusExpectation) throws {
        let d = try CorpusFiles.read(e.file)
        #expect(d.id == e.id)
        #expect(d.department.code == e.unitCode)
        #expect(d.department.unitName == e.unitName)
        #expect(d.department.name == e.departmentName)
        #expect(d.department.year == e.year)
        #expect(d.department.currency == e.currency)
        #expect(d.projects.count == 1)
        let p = try #require(d.projects.first)
        #expect(p.number == 1)
        #expect(p.heading == e.heading)
        #expect(p.name == e.name)
        #expect(p.code == "", "no corpus table prints a 项目编码")
        #expect(p.unit.code == e.unitCode)
        #expect(p.unit.currency == e.currency)
        #expect(p.frame == e.frame)
        #expect(p.goals.count == e.goals)
        #expect(p.notes.map(\.text) == e.notes)

        // No source has a spending plan; every file prints the six-column header.
        #expect(!p.layout.hasSpendingPlan)
        #expect(p.spendingPlan.checkpoints.isEmpty)
        #expect(p.layout.indicatorColumns == IndicatorColumn.standardSix)
        #expect(p.layout.hasBasisColumn)

        for (part, expected) in [(Budget.Part.total, e.total), (.fiscal, e.fiscal), (.other, e.other)] {
            #expect(amount(p.budget, part) == expected, "\(part.chinese)")
        }
        #expect(p.budget.defects.map(\.part) == e.doubled)

        let rows = p.indicators.map { i in
            [i.level1, i.level2, i.name, i.value.raw,
             i.standardLevel1 == i.level1 ? "=" : i.standardLevel1,
             i.standardLevel2 == i.level2 ? "=" : i.standardLevel2].joined(separator: "|")
        }
        #expect(rows == e.rows)
        #expect(p.indicators.map(\.line) == Array(e.firstRowLine..<e.firstRowLine + e.rows.count))
        #expect(p.indicators.allSatisfy { $0.extras.isEmpty })
    }

    func amount(_ b: Budget, _ part: Budget.Part) -> ExpectedAmount {
        let f = b.figure(part)
        let yuan = b.amount(part).fen / 100
        switch f.source {
        case .stated: return .stated(yuan, printed: f.printed)
        case .derived: return .derived(yuan)
        case .missing:
            #expect(b.amount(part) == .zero)
            return .missing
        }
    }

    @Test func fileWithNoAmountsAtAll() throws {
        let d = try CorpusFiles.read("07-ganzi-shichang-jianguan-shipin-anquan.txt")
        #expect(d.projects[0].budget.hasNoAmounts)
        #expect(d.totalBudget == .zero)
    }

    @Test func goalsInTwoParts() throws {
        let d = try CorpusFiles.read("12-luan-nongchanpin-zhijian-2024.txt")
        let goals = d.projects[0].goals.map(\.text)
        #expect(goals[0].hasPrefix("中期目标(2024年—2026年)：通过项目实施"))
        #expect(goals[1].hasPrefix("年度目标：通过项目实施"))
    }
}

extension CorpusExpectation: CustomTestStringConvertible {
    var testDescription: String { file }
}
