import JixiaoModel
import JixiaoReports
import JixiaoSamples
import JixiaoText
import Testing

/// The import summary's count of the tables, cross-checked against what the text printed.
@Suite struct TableCensusTests {
    let doc = try! DocumentReader.read(bytes: BundledSample.bytes)

    @Test func everyCountAgreesOnTheSample() {
        let census = TableCensus(doc)
        #expect(census.differences == [])
        #expect(census.line == "13 张项目表：目录、标题、项目编码都是 13，序号连续")
    }

    @Test func eachDisagreementIsSaid() {
        var d = doc
        d.projects.remove(at: 2)              // a table missing: a gap in the numbers
        d.projects[0].heading = ""
        d.projects[1].code = ""
        let census = TableCensus(d)
        #expect(census.differences == ["目录列出 13 张", "1 张没有标题", "1 张没有项目编码", "序号缺 3"])
        #expect(census.line.hasPrefix("12 张项目表，但目录列出 13 张，1 张没有标题"))
        d.contents = []
        #expect(TableCensus(d).listed == nil)
        #expect(!TableCensus(d).line.contains("目录"))
    }

    /// Many published tables print no 项目编码 (the corpus's do not): none with one is no
    /// sign of a table misread, and the line says so without asking for a check.
    @Test func noTablePrintingACodeIsNotADisagreement() {
        var d = doc
        d.contents = []
        for k in d.projects.indices { d.projects[k].code = "" }
        #expect(TableCensus(d).differences == [])
        #expect(TableCensus(d).line == "13 张项目表：标题都是 13，序号连续（文中没有目录，各表都没有印项目编码）")
        for k in d.projects.indices { d.projects[k].heading = "" }
        #expect(TableCensus(d).line == "13 张项目表，序号连续（文中没有目录，各表都没有标题，各表都没有印项目编码）")
        d.projects[0].code = "X"
        #expect(TableCensus(d).differences == ["12 张没有项目编码"])
    }
}
