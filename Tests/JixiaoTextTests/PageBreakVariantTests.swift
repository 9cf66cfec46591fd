import Foundation
import JixiaoModel
import JixiaoSamples
import Testing
@testable import JixiaoText

/// Page-break variants of the sample and of every corpus file, made as a PDF's extraction
/// makes them: each table broken between two indicator rows (a page number alone; the
/// number and the header printed again; the number, a running head, `续表` and the header),
/// and each row broken inside itself (its first cells on one page and the rest on the
/// next; a long name, value, every long cell or every cell wrapped over the break, the halves in their own
/// columns on each page). Every variant must read to the projects and indicators of the
/// unbroken file, be refused with its line, or say on its line where it could not tell.
enum PageBreakVariants {
    struct Variant: CustomStringConvertible {
        var source: String
        var kind: String
        /// The 1-based line of the unbroken file the break comes after.
        var after: Int
        var text: String
        var description: String { "\(source):\(after) \(kind)" }
    }

    static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// What a reviewer sees of a document's tables: each project's name and code, and each
    /// indicator's cells.
    static func signature(_ d: Document) -> [String] {
        d.projects.flatMap { p in
            ["\(p.number) \(p.name) \(p.code) \(p.indicators.count)"] + p.indicators.map { i in
                ([i.level1, i.level2, i.name, i.description, i.value.raw, i.basis] + i.extras.map(\.text)).joined(separator: "|")
            }
        }
    }

    /// The breaks a page can make in `text` (which must read).
    static func variants(of text: String, source: String) throws -> [Variant] {
        let d = try DocumentReader.read(text: text)
        let all = lines(text)
        var out: [Variant] = []
        func make(_ kind: String, after: Int, replacing range: ClosedRange<Int>, with rows: [String]) {
            var ls = all
            ls.replaceSubrange((range.lowerBound - 1)...(range.upperBound - 1), with: rows)
            out.append(Variant(source: source, kind: kind, after: after, text: ls.joined(separator: "\n")))
        }
        for p in d.projects where !p.indicators.isEmpty {
            let headerEnd = p.lines.indicatorHeader
            var headerStart = headerEnd
            while headerStart > 1, !IndicatorHeader.isHeader(Row(number: headerStart, text: all[headerStart - 1])) { headerStart -= 1 }
            let header = Array(all[(headerStart - 1)..<headerEnd])
            let columns = IndicatorHeader.read(Row(number: headerStart, text: all[headerStart - 1])).columns
            let head = p.unit.name.count >= 4 ? p.unit.name : "\(d.department.year) 年项目支出绩效目标"
            let furniture: [(String, [String])] = [
                ("页码", ["", "- 3 -", ""]),
                ("页码+表头", ["第 3 页"] + header),
                ("页码+页眉+续表+表头", ["", "第 3 页 共 9 页", "", head, "续表"] + header),
            ]
            let last = p.indicators.map(\.line).max()!
            let area = ((headerEnd + 1)...last).filter { !all[$0 - 1].trimmingCharacters(in: .whitespaces).isEmpty }
            // Between two rows.
            for (a, b) in zip([headerEnd] + area, area) where b == a + 1 {
                for (name, rows) in furniture {
                    make("行间/\(name)", after: a, replacing: a...a, with: [all[a - 1]] + rows)
                }
            }
            // Inside a row.
            for n in area {
                var cells = all[n - 1].components(separatedBy: "\t")
                func column(_ kinds: [IndicatorColumn.Kind]) -> Int? {
                    columns.first { kinds.contains($0.column.kind) && $0.column.term == nil }.map(\.index)
                }
                guard let nameAt = column([.name, .tree]), nameAt < cells.count, !cells[nameAt].isEmpty else { continue }
                while cells.count < (columns.last?.index ?? 0) + 1 { cells.append("") }
                var splits: [(String, [String], [String])] = []
                // The row's first cells on one page, the rest on the next.
                if cells[(nameAt + 1)...].contains(where: { !$0.isEmpty }) {
                    splits.append(("行断开", Array(cells[...nameAt]) + Array(repeating: "", count: cells.count - nameAt - 1),
                                   Array(repeating: "", count: nameAt + 1) + Array(cells[(nameAt + 1)...])))
                }
                // Cells wrapped over the break: each half in its own column.
                let valueAt = column([.value, .valueNumber])
                let wraps: [(String, [Int])] = [("名称折行", [nameAt]), ("指标值折行", valueAt.map { [$0] } ?? []),
                                                ("名称与指标值折行", [nameAt] + (valueAt.map { [$0] } ?? [])),
                                                ("各格折行", columns.filter { ![.level1, .level2, .blockLabel].contains($0.column.kind) }.map(\.index)),
                                                // As a page does it: only a cell longer than a line of its column wraps.
                                                ("长格折行", columns.filter { ![.level1, .level2, .blockLabel].contains($0.column.kind) && $0.index < cells.count
                                                    && !cells[$0.index].hasAtMostCharacters(8) }.map(\.index))]
                for (kind, at) in wraps where !at.isEmpty {
                    var top = cells, bottom = Array(repeating: "", count: cells.count)
                    var wrapped = 0
                    for k in at where k < cells.count {
                        guard let (x, y) = halves(cells[k]) else { continue }
                        top[k] = x
                        bottom[k] = y
                        wrapped += 1
                    }
                    if wrapped == at.count || (kind == "各格折行" && wrapped > 1) || (kind == "长格折行" && wrapped > 0) { splits.append((kind, top, bottom)) }
                }
                for (kind, top, bottom) in splits {
                    for (name, rows) in furniture where name != "页码+表头" {
                        make("\(kind)/\(name)", after: n, replacing: n...n,
                             with: [top.joined(separator: "\t")] + rows + [bottom.joined(separator: "\t")])
                    }
                }
            }
        }
        return out
    }

    /// A cell broken near its middle where putting the halves together again
    /// (`PageFurniture.join`) gives the cell as printed.
    static func halves(_ cell: String) -> (String, String)? {
        let cs = Array(cell)
        guard cs.count >= 2 else { return nil }
        let order = (1..<cs.count).sorted { abs($0 - cs.count / 2) < abs($1 - cs.count / 2) }
        for k in order {
            let a = String(cs[..<k]), b = String(cs[k...])
            guard !cs[k - 1].isWhitespace, !cs[k].isWhitespace else { continue }
            if PageFurniture.join(a, b) == cell { return (a, b) }
        }
        return nil
    }

    /// Read as unbroken; refused with a line; read otherwise but said (`readingDoubts`); read otherwise.
    enum Outcome: Equatable { case same, refused(String), said(String), different(String) }

    static func outcome(_ v: Variant, want: [String]) -> Outcome {
        do {
            let d = try DocumentReader.read(text: v.text)
            let got = signature(d)
            if got == want { return .same }
            if let doubt = d.projects.lazy.flatMap(\.readingDoubts).first { return .said("第 \(doubt.line) 行：\(doubt.text)") }
            let diff = zip(got, want).first { $0 != $1 }.map { "读作 \($0.0)，应为 \($0.1)" } ?? "\(got.count) 行，应为 \(want.count) 行"
            return .different(diff)
        } catch {
            return .refused("第 \(error.line.map(String.init) ?? "?") 行：\(error.message)")
        }
    }

    static var sources: [(String, String)] {
        [("样本", BundledSample.text)] + CorpusFiles.names.map { ($0, String(decoding: CorpusFiles.bytes($0), as: UTF8.self)) }
    }
}

@Suite struct PageBreakVariantTests {
    /// Every variant of every file reads as the unbroken file does, is refused with its
    /// line, or is read otherwise with a reading doubt said on its line — but two kinds the text cannot always tell: a row whose name and value (or
    /// every cell) wrapped, when each half could be a row (both pages' halves fill the
    /// same columns, a short value split in two: `公` / `里`, `稳步` / `提高`). The reader
    /// reads a new row there, as a row after a break usually is; those are counted, and
    /// may not grow.
    @Test func everyVariantReadsAsTheUnbrokenFile() throws {
        var counts: [String: (same: Int, refused: Int, said: Int, different: Int)] = [:]
        var wrong: [(kind: String, what: String)] = []
        var total = 0
        for (name, text) in PageBreakVariants.sources {
            let want = PageBreakVariants.signature(try DocumentReader.read(text: text))
            for v in try PageBreakVariants.variants(of: text, source: name) {
                total += 1
                let kind = String(v.kind.split(separator: "/")[0])
                var c = counts[kind] ?? (0, 0, 0, 0)
                switch PageBreakVariants.outcome(v, want: want) {
                case .same: c.same += 1
                case .refused(let why):
                    c.refused += 1
                    #expect(why.hasPrefix("第 ") && !why.hasPrefix("第 ? 行"), "\(v): a refusal names its line")
                case .said: c.said += 1
                case .different(let why): c.different += 1; wrong.append((kind, "\(v) 不同：\(why)"))
                }
                counts[kind] = c
            }
        }
        for (kind, c) in counts.sorted(by: { $0.key < $1.key }) {
            print("分页变体 \(kind): 相同 \(c.same) 拒绝 \(c.refused) 另读并提示 \(c.said) 不同 \(c.different)")
        }
        print("分页变体 合计 \(total)，读得不同 \(wrong.count)")
        for w in wrong.prefix(ProcessInfo.processInfo.environment["JIXIAO_VARIANTS_ALL"] == nil ? 40 : .max) { print("  " + w.what) }
        #expect(total > 2000)
        let undecidable: [String: Int] = ["名称与指标值折行": 20, "各格折行": 100]
        for kind in counts.keys {
            let different = wrong.filter { $0.kind == kind }.count
            #expect(different <= undecidable[kind, default: 0], "\(kind)")
        }
    }
}
