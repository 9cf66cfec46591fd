import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoText
import JixiaoTextLayout
import JixiaoTestSupport
import Testing
@testable import JixiaoUI

/// Golden screens: the buffer as text, with its style runs, at 80×24 and 120×40.
@Suite struct ScreenTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func overview(_ size: (Int, Int)) {
        let d = driver(width: size.0, height: size.1)
        Golden.check(d.frame.snapshot, "overview-\(size.0)x\(size.1).txt")
    }

    /// Project 3 with its error row selected and its findings in the panel.
    @Test(arguments: [(80, 24), (120, 40)])
    func projectThree(_ size: (Int, Int)) {
        let d = driver(width: size.0, height: size.1)
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        Golden.check(d.frame.snapshot, "project3-\(size.0)x\(size.1).txt")
        let text = d.frame.text
        #expect(text.contains("E 产出指标"))
        #expect(text.contains("57.66 万元"))
        #expect(text.contains("与预算数 80,000.00 元"))
        // The value cell carries the error mark: an attribute, not only a colour.
        let row = (0..<d.frame.height).first { d.frame.text(row: $0).contains("57.66 万元") }!
        let x = (0..<d.frame.width - 1).first { d.frame[$0, row].symbol == "5" && d.frame[$0 + 1, row].symbol == "7" }!
        let style = d.frame[x, row].style
        #expect(style.role == .error && style.bold && style.underline)
        #expect(d.frame[0, row].symbol == "E")
    }

    @Test func projectFourWithTheFindingsPanelFocused() {
        let d = driver()
        d.press("move.down", "move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane")
        Golden.check(d.frame.snapshot, "project4-panel-80x24.txt")
    }

    /// A project whose table prints no money unit (鄂州 2022: `合计 | 814`) shows its 预算数
    /// as printed, not as 814.00 元 under 预算数（元）, and its bar measures it only against
    /// figures of unknown unit; a table printing neither code nor unit name says so.
    @Test func aBudgetOfUnknownUnitIsShownAsPrinted() throws {
        let doc = try DocumentReader.read(text: UnprintedCurrencyTables.text([UnprintedCurrencyTables.yuan, UnprintedCurrencyTables.bare]))
        let d = AppDriver(state: AppState(document: doc), backend: TestBackend(width: 100, height: 24))
        let rows = (0..<d.frame.height).map { d.frame.text(row: $0) }
        let bare = try #require(rows.first { $0.contains("办公大楼运行保障") }, "\(d.frame.text)")
        let yuan = try #require(rows.first { $0.contains("办公设备购置") }, "\(d.frame.text)")
        #expect(bare.contains("814（未印单位）") && !bare.contains("814.00"), "\(bare)")
        #expect(yuan.contains("1,000.00"), "\(yuan)")
        // Each the largest of its kind: both bars full, though 814 < 1,000.
        func filled(_ row: String) -> Int { row.filter { $0 == "█" }.count }
        #expect(filled(bare) == filled(yuan) && filled(bare) > 0, "\(bare)\n\(yuan)")
        var unnamed = doc
        unnamed.department.code = ""
        unnamed.department.unitName = ""
        let u = AppDriver(state: AppState(document: unnamed), backend: TestBackend(width: 100, height: 24))
        #expect(u.frame.text(row: 1).contains("单位 （表中未印）"), "\(u.frame.text(row: 1))")
    }

    @Test func departmentPart() {
        let d = driver()
        d.press("view.open")
        Golden.check(d.frame.snapshot, "department-80x24.txt")
        // The 综合评定 first — the grade (none yet) and the suggestion with its reasons —
        // then the prose.
        #expect(d.frame.text.contains("综合评定（按 p 评定）"))
        #expect(d.frame.text.contains("建议评定：中"))
        d.press("move.down")
        #expect(d.frame.text.contains("一、总体绩效目标"))
    }

    @Test func helpOverlay() {
        let d = driver(width: 80, height: 40)
        d.press("app.help")
        Golden.check(d.frame.snapshot, "help-80x40.txt")
        // Every description whole, at any width: a long one goes on under itself.
        for width in [40, 76] {
            let lines = HelpOverlay.lines(width: width)
            #expect(lines.allSatisfy { DisplayWidth.of($0.text) <= width })
            let text = lines.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined()
            #expect(text.contains("已豁免的再按取消"))
            #expect(text.contains("全部（含已豁免）"))
        }
    }

    @Test func ruleHelpOverlay() {
        let d = driver(width: 120, height: 40)
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        d.press("view.next-pane", "view.open")
        Golden.check(d.frame.snapshot, "rule-help-120x40.txt")
        #expect(d.frame.text.contains("写明项目资金的指标与预算数不符"))
    }

    @Test func searchOverlay() {
        let d = driver()
        d.press("view.search")
        d.type("保洁")
        Golden.check(d.frame.snapshot, "search-80x24.txt")
        // A query pasted by mistake is said for what it is, not searched for.
        let long = driver()
        long.press("view.search")
        long.handle(.paste(String(repeating: "保", count: 5_001)))
        #expect(long.frame.text.contains("搜索的文字有 5,001 个字，超过 5,000 字的上限"))
    }

    @Test func tooSmall() {
        let d = driver(width: 50, height: 12)
        Golden.check(d.frame.snapshot, "too-small-50x12.txt")
        #expect(d.frame.text.contains("窗口太小"))
    }

    @Test func asciiGlyphs() {
        let d = driver(glyphs: .ascii)
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        let text = d.frame.text
        #expect(!text.contains("─") && !text.contains("█") && !text.contains("…"))
        #expect(text.contains("#####"))
    }

    /// With --ascii no cell holds a character a CJK terminal font may draw two columns
    /// wide: not the marks and arrows Jixiao draws (↑↓ › ✗ ✓, the pop-up's frame), nor
    /// the document's own text — quotes, dashes, and the `≥` `≤` of nearly every target
    /// value; every cell is ASCII or a wide (CJK) character, two columns everywhere.
    @Test func asciiCoversEveryGlyphAndTheDocumentsText() {
        let d = driver(glyphs: .ascii)
        var screens: [Buffer] = []
        d.press("move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<6 { d.press("move.down") }
        screens.append(d.frame)
        d.press("view.next-pane", "view.open")
        screens.append(d.frame)
        d.handle(.key(.escape))
        d.press("view.next-pane", "app.help")
        screens.append(d.frame)
        d.handle(.key(.escape))
        // Project 4 down to its satisfaction row (`≥95%`).
        d.press("view.back", "move.down", "view.open")
        for _ in 0..<20 where !d.frame.text.contains(">=95%") { d.press("move.down") }
        screens.append(d.frame)
        for screen in screens {
            let oneColumnBeyondASCII = screen.cells.filter { $0.width == 1 && $0.symbol.unicodeScalars.contains { $0.value >= 0x80 } }
            #expect(oneColumnBeyondASCII.isEmpty, "\(Set(oneColumnBeyondASCII.map(\.symbol)).sorted()) in\n\(screen.text)")
        }
        // The quotes of the finding and of the rule's text are drawn in ASCII; the rule
        // pop-up has sides.
        #expect(screens[1].text.contains("数量指标\"公共机构节能工作经费金额\""))
        #expect(screens[1].text.contains("\"所需资金\"\"经费金额\""))
        #expect(screens[1].text.contains("| 写明项目资金的指标与预算数不符"))
        #expect(screens.map(\.text).joined().contains("公共机构节能经费"))
        // `≥95%` is drawn `>=95%`, not `>95%` (meaning kept), in the column the layout
        // gave it: the rows still line up.
        #expect(screens.map(\.text).joined().contains(">=95%"))
        Golden.check(screens[3].snapshot, "project4-ascii-80x24.txt")
    }

    /// Measured as drawn: in ASCII `≥` takes the two columns of `>=`, and a character with
    /// no stand-in of its own is shown by its code point, not dropped.
    @Test func asciiStandInsMeasureAsDrawn() {
        #expect(DisplayWidth.of("≥95%") == 4)
        DisplayWidth.$drawingASCII.withValue(true) {
            #expect(DisplayWidth.of("≥95%") == 5)
            #expect(DisplayWidth.of("“好”") == 4)
            #expect(DisplayWidth.of("环境") == 4)
            var b = Buffer(width: 20, height: 1)
            let end = b.write("①≤30℃№", x: 0, y: 0)
            #expect(b.text(row: 0) == "1)<=30oC<U+2116>    ")
            #expect(end == DisplayWidth.of("①≤30℃№"))
            #expect(ASCIIStandIns.drawn("≥90%") == ">=90%")
        }
        var b = Buffer(width: 6, height: 1)
        b.write("≥95%", x: 0, y: 0)
        #expect(b.text(row: 0) == "≥95%  ")
    }
}

/// The screens in docs/user-guide.md are the golden screens, so the guide cannot go stale.
@Suite struct UserGuideTests {
    @Test func screensInTheGuideAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = String(decoding: FileManager.default.contents(atPath: root.appendingPathComponent("docs/user-guide.md").path) ?? Data(),
                           as: UTF8.self)
        let marker = "<!-- screen: "
        var checked = 0
        for part in guide.components(separatedBy: marker).dropFirst() {
            let name = String(part.prefix { $0 != " " })
            guard let open = part.range(of: "```text\n"), let close = part.range(of: "\n```", range: open.upperBound..<part.endIndex) else {
                Issue.record("screen \(name) has no text block")
                continue
            }
            let shown = String(part[open.upperBound..<close.lowerBound])
            let golden = String(decoding: FileManager.default.contents(atPath: Golden.folder(of: #filePath).appendingPathComponent(name + ".txt").path) ?? Data(),
                                as: UTF8.self)
            let text = golden.components(separatedBy: "-- styles --")[0]
                .split(separator: "\n", omittingEmptySubsequences: false)
                .filter { $0.hasPrefix("|") }
                .map { line -> String in
                    var l = String(line.dropFirst().dropLast())
                    while l.last == " " { l.removeLast() }
                    return l
                }.joined(separator: "\n")
            #expect(shown == text, "docs/user-guide.md screen \(name) is stale")
            checked += 1
        }
        #expect(checked >= 4)
    }
}

@Suite struct EditingScreenTests {
    /// Accepting a suggested fix (project 4's doubled character): the prompt, filled in
    /// with the suggestion, then the row without that finding.
    @Test func acceptFixPrompt() {
        let effects = MemoryEffects(sampleDocument)
        let d = AppDriver(state: AppState(document: sampleDocument), backend: TestBackend(width: 80, height: 24), perform: effects.perform)
        d.press("move.down", "move.down", "move.down", "move.down", "view.open", "move.first")
        for _ in 0..<8 { d.press("move.down") }
        d.press("view.next-pane", "move.down", "edit.value")
        Golden.check(d.frame.snapshot, "edit-prompt-80x24.txt")
        d.handle(.key(.enter))
        Golden.check(d.frame.snapshot, "after-fix-80x24.txt")
    }
}
