import JixiaoModel

enum DuplicateIndicator {
    static let rule = Rule(
        id: "indicator.duplicate",
        title: "同一项目中指标重复",
        help: """
        同一张表里，同一个三级指标写了两次（如“满足海洛因成瘾患者维持治疗需求”既在数量指标下，又在社会效益指标下）。\
        重复的指标考核的是同一件事，却被当成两项产出或效果，指标体系就显得比实际充实。请删去重复的一行，\
        或按所在类别改写成不同的指标（数量写做了多少，效益写带来了什么）。
        """,
        category: .relevance, severity: .warning, basis: .reviewExperience,
        check: .project { ctx in
            let rows = ctx.judgedBoxes
            let named = ctx.compactMapJudged { row, _ in
                plainNameKey(folded: ctx.texts(row).foldedName, isPlain: ctx.texts(row).foldedIsPlain)
            }
            let keys = named.map(\.key)
            // Plain keys (`PlainScalars`) are hashed and compared by their bytes, which for them
            // is String equality, without normalising each; any other key has all compared as
            // Strings are.
            let earlier = named.allSatisfy(\.plain) ? firstEqual(keys.map { PlainKey(text: $0) }) : firstEqual(keys)
            return rows.indices.compactMap { k in
                guard !keys[k].isEmpty, let f = earlier[k] else { return nil }
                let i = rows[k], row = i.row
                let first = rows[f]
                let dimension = ctx.labels(row).dimension, firstDimension = ctx.labels(first.row).dimension
                let place = firstDimension == dimension ? "同在\(dimension)下" : "\(firstDimension)下已有"
                return ctx.finding(row: row, field: .name,
                                   "\(label: ctx.labels(row), i)与第 \(first.row) 行重复（\(place)）",
                                   suggestion: "删去重复的一行，或按\(dimension)改写成另一项指标")
            }
        },
        failing: [
            RuleExample("效益指标照抄了数量指标", at: .cell(project: 2, row: 5, .name)) { $0[project: 2][row: 5][.name] = "养护绿地面积" },
        ],
        passing: [
            RuleExample("名称相近而不同") { $0[project: 1][row: 5][.name] = "培训期数完成率" },
        ])

    /// For each key, the position of the first key before it equal to it.
    private static func firstEqual<K: Hashable>(_ keys: [K]) -> [Int?] {
        // A project's few rows are compared pair by pair: cheaper than hashing each key
        // (the same answer: hashing keeps the first of equal keys); many rows are hashed,
        // so a long table costs in proportion to its rows, not their square.
        if keys.count <= 16 {
            return keys.indices.map { k in keys[..<k].firstIndex(of: keys[k]) }
        }
        var seen: [K: Int] = [:]
        return keys.indices.map { k in
            if let f = seen[keys[k]] { return f }
            seen[keys[k]] = k
            return nil
        }
    }

    /// The name without blanks and punctuation; plain text by scalars (`PlainScalars`).
    static func nameKey(_ name: String) -> String { plainNameKey(name).key }

    /// `nameKey` and whether the name was plain.
    static func plainNameKey(_ name: String) -> (key: String, plain: Bool) {
        plainNameKey(folded: TextNormalization.withoutBlanks(TextNormalization.halfWidth(name)))
    }

    /// `plainNameKey(name)` of the name's `withoutBlanks(halfWidth(name))` (`RowTexts.foldedName`).
    static func plainNameKey(folded t: String) -> (key: String, plain: Bool) {
        plainNameKey(folded: t, isPlain: PlainScalars.all(t))
    }

    /// `plainNameKey(folded: t)`, `isPlain` being `PlainScalars.all(t)` (`RowTexts.foldedIsPlain`).
    static func plainNameKey(folded t: String, isPlain: Bool) -> (key: String, plain: Bool) {
        guard isPlain else { return (t.filter { !"，,。.；;、".contains($0) }, false) }
        guard hasPunctuation(t) else { return (t, true) }
        return (String(String.UnicodeScalarView(t.unicodeScalars.filter { !isPunctuation($0) })), true)
    }

    /// `t.unicodeScalars.contains(where: isPunctuation)`, by the UTF-8 bytes: each of the
    /// scalars' byte sequences is that scalar's alone (UTF-8 is self-synchronising), and
    /// decoding every name's scalars was a third of the rule.
    static func hasPunctuation(_ t: String) -> Bool {
        var t = t
        return t.withUTF8 { b in
            let n = b.count
            var i = 0
            while i < n {
                switch b[i] {
                case 0x2C, 0x2E, 0x3B: return true  // , . ;
                case 0xEF where i + 2 < n && b[i + 1] == 0xBC && (b[i + 2] == 0x8C || b[i + 2] == 0x9B): return true  // ， ；
                case 0xE3 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0x82 || b[i + 2] == 0x81): return true  // 。 、
                default: i += 1
                }
            }
            return false
        }
    }

    /// `hasPunctuation` by the definition: for the test that both agree.
    static func hasPunctuationByScalars(_ t: String) -> Bool { t.unicodeScalars.contains(where: isPunctuation) }

    /// `，,。.；;、`, by a switch rather than hashing each scalar into a set.
    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF0C, 0x2C, 0x3002, 0x2E, 0xFF1B, 0x3B, 0x3001: true
        default: false
        }
    }
}
