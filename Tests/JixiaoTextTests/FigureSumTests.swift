import JixiaoModel
import Testing
@testable import JixiaoText

/// Figures each within the largest one read but, together, past what a sum of them holds:
/// before, a department of 1,025 tables each at the largest figure was read, and adding up its
/// 预算数合计 (Int64 分) trapped — the import was killed. Now the text is refused on the line
/// where its figures pass 720 万亿元 (`FigureSum`), a sum no budget comes near.
@Suite struct FigureSumTests {
    /// A department of `tables` tables, each with 预算数 and 财政资金 `figure` 元, and
    /// `sources` more lines of 财政拨款 of `figure` 元 each.
    static func text(tables: Int, figure: String, sources: Int = 0) -> String {
        var lines = ["某中心 2022 年项目支出绩效目标", ""]
        for k in 1...tables {
            lines += ["\(k).办公大楼运行保障\(k)绩效目标表", "单位名称\t某中心\t单位：元", "项目名称\t办公大楼运行保障\(k)",
                      "预算规模及资金用途\t预算数\t\(figure)\t其中：财政资金\t\(figure)\t其他资金\t0"]
            lines += (0..<sources).map { "\t(\($0 + 1))财政拨款\t\(figure)" }
            lines += ["绩效目标\t保障办公大楼正常运行。", "一级指标\t二级指标\t三级指标\t指标值",
                      "产出指标\t数量指标\t维修维护次数\t2280次", "满意度指标\t服务对象满意度指标\t干部职工满意度\t≥90%", ""]
        }
        return lines.joined(separator: "\n")
    }

    func refusal(_ text: String) -> ReadError? { importError(text) }

    /// 90 万亿元 is within the largest figure; four tables of it twice (预算数, 财政资金) are
    /// 720 万亿元 less a little, and read; the fifth passes the limit, on its 预算数 line.
    @Test func aDepartmentWhoseTablesTogetherPassTheLimitIsRefusedOnTheTableThatPassesIt() throws {
        let four = try DocumentReader.read(text: Self.text(tables: 4, figure: "90000000000000"))
        #expect(four.totalBudget == Money(yuan: 360_000_000_000_000))
        let e = try #require(refusal(Self.text(tables: 5, figure: "90000000000000")))
        #expect(e.line == 2 + 4 * 9 + 4, "\(e)")
        #expect(e.message == "各项目表的金额加到第 5 个项目表（第 39 行起）已超过 720 万亿元，不是一个部门的预算")
        #expect(e.hint.contains("核对金额的单位"))
    }

    /// What trapped: 1,025 tables at the largest figure, each alone within it.
    @Test func thousandsOfTablesAtTheLargestFigureAreRefusedNotAdded() throws {
        let e = try #require(refusal(Self.text(tables: 1025, figure: "90071992547409")))
        #expect(e.message.contains("已超过 720 万亿元"))
    }

    /// One table's money lines, each within the largest figure, passing the limit together:
    /// 预算数, 财政资金 and six more lines of 90 万亿元 are read, a seventh is refused on its line.
    @Test func aTableWhoseMoneyLinesTogetherPassTheLimitIsRefusedOnTheLineThatPassesIt() throws {
        #expect(refusal(Self.text(tables: 1, figure: "90000000000000", sources: 6)) == nil)
        let e = try #require(refusal(Self.text(tables: 1, figure: "90000000000000", sources: 7)))
        #expect(e.line == 13, "\(e)")
        #expect(e.message.contains("第 1 个项目表"), "\(e.message)")
        #expect(e.message.contains("的金额加到“(7)财政拨款”已超过 720 万亿元，不是一个项目的预算"), "\(e.message)")
    }
}
