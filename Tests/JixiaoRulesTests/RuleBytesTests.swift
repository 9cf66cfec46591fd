import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
import JixiaoTestSupport
import Testing
@testable import JixiaoRules

/// The rules' byte paths against the String, Character and scalar definitions they
/// replace: every scalar sampled, in the places it could change the answer, and awkward
/// texts (combining marks, compatibility ideographs, CR LF, full-width forms, empty).
@Suite struct RuleBytesTests {
    static let awkward = ["", " ", "\r\n", "a\r\nb", "e\u{301}", "\u{F900}", "１２３", "豈", "😀👍🏽", "\u{3000}", "\u{00A0}", "\t",
                          "中\u{301} 文", "中 \u{301}文", "中\u{3000}文", "中\u{00A0}文", "中\t文", "中  文", "及 及时", "产 出 指 标",
                          "≥ 4 期", "福建省财政厅 福建省水利厅", "目标1:开展 目标2:完成", "一.开展培训 二.送教下乡", "1 中", "中 1",
                          "中 \u{F900}", "\u{F900} 中", "㐀 㐀", "中 😀", "\u{4DC0} 中", "中\r\n文"]

    @Test func codeFormatByBytesIsByCharacters() {
        let good = "130306210001234ABCDEF"
        #expect(CodeFormat.isWellFormed(good))
        ScalarSample.forEach(dense: [0xFF00...0xFFFF], step: 5) { s in
            let one = String(Character(s))
            for t in [String(good.dropLast()) + one, one + String(good.dropFirst()), String(good.prefix(8)) + one + String(good.dropFirst(9)),
                      good + one, String(good.prefix(10)) + one + String(good.dropFirst(10)), one] {
                #expect(CodeFormat.isWellFormed(t) == CodeFormat.isWellFormedByCharacters(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward + [good.lowercased(), "13030621000123\r\nABCDEF", "1303062100012345678901", "13030621UPKGK585NCURQ", "ABCDEFGH0001234ABCDEF"] {
            #expect(CodeFormat.isWellFormed(t) == CodeFormat.isWellFormedByCharacters(t), "\(t)")
        }
    }

    @Test func duplicateNamePunctuationByBytesIsByScalars() {
        ScalarSample.forEach(dense: [0x3000...0x3010, 0xFF00...0xFFFF], step: 3) { s in
            let one = String(Character(s))
            for t in [one, "培训" + one + "人数", one + "中", "中" + one, "，" + one, one + "。"] {
                #expect(DuplicateIndicator.hasPunctuation(t) == DuplicateIndicator.hasPunctuationByScalars(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward + ["培训,人数", "培训。", "、", "；", "a.b", "，", "\u{3002}\u{301}"] {
            #expect(DuplicateIndicator.hasPunctuation(t) == DuplicateIndicator.hasPunctuationByScalars(t), "\(t)")
            let folded = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
            #expect(DuplicateIndicator.plainNameKey(folded: folded, isPlain: PlainScalars.all(folded)) == DuplicateIndicator.plainNameKey(folded: folded))
        }
    }

    @Test func coreMarkByBytesIsByCharacters() {
        ScalarSample.forEach(dense: [0x2000...0x2700, 0x3000...0x3010, 0xFF00...0xFFFF], step: 3) { s in
            let one = String(Character(s))
            for t in [one + "培训人数", " " + one + "培训", "\u{3000}" + one, one, "★" + one, one + "★", "\u{00A0}\t" + one + "人"] {
                #expect(CoreInParts.isCore(t) == CoreInParts.isCoreByCharacters(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward + ["★培训", "☆培训", " ★", "\u{3000}☆人数", "★\u{301}培训", "★\u{FE0F}培训", "\u{2605}", "培训★", "＊培训", "*培训"] {
            #expect(CoreInParts.isCore(t) == CoreInParts.isCoreByCharacters(t), "\(t)")
        }
    }

    @Test func yearOverYearNameByBytesIsByScalars() {
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0xF900...0xFAFF], step: 5) { s in
            let one = String(Character(s))
            for t in ["2022" + one + "年度经费", "2022年" + one, one + "2022年度", "202" + one + "2年", "2022年度" + one, "经费" + one, one] {
                #expect(YearOverYear.name(t) == YearOverYear.nameByScalars(t), "U+\(String(s.value, radix: 16))")
                #expect(Array(YearOverYear.name(t).utf8) == Array(YearOverYear.nameByScalars(t).utf8), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward + ["2022年", "2022年度", "2022 年度办公经费", "２０２２年度经费", "12022年度", "20222023年", "2022年2023年度", "2022年度度",
                                 "经费2022", "2022\u{F98E}度", "2022年\u{301}度", "年度", "2022年度", "abc2022年"] {
            #expect(Array(YearOverYear.name(t).utf8) == Array(YearOverYear.nameByScalars(t).utf8), "\(t)")
        }
    }

    func sameRepair(_ t: String) -> Bool {
        let fast = ExtractionDamage.repaired(t), slow = ExtractionDamage.repairedByReading(t)
        return fast?.0 == slow?.0 && fast?.doubled == slow?.doubled && (fast == nil) == (slow == nil)
    }

    @Test func repairedCutShortOnlyWhereReadingFindsNothing() {
        ScalarSample.forEach(dense: [0x3400...0x3500, 0x4DB0...0x4E10, 0x9FF0...0xA000, 0xF900...0xFAFF, 0xFF00...0xFFFF], step: 5) { s in
            let one = String(Character(s))
            for t in ["中" + one + " 文", "中 " + one, one + " 中", one + " " + one, "中 " + one + "文", one + "\u{3000}中", one + "\u{00A0}中",
                      "中" + one + "\t文", "及" + one + " 及时"] {
                #expect(sameRepair(t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward { #expect(sameRepair(t), "\(t)") }
        // Within longer texts, at every alignment of the eight bytes read at a time.
        for t in Self.awkward + ["经费保障及 及时性", "产 出 指 标", "中\u{3000}\u{3000}文", "中\u{00A0} 文", "保障。 中", "中 。文"] {
            for shift in 0..<9 {
                let pad = String(repeating: "a", count: shift)
                for long in [pad + "经费保障及时性" + t + "经费保障及时性", pad + t + "服务对象满意度", "服务对象满意度" + pad + t, pad + "经费保障及时性经费" + t] {
                    #expect(sameRepair(long), "\(long)")
                }
            }
        }
    }

    /// `Indicator.isNotApplicableStart`'s switch is the set it replaces, for every scalar of the BMP.
    @Test func notApplicableStartsAgree() {
        for v in UInt32(0)...0xFFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(Indicator.isNotApplicableStart(s) == Indicator.notApplicableStarts.contains(s), "\(v)")
        }
        for (name, value) in [("", ""), (" 无", ""), ("\u{3000}不适用", "/"), ("本项目不适用此指标", "达标"), ("略", "－"), ("暂无", " — "), ("培训人次", "100")] {
            _ = Indicator.isNotApplicable(name: name, value: value)
        }
    }

    /// `goals.funding-only` splits only goals `mayStateAmount` says true of: no clause of any
    /// other text is an amount, and the rule's answer is the one reading every goal gives.
    @Test func fundingOnlySplitsOnlyGoalsThatMayStateAmounts() throws {
        func noAmount(_ t: String) -> Bool {
            !GoalsFundingOnly.clauses(t).contains { GoalsFundingOnly.kind($0) == .amount }
        }
        func agrees(_ goals: [Goal]) -> Bool {
            GoalsFundingOnly.fundingOnly(goals) == GoalsFundingOnly.fundingOnlyByClauses(goals)
        }
        ScalarSample.forEach(dense: [0xFF00...0xFFFF, 0x5100...0x5200], step: 17) { s in
            let one = String(Character(s))
            for t in ["1" + one + "元", one + "元", "资金" + one + "0元", "安排资金15" + one + "万元用于绿化", "１５" + one + "元",
                      "15(" + one + ")万元", "资金15万" + one] {
                #expect(GoalsFundingOnly.mayStateAmount(t) || noAmount(t), "U+\(String(s.value, radix: 16))")
                #expect(agrees([Goal(number: 1, text: t)]), "U+\(String(s.value, radix: 16))")
            }
        }
        let texts = Self.awkward + ["安排资金15万元用于校园绿地养护。", "１５万元用于养护", "15 万元", "15（注）万元", "15\r\n元", "资金元1", "元", "1",
                                    "用于校园绿地养护。", "改善校园生态环境。", "本项目共申请预算资金200000元,其中集中培训120000元", "1\u{301}元", "１\u{301}元"]
        for t in texts { #expect(GoalsFundingOnly.mayStateAmount(t) || noAmount(t), "\(t)") }
        for a in texts { for b in texts { #expect(agrees([Goal(number: 1, text: a), Goal(number: 2, text: b)]), "\(a) | \(b)") } }
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for name in CorpusExpectationTests.files {
            documents.append(try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + name) ?? Data())))
        }
        for d in documents {
            for p in d.projects {
                #expect(agrees(p.goals), "\(p.name)")
                for g in p.goals { #expect(GoalsFundingOnly.mayStateAmount(g.text) || noAmount(g.text), "\(g.text)") }
            }
        }
    }
    /// `indicator.copied-text` reads only the texts `SubjectIndex.mayHaveForeignPiece` lets
    /// through: every text it passes over has no term of another project's subject.
    @Test func copiedTextPassesOverOnlyTextsWithoutForeignTerms() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for name in CorpusExpectationTests.files {
            documents.append(try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + name) ?? Data())))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 24) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        var compared = 0, found = 0
        for d in documents {
            var index = SubjectIndex(d.projects)
            for a in d.projects.indices {
                let own = ProjectTexts(d.projects[a])
                var texts = d.projects[a].indicators.flatMap { [$0.name, $0.description, $0.value.raw] } + d.projects[a].goals.map(\.text)
                texts += d.projects.indices.filter { $0 != a }.map { d.projects[$0].name + " " + d.projects[$0].usage }
                texts += Self.awkward.map { $0 + d.projects[a].name }
                for t in texts {
                    let fast = index.foreignTerms(t, exclude: a) { own.ownContains($0) }
                    let slow = index.foreignTermsByReading(t, exclude: a) { own.ownContains($0) }
                    #expect(fast == slow, "\(t)")
                    compared += 1
                    found += slow.isEmpty ? 0 : 1
                }
            }
        }
        #expect(compared > 10_000 && found > 100, "\(compared) texts, \(found) with terms")
    }
    /// `project.duplicate` groups a department's few projects by comparing keys: the
    /// groups hashing gives, on real documents' names and content keys (plain and as
    /// Strings), each alone, doubled, and mixed with other documents' (equal keys apart).
    @Test func duplicateGroupsByComparingAreByHashing() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for name in CorpusExpectationTests.files {
            documents.append(try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + name) ?? Data())))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 24) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        typealias G = DuplicateProject.Groups
        var grouped = 0
        func agree<K: Hashable>(_ keys: [K]) {
            for list in [keys, keys + keys, keys.reversed() + keys.prefix(3), Array(keys.prefix(1)), []] {
                #expect(G.ids(list) == G.idsByHashing(list), "\(list.count) keys")
                grouped += 1
            }
        }
        var allNames: [String] = []
        for d in documents {
            let names = d.projects.map { TextNormalization.withoutBlanks($0.name) }
            allNames += names
            agree(names)
            agree(names.map(PlainKey.init))
            agree(d.projects.compactMap { DuplicateProject.plainContentKeyBytes($0).map(DuplicateProject.ByteKey.init) })
            agree(d.projects.map { DuplicateProject.contentKey($0).key })
        }
        // Names of many documents: some repeated, beyond the few compared one by one.
        for n in [31, 32, 33, 200] { agree(Array(allNames.prefix(n))) }
        agree(Self.awkward + Self.awkward.map { $0.precomposedStringWithCanonicalMapping } + ["e\u{301}", "\u{E9}"])
        #expect(grouped > 200)
    }
    /// `text.invisible-characters` passes over a cell with none of `notSimplyPrintable`'s
    /// bytes: every such text is `isPlainlyPrintable`, on real rows and every scalar
    /// sampled; and `RowTexts.basisCategoryIs` is `basisCategory ==` on every real basis.
    @Test func invisibleAndBasisShortcutsAgree() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for name in CorpusExpectationTests.files {
            documents.append(try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + name) ?? Data())))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 24) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        func printable(_ t: String) {
            if !ByteSet(t).intersects(InvisibleText.notSimplyPrintable) { #expect(InvisibleText.isPlainlyPrintable(t), "\(t)") }
        }
        let names = Vocabulary.standardBases + ["预算支出标准\u{301}"]
        var bases = RowTexts.Bases()
        func category(_ basis: String) {
            let t = RowTexts(name: "", description: "", value: "", basis: basis, unitKind: nil, bases: &bases)
            for n in names { #expect(t.basisCategoryIs(n) == (t.basisCategory == n), "\(basis) \(n)") }
        }
        var read = 0
        for d in documents {
            for p in d.projects {
                for i in p.indicators {
                    for t in [i.level2, i.name, i.description, i.value.raw, i.basis] { printable(t) }
                    category(i.basis)
                    read += 1
                }
            }
        }
        for t in Self.awkward { printable(t); printable("产出" + t + "指标"); category(t); category("预算" + t) }
        ScalarSample.forEach(step: 3) { s in
            let one = String(Character(s))
            for t in [one, "中" + one, one + "文a", "a1 " + one] { printable(t) }
        }
        #expect(read > 1_000)
    }
    /// `indicator.template-placeholder` passes over a cell whose row text (`BareText`) lacks a
    /// mark's bytes: no such cell has a mark, on real rows, every scalar sampled, and the
    /// rule's own examples' marks.
    @Test func templateMarksByRowBytes() throws {
        var documents = [try DocumentReader.read(bytes: BundledSample.bytes)]
        for name in CorpusExpectationTests.files {
            documents.append(try DocumentReader.read(bytes: [UInt8](FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + name) ?? Data())))
        }
        for f in try SyntheticBureau.withDevelopmentCorpus().documents(count: 24) { documents.append(try DocumentReader.read(bytes: f.bytes)) }
        var marked = 0
        func agree(_ t: String) {
            let byBytes = TemplateMarks.mayHaveMark(bytes: BareText(t).bytes)
            if TemplateMarks.mayHaveMark(t) { #expect(byBytes, "\(t)") }
            if !byBytes { #expect(TemplateMarks.cleaned(t) == nil, "\(t)") } else { marked += 1 }
        }
        for d in documents {
            for p in d.projects {
                for i in p.indicators { agree(i.name); agree(i.description) }
            }
        }
        for t in Self.awkward + ["受益建档立卡贫困人口数≥**人", "★★★受益脱贫户人口数(≥**户)", "（≤XX元/株）", "＊＊", "□□", "…", "？？", "__", "×× 人", "ｘ"] {
            agree(t)
            agree("产出" + t + "指标")
        }
        ScalarSample.forEach(step: 3) { s in
            let one = String(Character(s))
            for t in [one, "中" + one, one + "文a", "a1 " + one + "　"] { agree(t) }
        }
        #expect(marked > 20)
    }
    /// `ByteSet`'s reading three bytes at a time is the set of the text's bytes, for every
    /// scalar sampled in every place.
    @Test func byteSetIsTheTextsBytes() {
        ScalarSample.forEach(step: 3) { s in
            let one = String(Character(s))
            for t in [one, "中" + one, one + "文a", "a" + one + one + "中", "产出指标" + one + "100%"] {
                #expect(ByteSet(t).equals(bytesOf: t), "U+\(String(s.value, radix: 16))")
            }
        }
        for t in Self.awkward { #expect(ByteSet(t).equals(bytesOf: t), "\(t)") }
        for t in Self.awkward + ["中" + "\u{10FFFF}" + "😀"] { #expect(Vocabulary.scalarValues(t) == t.unicodeScalars.map(\.value), "\(t)") }
    }

    /// `BareText.isOnlyBlanks` is `withoutBlanks(t).isEmpty`, and `ContentsMismatch.mayBeginWithCode`
    /// is false only where `ProjectCodePrefix.split` finds no code, for awkward texts, each
    /// blank before and after them, and codes printed before names.
    @Test func blanksAndCodePrefixByBytes() {
        let codes = ["51000021R000000019951-工资性支出", " 51000021R000000019951 工资性支出", "\u{3000}51000021R000000019951－工资性支出",
                     "\u{00A0}\t51000021R000000019951_工资", "51000021R00000001995-工资", "5100002１R000000019951-工资", "１51000021R000000019951-工资",
                     "51000021R000000019951-", "51000021R000000019951--工资", "a51000021R000000019951-工资", "2021年项目支出绩效目标表"]
        var texts = Self.awkward + codes
        for t in Self.awkward + codes {
            for blank in [" ", "\t", "\u{00A0}", "\u{3000}", "\u{2002}", "\r\n"] { texts += [blank + t, t + blank, blank] }
        }
        for t in texts {
            #expect(BareText.isOnlyBlanks(t) == TextNormalization.withoutBlanks(t).isEmpty, "\(t)")
            #expect(ContentsMismatch.mayBeginWithCode(t) || ProjectCodePrefix.split(t) == nil, "\(t)")
        }
        #expect(ContentsMismatch.mayBeginWithCode(codes[0]) && ProjectCodePrefix.split(codes[1]) != nil)
    }

    /// `IndicatorWeights.mayHaveLabel` of a text's bytes is true wherever `labelled` finds a weight.
    @Test func weightLabelsByBytes() {
        for t in Self.awkward + ["权重：10", "分值10", "权 重：10", "权重(%)：2；指标方向性：正向指标", "满意度≥95%", "分", "重"] {
            #expect(IndicatorWeights.mayHaveLabel(BareText(t).bytes) || IndicatorWeights.labelled(in: t, labels: IndicatorWeights.weightLabels) == nil, "\(t)")
        }
        #expect(IndicatorWeights.mayHaveLabel(BareText("权重：10").bytes) && !IndicatorWeights.mayHaveLabel(BareText("满意度≥95%").bytes))
    }

    /// `GoalsMissing.isMeaningful(plain:)` says what trimming the Characters and comparing
    /// with the placeholders says, for plain goals.
    @Test func goalsPlaceholdersByBytes() {
        let placeholders = Vocabulary.placeholders.map { Array($0.utf8) }
        var goals = Self.awkward + Vocabulary.placeholders + ["开展培训。", "。", "；；", ".,", "无无", "详见附件材料", "0.", "-0", "——。"]
        for p in Vocabulary.placeholders + ["", "开展培训"] {
            for tail in ["。", "；", ";", ".", "，", ",", "。。", "；.,", "、", "：", "。a"] { goals.append(p + tail) }
        }
        for g in goals {
            let bare = TextNormalization.withoutBlanks(g)
            guard PlainScalars.all(bare) else { continue }
            var t = bare   // `trimmingTrailingPunctuation`, by Characters
            while let l = t.last, "。；;.，,".contains(l) { t.removeLast() }
            let byCharacters = !t.isEmpty && !Vocabulary.placeholders.contains(t)
            #expect(GoalsMissing.isMeaningful(plain: bare, placeholders: placeholders) == byCharacters, "\(g)")
        }
    }

    /// `PlanInvalidFigures.percent` reads what `Checkpoint.percent` reads.
    @Test func planPercentByBytes() {
        for f in Self.awkward + ["", "%", "25.00%", "25%", "100", "25.00%%", "%25", "2.5.0%", ".%", "２５％", "25 %", " 25%", "25.00%\r\n",
                                 "一季度", "25.00%\u{301}", "1e3%", "-5%", "50.00％", "12345678901234567890.5%"] {
            let c = Checkpoint(month: 3, figure: f)
            #expect(PlanInvalidFigures.percent(c) == c.percent, "\(f)")
        }
    }

    /// `RowLabels.printedLevel2MayBeDamaged`, worked out once per printed pair, is the three
    /// byte tests `text.extraction-damage` asked of every row's printed 二级; and a row's
    /// `foldedName` taken as its bare name (no blank taken out, no EF byte) is
    /// `withoutBlanks(halfWidth(name))`: over awkward texts, each full-width form, and every
    /// row of the sample and the corpus.
    @Test func level2DamageAndFoldedNameByBytes() throws {
        var texts = Self.awkward + ["数量指标", "数量 指标", "服务对象满*意度指标", "满意度.指标", "质量Z指标", "社会效益\u{3000}指标",
                                    "ＡＢ指标", "数量指标（％）", "效益指标＊", "产出．指标", "Ｚ"]
        let corpus = CorpusExpectationTests.files.compactMap { FileManager.default.contents(atPath: CorpusExpectationTests.folder + "/" + $0) }
        for bytes in [BundledSample.bytes] + corpus.map({ [UInt8]($0) }) {
            for p in try DocumentReader.read(bytes: bytes).projects {
                for i in p.indicators { texts += [i.level2, i.name] }
            }
        }
        ScalarSample.forEach(dense: [0xFF00...0xFF65, 0x3000...0x3002, 0x00A0...0x00A0], step: 61) { s in texts += ["指标" + String(Character(s)) + "率", String(Character(s))] }
        #expect(texts.count > 1_000)
        var known = RowLabels.Known.seeded
        var bases = RowTexts.Bases()
        var damaged = 0, folded = 0
        for t in texts {
            let expected = TextNormalization.hasBlank(t) || ExtractionDamage.mayHaveStrayDot(t) || OCRLetters.mayHave(t)
            #expect(RowLabels(level1: "产出指标", level2: t).printedLevel2MayBeDamaged == expected, "\(t)")
            #expect(known.labels(level1: "产出指标", level2: t).printedLevel2MayBeDamaged == expected, "\(t)")
            if expected { damaged += 1 }
            let row = RowTexts(name: t, description: "", value: "", basis: "", unitKind: nil, bases: &bases)
            let plain = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
            #expect(row.foldedName == plain && row.folded.text == plain, "\(t)")
            #expect(row.foldedIsPlain == PlainScalars.all(plain) && row.folded.bytes.equals(bytesOf: plain), "\(t)")
            if plain != TextNormalization.withoutBlanks(t) { folded += 1 }
        }
        // Both answers are met: the comparison is not of one case alone.
        #expect(damaged > 20 && folded > 20, "\(damaged) \(folded)")
    }
}
