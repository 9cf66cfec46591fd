import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// The reader on texts damaged in their structure — lines deleted, doubled, swapped, joined
/// or split, tabs dropped or added, cells emptied or filled with a long run of Han
/// characters or a figure, the file cut short, a heading put where it does not belong —
/// 2–3 damages to the sample or a corpus file per mutant, from a fixed seed. Whatever the
/// text, the import's entry (`ImportedText.read`) returns a document whose every line is a
/// line of the file, or a `ReadError` naming a line of the file (its `throws(ReadError)`
/// rules out any other error); a trap kills the test process, and is a crash found.
///
/// `JIXIAO_READER_FUZZ=20000` (and `JIXIAO_READER_FUZZ_SEED=7` for another run,
/// `JIXIAO_READER_FUZZ_DEPTH=6` for up to 6 damages a mutant) reads that many mutants instead
/// of the few hundred CI reads:
/// `JIXIAO_READER_FUZZ=20000 swift test --skip-build --filter ReaderMutationTests`.
@Suite struct ReaderMutationTests {
    static let originals: [(name: String, lines: [String])] = {
        ([("样本", BundledSample.text)] + CorpusFiles.names.map { ($0, String(decoding: CorpusFiles.bytes($0), as: UTF8.self)) })
            .map { name, text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if lines.count > 1, lines.last == "" { lines.removeLast() }
                return (name, lines)
            }
    }()

    static var mutantCount: Int {
        ProcessInfo.processInfo.environment["JIXIAO_READER_FUZZ"].flatMap { Int($0) } ?? 400
    }

    /// Damages per mutant: 2–3, or up to `JIXIAO_READER_FUZZ_DEPTH` in a long run.
    static var depth: Int {
        max(3, ProcessInfo.processInfo.environment["JIXIAO_READER_FUZZ_DEPTH"].flatMap { Int($0) } ?? 3)
    }

    static var seed: UInt64 {
        ProcessInfo.processInfo.environment["JIXIAO_READER_FUZZ_SEED"].flatMap { UInt64($0) } ?? 1
    }

    @Test func theOriginalsReadWithTheirLinesInTheFile() throws {
        #expect(Self.originals.count == 15)
        for (name, lines) in Self.originals {
            let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
            let document = try ImportedText.read(bytes).document
            #expect(Self.linesOutside(document, lineCount: lines.count).isEmpty, "\(name)")
        }
    }

    @Test func mutantsReadOrAreRefusedOnALineOfTheFile() {
        var random = MutationRandom(seed: Self.seed)
        var read = 0, refused = 0, unplaced: [String: Int] = [:]
        for n in 0..<Self.mutantCount {
            let (name, lines, done) = Self.mutant(&random)
            let lineCount = max(lines.count, 1)
            let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
            let what = "mutant \(n) (seed \(Self.seed)) of \(name): \(done.joined(separator: "; "))"
            do {
                let document = try ImportedText.read(bytes).document
                read += 1
                let outside = Self.linesOutside(document, lineCount: lineCount)
                #expect(outside.isEmpty, "\(what): lines \(outside) outside 1...\(lineCount)")
            } catch {
                refused += 1
                if let line = error.line {
                    #expect((1...lineCount).contains(line), "\(what): refused on line \(line) of \(lineCount): \(error.message)")
                } else {
                    unplaced[error.message, default: 0] += 1
                }
                #expect(!error.message.isEmpty, "\(what)")
            }
        }
        if ProcessInfo.processInfo.environment["JIXIAO_READER_FUZZ"] != nil {
            print("ReaderMutationTests: seed \(Self.seed), \(Self.mutantCount) mutants: \(read) read, \(refused) refused; refused on no line: \(unplaced)")
        }
        // Both outcomes are reached, or the mutations test nothing.
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
    }

    // MARK: - Mutations

    /// The next mutant: an original and the 2–`depth` damages done to it.
    static func mutant(_ random: inout MutationRandom) -> (name: String, lines: [String], done: [String]) {
        let (name, original) = originals[random.below(originals.count)]
        var lines = original
        var done: [String] = []
        for _ in 0..<(2 + random.below(depth - 1)) { done.append(mutate(&lines, &random)) }
        return (name, lines, done)
    }

    static let headings = ["项目支出绩效目标表", "三级指标", "一级指标\t二级指标\t三级指标\t指标值", "目录", "单位：元",
                           "2.某某项目绩效目标表", "绩效目标", "项目名称\t某某项目"]
    static let figures = ["1.2345", "-5", "1e9", "0", "99999999999999999999.99", "１２３", "-0.001", "1,234,567.89"]

    /// One structural damage to `lines`; what was done, for the failure's message.
    static func mutate(_ lines: inout [String], _ random: inout MutationRandom) -> String {
        if lines.isEmpty { lines = [""] }
        let i = random.below(lines.count)
        switch random.below(16) {
        case 0:
            lines.remove(at: i)
            return "deleted line \(i + 1)"
        case 1:
            lines.insert(lines[i], at: i)
            return "doubled line \(i + 1)"
        case 2:
            guard i + 1 < lines.count else { return "nothing" }
            lines.swapAt(i, i + 1)
            return "swapped lines \(i + 1), \(i + 2)"
        case 3:
            guard i + 1 < lines.count else { return "nothing" }
            let glue = random.below(2) == 0 ? "" : "\t"
            lines[i] += glue + lines.remove(at: i + 1)
            return "joined line \(i + 1) with the next (\(glue.isEmpty ? "no tab" : "tab"))"
        case 4:
            let cells = lines[i].split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count > 1 else { return "nothing" }
            let k = 1 + random.below(cells.count - 1)
            lines[i] = cells[..<k].joined(separator: "\t")
            lines.insert(cells[k...].joined(separator: "\t"), at: i + 1)
            return "split line \(i + 1) at tab \(k)"
        case 5:
            let tabs = lines[i].indices.filter { lines[i][$0] == "\t" }
            guard !tabs.isEmpty else { return "nothing" }
            lines[i].remove(at: tabs[random.below(tabs.count)])
            return "dropped a tab of line \(i + 1)"
        case 6:
            let at = random.below(lines[i].count + 1)
            lines[i].insert("\t", at: lines[i].index(lines[i].startIndex, offsetBy: at))
            return "added a tab to line \(i + 1) at \(at)"
        case 7:
            return replaceCell(&lines, i, with: "", &random)
        case 8:
            let run = String(repeating: "绩效目标指标值", count: 5 + random.below(200))
            return replaceCell(&lines, i, with: run, &random)
        case 9:
            let figure = figures[random.below(figures.count)]
            if random.below(2) == 0 { return replaceCell(&lines, i, with: figure, &random) }
            var cells = lines[i].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let k = random.below(cells.count)
            cells[k] += figure
            lines[i] = cells.joined(separator: "\t")
            return "appended \(figure) to cell \(k) of line \(i + 1)"
        case 10:
            lines.removeSubrange(i...)
            return "cut the file after line \(i)"
        case 11:
            // A line of another table: a row the reader knows, in the wrong place.
            let other = originals[random.below(originals.count)]
            let k = random.below(other.lines.count)
            lines.insert(other.lines[k], at: i)
            return "put line \(k + 1) of \(other.name) before line \(i + 1)"
        case 12:
            // Excel's quoting of a cell with a line break in it: line i's last cell opens the
            // quote, the next line's first cell closes it.
            guard i + 1 < lines.count else { return "nothing" }
            let doubled = random.below(2) == 0 ? "\"\"" : ""
            if let tab = lines[i].lastIndex(of: "\t") {
                lines[i].insert(contentsOf: "\"" + doubled, at: lines[i].index(after: tab))
            } else {
                lines[i] = "\"" + doubled + lines[i]
            }
            let end = lines[i + 1].firstIndex(of: "\t") ?? lines[i + 1].endIndex
            lines[i + 1].insert("\"", at: end)
            return "quoted from the last cell of line \(i + 1) to the first of the next"
        case 13:
            lines[i] = "\u{0C}" + lines[i]
            return "form feed before line \(i + 1)"
        case 14:
            lines[i] = lines[i].replacingOccurrences(of: "\t", with: String(repeating: " ", count: 1 + random.below(4)))
            return "tabs of line \(i + 1) made spaces"
        default:
            let heading = headings[random.below(headings.count)]
            lines.insert(heading, at: i)
            return "put \(heading) before line \(i + 1)"
        }
    }

    static func replaceCell(_ lines: inout [String], _ i: Int, with text: String, _ random: inout MutationRandom) -> String {
        var cells = lines[i].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let k = random.below(cells.count)
        cells[k] = text
        lines[i] = cells.joined(separator: "\t")
        return "cell \(k) of line \(i + 1) made \(text.count > 12 ? "a run of \(text.count) Han characters" : "“\(text)”")"
    }

    // MARK: - Invariants

    /// Every line number the document holds that is not within `1...lineCount`, named.
    static func linesOutside(_ d: Document, lineCount: Int) -> [String] {
        var all: [(String, Int)] = [("title", d.department.lines.title)]
        all += [("preparedBy", d.department.lines.preparedBy), ("reviewedBy", d.department.lines.reviewedBy),
                ("unit", d.department.lines.unit)].compactMap { name, line in line.map { (name, $0) } }
        all += (d.overall.summary + d.overall.measures).map { ("paragraph", $0.line) }
        for g in d.overall.subGoals {
            all.append(("subGoal", g.line))
            if let l = g.indicatorsLine { all.append(("subGoal indicators", l)) }
        }
        all += d.contents.map { ("contents", $0.line) }
        for p in d.projects {
            let l = p.lines
            let tag = "project \(p.number)"
            all += [("\(tag) heading", l.heading), ("\(tag) unit", l.unit), ("\(tag) code", l.code), ("\(tag) budget", l.budget),
                    ("\(tag) plan", l.plan), ("\(tag) goals", l.goals), ("\(tag) indicatorHeader", l.indicatorHeader)]
            all += [("\(tag) usage", l.usage), ("\(tag) planFigures", l.planFigures), ("\(tag) budgetTotal", l.budgetTotal)]
                .compactMap { name, line in line.map { (name, $0) } }
            all += p.indicators.map { ("\(tag) indicator", $0.line) }
            all += p.budget.items.map { ("\(tag) budget item", $0.line) }
            all += p.facts.map { ("\(tag) fact", $0.line) }
            all += (p.notes + p.readingDoubts + p.printedLabels).map { ("\(tag) note", $0.line) }
        }
        return all.filter { !(1...lineCount).contains($0.1) }.map { "\($0.0) \($0.1)" }
    }
}
