import JixiaoModel
import JixiaoText
import Testing
@testable import JixiaoSynthetic

/// The synthetic district must read as what it claims to be: distinct units with their
/// own codes, names and amounts, every table read by the real reader.
struct SyntheticBureauTests {
    let bureau = try! SyntheticBureau.withDevelopmentCorpus()

    @Test func everyDocumentReadsAsItsUnitWithItsProjects() throws {
        let files = bureau.documents(count: 40)
        #expect(files.count == 40)
        var ids = Set<String>()
        var codes: [String: Set<String>] = [:]
        var budgets = Set<Money>()
        for f in files {
            let d = try DocumentReader.read(bytes: f.bytes)
            #expect(d.department.code == f.unitCode, "\(f.name)")
            #expect(d.department.year == f.year)
            #expect(d.projects.count == 13, "\(f.name)")
            ids.insert(d.id)
            for p in d.projects where !p.code.isEmpty { codes[p.code, default: []].insert(d.department.code) }
            budgets.formUnion(d.projects.map(\.budget.total))
        }
        #expect(ids.count == 40, "one document per unit and year")
        // The sample's tables print codes, the corpus's do not: most projects have one,
        // and two units share a code only where the generator means it (one in fifty
        // documents); a unit's two years share the codes of continuing projects.
        #expect(codes.count > 300)
        #expect(codes.values.filter { $0.count > 1 }.count == 1)
        #expect(budgets.count > 300, "amounts differ")
    }

    /// The text export of every synthetic document (the sample's tables and the corpus's
    /// layouts, renamed and rescaled) reads back as the document: no export needs a note.
    @Test func everyDocumentsTextExportReadsBack() throws {
        for f in bureau.documents(count: 60, projects: 13, seed: 7) {
            let d = try DocumentReader.read(bytes: f.bytes)
            let differences = DocumentWriter.readBackDifferences(of: d, text: DocumentWriter.write(d))
            #expect(differences.isEmpty, "\(f.name): \(differences)")
        }
    }

    @Test func sampleQuirksAndCorpusLayoutsAreKept() throws {
        let files = bureau.documents(count: 8)
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        // The sample's extraction damage: a space inside a project code, a wrapped label.
        #expect(text.contains("预算规模 及资金用途"))
        #expect(try DocumentReader.read(bytes: files[0].bytes).projects.contains { p in
            text.contains(String(p.code.dropLast()) + " " + String(p.code.last!))
        })
        // Document 4 mixes in corpus tables: amounts printed in 万元 in the cell.
        let mixed = try DocumentReader.read(bytes: files[3].bytes)
        #expect(mixed.projects.contains { $0.code.isEmpty })
        #expect(mixed.projects.contains { $0.unit.currency == "万元" })
    }

    @Test func aUnitsPreviousYearContinuesMostProjects() throws {
        let files = bureau.documents(count: 10)
        let now = try DocumentReader.read(bytes: files[8].bytes)
        let before = try DocumentReader.read(bytes: files[9].bytes)
        #expect(before.department.code == now.department.code)
        #expect(before.department.year == now.department.year - 1)
        let continuing = Set(now.projects.map(\.code)).intersection(before.projects.map(\.code))
        #expect(continuing.count == 12)
        #expect(now.projects.map(\.budget.total) != before.projects.map(\.budget.total))
    }

    @Test func theSameSeedWritesTheSameFiles() {
        #expect(bureau.documents(count: 5) == bureau.documents(count: 5))
        #expect(bureau.documents(count: 5, seed: 1) != bureau.documents(count: 5, seed: 2))
    }

    @Test func figuresAreScaledInThePrintedForm() {
        #expect(TableTemplate.scaledFigure("20000.00", by: 2) == "40000.00")
        #expect(TableTemplate.scaledFigure("3,309,840.00", by: 1) == "3,309,800.00")
        #expect(TableTemplate.scaledFigure("10000万元", by: 0.5) == "5000万元")
        #expect(TableTemplate.scaledFigure("2279.048 万元", by: 2) == "4558.096 万元")
        #expect(TableTemplate.scaledFigure("854万854万", by: 2) == "854万854万")
        #expect(TableTemplate.scaledFigure("", by: 2) == "")
        #expect(TableTemplate.replacing(printed: "13030621A4W2U9FHZ556R", with: "430001210300000000AB9",
                                        in: "项目编码\t13030621A4W2U9FHZ556 R\t\t项目名称") == "项目编码\t430001210300000000AB 9\t\t项目名称")
    }
}
