import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoText
import JixiaoTextLayout
import Testing
@testable import JixiaoUI

/// Reading at 80×24: every cell of the document can be read on some screen — in its
/// column, or in full under its row when that row is selected — and opening a project
/// shows its first finding.
@Suite struct ReadingTests {
    static func corpus(_ name: String) -> Document {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("JixiaoTextTests/Corpus/\(name).txt")
        return try! DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: url.path)!))
    }

    /// The sample's first project as a table with the columns real tables add.
    static let withExtraColumns: Document = {
        var d = sampleDocument
        var p = d.projects[0]
        let extras = [IndicatorColumn(header: "权重(%)", kind: .weight), IndicatorColumn(header: "指标方向性", kind: .direction),
                      IndicatorColumn(header: "指标值(中期)", kind: .value, term: .medium), IndicatorColumn(header: "备注", kind: .remark)]
        p.layout.indicatorColumns += extras
        for r in p.indicators.indices {
            p.indicators[r].extras = [
                IndicatorCell(header: "权重(%)", kind: .weight, text: String(10 + r)),
                IndicatorCell(header: "指标方向性", kind: .direction, text: r % 2 == 0 ? "正向指标" : "反向指标"),
                IndicatorCell(header: "指标值(中期)", kind: .value, term: .medium, text: "≥\(90 + r)%（2025年）"),
                IndicatorCell(header: "备注", kind: .remark, text: "第\(r + 1)行备注：按季度统计，年底汇总上报财政局"),
            ]
        }
        d.projects[0] = p
        return d
    }()

    static let documents: [(String, Document)] = [
        ("sample", sampleDocument), ("extra columns", withExtraColumns),
        ("corpus 04", corpus("04-yueyang-gaobiaozhun-nongtian-2022")), ("corpus 06", corpus("06-jingyan-mata-cunzu-ganbu-baochou-2023")),
        ("corpus 07", corpus("07-ganzi-shichang-jianguan-shipin-anquan")), ("corpus 10", corpus("10-fengjie-yunwu-jiagongyuan-2023")),
    ]

    /// Project `p` at item `k` selected: the state and what the body shows, with blanks,
    /// ellipses and scroll marks taken out so a cell broken over lines reads as one.
    static func body(_ doc: Document, project p: Int, item k: Int, width: Int = 80, height: Int = 24) -> (AppState, String) {
        var s = AppState(document: doc, width: width, height: height)
        var screen = ProjectScreen(index: p)
        screen.cursor.item = k
        s.screen = .project(screen)
        Reducer.settle(&s)
        let b = Renderer.render(s)
        let layout = s.detailLayout
        let text = layout.body.rows.map { b.text(row: $0) }.joined()
        return (s, normalized(text))
    }

    static func normalized(_ s: String) -> String { String(s.filter { !" …↑↓\n".contains($0) }) }

    @Test(arguments: documents.map(\.0))
    func everyCellCanBeReadAt80x24(_ name: String) {
        let doc = Self.documents.first { $0.0 == name }!.1
        for (p, project) in doc.projects.enumerated() {
            let items = AppState(document: doc).withProject(p).detailLayout.items
            for (k, item) in items.enumerated() {
                let (_, text) = Self.body(doc, project: p, item: k)
                var expected: [String] = []
                switch item.kind {
                case .header:
                    expected = [project.name, project.code] + project.facts.map { $0.label + "：" + $0.text }
                case .usage: expected = [project.usage]
                case .goals: expected = project.goals.map(\.text)
                case .notes: expected = project.notes.map(\.text)
                case .indicator(let r):
                    let i = project.indicators[r - 1]
                    expected = [i.level1] + IndicatorField.allCases.map { i[$0] }
                    for c in project.layout.extraColumns where !(c.term == nil && c.kind.isValuePart) {
                        let cell = i.extras.first { $0.header == c.header && $0.kind == c.kind && $0.term == c.term }?.text ?? ""
                        expected.append(c.header + "：" + (cell.isEmpty ? "—" : cell))
                    }
                default: break
                }
                for cell in expected.map(Self.normalized) where !cell.isEmpty {
                    #expect(text.contains(cell), "\(name) project \(p + 1) item \(k) (\(item.kind)): “\(cell)” cannot be read")
                }
            }
        }
    }

    /// Amounts the table left empty or printed otherwise say so.
    @Test func budgetFiguresSayHowTheyCameToBe() {
        let doc = Self.corpus("06-jingyan-mata-cunzu-ganbu-baochou-2023")
        let (_, text) = Self.body(doc, project: 0, item: 1)
        #expect(text.contains(Self.normalized("财政资金：—（表中未填）")))
        #expect(text.contains(Self.normalized("预算数：3,309,840.00 元（原文“3,309,840.00”）")))
        #expect(text.contains(Self.normalized("财政资金 未填")))
    }

    @Test func openingAProjectLandsOnItsFirstFinding() {
        var s = AppState(document: sampleDocument)
        s = Reducer.reduce(s, .down).0
        for _ in 0..<2 { s = Reducer.reduce(s, .down).0 }
        s = Reducer.reduce(s, .open).0
        let layout = s.detailLayout
        #expect(layout.items[s.detail.item].kind == .indicator(1))
        #expect(layout.panelFindings.first?.rule == "indicator.amount-vs-budget")
        // A project with no findings opens on its header, and the panel says so.
        var clean = AppState(document: ExampleDocument.clean)
        clean = Reducer.reduce(clean, .down).0
        clean = Reducer.reduce(clean, .open).0
        #expect(clean.detail.item == 0)
        #expect(Renderer.render(clean).text.contains("本项目没有发现问题"))
    }

    /// On a clean row of a project with findings, the panel says only the row is clean.
    @Test func aCleanRowSaysSo() {
        let (s, _) = Self.body(sampleDocument, project: 2, item: 0)
        let b = Renderer.render(s)
        #expect(b.text(row: s.detailLayout.separator.y).contains("本行没有问题（本项目 E1 W3 i1，n 到下一个问题）"))
    }

    /// With the filter on, the rows with findings keep the table's header row above them.
    @Test func theFilterKeepsTheHeaderRow() {
        var s = AppState(document: sampleDocument)
        s = Reducer.reduce(s, .toggleFilter).0
        for _ in 0..<3 { s = Reducer.reduce(s, .down).0 }
        s = Reducer.reduce(s, .open).0
        let text = Renderer.render(s).text
        #expect(text.contains("一级指标"))
        #expect(text.contains("三级指标"))
    }

    @Test func namesKeepWhatTellsThemApart() {
        #expect(OverviewScreen.shownName("征用疫情防控备用隔离场所资金（第三批）", width: 24, ellipsis: "…") == "征用疫情防控…（第三批）")
        #expect(OverviewScreen.shownName("机关大院电费", width: 24, ellipsis: "…") == "机关大院电费")
        #expect(OverviewScreen.shownName("更换省控环境空气自动监测站监测设备经费", width: 20, ellipsis: "…") == "更换省控环境空气自…")
        // At 80 columns the bar gives way to the names.
        let text = Renderer.render(AppState(document: sampleDocument)).text
        #expect(text.contains("征用疫情防控备用隔离场所资金（第三批）"))
        #expect(text.contains("更换省控环境空气自动监测站监测设备经费"))
    }

    @Test func theOverviewCountsReturnedProjectsAndColoursTheStatus() throws {
        var d = sampleDocument
        d = try d.applying(.return, toProjectAt: 1, comment: "请补充", reviewer: "王", time: "t")
        d = try d.applying(.approve, toProjectAt: 2, comment: nil, reviewer: "王", time: "t")
        let b = Renderer.render(AppState(document: d))
        #expect(b.text.contains("已通过 1/13  退回 1"))
        let row = (0..<b.height).first { b.text(row: $0).contains("2 更换省控") }!
        let x = (0..<b.width - 1).first { b[$0, row].symbol == "退" }!
        #expect(b[x, row].style.role == .returned && b[x, row].style.bold)
        let approved = (0..<b.height).first { b.text(row: $0).contains("3 公共机构节能") }!
        let ax = (0..<b.width - 1).first { b[$0, approved].symbol == "通" }!
        #expect(b[ax, approved].style.role == .approved)
    }

    /// At 120×40 the preview has the room the list leaves, and a finding is read in full.
    @Test func aTallTerminalShowsMore() {
        let b = Renderer.render(AppState(document: sampleDocument, width: 120, height: 40))
        #expect(b.text.contains("看不出按各项目的服务对象分别测算"))
        var s = AppState(document: sampleDocument, width: 120, height: 40)
        for _ in 0..<3 { s = Reducer.reduce(s, .down).0 }
        s = Reducer.reduce(s, .open).0
        let layout = s.detailLayout
        #expect(layout.body.height == layout.bodyLength, "the body takes what it needs")
        #expect(layout.panel.height > (40 - 2) / 3, "the panel has the rest")
    }
}

extension AppState {
    /// The state with project `p` open (for its layout).
    func withProject(_ p: Int) -> AppState {
        var s = self
        s.screen = .project(ProjectScreen(index: p))
        return s
    }
}
