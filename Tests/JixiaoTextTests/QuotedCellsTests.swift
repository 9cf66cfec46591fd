import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// Text saved from Excel or WPS as tab-separated: a cell with a typed line break or a quote
/// is quoted, and is read as the one cell it is.
@Suite struct QuotedCellsTests {
    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The sample with one indicator's name and its project's goal typed over several lines
    /// in their cells, saved as Excel saves them.
    static func quotedSample() -> (text: String, nameLine: Int) {
        var ls = lines(BundledSample.text)
        let k = ls.firstIndex { $0.hasPrefix("\t质量指标\t各项后勤保障工作保障率\t") }!
        ls[k] = ls[k].replacingOccurrences(of: "\t各项后勤保障工作保障率\t", with: "\t\"各项后勤\n保障工作保障率\"\t")
        return (ls.joined(separator: "\n"), k + 1)
    }

    @Test func aQuotedCellOverTwoLinesIsOneCell() throws {
        let (text, line) = Self.quotedSample()
        let d = try DocumentReader.read(text: text)
        let sample = try DocumentReader.read(text: BundledSample.text)
        #expect(d.projects.count == 13)
        let i = try #require(d.projects[0].indicators.first { $0.line == line })
        #expect(i.name == "各项后勤保障工作保障率")
        #expect(i.value.raw == "100%")
        // Every row reads as the sample's; the rows after keep the file's numbering (one more).
        for (p, q) in zip(d.projects, sample.projects) {
            #expect(p.indicators.map(\.name) == q.indicators.map(\.name))
            #expect(p.indicators.map(\.value.raw) == q.indicators.map(\.value.raw))
        }
        #expect(d.projects[1].lines.heading == sample.projects[1].lines.heading + 1)
    }

    @Test func quotesDoubledInsideAreMadeSingleAndPiecesJoined() {
        let first = "绩效目标\t\"1.完成\"\"三供一业\"\"维修；"
        let rest = ["2.保障 ", " 办公楼正常运转。\"\t"]
        let all = [first] + rest
        let r = QuotedCells.joined(from: 0, first: first, count: all.count) { all[$0] }
        #expect(r?.0 == "绩效目标\t1.完成\"三供一业\"维修；2.保障办公楼正常运转。\t")
        #expect(r?.1 == 2)
        // On one line with doubled quotes inside.
        let one = "\t\"按\"\"放管服\"\"要求\"\t100%"
        #expect(QuotedCells.joined(from: 0, first: one, count: 1) { _ in one }?.0 == "\t按\"放管服\"要求\t100%")
    }

    /// What a PDF's text has is left as printed: a cell beginning with a quoted word, a
    /// whole cell in quotes, a lone quote, a quote left open above table rows.
    @Test func quotesAPDFPrintsAreLeftAsTheyAre() throws {
        for (first, next) in [("\t\"放管服\"改革\t100%", "\t质量指标\t合格率\t100%"),
                              ("\t\"放管服\"\t100%", "\t质量指标\t合格率\t100%"),
                              ("\"", "\t质量指标\t合格率\t100%"),
                              ("\t\"三供一业维修", "\t质量指标\t合格率\"\t100%")] {
            let all = [first, next]
            #expect(QuotedCells.joined(from: 0, first: first, count: 2) { all[$0] } == nil, "\(first)")
        }
        // In a document: the sample with a cell beginning `"放管服"` reads with the quotes kept.
        var ls = Self.lines(BundledSample.text)
        let k = ls.firstIndex { $0.hasPrefix("\t质量指标\t各项后勤保障工作保障率\t") }!
        ls[k] = ls[k].replacingOccurrences(of: "\t各项后勤保障工作保障率\t", with: "\t\"放管服\"保障率\t")
        let d = try DocumentReader.read(text: ls.joined(separator: "\n"))
        #expect(d.projects[0].indicators.contains { $0.name == "\"放管服\"保障率" })
    }

    /// A cell left open to the end of the file is not Excel's quoting: nothing is joined.
    @Test func aQuoteNeverClosedJoinsNothing() {
        let all = ["\t\"开始", "没有结束"]
        #expect(QuotedCells.joined(from: 0, first: all[0], count: 2) { all[$0] } == nil)
    }
}
