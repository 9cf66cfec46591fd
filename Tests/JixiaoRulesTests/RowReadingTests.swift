import JixiaoModel
import Testing
@testable import JixiaoRules

/// What `ProjectReading` keeps of each row (`RowLabels`, `RowTexts`) is compared by bytes
/// where the rules compared Strings: both must say the same of awkward text — combining
/// marks, compatibility ideographs (canonically equal to the unified ones), CR LF,
/// full-width forms, blanks of every kind, empty cells.
@Suite struct RowReadingTests {
    static let labels = [
        "产出指标", "成本指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标(0-20)分",
        "经济成本指标", "社会效益 指标", "服务对象满意度指标", "满意度指标", "项目完成指标", "", " ",
        // 量 (U+91CF) as the compatibility ideograph U+F97E: canonically the same name.
        "数\u{F97E}指标", "满意度指标\u{0301}", "数量指标\r\n", "（一）产出指标", "经济成本", "生态环境成本指标",
        "\u{3000}效益指标", "可持续影响指标",
    ]

    static let texts = [
        "", " ", "\u{3000}", "预算执行率", "预算 执行率", "资金\u{00A0}到位率", "项目所需资金\t57.66 万元", "满意度（%）",
        "群众满意率", "增长率", "e\u{0301}", "数\u{F97E}", "进一步\r\n提高", "ＡＢＣ明显", "培训完成及 及时性", "覆盖率",
        "保障\u{200D}率", "公共机构节能", "按时发放", "2021年12月底前",
    ]

    static func row(_ level1: String, _ level2: String, name: String = "", description: String = "",
                    value: String = "", basis: String = "") -> Indicator {
        Indicator(level1: level1, level2: level2, name: name, description: description, value: TargetValue(value),
                  basis: basis, line: 1)
    }

    @Test func labelsAgreeWithTheIndicator() {
        for l1 in Self.labels {
            for l2 in Self.labels {
                let i = Self.row(l1, l2, name: "培训人数")
                let k = RowLabels(i)
                #expect(k.level1 == i.level1Key && k.level2 == i.level2Key, "\(l1) \(l2)")
                #expect(k.isQuantitativeDimension == i.isQuantitativeDimension, "\(l1) \(l2)")
                #expect(k.isCost == i.isCost, "\(l1) \(l2)")
                #expect(k.isMoneyCost == i.isMoneyCost, "\(l1) \(l2)")
                #expect(k.isSatisfaction == i.isSatisfaction, "\(l1) \(l2)")
                #expect(k.dimension == i.dimension, "\(l1) \(l2)")
                #expect(k.label(i) == i.label, "\(l1) \(l2)")
                for name in IndicatorLabel.level1Names + Array(IndicatorLabel.level2Names) {
                    #expect(k.level1Is(name) == (i.level1Key == name), "\(l1) \(name)")
                    #expect(k.level2Is(name) == (i.level2Key == name), "\(l2) \(name)")
                }
            }
        }
    }

    /// `RowLabels.Known` answers what `RowLabels(level1:level2:)` does, asked again and in
    /// any order, for labels whose bytes differ but whose Strings are equal (`数\u{F97E}指标`);
    /// empty, or seeded with the frames' pairs (`Known.seeded`, what a check starts from).
    @Test(arguments: [false, true]) func knownLabelsAreTheLabelsMade(seeded: Bool) {
        var known = seeded ? RowLabels.Known.seeded : RowLabels.Known()
        for round in 0..<2 {
            for l1 in Self.labels {
                for l2 in (round == 0 ? Self.labels : Self.labels.reversed()) {
                    let k = known.labels(level1: l1, level2: l2), made = RowLabels(level1: l1, level2: l2)
                    #expect(Array(k.level1.utf8) == Array(made.level1.utf8) && Array(k.level2.utf8) == Array(made.level2.utf8),
                            "\(l1) \(l2)")
                    #expect(k.isQuantitativeDimension == made.isQuantitativeDimension && k.isCost == made.isCost
                            && k.isMoneyCost == made.isMoneyCost && k.isSatisfaction == made.isSatisfaction, "\(l1) \(l2)")
                }
            }
        }
        // Every pair the seed holds, as made (the frames' 一级 with each 二级 they allow).
        for frame in IndicatorFrame.allCases {
            for (l1, names) in frame.allowed {
                for l2 in names {
                    let k = known.labels(level1: l1, level2: l2), made = RowLabels(level1: l1, level2: l2)
                    #expect(Array(k.level1.utf8) == Array(made.level1.utf8) && Array(k.level2.utf8) == Array(made.level2.utf8)
                            && k.placement == made.placement && k.level1NamesCost == made.level1NamesCost, "\(l1) \(l2)")
                    #expect(k.isQuantitativeDimension == made.isQuantitativeDimension && k.isCost == made.isCost
                            && k.isMoneyCost == made.isMoneyCost && k.isSatisfaction == made.isSatisfaction, "\(l1) \(l2)")
                }
            }
        }
        // The key is where the first label ends, not only the bytes joined.
        let a = known.labels(level1: "产出指标数量", level2: "指标"), b = known.labels(level1: "产出指标", level2: "数量指标")
        #expect(a.level2 != b.level2)
    }

    @Test func compatibilityIdeographIsTheStandardName() {
        // Not plain, so compared as a String: equal to 数量指标 although its bytes differ.
        let k = RowLabels(Self.row("产出指标", "数\u{F97E}指标"))
        #expect(k.level2Is(IndicatorFrame.Level2.quantity))
        #expect(k.isQuantitativeDimension)
    }

    @Test func textsAgreeWithVocabulary() {
        let lists = [Vocabulary.executionMeasures, Vocabulary.fundingStatements, Vocabulary.vague, Vocabulary.time,
                     Vocabulary.qualityRates, Vocabulary.shareWords, ["满意度", "满意率"], ["量"], ["", "率"]]
        for name in Self.texts {
            for description in Self.texts {
                let i = Self.row("产出指标", "数量指标", name: name, description: description, value: description, basis: name)
                let t = RowTexts(i)
                #expect(t.basisIsBlank == TextNormalization.withoutBlanks(i.basis).isEmpty)
                #expect(t.name.isEmpty == TextNormalization.withoutBlanks(i.name).isEmpty)
                for words in lists {
                    let list = WordList(words)
                    #expect(t.name.firstMention(list) == Vocabulary.firstMention(i.name, words), "\(name)")
                    #expect(t.description.firstMention(list) == Vocabulary.firstMention(i.description, words))
                    #expect(t.value.firstMention(list) == Vocabulary.firstMention(i.value.raw, words))
                    #expect(t.nameDescription.firstMention(list) == Vocabulary.firstMention(i.name + i.description, words),
                            "\(name) \(description)")
                    #expect(t.text.firstMention(list) == Vocabulary.firstMention(i.text, words), "\(name) \(description)")
                }
                for suffix in ["率", "(%)", "（%）", "满意度", "量", "\u{0301}", "e\u{0301}", ""] {
                    #expect(t.nameEnds(with: suffix) == PlainScalars.hasSuffix(TextNormalization.withoutBlanks(i.name), suffix),
                            "\(name) \(suffix)")
                }
            }
        }
    }

    @Test func byteSetOfJoinedTexts() {
        for a in Self.texts {
            for b in Self.texts {
                let joined = BareText(a) + BareText(b), whole = BareText(a + b)
                #expect(joined.text == whole.text && Array(joined.text.utf8) == Array(whole.text.utf8))
                #expect(joined.bytes.contains(whole.bytes) && whole.bytes.contains(joined.bytes))
            }
        }
    }

    /// Duplicate names: plain ones are found by their bytes, and a name with a compatibility
    /// ideograph is still the same name as the unified one (compared as Strings).
    @Test func duplicateNames() {
        let engine = RuleEngine(rules: [DuplicateIndicator.rule])
        var d = ExampleDocument.clean
        d[project: 1][row: 5][.name] = d[project: 1][row: 1][.name]
        #expect(engine.check(d).all.map(\.location.row) == [5])
        d[project: 1][row: 1][.name] = "培训数\u{F97E}"
        d[project: 1][row: 5][.name] = "培训 数量。"
        #expect(engine.check(d).all.map(\.location.row) == [5])
        d[project: 1][row: 5][.name] = "培训数量率"
        #expect(engine.check(d).all.isEmpty)
    }

    /// A project's text for its subjects, joined from its parts without blanks, is the
    /// whole text without blanks.
    @Test func projectBareText() {
        var d = ExampleDocument.clean
        for (k, t) in Self.texts.enumerated() {
            d[project: 1].usage = t
            d[project: 1].name = Self.texts[(k + 3) % Self.texts.count]
            d[project: 1][goal: 1] = Goal(number: 1, text: Self.texts[(k + 7) % Self.texts.count])
            let p = d[project: 1]
            let joined = SubjectDomains.bareText(of: p), whole = BareText(SubjectDomains.text(of: p))
            #expect(Array(joined.text.utf8) == Array(whole.text.utf8), "\(t)")
            #expect(joined.bytes.contains(whole.bytes) && whole.bytes.contains(joined.bytes))
        }
    }

    /// Parts without blanks appended one after another are the parts joined by a blank,
    /// without blanks: on blanks of every kind at the ends and inside, parts that are only
    /// blanks or empty, CR LF, combining marks, compatibility ideographs and full-width forms.
    @Test func partsWithoutBlanksJoined() {
        let parts = Self.texts + [" 保洁 ", "\t", "\u{A0}经费\u{A0}", "\u{3000}\u{3000}", "a\r\n b", "Ａ　Ｂ", "\u{C2}", "\u{E3}\u{80}"]
        for k in parts.indices {
            let some = (0..<4).map { parts[(k + $0 * 5) % parts.count] }
            let expected = TextNormalization.withoutBlanks(some.joined(separator: " "))
            #expect(Array(BareText.withoutBlanks(joining: some).utf8) == Array(expected.utf8), "\(some)")
            #expect(Array(BareText.withoutBlanks(joining: [parts[k]]).utf8) == Array(TextNormalization.withoutBlanks(parts[k]).utf8))
        }
    }

    /// The domains' words found in one pass (`DomainWords`) are what looking for each word in
    /// the text without blanks finds, domain by domain, the first word in each list's order:
    /// on a project's whole text (words across the parts' joins, split by blanks of every
    /// kind, written with a compatibility ideograph or a combining mark) and on one text.
    @Test func domainWordsAgree() {
        func oracle(_ text: String) -> [String] {
            let bare = TextNormalization.withoutBlanks(text)
            return Vocabulary.subjectDomains.compactMap { d in
                d.words.first { TextNormalization.contains(bare, $0) }.map { "\(d.name)/\($0)" }
            }
        }
        let words = Vocabulary.subjectDomains.flatMap(\.words)
        var texts = Self.texts + words + ["堤防护岸河道", "河 道", "河\u{3000}道\t清\u{A0}淤", "饮用水供水", "供水饮用水", "泵站\u{F97E}灌区",
                                           "道\u{301}路", "畅通工程159万元", "指标1:新建堤防、护岸长度", "农田水利", "水", "河"]
        for (k, w) in words.enumerated() { texts.append(String(w.reversed()) + words[(k * 7) % words.count] + "，" + w.prefix(1)) }
        var d = ExampleDocument.clean
        for (k, t) in texts.enumerated() {
            #expect(SubjectDomains.mentioned(in: t).map { "\($0.domain)/\($0.word)" } == oracle(t), "\(t)")
            // The parts of a project: each word's first character ends one part and the rest
            // begins the next.
            let w = words[k % words.count]
            d[project: 1].name = Self.texts[k % Self.texts.count] + String(w.prefix(1))
            d[project: 1].heading = String(w.dropFirst()) + " " + t
            d[project: 1].usage = t + String(w.prefix(1))
            d[project: 1][goal: 1] = Goal(number: 1, text: String(w.dropFirst()))
            let p = d[project: 1]
            #expect(SubjectDomains.mentioned(inProject: p).map { "\($0.domain)/\($0.word)" } == oracle(SubjectDomains.text(of: p)), "\(t)")
        }
    }
}
