/// The standard names of 一级 and 二级 labels as real tables print them: with extraction
/// spaces (`经济效益 指标`), required marks (`(必填)`, `(必填硬性指标)`), score ranges
/// (`成本指标(0-20)分`) and the older templates' words (项目完成指标, 效果指标,
/// 社会公众或服务对象满意度指标, 社会效益目标, 环境效益). The model keeps the label as
/// printed; these give the name the frames use, so findings and groupings can rely on it.
public enum IndicatorLabel {
    /// The four 一级 names of the frames.
    public static let level1Names: [String] = [IndicatorFrame.output, IndicatorFrame.cost, IndicatorFrame.benefit,
                                               IndicatorFrame.satisfaction]

    /// Every 二级 name either frame allows.
    public static let level2Names: Set<String> = Set(IndicatorFrame.allCases.flatMap { $0.allowed.values.joined() })
    private static let level1NameBytes = level1Names.map { (bytes: Array($0.utf8), name: $0) }
    private static let level2NameBytes = level2Names.map { (bytes: Array($0.utf8), name: $0) }

    /// The name of `names` with the same UTF-8 bytes as `printed`: then the two are equal,
    /// and finding that out needs no hashing or normalisation (rules ask for every row's
    /// labels).
    static func sameBytes(_ printed: String, in names: [(bytes: [UInt8], name: String)]) -> String? {
        var printed = printed
        return printed.withUTF8 { p in
            // By index, not `for n in names`: each name is compared in place, not copied.
            for k in names.indices where names[k].bytes.count == p.count {
                if names[k].bytes.withUnsafeBufferPointer({ SameBytes.equal($0, p) }) { return names[k].name }
            }
            return nil
        }
    }

    /// The label without blanks, marks (★), numbering (`一、`), required marks and
    /// score ranges: `成本指标(0-20)分` → `成本指标`, `数量指标(必填硬性指标)` → `数量指标`.
    public static func cleaned(_ printed: String) -> String {
        cleaned(bare: TextNormalization.withoutBlanks(TextNormalization.halfWidth(printed)))
    }

    /// `cleaned` of a label already without blanks and full-width forms.
    private static func cleaned(bare: String) -> String {
        var l = bare
        // Marks are rare: look for them only when one of their scalars is there.
        if l.unicodeScalars.contains(where: { "★☆*※".unicodeScalars.contains($0) }) { l.removeAll { "★☆*※".contains($0) } }
        l = withoutNumbering(l)
        while let c = l.last, ":：".contains(c) { l.removeLast() }
        // Annotations at the end, possibly followed by 分: `(0-20)分`, `(必填)`, `(20分)`.
        while true {
            var s = Substring(l)
            if s.hasSuffix("分"), s.dropLast().last.map({ ")）".contains($0) }) == true { s = s.dropLast() }
            guard let close = s.last, ")）".contains(close),
                  let open = s.lastIndex(where: { "(（".contains($0) }) else { break }
            let inside = s[s.index(after: open)..<s.index(before: s.endIndex)]
            guard isAnnotation(inside), open > s.startIndex else { break }
            l = String(s[..<open])
        }
        return l
    }

    /// A label that is nothing but an annotation, `(50分)`: the score of a 一级 whose name a copy
    /// lost (萧县杨楼镇 2023 自评表, the vertical 产出指标 gone), read as a blank label.
    public static func isOnlyAnnotation(_ printed: String) -> Bool {
        var s = Substring(TextNormalization.withoutBlanks(TextNormalization.halfWidth(printed)))
        if s.hasSuffix("分"), s.dropLast().last.map({ ")）".contains($0) }) == true { s = s.dropLast() }
        guard let open = s.first, "(（".contains(open), let close = s.last, ")）".contains(close), s.count > 2 else { return false }
        let inside = s.dropFirst().dropLast()
        return !inside.contains { "(（)）".contains($0) } && isAnnotation(inside)
    }

    /// `(必填)`, `(选填)`, `(必填硬性指标)`, `(0-20)`, `(20分)`, `(30%)`.
    static func isAnnotation(_ inside: Substring) -> Bool {
        if ["必填", "选填", "硬性", "核心", "权重", "分值", "可选", "必选"].contains(where: { inside.contains($0) }) { return true }
        return !inside.isEmpty && inside.allSatisfy { ($0.isASCII && $0.isNumber) || "-~—–－.%分至".contains($0) }
    }

    /// `一、产出指标`, `1.数量指标`, `(一)效益指标` → the label.
    static func withoutNumbering(_ l: String) -> String {
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if l.hasPrefix("("), let close = l.firstIndex(of: ")"), l.distance(from: l.startIndex, to: close) <= 3,
           l[l.index(after: l.startIndex)..<close].allSatisfy({ numerals.contains($0) || ($0.isASCII && $0.isNumber) }) {
            return String(l[l.index(after: close)...])
        }
        let num = l.prefix { numerals.contains($0) || ($0.isASCII && $0.isNumber) }
        if !num.isEmpty, num.count <= 2, let sep = l.dropFirst(num.count).first, "、.．".contains(sep) {
            return String(l.dropFirst(num.count + 1))
        }
        return l
    }

    /// The frame's 一级 name for a printed label: 项目完成指标 / 预期产出指标 → 产出指标,
    /// 项目效益指标 / 效果指标 → 效益指标, `成本指标(0-20)分` → 成本指标. A label that names
    /// none of the four is returned cleaned.
    public static func standardLevel1(_ printed: String) -> String {
        // Most tables print the frame's names: no work for them (rules ask for every row).
        // The same bytes are the same name; other text is compared as Strings are.
        if sameBytes(printed, in: level1NameBytes) != nil || level1Names.contains(printed) { return printed }
        let l = cleaned(printed)
        let c = core(l, prefixes: ["项目", "预期", "年度"])
        if let name = level1ByCore[c] { return name }
        if c.contains("满意") { return IndicatorFrame.satisfaction }
        if let stem = beforeTrailingNote(l), let name = level1ByCore[core(stem, prefixes: ["项目", "预期", "年度"])] { return name }
        return l
    }

    /// What a label's core (`core`) names, for `standardLevel1`: one lookup rather than a
    /// comparison with each.
    private static let level1ByCore: [String: String] = [
        "产出": IndicatorFrame.output, "完成": IndicatorFrame.output, "项目完成": IndicatorFrame.output,
        "产出效果": IndicatorFrame.output,
        "效益": IndicatorFrame.benefit, "效果": IndicatorFrame.benefit, "效益效果": IndicatorFrame.benefit,
        "成本": IndicatorFrame.cost,
    ]

    /// The frame's 二级 name for a printed label: 满意度指标 / 服务对象满意度 /
    /// 社会公众或服务对象满意度指标 → 服务对象满意度指标, 社会效益目标 → 社会效益指标,
    /// 环境效益 → 生态效益指标, `数量指标(必填硬性指标)` → 数量指标. A label that names no
    /// 二级 of either frame is returned cleaned.
    public static func standardLevel2(_ printed: String) -> String {
        // (The names compared by their bytes: both are the table's own NFC literals, and `!=`
        // on Chinese Strings was as costly as finding the name.)
        if let name = sameBytes(printed, in: level2NameBytes), !name.utf8.elementsEqual(IndicatorFrame.satisfaction.utf8) { return printed }
        if printed != IndicatorFrame.satisfaction, level2Names.contains(printed) { return printed }
        // What follows depends only on the label without blanks and full-width forms; when
        // that is a standard name's bytes (`生态效益 指标`), its answer is worked out already.
        let bare = TextNormalization.withoutBlanks(TextNormalization.halfWidth(printed))
        if let name = sameBytes(bare, in: level2NameBytes), let standard = level2OfBareName[name] { return standard }
        return standardLevel2(bare: bare)
    }

    private static func standardLevel2(bare: String) -> String {
        typealias L = IndicatorFrame.Level2
        let l = cleaned(bare: bare)
        let c = core(l, prefixes: [])
        if let name = level2ByCore[c] { return name }
        if c.contains("满意") { return L.serviceSatisfaction }
        // A frame's name with a note of the template's own: `数量指标(或建筑规模指标)`,
        // `时效指标(工期指标、形象进度指标)`.
        if let stem = beforeTrailingNote(l), let name = level2ByCore[core(stem, prefixes: [])] { return name }
        return l
    }

    /// The label before a bracketed note that ends it (`数量指标(或建筑规模指标)` →
    /// `数量指标`); nil without one.
    static func beforeTrailingNote(_ l: String) -> String? {
        guard let close = l.last, ")）".contains(close),
              let open = l.lastIndex(where: { "(（".contains($0) }), open > l.startIndex else { return nil }
        return String(l[..<open])
    }

    /// `standardLevel2(bare:)` of each standard name.
    private static let level2OfBareName: [String: String] = Dictionary(uniqueKeysWithValues: level2Names.map {
        ($0, standardLevel2(bare: $0))
    })

    /// What a label's core (`core`) names, for `standardLevel2`: one lookup rather than a
    /// comparison with each. (Internal: the reader's tests check its `level2Scalars` cover it.)
    static let level2ByCore: [String: String] = {
        typealias L = IndicatorFrame.Level2
        let names: [(cores: [String], name: String)] = [
            (["数量", "产出数量"], L.quantity),
            (["质量", "产出质量"], L.quality),
            (["时效", "时效性", "进度", "产出时效"], L.timeliness),
            // 东莞's 批复表 names its cost dimension `预算(或投资规模)控制指标`.
            (["成本", "产出成本", "预算控制", "投资规模控制", "预算(或投资规模)控制"], L.cost),
            (["经济效益"], L.economicBenefit),
            (["社会效益"], L.socialBenefit),
            (["生态效益", "环境效益", "生态环境效益"], L.ecologicalBenefit),
            (["可持续影响", "可持续发展", "可持续", "可持续影响力"], L.sustainableImpact),
            (["经济成本"], L.economicCost),
            (["社会成本"], L.socialCost),
            (["生态环境成本", "环境成本", "生态成本"], L.environmentalCost),
        ]
        return Dictionary(uniqueKeysWithValues: names.flatMap { n in n.cores.map { ($0, n.name) } })
    }()

    /// The label without its `指标` / `目标` / `值` ending and the given prefixes. (`值`:
    /// 山东's 项目支出目标申报表 names its levels 产出值 › 数量值, 效益值 › 社会效益值 — 临邑县
    /// 2025; `指标值` keeps no core a frame names.)
    static func core(_ l: String, prefixes: [String]) -> String {
        var c = Substring(l)
        for suffix in ["指标", "目标", "值"] where c.hasSuffix(suffix) {
            c = c.dropLast(suffix.count)
            break
        }
        for prefix in prefixes where c.hasPrefix(prefix) && c.count > prefix.count {
            let rest = c.dropFirst(prefix.count)
            // 项目完成 stays whole; 项目效益 → 效益.
            if ["产出", "效益", "效果", "成本", "完成"].contains(String(rest)) || rest.contains("满意") {
                c = rest
            }
            break
        }
        return String(c)
    }

    /// Whether a printed label names a 一级 of either frame.
    public static func isLevel1(_ printed: String) -> Bool { level1Names.contains(standardLevel1(printed)) }

    /// Where a row's frame 一级 was read from (`standardLevels`).
    public enum Level1Placement: Sendable, Equatable {
        /// The 一级 column, as the frames lay it out (or a 一级 that is none of the frames').
        case printed
        /// The 二级 column, under an umbrella 一级 of the template's own.
        case umbrella
        /// The 一级 cell is blank with nothing above it to go by; the 二级 belongs to one
        /// 一级 only (数量指标 → 产出指标).
        case fromLevel2
        /// The 一级 cell holds a frame's 二级 (`社会效益`, a cell spanning both columns) and
        /// the 二级 cell is blank: read as that 二级 under its one 一级.
        case level2InLevel1Column
    }

    /// A row's 一级 and 二级 as the frames name them. Some templates put the frames' 一级
    /// one column down, under an umbrella of their own (发改委's 中央预算内投资 tables:
    /// 实施效果指标 › 产出指标 › 建设项目个数): such a row is read by the frame's names — 一级
    /// 产出指标, no 二级. A row whose 一级 is blank (two-level templates; a merged cell lost
    /// in extraction, with no label above to inherit) is read under the 一级 its 二级
    /// belongs to; a frame 二级 printed in the 一级 column over a blank 二级 (`社会效益`,
    /// one cell spanning both), as that 二级 under its 一级.
    public static func standardLevels(level1 printed1: String, level2 printed2: String)
        -> (level1: String, level2: String, placement: Level1Placement) {
        let one = standardLevel1(printed1)
        if !isFrameLevel1(one) {
            if TextNormalization.withoutBlanks(printed1).isEmpty || isOnlyAnnotation(printed1) {
                let two = standardLevel2(printed2)
                if let owner = level1ByLevel2[two] { return (owner, two, .fromLevel2) }
                return (one, two, .printed)
            }
            let two = standardLevel1(printed2)
            if isFrameLevel1(two) { return (two, "", .umbrella) }
            if TextNormalization.withoutBlanks(printed2).isEmpty {
                let named = standardLevel2(printed1)
                if let owner = level1ByLevel2[named] { return (owner, named, .level2InLevel1Column) }
            }
        }
        return (one, standardLevel2(printed2), .printed)
    }

    /// `standardLevels(…).level1`, without naming the 二级 when the 一级 is a frame's (most
    /// rows): rules and the frame ask it of every row.
    public static func standardLevel1(level1 printed1: String, level2 printed2: String) -> String {
        let one = standardLevel1(printed1)
        return isFrameLevel1(one) ? one : standardLevels(level1: printed1, level2: printed2).level1
    }

    /// `standardLevels(…).level2`, the 二级 alone when the 一级 is a frame's.
    public static func standardLevel2(level1 printed1: String, level2 printed2: String) -> String {
        isFrameLevel1(standardLevel1(printed1)) ? standardLevel2(printed2) : standardLevels(level1: printed1, level2: printed2).level2
    }

    /// The one 一级 each frame 二级 belongs to, in either frame (成本指标 is 88号's, under
    /// 产出; 101号's cost 二级 are named apart).
    private static let level1ByLevel2: [String: String] = {
        var owner: [String: String] = [:]
        for frame in IndicatorFrame.allCases {
            for (level1, names) in frame.allowed { for n in names { owner[n] = level1 } }
        }
        return owner
    }()

    /// Whether a standard 一级 (`standardLevel1`'s answer) is one of the frames' four.
    private static func isFrameLevel1(_ standard: String) -> Bool {
        sameBytes(standard, in: level1NameBytes) != nil
    }

    /// Whether a printed label names a 二级 of either frame.
    public static func isLevel2(_ printed: String) -> Bool { level2Names.contains(standardLevel2(printed)) }
}

extension Indicator {
    /// 一级 as the frames name it (`项目完成 指标` → 产出指标; under an umbrella 一级 or a
    /// blank one, as the 二级 says: `IndicatorLabel.standardLevels`).
    public var standardLevel1: String { IndicatorLabel.standardLevel1(level1: level1, level2: level2) }
    /// 二级 as the frames name it (`满意度指标` → 服务对象满意度指标; none under an umbrella 一级).
    public var standardLevel2: String { IndicatorLabel.standardLevel2(level1: level1, level2: level2) }
    /// Where `standardLevel1` was read from (`IndicatorLabel.standardLevels`).
    public var level1Placement: IndicatorLabel.Level1Placement {
        IndicatorLabel.standardLevels(level1: level1, level2: level2).placement
    }
}

extension Project {
    /// The frame this table follows: 101号 when it has 成本指标 as a 一级, 88号 otherwise.
    /// One document can hold tables of both.
    public var frame: IndicatorFrame {
        IndicatorFrame.detect(level1Names: indicators.map(\.standardLevel1))
    }
}
