import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoTestSupport
import Testing

/// The HTML export as Chromium shows and prints it: one self-contained file, a page per
/// project on A4, the indicator table's header repeated on every page a long table takes,
/// no cell whose text runs out of it.
@Suite struct HTMLFormatTests {
    let folder = TemporaryFolder()

    /// The reviewed sample with project 1's table made long enough to take several pages,
    /// and a long unbroken value (a URL-like code) that must wrap inside its cell.
    static func longInput() -> ExportInput {
        var input = ExportFixtures.input(draft: true)
        var p = input.document.projects[0]
        let base = p.indicators
        p.indicators = (0..<8).flatMap { _ in base }
        p.indicators[1].description = String(repeating: "ABCDEFGHIJ", count: 12)
        input.document.projects[0] = p
        return input
    }

    @Test func selfContainedAndMarkedAsADraft() {
        let html = String(decoding: HTMLFormat().render(ExportFixtures.input(draft: true)), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">"))
        for external in ["<link", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!html.contains(external), "\(external)")
        }
        let body = html.components(separatedBy: "<body>\n")[1]
        #expect(body.hasPrefix("<section class=\"page first\">\n<p class=\"draft\">【审核中的草稿：3 个项目未通过审核】</p>"))
        let final = String(decoding: HTMLFormat().render(ExportFixtures.input(draft: false)), as: UTF8.self)
        #expect(!final.contains("class=\"draft\""))
    }

    @Test func mergedLevelCellsAndHighlightedFindings() {
        let html = String(decoding: HTMLFormat().render(ExportFixtures.input(draft: false)), as: UTF8.self)
        let p3 = html.components(separatedBy: "<section class=\"page project\" id=\"project-3\">")[1]
            .components(separatedBy: "</section>")[0]
        let project = ExportFixtures.reviewed.projects[2]
        let outputRows = project.indicators.filter { $0.level1 == project.indicators[0].level1 }.count
        #expect(p3.contains("<td rowspan=\"\(outputRows)\">\(project.indicators[0].level1)</td>"))
        // The cell the finding is about is shaded and lettered; the finding is listed.
        #expect(p3.contains("<td class=\"error\"><span class=\"sev sev-error\">E</span>\(project.indicators[0].value.raw)</td>"))
        #expect(p3.contains("<div class=\"findings\">"))
        #expect(p3.contains("金额已按预算数核对（李四，2021-03-01 09:40（UTC+08:00））"))
        #expect(p3.contains("<span class=\"status status-approved\">通过</span>"))
    }

    @Test func documentTextIsEscaped() {
        var input = ExportFixtures.input(draft: false)
        input.document.projects[0].usage = "<script>alert(1)</script> & “引号”"
        let html = String(decoding: HTMLFormat().render(input), as: UTF8.self)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “引号”"))
    }

    /// Chromium prints the page: a page per project (the department part first), the
    /// long table's header on each of its pages, and no cell overflowing at A4 width.
    @Test func chromiumPrintsAPagePerProjectWithRepeatedHeadersAndNoOverflow() throws {
        guard let tools = Browser.available() else { return }
        let input = Self.longInput()
        let bytes = HTMLFormat().render(input)
        let html = folder.write("doc.html", bytes)
        let pdf = folder.path("doc.pdf")
        try Browser.printToPDF(tools.chromium, html: html, pdf: pdf, profile: folder.path("profile"))
        let pages = try Browser.pages(tools.pdftotext, pdf: pdf)
        #expect(try Browser.pageCount(tools.pdfinfo, pdf: pdf) == pages.count)
        let d = input.document
        #expect(pages.count >= d.projects.count + 2, "\(pages.count) pages")

        // Each project starts a page: its heading is at the top of one (under the draft note).
        func top(_ page: String) -> [String] {
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(2).map { $0 }
        }
        var firstPage: [Int: Int] = [:]
        for p in d.projects {
            let heading = "\(p.number). \(p.name)"
            let k = pages.firstIndex { top($0).contains { $0.hasPrefix(heading) } }
            #expect(k != nil, "project \(p.number) does not start a page")
            firstPage[p.number] = k
        }
        #expect(top(pages[0]).contains("【审核中的草稿：3 个项目未通过审核】"))
        // Project 1's table runs over several pages; each repeats the header row.
        let start = try #require(firstPage[1]), end = try #require(firstPage[2])
        #expect(end - start >= 3, "project 1 took \(end - start) pages")
        for k in (start + 1)..<end where pages[k].contains("产出指标") || pages[k].contains("效益指标") {
            #expect(pages[k].contains("一级指标") && pages[k].contains("三级指标"), "page \(k + 1) has no header row")
        }
        // Chinese text came through as text.
        #expect(pages.joined().contains("公共机构节能经费"))

        // Laid out at A4's printable width (210 − 24 mm ≈ 703 px), no cell overflows.
        let checked = folder.write("check.html", Array(String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "</body>", with: Browser.overflowCheck + "\n</body>").utf8))
        let dom = try Browser.dumpDOM(tools.chromium, html: checked, width: 703, profile: folder.path("profile"))
        let result = try Browser.overflowResult(dom)
        #expect(result.cells > 500)
        #expect(result.overflow == [])
    }
}
