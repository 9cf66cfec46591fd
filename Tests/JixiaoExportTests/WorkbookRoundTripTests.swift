import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoText
import Testing

/// A workbook Jixiao exports reads back as the tables it came from: a unit sent back the
/// bureau's Excel draft with its changes is imported as its second round, and only its
/// changes are changes. What the export adds for the reviewer (the review column, the
/// 【草稿】 marks, the 问题清单) is not read as the unit's; the money block is written in 元
/// under a label that says so; the title block, 目录 and 第一部分 are on a sheet of their own
/// (封面与第一部分) in the text export's layout.
@Suite struct WorkbookRoundTripTests {
    static let corpus: String = {
        let here = #filePath.split(separator: "/").dropLast(2).joined(separator: "/")
        return "/" + here + "/JixiaoTextTests/Corpus"
    }()

    static let texts: [String] = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return ["sample"] + names
    }()

    static func document(_ name: String) throws -> Document {
        if name == "sample" { return try DocumentReader.read(text: BundledSample.text) }
        return try DocumentReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name))))
    }

    /// The projects as JSON, without what a workbook cannot carry back: line numbers, how a
    /// figure was printed (the workbook holds the amount), reading doubts and notes about
    /// the text.
    static func comparable<T: Encodable>(_ value: T) throws -> NSObject {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        func strip(_ x: Any) -> Any {
            if let d = x as? [String: Any] {
                return d.filter { !["line", "lines", "indicatorsLine", "totalFigure", "fiscalFigure", "otherFigure", "readingDoubts", "notes"].contains($0.key) }
                    .mapValues(strip)
            }
            if let a = x as? [Any] { return a.map(strip) }
            return x
        }
        return strip(json) as! NSObject
    }

    @Test(arguments: texts)
    func aDraftWorkbookReadsBackAsItsTables(_ name: String) throws {
        let doc = try Self.document(name)
        let input = ExportInput(document: doc, draftNote: "审核中的草稿：1 个项目未通过审核", findings: RuleEngine().check(doc).all)
        let back = try ImportedText.read(try XLSXFormat().render(input)).document
        #expect(back.projects.count == doc.projects.count)
        #expect(try Self.comparable(back.projects) == Self.comparable(doc.projects), "\(name)")
        // The title block, 目录 and 第一部分 too: they have a sheet of their own.
        #expect(try Self.comparable(back.department) == Self.comparable(doc.department), "\(name)")
        #expect(try Self.comparable(back.contents) == Self.comparable(doc.contents), "\(name)")
        #expect(try Self.comparable(back.overall) == Self.comparable(doc.overall), "\(name)")
    }

    /// A table that names neither its unit nor its money unit (鄂州 2022) reads back so: no
    /// placeholder read as the unit's name, no 元 for its bare figures.
    @Test func aTableNamingNoUnitReadsBackNamingNone() throws {
        let text = "**某中心\n2022 年项目支出绩效目标**\n\n" + [
            "1.办公大楼运行保障绩效目标表", "", "项目名称\t办公大楼运行保障",
            "预算规模及资金用途\t预算数\t814\t其中：财政资金\t814\t其他资金\t0", "绩效目标\t保障办公大楼正常运行。",
            "一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t维修维护次数\t2280次",
            "效益指标\t社会效益指标\t办公秩序\t良好", "满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%",
        ].joined(separator: "\n") + "\n"
        let doc = try DocumentReader.read(text: text)
        #expect(doc.projects[0].unit == TableUnit(code: "", name: "", currency: ""))
        let input = ExportInput(document: doc, draftNote: nil, findings: RuleEngine().check(doc).all)
        let back = try ImportedText.read(try XLSXFormat().render(input)).document
        #expect(back.projects[0].unit == doc.projects[0].unit)
        #expect(back.department.unitName == doc.department.unitName)
        #expect(back.projects[0].budget.total == doc.projects[0].budget.total)
    }
}
