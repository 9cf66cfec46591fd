import JixiaoModel
import Testing
@testable import JixiaoText

/// A table is never absorbed into the one before it: a heading with a page number on its
/// line is still a heading, a table whose heading cannot be recognised stops the import
/// at the line where it begins, numbers have no digit limit, and every 项目编码 row
/// belongs to a table. (Before: a page number after a heading made that project's rows
/// indicator rows of the project before it, and the import said nothing.)
@Suite struct NoTableLostTests {
    /// The sample without its 目录 (so nothing cross-checks the tables), each heading line
    /// of `projects` rewritten by `heading`.
    func withoutContents(_ projects: Set<Int>, _ heading: (String) -> String) -> String {
        var out: [String] = []
        var inContents = false
        for line in sampleLines {
            if line == "目 录" { inContents = true; continue }
            if inContents {
                if line == "第一部分" { inContents = false } else { continue }
            }
            if let n = headingNumber(line), projects.contains(n) {
                out.append(heading(line))
            } else {
                out.append(line)
            }
        }
        return out.joined(separator: "\n")
    }

    func headingNumber(_ line: String) -> Int? {
        guard line.hasSuffix("绩效目标表"), let dot = line.firstIndex(of: ".") else { return nil }
        return Int(line[..<dot])
    }

    let sample = try! DocumentReader.read(text: sampleLines.joined(separator: "\n"))

    @Test(arguments: [
        "\t\t\t\t8",      // the page number in a cell of its own
        "    8",          // after blanks in the same cell
        " 8",
        "\t- 8 -",
    ])
    func pageNumberAfterAHeadingIsNotPartOfIt(_ page: String) throws {
        // On some headings only, so the others are still found as headings.
        let doc = try DocumentReader.read(text: withoutContents([3, 7]) { $0 + page })
        #expect(doc.projects.count == 13)
        #expect(doc.projects.map(\.number) == Array(1...13))
        #expect(doc.projects.map(\.heading) == sample.projects.map(\.heading))
        #expect(doc.totalBudget == sample.totalBudget)
    }

    @Test func pageNumberBeforeAHeadingIsNotPartOfIt() throws {
        let doc = try DocumentReader.read(text: withoutContents([3]) { "- 6 -\t" + $0 })
        #expect(doc.projects.count == 13)
        #expect(doc.projects[2].heading == sample.projects[2].heading)
    }

    /// A heading nothing recognises: the import stops at the first row of its table that
    /// cannot belong to the table before (its unit line), naming the line above it.
    @Test func tableWithAnUnrecognisedHeadingStopsTheImportAtItsFirstRow() throws {
        let text = withoutContents([3]) { _ in "公共机构节能经费（第三张）" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex { $0 == "公共机构节能经费（第三张）" }) + 1
        let error = #expect(throws: ReadError.self) { try DocumentReader.read(text: text) }
        #expect(error?.line == heading + 2, "\(String(describing: error))")
        #expect(error?.message.contains("另一张项目表") == true, "\(String(describing: error))")
        #expect(error?.hint.contains("第 \(heading) 行") == true, "\(String(describing: error))")
    }

    /// Each kind of row that begins a table, met under another table's indicators.
    @Test(arguments: ["单位行", "项目编码行", "预算数"])
    func rowsThatBeginATableCannotBeIndicatorRows(_ kind: String) throws {
        let first = tableRows(code: "13030622AAAAAAAAAAAAA", name: "甲项目")
        let second = tableRows(code: "13030622BBBBBBBBBBBBB", name: "乙项目")
        let unit = "500001 测试单位本级\t\t\t\t\t单位：元\t"
        let begins: [String] = switch kind {
        case "单位行": [unit] + second
        case "项目编码行": second
        default: Array(second.dropFirst())
        }
        var text = smallDocument(tables: [(heading: "甲项目绩效目标表", rows: first)], contents: false)
        text += "\n第二张表（标题缺失）\n" + begins.joined(separator: "\n") + "\n"
        let error = #expect(throws: ReadError.self) { try DocumentReader.read(text: text) }
        #expect(error?.message.contains("另一张项目表") == true, "\(kind): \(String(describing: error))")
    }

    /// A table without indicators whose next table's heading is not recognised: the next
    /// table's 项目编码 row does not replace this one's code.
    @Test func aSecondCodeRowIsAnotherTable() throws {
        let first = Array(tableRows(code: "13030622AAAAAAAAAAAAA", name: "甲项目").prefix(6))
        let second = tableRows(code: "13030622BBBBBBBBBBBBB", name: "乙项目")
        let text = smallDocument(tables: [(heading: "甲项目绩效目标表", rows: first + second)], contents: false)
        let error = #expect(throws: ReadError.self) { try DocumentReader.read(text: text) }
        #expect(error?.message.contains("另一张项目表的项目编码行") == true, "\(String(describing: error))")
    }

    @Test func headingNumbersHaveNoDigitLimit() throws {
        let text = withoutContents(Set(1...13)) { line in
            let dot = line.firstIndex(of: ".")!
            return String(Int(line[..<dot])! + 995) + line[dot...]
        }
        let doc = try DocumentReader.read(text: text)
        #expect(doc.projects.map(\.number) == Array(996...1008))
        #expect(doc.totalBudget == sample.totalBudget)
    }

    /// A department with more than 999 tables: every one is read, none merged.
    @Test func aThousandTablesAndMore() throws {
        let tables = (1...1_010).map { k in
            (heading: "项目\(k)绩效目标表", rows: tableRows(code: "13030622" + String(format: "%013d", k), name: "项目\(k)"))
        }
        let doc = try DocumentReader.read(text: smallDocument(tables: tables, contents: false))
        #expect(doc.projects.count == 1_010)
        #expect(doc.projects.last?.number == 1_010)
        #expect(doc.projects.allSatisfy { $0.indicators.count == 2 })
    }
}
