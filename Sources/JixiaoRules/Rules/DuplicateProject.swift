import JixiaoModel

enum DuplicateProject {
    static let rule = Rule(
        id: "project.duplicate",
        title: "项目重复：名称相同，或用途、目标和指标相同",
        help: """
        两个项目名称相同，或资金用途、绩效目标和绩效指标都相同（只差金额），可能是同一事项分成几个项目申报，存在重复安排资金的风险。\
        请核实：确属同一事项的，合并为一个项目；不是的，写清各自的用途、产出和效果，使之能区分。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .document { ctx in
            let projects = ctx.document.projects
            // Each project read where it lies (by position): a project copied out retained and
            // released all its strings.
            let names = projects.indices.map { TextNormalization.withoutBlanks(projects[$0].name) }
            // A project's content key as bytes when it is plain (most are), else as
            // `contentKey` makes it.
            // (Each row's standard 一级 from the labels the engine worked out once.)
            // The parts read where they lie: a project passed whole was copied out.
            let plainBytes = projects.indices.map { a in
                plainContentKeyBytes(usage: projects[a].usage, goals: projects[a].goals, rows: projects[a].indicators) {
                    ctx.rowLabels[a][$0].level1
                }
            }
            let others = projects.indices.map { plainBytes[$0] == nil ? contentKey(projects[$0]) : nil }
            // Plain keys are grouped by their bytes: the same groups, without normalising
            // every key to hash it.
            let groups: Groups
            if names.allSatisfy(PlainScalars.all) && others.allSatisfy({ $0?.plain ?? true }) {
                let contents = projects.indices.map { ByteKey(bytes: plainBytes[$0] ?? Array(others[$0]!.key.utf8)) }
                groups = Groups(names: names, nameKeys: names.map(PlainKey.init), contentKeys: contents)
            } else {
                let contents = projects.indices.map { i in plainBytes[i].map { String(decoding: $0, as: UTF8.self) } ?? others[i]!.key }
                groups = Groups(names: names, contents: contents)
            }
            var out: [Finding] = []
            for a in projects.indices {
                // Each group once, in index order: a project's others are found without
                // walking the whole group, so a department of many identical projects
                // costs time and memory in proportion to its size, not to its square.
                let nameGroup = groups.sameName[a], contentGroup = groups.sameContent[a]
                let sameNameCount = max(0, nameGroup.count - 1), sameContentCount = contentGroup.count - 1
                guard sameNameCount > 0 || sameContentCount > 0 else { continue }
                func first(_ group: [Int], _ k: Int) -> [Int] { Array(group.lazy.filter { $0 != a }.prefix(k)) }
                func label(_ i: Int) -> String { "\(projects[i].number)“\(projects[i].name)”" }
                var parts: [String] = []
                if sameContentCount > 0 {
                    parts.append("与项目 \(Say.projects(first(contentGroup, Say.shownProjects).map(label), of: sameContentCount))的资金用途、绩效目标和绩效指标相同（只有金额不同）")
                }
                if sameNameCount > 0 {
                    let bothCount = groups.sameBoth[a] - 1
                    let shown = first(nameGroup, Say.shownProjects)
                    parts.append(bothCount == sameNameCount && sameContentCount > 0
                                 ? "与项目 \(Say.projects(shown.map { String(projects[$0].number) }, of: sameNameCount)) 名称也相同"
                                 : "与项目 \(Say.projects(shown.map(label), of: sameNameCount))名称相同")
                }
                let related = Set(first(nameGroup, Say.relatedLimit) + first(contentGroup, Say.relatedLimit)).sorted()
                out.append(ctx.finding(projectAt: a, Location(part: .header, line: projects[a].lines.code),
                                       parts.joined(separator: "；") + "：可能重复安排同一事项",
                                       suggestion: "核实是否为同一事项：是则合并，不是则写清各自的用途、产出和效果",
                                       related: related.prefix(Say.relatedLimit).map { projects[$0].code }))
            }
            return out
        },
        failing: [
            RuleExample("两个项目同名", at: .project(1, .header), .project(2, .header)) { $0[project: 2].name = $0[project: 1].name },
            RuleExample("用途、目标、指标都相同，只差金额", at: .project(1, .header), .project(2, .header)) {
                var copy = $0[project: 1]
                copy.number = 2
                copy.name = "教师培训补充经费"
                copy.heading = "教师培训补充经费绩效目标表"
                copy.code = "50010122ABCDEFGHIJK02"
                copy.usage = "开展全县中小学教师培训，共需资金 15 万元，其中：集中培训 9 万元，送教下乡 6 万元。"
                copy.budget = $0[project: 2].budget
                $0[project: 2] = copy
                $0[contentsOf: 2].title = "教师培训补充经费绩效目标表"
            },
        ],
        passing: [
            RuleExample("目标相同但资金用途不同") { $0[project: 2].goals = $0[project: 1].goals },
        ])

    /// Each project's group by name (empty when it has none), by content, and how many
    /// share both.
    struct Groups {
        var sameName: [[Int]] = [], sameContent: [[Int]] = [], sameBoth: [Int] = []

        /// From plain keys: each key hashed once. A project's name and content are both
        /// another's when both keys' groups are — as `names + NUL + contents` grouped
        /// would say: no plain content has a NUL byte, so the last NUL parts them alike.
        init<NameKey: Hashable, ContentKey: Hashable>(names: [String], nameKeys: [NameKey], contentKeys: [ContentKey]) {
            let nameIDs = Self.ids(nameKeys), contentIDs = Self.ids(contentKeys)
            let bothIDs = Self.ids(names.indices.map { Pair(name: nameIDs[$0], content: contentIDs[$0]) })
            self.init(names: names, nameIDs: nameIDs, contentIDs: contentIDs,
                      bothIDs: names.indices.map { names[$0].isEmpty ? nil : bothIDs[$0] })
        }

        /// From keys compared as Strings (canonically): name and content joined by a NUL.
        init(names: [String], contents: [String]) {
            let both = Self.ids(names.indices.map { names[$0] + "\u{0}" + contents[$0] })
            self.init(names: names, nameIDs: Self.ids(names), contentIDs: Self.ids(contents),
                      bothIDs: names.indices.map { names[$0].isEmpty ? nil : both[$0] })
        }

        private struct Pair: Hashable {
            var name: Int, content: Int
        }

        /// Each key's group: the position of the first equal key among the distinct ones.
        /// A department's few projects (most documents) are grouped by comparing each key
        /// with the distinct keys before it: the groups hashing gives (equal keys hash
        /// alike), without hashing each project's whole text, and most unequal keys differ
        /// in length. Many projects are grouped by hashing, in time proportional to their
        /// number (`idsByHashing`).
        static func ids<Key: Hashable>(_ keys: [Key]) -> [Int] {
            guard keys.count <= 32 else { return idsByHashing(keys) }
            var firsts: [Int] = []
            firsts.reserveCapacity(keys.count)
            var out: [Int] = []
            out.reserveCapacity(keys.count)
            for k in keys.indices {
                if let id = firsts.firstIndex(where: { keys[$0] == keys[k] }) {
                    out.append(id)
                } else {
                    out.append(firsts.count)
                    firsts.append(k)
                }
            }
            return out
        }

        /// `ids` by hashing each key: the definition, and the way for many projects.
        static func idsByHashing<Key: Hashable>(_ keys: [Key]) -> [Int] {
            var seen: [Key: Int] = [:]
            seen.reserveCapacity(keys.count)
            // Each key hashed once: looked up and, when new, entered by the same access.
            func id(_ slot: inout Int) -> Int { slot }
            return keys.map { key in
                let next = seen.count
                return id(&seen[key, default: next])
            }
        }

        private init(names: [String], nameIDs: [Int], contentIDs: [Int], bothIDs: [Int?]) {
            // Group by key rather than compare every pair.
            var byName = [[Int]](repeating: [], count: names.count), byContent = [[Int]](repeating: [], count: names.count)
            var byBoth = [Int](repeating: 0, count: names.count)
            for i in names.indices {
                if !names[i].isEmpty { byName[nameIDs[i]].append(i) }
                byContent[contentIDs[i]].append(i)
                if let b = bothIDs[i] { byBoth[b] += 1 }
            }
            for i in names.indices {
                sameName.append(names[i].isEmpty ? [] : byName[nameIDs[i]])
                sameContent.append(byContent[contentIDs[i]])
                // How many share both name and content: whether a same name is news.
                sameBoth.append(bothIDs[i].map { byBoth[$0] } ?? 1)
            }
        }
    }

    /// Bytes hashed and compared as they are: a plain content key (see `PlainKey`).
    struct ByteKey: Hashable {
        let bytes: [UInt8]

        /// The length, both ends and a few stretches between: equal keys hash alike, and
        /// keys that differ differ there all but always (the ends are the 资金用途's start
        /// and the last row's description); equality compares them whole. Hashing a
        /// project's whole text was a fifth of the rule.
        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.withUnsafeBytes { b in
                guard b.count > 512 else { return hasher.combine(bytes: b) }
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: b[..<128]))
                hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: b[(b.count - 128)...]))
                let step = (b.count - 256) / 9
                for k in 1...8 {
                    let at = 128 + k * step
                    hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: b[at..<at + 16]))
                }
            }
        }
    }

    /// `contentKey` of a project whose text is all plain (`PlainScalars`), in one pass over
    /// each text's scalars into one buffer of UTF-8 bytes; nil when some of it is not plain
    /// (then `contentKey` reads it, by Characters where it must). Every check keys every
    /// project's whole text: building each part as a String and joining them was most of
    /// the rule's time.
    static func plainContentKey(_ p: Project) -> String? {
        plainContentKeyBytes(p).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `plainContentKey` as its UTF-8 bytes.
    static func plainContentKeyBytes(_ p: Project) -> [UInt8]? {
        plainContentKeyBytes(usage: p.usage, goals: p.goals, rows: p.indicators) { p.indicators[$0].level1Key }
    }

    /// `plainContentKeyBytes(p)` of a project of this 资金用途, goals and rows, with `level1Key(k)`
    /// the `level1Key` of the row at position k.
    static func plainContentKeyBytes(usage: String, goals: [Goal], rows: [Indicator], level1Key: (Int) -> String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(usage.utf8.count + 64 * rows.count)
        // As `contentKey`'s `bare`: full-width forms read as ASCII, ASCII but letters and
        // the ignored punctuation dropped, then every 万 before a 元 and every 元 — the 万
        // is held back until the next kept scalar says which. False on a scalar not plain.
        // `out` passed, not captured by a local function: captured, it was checked for
        // exclusive access at each text.
        guard appendBare(usage, to: &out) else { return nil }
        for g in goals {
            out.append(0x7C)  // |
            guard appendBare(g.text, to: &out) else { return nil }
        }
        // By position: a row's cells read where they lie, not the row copied out. A row's
        // 一级 is mostly the row above's (the same String): its plainness is known.
        var plainLevel1: String?
        for k in rows.indices {
            let level1 = level1Key(k)
            if !(plainLevel1.map { SameBytes.equal($0, level1) } ?? false) {
                guard PlainScalars.all(level1) else { return nil }
                plainLevel1 = level1
            }
            out.append(0x7C)
            out.append(contentsOf: level1.utf8)
            out.append(0x2F)  // /
            guard appendBare(rows[k].name, to: &out) else { return nil }
            out.append(0x2F)
            guard appendBare(rows[k].description, to: &out) else { return nil }
        }
        return out
    }

    /// `appendBare` of a String's UTF-8, read where it lies.
    private static func appendBare(_ s: String, to out: inout [UInt8]) -> Bool {
        s.withBorrowedUTF8 { appendBare($0, to: &out) }
    }

    /// `plainContentKeyBytes`'s `appendBare` over a text's UTF-8 (well-formed: a String's),
    /// `out` a parameter rather than a captured variable checked for exclusive access at
    /// every byte appended.
    private static func appendBare(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) -> Bool {
        var heldWan = false
        var k = 0
        let n = utf8.count
        while k < n {
            let b = utf8[k]
            // Most of a text: a CJK ideograph of U+4000–U+9FFF (lead byte E4–E9), plain
            // but for the Yijing hexagrams, never ignored, kept as its own bytes —
            // unless it is 万 or 元, or a 万 is held.
            // A run of them is appended whole, not byte by byte.
            if b >= 0xE4 && b <= 0xE9 && !heldWan {
                var j = k
                while j < n, utf8[j] >= 0xE4 && utf8[j] <= 0xE9 {
                    let v = UInt32(utf8[j] & 0x0F) << 12 | UInt32(utf8[j + 1] & 0x3F) << 6 | UInt32(utf8[j + 2] & 0x3F)
                    guard v != 0x4E07 && v != 0x5143 && !(0x4DC0...0x4DFF).contains(v) else { break }
                    j += 3
                }
                if j > k {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[k..<j]))
                    k = j
                    continue
                }
            }
            // Any other scalar, decoded (a String's UTF-8 is well-formed).
            let (value, width) = UTF8Scalars.scalar(utf8, at: k)
            var v = value
            k += width
            if (0xFF01...0xFF5E).contains(v) { v -= 0xFEE0 } else if v == 0x3000 { v = 0x20 }
            if v < 0x80 {
                guard (0x61...0x7A).contains(v) || (0x41...0x5A).contains(v) else { continue }
            } else if isIgnored(v) {
                continue
            } else if !PlainScalars.isPlain(v) {
                return false
            }
            if heldWan {
                heldWan = false
                if v == 0x5143 { continue }  // 万元
                out.append(contentsOf: [0xE4, 0xB8, 0x87])  // 万
            }
            if v == 0x4E07 { heldWan = true; continue }  // 万
            if v == 0x5143 { continue }  // 元
            // UTF-8 by hand: plain scalars are below U+10000.
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(0xC0 | UInt8(v >> 6))
                out.append(0x80 | UInt8(v & 0x3F))
            } else {
                out.append(0xE0 | UInt8(v >> 12))
                out.append(0x80 | UInt8((v >> 6) & 0x3F))
                out.append(0x80 | UInt8(v & 0x3F))
            }
        }
        if heldWan { out.append(contentsOf: [0xE4, 0xB8, 0x87]) }
        return true
    }

    /// Usage, goals and indicator rows with amounts, punctuation and blanks removed; and
    /// whether all of it is plain text (`PlainScalars`).
    static func contentKey(_ p: Project) -> (key: String, plain: Bool) {
        var plain = PlainScalars.all(p.indicators.map(\.level1Key).joined())
        func bare(_ s: String) -> String {
            var kept: [Unicode.Scalar] = []
            for u in TextNormalization.halfWidth(s).unicodeScalars {
                if u.isASCII, !(("a"..."z").contains(u) || ("A"..."Z").contains(u)) { continue }
                if isIgnored(u.value) { continue }
                kept.append(u)
            }
            // 万元 and 元 taken out scalar by scalar when that is the same as by Character.
            guard kept.allSatisfy({ PlainScalars.isPlain($0.value) }) else {
                plain = false
                var view = String.UnicodeScalarView()
                view.append(contentsOf: kept)
                return String(view).replacing("万元", with: "").replacing("元", with: "")
            }
            // Both replacements in one pass: every 万 before a 元, and every 元.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(kept.count * 3)
            var i = 0
            while i < kept.count {
                if kept[i] == "万", i + 1 < kept.count, kept[i + 1] == "元" { i += 2; continue }
                if kept[i] != "元" { UTF8.encode(kept[i]) { bytes.append($0) } }
                i += 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let rows = p.indicators.map { "\($0.level1Key)/\(bare($0.name))/\(bare($0.description))" }
        let key = ([bare(p.usage)] + p.goals.map { bare($0.text) } + rows).joined(separator: "|")
        return (key, plain)
    }

    /// Chinese punctuation and blanks that do not change what a text says:
    /// `。，、；：！？（）“”‘’《》　·—…` (a switch: every scalar of every row comes here).
    private static func isIgnored(_ v: UInt32) -> Bool {
        switch v {
        case 0x3002, 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0xFF08, 0xFF09, 0x201C, 0x201D, 0x2018, 0x2019,
             0x300A, 0x300B, 0x3000, 0xB7, 0x2014, 0x2026: true
        default: false
        }
    }
}
