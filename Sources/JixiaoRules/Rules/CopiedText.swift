import JixiaoModel

enum CopiedText {
    static let rule = Rule(
        id: "indicator.copied-text",
        title: "指标或目标写的是别的项目的内容",
        help: """
        指标或绩效目标里出现另一个项目的主题词（取自该项目名称，去掉“经费”“日常办公”“运行维护”等通用办公用语），\
        而本项目的名称、资金用途和绩效目标都没有这个词——多半是从那个项目复制来没改，如监控维护项目的时效指标写“及时保障各项保洁需要”。\
        这样的指标考核不到本项目的钱。请按本项目的内容改写。通用办公用语见规则说明中的词表；\
        名称中间的两个字单独出现不算（“村组干部报酬”的“干部”见于“党员干部教育培训”，说的不是那个项目）。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .document { ctx in
            let projects = ctx.document.projects
            var index = SubjectIndex(projects)
            var out: [Finding] = []
            // Each project, row and cell read where it lies (by position): copying a project
            // or a row out retained and released all its strings.
            for a in projects.indices {
                let own = ctx.projectTexts[a]
                for k in projects[a].indicators.indices {
                    for field in Self.searchedFields {
                        let text = field == .name ? projects[a].indicators[k].name
                            : field == .description ? projects[a].indicators[k].description : projects[a].indicators[k].value.raw
                        let terms = index.foreignTerms(text, exclude: a) { own.ownContains($0) }
                        guard !terms.isEmpty else { continue }
                        let row = k + 1
                        out.append(ctx.finding(projectAt: a, ctx.location(projectAt: a, row: row, field: field),
                                               "\(label: ctx.rowLabels[a][k], projects[a].indicators[k])的\(field.chinese)\(quoted: text)\(describe(terms, projects))，本项目的名称、资金用途和绩效目标都没有提到",
                                               suggestion: "如系从其他项目复制，请按本项目的资金用途改写",
                                               related: relatedCodes(terms, projects)))
                        break
                    }
                }
                for (k, g) in projects[a].goals.enumerated() {
                    let terms = index.foreignTerms(g.text, exclude: a) { own.nameAndUsageContains($0) }
                    guard !terms.isEmpty else { continue }
                    out.append(ctx.finding(projectAt: a, Location(part: .goals, line: projects[a].lines.goals),
                                           "绩效目标 \(k + 1)\(projects[a].printedNumberNote(ofGoalAt: k))\(quoted: g.text)\(describe(terms, projects))，本项目的名称和资金用途都没有提到",
                                           suggestion: "如系从其他项目复制，请按本项目的资金用途改写绩效目标",
                                           related: relatedCodes(terms, projects)))
                }
            }
            return out
        },
        failing: [
            RuleExample("培训项目的时效指标写“及时保障各项绿化养护需要”", at: .cell(project: 1, row: 3, .description)) {
                $0[project: 1][row: 3][.description] = "及时保障各项绿化养护需要"
            },
            RuleExample("绿化项目的目标写“完成教师培训”", at: .project(2, .goals)) {
                $0[project: 2][goal: 2] = Goal(number: 2, text: "完成教师培训。")
            },
        ],
        passing: [
            RuleExample("通用办公用语不算：“保障日常办公需要”") {
                $0[project: 1][row: 5][.description] = "保障日常办公需要"
            },
            RuleExample("年份、数字和“工程”“建设”不算") {
                $0[project: 2].name = "2022年25所学校校园绿化养护工程建设"
                $0[project: 1][row: 1][.description] = "2022年全年举办集中培训，实施培训工程"
                $0[project: 1][row: 4][.value] = "≤1125元"
            },
            RuleExample("本项目资金用途中有的词不算") {
                $0[project: 2].usage = "全县 12 所学校校园绿地养护及养护人员培训，需资金 15 万元。"
                $0[project: 2][row: 2][.description] = "养护人员培训合格比例"
            },
        ])

    /// The cells of a row searched, in this order (made once, not an array per row).
    private static let searchedFields: [IndicatorField] = [.name, .description, .value]

    /// `提到“采购”“防控物资”（项目 9“采购疫情防控物资资金”的内容）`: terms from the same
    /// projects are named together.
    private static func describe(_ terms: [ForeignTerm], _ projects: [Project]) -> String {
        var groups: [(projects: [Int], count: Int, terms: [String])] = []
        for t in terms {
            if let k = groups.firstIndex(where: { $0.projects == t.projects && $0.count == t.count }) {
                groups[k].terms.append(t.term)
            } else {
                groups.append((t.projects, t.count, [t.term]))
            }
        }
        // Written into one String made with room for the usual message: each group joined
        // from pieces with `+` made and copied a String per piece.
        var out = DefaultStringInterpolation(literalCapacity: 256, interpolationCount: 0)
        for (n, g) in groups.enumerated() {
            out.appendLiteral(n == 0 ? "提到" : "，提到")
            for t in g.terms { out.appendInterpolation(quoted: t) }
            out.appendLiteral("（项目 ")
            out.appendLiteral(Say.projects(g.projects.prefix(Say.shownProjects).map { "\(projects[$0].number)“\(projects[$0].name)”" },
                                           of: g.count))
            out.appendLiteral("的内容）")
        }
        return String(stringInterpolation: out)
    }

    private static func relatedCodes(_ terms: [ForeignTerm], _ projects: [Project]) -> [String] {
        var seen: [Int] = []
        for t in terms { for b in t.projects where !seen.contains(b) { seen.append(b) } }
        return seen.sorted().prefix(Say.relatedLimit).map { projects[$0].code }
    }
}

/// A piece of another project's subject found in a text: the first of the projects it
/// belongs to (at most `Say.relatedLimit`) and how many there are.
struct ForeignTerm: Equatable {
    var term: String
    var projects: [Int]
    var count: Int
}

/// Every project's subject, indexed by each pair of neighbouring scalars: a piece (two
/// characters or more) of a subject is found where the text's pair at a place occurs, and
/// compared on from there. Text is looked up place by place, so the cost does not grow with
/// the number of projects; and a subject of n characters is indexed by its n - 1 pairs, not
/// by its n(n - 1)/2 pieces (hashing every piece was half the rule's time).
struct SubjectIndex {
    /// A subject's scalars and its project.
    private var subjects: [(project: Int, scalars: [UInt32])] = []
    /// Where each pair of scalars occurs: subject and offset, in project order, the
    /// occurrences of one pair one after another (`Slot.start`, `Slot.count`).
    private var occurrences: [(subject: Int, offset: Int)] = []
    /// One pair of scalars: where its occurrences are, and the one project whose subjects
    /// have it (or -1: several). A table open by address (`slot(of:)`), made once per check:
    /// a dictionary of an array for each pair was a third of the index.
    private struct Slot {
        var key: UInt64 = 0
        var start: Int32 = 0
        var count: Int32 = 0
        var owner: Int32 = 0
    }
    private var slots: [Slot] = []
    private var mask = 0
    /// Every pair, one bit each of 65,536 by `pairBit`: a text none of whose neighbouring
    /// scalars (blanks left out) is a pair has no piece of a subject, and is passed over
    /// without being looked up (most cells).
    private var pairs = [UInt64](repeating: 0, count: 1024)

    init(_ projects: [Project]) {
        for b in projects.indices {
            for c in Vocabulary.subjectScalars(of: projects[b].name) where c.count >= 2 { subjects.append((b, c)) }
        }
        // Room for every text that may be read (each cell and goal) at once: the table
        // grown entry by entry was rehashed again and again. (Counted by position: reducing
        // over the projects copied each out.)
        piecesByText.reserveCapacity(projects.indices.reduce(0) { $0 + 3 * projects[$1].indicators.count + projects[$1].goals.count })
        let total = subjects.reduce(0) { $0 + $1.scalars.count - 1 }
        var size = 16
        while size < 2 * total { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: Slot(), count: size)
        // Each pair's slot, counted; then the occurrences laid out pair by pair, each pair's
        // in the order of subjects and offsets.
        var slotOfPair: [Int] = []
        slotOfPair.reserveCapacity(total)
        for k in subjects.indices {
            let c = subjects[k].scalars
            let project = Int32(subjects[k].project)
            for i in 0..<c.count - 1 {
                let key = Self.pair(c[i], c[i + 1])
                var h = Self.hash(key) & mask
                while slots[h].key != 0 && slots[h].key != key { h = (h + 1) & mask }
                if slots[h].key == 0 {
                    slots[h].key = key
                    slots[h].owner = project
                } else if slots[h].owner != project {
                    slots[h].owner = -1
                }
                slots[h].count += 1
                slotOfPair.append(h)
                let bit = Self.pairBit(c[i], c[i + 1])
                pairs[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
        var next = 0
        for h in slots.indices where slots[h].key != 0 {
            slots[h].start = Int32(next)
            next += Int(slots[h].count)
        }
        occurrences = Array(repeating: (0, 0), count: total)
        var filled = [Int32](repeating: 0, count: size)
        var p = 0
        for k in subjects.indices {
            for i in 0..<subjects[k].scalars.count - 1 {
                let h = slotOfPair[p]
                occurrences[Int(slots[h].start + filled[h])] = (k, i)
                filled[h] += 1
                p += 1
            }
        }
    }

    private static func pair(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    private static func hash(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) }

    /// A pair's bit in `pairs`.
    private static func pairBit(_ a: UInt32, _ b: UInt32) -> Int { Int((a &* 0x9E37 ^ b) & 0xFFFF) }

    /// The slot of the pair `a`, `b`, if a subject has it. (No pair is 0: a subject's
    /// scalars are characters.)
    @inline(__always)
    private func slot(_ a: UInt32, _ b: UInt32) -> Int? {
        let bit = Self.pairBit(a, b)
        guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        let key = Self.pair(a, b)
        var h = Self.hash(key) & mask
        while slots[h].key != 0 {
            if slots[h].key == key { return h }
            h = (h + 1) & mask
        }
        return nil
    }

    /// Whether `text` may have a piece of a subject of a project other than `exclude`:
    /// false only when no two neighbouring scalars of `withoutBlanks(text)` are a pair of
    /// another project's subject. A piece begins with a pair, and its projects are among
    /// those whose subjects have that pair; a text of a project that names only its own
    /// subject (most cells that name any) has no piece with another project, so no term.
    func mayHaveForeignPiece(_ text: String, exclude: Int) -> Bool {
        let own = Int32(truncatingIfNeeded: exclude)
        return text.withBorrowedUTF8 { bytes in
            var k = 0, previous: UInt32 = 0, hasPrevious = false
            let n = bytes.count
            while k < n {
                let (v, width) = UTF8Scalars.scalar(bytes, at: k)
                k += width
                if v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 { continue }
                if hasPrevious, let h = slot(previous, v), slots[h].owner != own { return true }
                previous = v
                hasPrevious = true
            }
            return false
        }
    }

    /// Terms of other projects' subjects found in `text` but not in the project's own text
    /// (`own` says whether that has a term): read left to right, the longest piece of any
    /// subject at each place, with the projects whose subject has it.
    mutating func foreignTerms(_ text: String, exclude: Int, own: (String) -> Bool) -> [ForeignTerm] {
        guard mayHaveForeignPiece(text, exclude: exclude) else { return [] }
        // Read first: `terms(pieces(of:))` held a copy of the index while the cache was
        // written, and the cache was copied.
        let found = pieces(of: text)
        return terms(found, exclude: exclude, own: own)
    }

    /// `foreignTerms` of every text read, without passing over those
    /// `mayHaveForeignPiece` says have none: for the test that both agree.
    func foreignTermsByReading(_ text: String, exclude: Int, own: (String) -> Bool) -> [ForeignTerm] {
        terms(readPieces(text), exclude: exclude, own: own)
    }

    private func terms(_ found: [Piece], exclude: Int, own: (String) -> Bool) -> [ForeignTerm] {
        guard !found.isEmpty else { return [] }
        var out: [ForeignTerm] = []
        for piece in found {
            // The projects are in index order: the excluded one is found by bisection, the
            // others are taken only as far as they are named. Most pieces are only the
            // project's own: no term.
            let count = piece.projects.count - (Self.sortedContains(piece.projects, exclude) ? 1 : 0)
            guard count > 0 else { continue }
            let term = piece.term
            if !own(term), !out.contains(where: { $0.term == term }) {
                out.append(ForeignTerm(term: term, projects: Array(piece.projects.lazy.filter { $0 != exclude }.prefix(Say.relatedLimit)),
                                       count: count))
            }
        }
        return out.sorted { $0.term < $1.term }
    }

    /// A piece of subjects found in a text: the longest at its place, and every project
    /// whose subject has it (index order). Which project asks does not change them.
    struct Piece {
        let term: String
        let projects: [Int]
    }

    /// The pieces of `text` that are not generic words, left to right, worked out once per
    /// text of the document: cells repeat across rows and projects (`满意度`, `及时率`), and
    /// reading them again was most of the rule. Keyed by the bytes, which the reading is a
    /// function of.
    private var piecesByText: [PlainKey: [Piece]] = [:]

    private mutating func pieces(of text: String) -> [Piece] {
        let key = PlainKey(text: text)
        if let known = piecesByText[key] { return known }
        let found = readPieces(text)
        piecesByText[key] = found
        return found
    }

    private func readPieces(_ text: String) -> [Piece] {
        let t = CopiedText.scalarsWithoutBlanks(text)
        var out: [Piece] = []
        var i = 0
        while i + 1 < t.count {
            guard let h = slot(t[i], t[i + 1]) else { i += 1; continue }
            let found = occurrences[Int(slots[h].start)..<Int(slots[h].start + slots[h].count)]
            // The longest piece here is the longest match of the text with a subject at any
            // of the pair's occurrences; its projects are those with a match that long (the
            // matches are measured again for them rather than kept in an array for each place).
            func matched(_ o: (subject: Int, offset: Int)) -> Int {
                let c = subjects[o.subject].scalars
                var n = 2
                while i + n < t.count, o.offset + n < c.count, t[i + n] == c[o.offset + n] { n += 1 }
                return n
            }
            var len = 0
            for o in found { len = max(len, matched(o)) }
            var projects: [Int] = []
            for o in found where matched(o) == len && (len > 2 || Self.reachesAnEnd(o.offset, len, of: subjects[o.subject].scalars.count)) {
                let b = subjects[o.subject].project
                if projects.last != b { projects.append(b) }
            }
            let piece = t[i..<i + len], term = CopiedText.string(piece)
            if !projects.isEmpty, !CopiedText.isGeneric(term, scalars: piece) { out.append(Piece(term: term, projects: projects)) }
            i += len
        }
        return out
    }

    /// Whether a piece of `length` at `offset` of a subject of `count` scalars begins or ends
    /// where the subject does. A subject is a name less its generic words, and where the name
    /// has none it is the whole name (`村组干部报酬`): two characters from its middle are
    /// bounded by no edge the name gives — a word of it that names far more on its own
    /// (`干部`, met in `党员干部教育培训`), or two words' halves (`组干`). At an edge (`采购`
    /// of `采购疫情防控物资`, `设备` of `监控设备`), or three characters or more, a piece is
    /// the other project's subject.
    static func reachesAnEnd(_ offset: Int, _ length: Int, of count: Int) -> Bool {
        offset == 0 || offset + length == count
    }

    static func sortedContains(_ sorted: [Int], _ x: Int) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == x
    }
}

extension CopiedText {
    /// `TextNormalization.withoutBlanks(text)`'s scalar values, read from the UTF-8 bytes
    /// without making the String: the blanks are U+0020, U+0009, U+00A0 and U+3000.
    static func scalarsWithoutBlanks(_ text: String) -> [UInt32] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt32] = []
            out.reserveCapacity(bytes.count)
            var k = 0
            let n = bytes.count
            while k < n {
                let (v, width) = UTF8Scalars.scalar(bytes, at: k)
                k += width
                if v == 0x20 || v == 0x09 || v == 0xA0 || v == 0x3000 { continue }
                out.append(v)
            }
            return out
        }
    }

    /// The String of scalar values, written as UTF-8 into the String's own storage.
    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var width = 0
        for v in scalars { width += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }
        return String(unsafeUninitializedCapacity: width) { out in
            var k = 0
            for v in scalars {
                UTF8.encode(Unicode.Scalar(v)!) { byte in
                    out[k] = byte
                    k += 1
                }
            }
            return k
        }
    }

    /// `generic.contains(term)`, for the term of `scalars`: a plain term (`PlainScalars`) by
    /// its bytes, as the words are plain, without normalising it to hash it; any other as
    /// Strings compare.
    static func isGeneric(_ term: String, scalars: ArraySlice<UInt32>) -> Bool {
        scalars.allSatisfy(PlainScalars.isPlain) ? genericKeys.contains(PlainKey(text: term)) : generic.contains(term)
    }

    /// `generic` by bytes: every word is plain (`PlainScalarsTests.genericWordsArePlain`).
    static let genericKeys = Set(Vocabulary.generic.map { PlainKey(text: $0) })

    /// `Vocabulary.generic` as a set: asked of every term found, the list compared each
    /// of its words with the term.
    static let generic = Set(Vocabulary.generic)
}
