import JixiaoModel

/// Each document paired with the same unit's previous-year document when the workspace
/// holds it, and their projects matched — by 项目编码 where both print one, else by name
/// (years and blanks left out: `2022年教师培训经费` continues `2021年教师培训经费`). What the
/// year-over-year rules compare. Found through dictionaries: linear in the projects.
struct YearOverYear {
    /// Positions in the context's members, and of projects in their documents.
    struct Pair {
        var current: Int
        var previous: Int
        var continuing: [(current: Int, previous: Int)]
        var appeared: [Int]
        var disappeared: [Int]
    }

    static func pairs(_ members: [DocumentSetMember]) -> [Pair] {
        var byUnitYear: [String: Int] = [:]
        for (m, member) in members.enumerated() {
            let code = TextNormalization.withoutBlanks(member.document.department.code)
            guard !code.isEmpty else { continue }
            byUnitYear["\(code)|\(member.document.department.year)"] = m
        }
        var out: [Pair] = []
        for (m, member) in members.enumerated() {
            let dep = member.document.department
            let code = TextNormalization.withoutBlanks(dep.code)
            guard !code.isEmpty, let previous = byUnitYear["\(code)|\(dep.year - 1)"] else { continue }
            out.append(pair(members, current: m, previous: previous))
        }
        return out
    }

    static func pair(_ members: [DocumentSetMember], current: Int, previous: Int) -> Pair {
        let now = members[current].document.projects, before = members[previous].document.projects
        var byCode: [String: Int] = [:], byName: [String: Int] = [:]
        for (k, p) in before.enumerated() {
            if !p.code.isEmpty, byCode[p.code] == nil { byCode[p.code] = k }
            let n = name(p.name)
            if !n.isEmpty, byName[n] == nil { byName[n] = k }
        }
        var result = Pair(current: current, previous: previous, continuing: [], appeared: [], disappeared: [])
        var taken = Set<Int>()
        for (k, p) in now.enumerated() {
            let match = (p.code.isEmpty ? nil : byCode[p.code]) ?? byName[name(p.name)]
            if let match, !taken.contains(match) {
                taken.insert(match)
                result.continuing.append((k, match))
            } else {
                result.appeared.append(k)
            }
        }
        result.disappeared = before.indices.filter { !taken.contains($0) }
        return result
    }

    /// A project name as compared across years: blanks, full-width forms and a year
    /// (`2022年`, `2022年度`) left out.
    static func name(_ text: String) -> String {
        // By the bytes: a year is four ASCII digits and 年 (E5 B9 B4), 度 (E5 BA A6) after it
        // left out with it; every other scalar's bytes kept. The names of every project of
        // every document come here, and building them scalar by scalar was most of it.
        var bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(text))
        let changed: String? = bare.withUTF8 { b in
            let n = b.count
            @inline(__always) func digit(_ k: Int) -> Bool { b[k] >= 0x30 && b[k] <= 0x39 }
            var out: [UInt8] = []
            out.reserveCapacity(n)
            var k = 0
            while k < n {
                if k + 7 <= n, digit(k), digit(k + 1), digit(k + 2), digit(k + 3),
                   b[k + 4] == 0xE5, b[k + 5] == 0xB9, b[k + 6] == 0xB4 {
                    k += 7
                    if k + 3 <= n, b[k] == 0xE5, b[k + 1] == 0xBA, b[k + 2] == 0xA6 { k += 3 }
                    continue
                }
                out.append(b[k])
                k += 1
            }
            return out.count == n ? nil : String(decoding: out, as: UTF8.self)
        }
        return changed ?? bare
    }

    /// `name` by scalars: the definition the byte path must agree with.
    static func nameByScalars(_ text: String) -> String {
        let bare = Array(TextNormalization.withoutBlanks(TextNormalization.halfWidth(text)).unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        while k < bare.count {
            if k + 4 < bare.count, (0...3).allSatisfy({ ("0"..."9").contains(bare[k + $0]) }), bare[k + 4] == "年" {
                k += 5
                if k < bare.count, bare[k] == "度" { k += 1 }
                continue
            }
            out.append(bare[k])
            k += 1
        }
        return String(out)
    }

    /// Whether two years' 预算数 can be set side by side: not when either table prints its
    /// figures with no unit (814 may be 元 or 万元; `budget.currency-absent`).
    static func budgetsComparable(_ a: Project, _ b: Project) -> Bool {
        !a.budgetUnitUnprinted && !b.budgetUnitUnprinted
    }

    /// `预算数由 200,000.00 元变为 300,000.00 元（+50%）`.
    static func budgetChange(from before: Money, to now: Money) -> String {
        let share = before.fen == 0 ? 0 : Double(now.fen - before.fen) / Double(before.fen)
        let percent = Int((share * 100).rounded())
        return "预算数由 \(Say.money(before))变为 \(Say.money(now))（\(percent >= 0 ? "+" : "")\(percent)%）"
    }
}
