import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoText

/// A district's departments as text files, for benchmarks and tests only (never sample
/// data): `count` plausible 部门预算绩效文本, each a distinct unit with its own codes,
/// names and amounts, built from the tables of the bundled sample (with its extraction
/// quirks) and, in some documents, the real layouts of the corpus tables. Some units
/// also have last year's document (projects that continue, end and begin; budgets that
/// change; a target lowered), and a few projects are funded twice across departments
/// (the same code, or the same name and amount), as a bureau's cross-department checks
/// should find.
public struct SyntheticBureau: Sendable {
    public struct File: Sendable, Equatable {
        /// `0001-青山区教育局-2021.txt`.
        public var name: String
        public var bytes: [UInt8]
        public var unitCode: String
        public var year: Int
    }

    let sample: [TableTemplate]
    let corpus: [TableTemplate]
    /// The sample's 第一部分 (its prose), reused by every document.
    let partOne: [String]

    /// `corpus`: the texts of real tables (each file one table or more) to mix in.
    public init(corpus texts: [[UInt8]] = []) throws {
        sample = try TableTemplate.tables(of: BundledSample.bytes, origin: "sample")
        corpus = try texts.enumerated().flatMap { k, bytes in try TableTemplate.tables(of: bytes, origin: "corpus \(k + 1)") }
        let lines = String(decoding: BundledSample.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let parts = lines.indices.filter { lines[$0] == "第一部分" }
        let seconds = lines.indices.filter { lines[$0] == "第二部分" }
        partOne = Array(lines[(parts.last ?? 0)..<(seconds.last ?? lines.count)])
    }

    /// One project of a document to be written.
    struct Slot {
        var template: TableTemplate
        var name: String
        var code: String
        var factor: Double
        /// A 指标值 to print instead of the template's (`≥95%` → `≥98%`), for last year's
        /// copy of a continuing project whose target this year is lower.
        var valueChange: (from: String, to: String)?
    }

    struct Plan {
        var unit: SyntheticUnit
        var year: Int
        var slots: [Slot]
        var hasContents: Bool
    }

    /// `count` documents of `projects` projects each. Every tenth document is the previous
    /// year's of the unit before it; every fourth mixes corpus tables among the sample's;
    /// one in fifty shares a project code with another department, one in fifty funds a
    /// project of the same name and amount as another department.
    public func documents(count: Int, projects: Int = 13, seed: UInt64 = 2021) -> [File] {
        var rng = SplitMix(seed: seed)
        var plans: [Plan] = []
        var units = 0
        for k in 0..<count {
            if k % 10 == 9, let current = plans.last, current.year == 2021 {
                plans.append(previousYear(of: current, rng: &rng))
                continue
            }
            let unit = SyntheticUnit.numbered(units)
            units += 1
            var slots: [Slot] = []
            let mixed = k % 4 == 3 && !corpus.isEmpty
            for j in 0..<projects {
                let template = mixed && j % 3 == 1 ? corpus[(k + j) % corpus.count] : sample[(k + j) % sample.count]
                slots.append(Slot(template: template, name: Self.name(template.name, unit: unit, variant: k + j),
                                  code: Self.code(like: template.code, unit: unit, project: j, rng: &rng),
                                  factor: Double.random(in: 0.4...3.0, using: &rng)))
            }
            if k % 50 == 7, let other = plans.last(where: { $0.unit != unit }), let s = other.slots.first(where: { !$0.code.isEmpty }),
               let j = slots.firstIndex(where: { $0.template.code.count == s.code.count }) {
                slots[j].code = s.code
            }
            if k % 50 == 23, let other = plans.last(where: { $0.unit != unit }), other.slots.count > 5 {
                slots[5] = other.slots[5]
                slots[5].code = Self.code(like: other.slots[5].template.code, unit: unit, project: 5, rng: &rng)
            }
            plans.append(Plan(unit: unit, year: 2021, slots: slots, hasContents: k % 7 != 5))
        }
        return plans.enumerated().map { k, plan in
            let text = render(plan)
            return File(name: String(format: "%04d", k + 1) + "-\(plan.unit.name)-\(plan.year).txt", bytes: Array(text.utf8),
                        unitCode: plan.unit.code, year: plan.year)
        }
    }

    /// Last year's document of the same unit: the same projects (names and codes) but the
    /// last, which began this year, and one that has ended since; budgets that differ by
    /// up to ±50 %; the second project with a higher target last year while its budget
    /// rose since.
    func previousYear(of current: Plan, rng: inout SplitMix) -> Plan {
        var slots = current.slots
        slots.removeLast()
        for j in slots.indices {
            slots[j].factor /= Double.random(in: 0.6...1.6, using: &rng)
        }
        if slots.count > 1 {
            slots[1].factor = current.slots[1].factor / 1.5
            slots[1].valueChange = ("≥95%", "≥98%")
        }
        let ended = sample[(current.slots.count + 5) % sample.count]
        slots.append(Slot(template: ended, name: current.unit.department + ended.name + "（一期）",
                          code: Self.code(like: ended.code, unit: current.unit, project: 99, rng: &rng),
                          factor: Double.random(in: 0.4...3.0, using: &rng)))
        return Plan(unit: current.unit, year: current.year - 1, slots: slots, hasContents: current.hasContents)
    }

    /// A project's name for this unit: the table's own name with the district or the year
    /// in front, as real names often have; a table without a name keeps none.
    static func name(_ base: String, unit: SyntheticUnit, variant: Int) -> String {
        guard !base.isEmpty else { return "" }
        switch variant % 3 {
        case 0: return unit.district + base
        case 1: return unit.department + base
        default: return base + "（" + unit.district + "）"
        }
    }

    /// A code shaped like the template's (its length; letters and digits), starting with the
    /// unit's code; none where the table printed none.
    static func code(like template: String, unit: SyntheticUnit, project: Int, rng: inout SplitMix) -> String {
        guard !template.isEmpty else { return "" }
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        var code = unit.code + "21" + String(format: "%02d", project % 100)
        while code.count < template.count { code.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
        return String(code.prefix(template.count))
    }

    func render(_ plan: Plan) -> String {
        var lines: [String] = ["", "**" + plan.unit.district, plan.unit.department, "\(plan.year) 年部门预算绩效文本", "(草案)**", "",
                               "\(plan.unit.name)编制", "", "\(plan.unit.district)财政局审核", ""]
        if plan.hasContents {
            lines += ["目 录", "", "第一部分 部门整体绩效目标", "", "一、总体绩效目标.....\t2", "二、分项绩效目标.....\t2",
                      "三、工作保障措施.....\t3", "", "第二部分 预算项目绩效目标", ""]
            for (j, s) in plan.slots.enumerated() {
                lines.append("\(j + 1).\(s.name)绩效目标表.....\t\(j + 6)")
            }
            lines.append("")
        }
        lines += partOne
        lines += ["第二部分", "", "预算项目绩效目标", ""]
        for (j, s) in plan.slots.enumerated() {
            var table = s.template.instance(number: j + 1, unitHead: plan.unit.unitHead, code: s.code, name: s.name, factor: s.factor)
            if let change = s.valueChange, let row = table.firstIndex(where: { $0.contains("\t" + change.from + "\t") }) {
                table[row] = table[row].replacingOccurrences(of: "\t" + change.from + "\t", with: "\t" + change.to + "\t")
            }
            lines += table + [""]
        }
        return lines.joined(separator: "\n")
    }
}

extension SyntheticBureau {
    /// The development corpus committed with the reader's tests (`Tests/JixiaoTextTests/Corpus`),
    /// found from this file's place in the checkout: the generator is a developer's tool.
    public static var developmentCorpusFolder: String {
        let here = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
        return "/" + here + "/Tests/JixiaoTextTests/Corpus"
    }

    /// The texts of the `.txt` files in `folder`, by name.
    public static func texts(in folder: String) -> [[UInt8]] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        return names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0).map { [UInt8]($0) } }
    }

    /// With the development corpus's tables mixed in.
    public static func withDevelopmentCorpus() throws -> SyntheticBureau {
        try SyntheticBureau(corpus: texts(in: developmentCorpusFolder))
    }
}
