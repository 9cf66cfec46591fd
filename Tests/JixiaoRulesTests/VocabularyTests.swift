import JixiaoModel
import Testing
@testable import JixiaoRules

/// Each word list, on both sides: what must count and what must not.
@Suite struct VocabularyTests {
    @Test func environmental() {
        for yes in ["公共机构节能工作需要", "减少碳排放", "空气质量优良天数", "城区绿化覆盖率", "PM2.5浓度下降"] {
            #expect(Vocabulary.mentions(yes, Vocabulary.environmental), "\(yes)")
        }
        for no in ["保障日常办公需要", "保障疫情防控工作需要", "提升服务档次", "保障机关大院保洁工作需要"] {
            #expect(!Vocabulary.mentions(no, Vocabulary.environmental), "\(no)")
        }
    }

    @Test func economic() {
        #expect(Vocabulary.mentions("带动农民增收", Vocabulary.economic))
        #expect(!Vocabulary.mentions("保障宿舍正常运转", Vocabulary.economic))
    }

    @Test func time() {
        #expect(Vocabulary.mentions("经费保障及时性", Vocabulary.time))
        #expect(Vocabulary.mentions("2021年12月底前", Vocabulary.time))
        #expect(!Vocabulary.mentions("培训质量达标", Vocabulary.time))
    }

    @Test func qualityRates() {
        #expect(Vocabulary.firstMention("运转保障率", Vocabulary.qualityRates) == "保障率")
        #expect(Vocabulary.firstMention("配套设施完成率", Vocabulary.qualityRates) == nil)
    }

    @Test func bases() {
        #expect(Vocabulary.basisCategory("工作计划") == "计划标准")
        #expect(Vocabulary.basisCategory("历史经验") == "历史标准")
        #expect(Vocabulary.basisCategory("费用金额") == "预算支出标准")
        #expect(Vocabulary.basisCategory("文件规定") == "其他标准")
        #expect(Vocabulary.basisCategory(" 计划标准 ") == "计划标准")
        #expect(Vocabulary.basisCategory("服务资金") == nil)
        #expect(Vocabulary.basisCategory("采购资金") == nil)
        // A value with its category in brackets after it (宁德 2019's 指标解释 column, read as the basis).
        #expect(Vocabulary.basisCategory("100%(计划标准)") == "计划标准")
        #expect(Vocabulary.basisCategory("≥95%（历史经验）") == "历史标准")
        #expect(Vocabulary.basisCategory("服务资金(2023年)") == nil)
        #expect(Vocabulary.basisCategory("()") == nil)
    }

    @Test func vague() {
        #expect(Vocabulary.firstMention("服务水平进一步提升", Vocabulary.vague) == "进一步")
        #expect(Vocabulary.firstMention("服务水平提升至90%", Vocabulary.vague) == nil)
    }

    @Test func subjectsDropGenericOfficeWording() {
        #expect(Vocabulary.subjects(of: "机关大院保洁经费") == ["保洁"])
        #expect(Vocabulary.subjects(of: "机关大院电费") == ["电费"])
        #expect(Vocabulary.subjects(of: "机关监控设备维护费") == ["监控设备"])
        #expect(Vocabulary.subjects(of: "大气办日常办公及相关工作资金") == ["大气办"])
        #expect(Vocabulary.subjects(of: "集体宿舍运行维护经费") == ["集体宿舍"])
        #expect(Vocabulary.subjects(of: "征用疫情防控备用隔离场所资金（第三批）") == ["征用疫情防控备用隔离场所"])
        #expect(Vocabulary.subjects(of: "公务用车信息化平台管理运行维护经费") == ["公务用车信息化平台"])
        #expect(Vocabulary.subjects(of: "疫情防控工作经费") == ["疫情防控"])
    }

    @Test func genericWordingIsNeverCopiedText() {
        for g in ["日常办公", "运行维护", "工作经费"] {
            #expect(Vocabulary.subjects(of: g).isEmpty, "\(g)")
        }
    }

    @Test func amountMentions() {
        let m = AmountMention.find(in: "集体宿舍运行维护费用，总费用为 133306 元，其中：电费 10800 元，取暖费（每平方米 30 元）32313 元。")
        #expect(m.map(\.amount.money.yuanDouble) == [133306, 10800, 32313])
        #expect(m.map(\.isItem) == [false, true, true])
        #expect(m[0].isTotal)
        let q = AmountMention.find(in: "征用期限一年，共需资金1686300元，补偿金按季结算（不含餐费），本季度需资金420000元。")
        #expect(q.map(\.label) == ["共需资金", "本季度需资金"])
        #expect(AmountMention.find(in: "区大气办自 2020 年 4 月份独立办公").isEmpty)
        #expect(AmountMention.find(in: "约需资金 97.5 万元")[0].amount.money.yuanDouble == 975000)
    }

    /// A value that only gives a direction, as `indicator.vague-wording` reads a rate's.
    @Test func bareDirections() {
        for (value, word) in [("提高", "提高"), ("有所提高。", "提高"), ("逐年 下降", "下降"), ("进一步提升", "提升")] {
            #expect(VagueWording.bareDirection(value) == word, "\(value)")
        }
        for value in ["提高服务水平", "由80%提高到90%", "≥90%", "", "有所"] {
            #expect(VagueWording.bareDirection(value) == nil, "\(value)")
        }
    }

    @Test func extractionRepair() {
        #expect(ExtractionDamage.repaired("经费保障及 及时性")?.0 == "经费保障及时性")
        #expect(ExtractionDamage.repaired("经费保障及 及时性")?.doubled == "及")
        #expect(ExtractionDamage.repaired("推行社会化 管理，提升 服务档次")?.0 == "推行社会化管理，提升服务档次")
        #expect(ExtractionDamage.repaired("产 出 指 标")?.0 == "产出指标")
        #expect(ExtractionDamage.repaired("产 出 指 标")?.doubled == nil)
        #expect(ExtractionDamage.repaired("产出指标 （50分）") == nil)
        #expect(ExtractionDamage.repaired("约需资金 97.5 万元") == nil)
        #expect(ExtractionDamage.repaired("1. 提高效益。 2. 保障") == nil)
        // Joint issuers of one place, as a 依据 cites them: the blank is the document's own.
        #expect(ExtractionDamage.repaired("《福建省财政厅 福建省水利厅关于下达资金的通知》") == nil)
        #expect(ExtractionDamage.repaired("市财政局 市发改委联合发文") == nil)
        #expect(ExtractionDamage.repaired("依据省财政厅\u{3000}省水利厅文件") == nil)
        // A name cut by a wrap, or an agency followed by other words, is still repaired.
        #expect(ExtractionDamage.repaired("福建省财政 厅文件")?.0 == "福建省财政厅文件")
        #expect(ExtractionDamage.repaired("区财政局 负责拨付")?.0 == "区财政局负责拨付")
        #expect(ExtractionDamage.repaired("局 局长")?.doubled == "局")
        // The blank before a numbered item separates a list's items.
        #expect(ExtractionDamage.repaired("目标1:出差8人 目标2:完成检查") == nil)
        #expect(ExtractionDamage.repaired("指标一完成 指标３、按时") == nil)
        #expect(ExtractionDamage.repaired("完成检查 目标任务") != nil)
    }

    /// `ExtractionDamage` passes over a name, description or value whose `RowTexts` is as
    /// long as the cell: that holds exactly when the cell has no blank to repair.
    @Test(arguments: ["", " ", "经费保障及 及时性", "全角\u{3000}空格", "不换行\u{00A0}空格", "制表\t符", "\r\n", "e\u{301} ",
                      "\u{FA10}兼容", "ＡＢＣ　", "\u{80}\u{A0}", "\u{3001}\u{3080}", "无空格的名称", " 首尾 "])
    func extractionBlankByLength(_ cell: String) {
        let i = Indicator(level1: "产出指标", level2: cell, name: cell, description: cell, value: TargetValue(cell), basis: cell, line: 1)
        let t = RowTexts(i)
        #expect((t.name.text.utf8.count == cell.utf8.count) == !TextNormalization.hasBlank(cell))
        #expect((t.description.text.utf8.count == cell.utf8.count) == !TextNormalization.hasBlank(cell))
        #expect((t.value.text.utf8.count == i.value.raw.utf8.count) == !TextNormalization.hasBlank(i.value.raw))
        #expect((ExtractionDamage.repaired(cell) == nil) || TextNormalization.hasBlank(cell))
    }

    @Test func shareWords() {
        for yes in ["受益人口覆盖率", "通过注射疫苗可以有效降低传染病的发生", "满足辖区居民对常用疫苗的需求", "群众满意程度"] {
            #expect(Vocabulary.mentions(yes, Vocabulary.shareWords), "\(yes)")
        }
        for no in ["维护社会稳定", "促进村集体经济发展", "保护生态环境卫生", "项目维持时效"] {
            #expect(!Vocabulary.mentions(no, Vocabulary.shareWords), "\(no)")
        }
    }

    @Test func qualityWords() {
        for yes in ["校舍维修改造质量合格率", "验收合格设备", "符合国家标准"] { #expect(Vocabulary.mentions(yes, Vocabulary.qualityWords), "\(yes)") }
        for no in ["实验室仪器维修维护", "绿化设备维修维护"] { #expect(!Vocabulary.mentions(no, Vocabulary.qualityWords), "\(no)") }
    }

    @Test func subjectDomains() {
        #expect(SubjectDomains.mentioned(in: "指标1:新建堤防、护岸长度").map(\.domain) == ["防洪治河工程"])
        #expect(SubjectDomains.mentioned(in: "指标2:灌区节水改造面积").map(\.domain) == ["灌溉工程"])
        #expect(SubjectDomains.mentioned(in: "农村饮水工程覆盖服务人口数").map(\.domain) == ["饮水工程"])
        #expect(SubjectDomains.mentioned(in: "畅通工程159万元").map(\.domain) == ["道路工程"])
        for no in ["机关大院保洁经费", "公共机构节能经费", "教师培训", "工程验收合格率"] {
            #expect(SubjectDomains.mentioned(in: no).isEmpty, "\(no)")
        }
    }

    @Test func onTimeAndCounts() {
        #expect(Vocabulary.mentions("按时发放", Vocabulary.onTimeWords))
        #expect(!Vocabulary.mentions("按时发放", Vocabulary.countWords))
        #expect(Vocabulary.mentions("及时处理问题件数", Vocabulary.countWords))
        #expect(!Vocabulary.mentions("完成培训", Vocabulary.onTimeWords))
        #expect(Vocabulary.peopleCounts.contains { "受益脱贫人口数".hasSuffix($0) })
        #expect(!Vocabulary.peopleCounts.contains { "供水设施数量".hasSuffix($0) })
    }

    @Test func executionMeasuresIncludeTheRateOfAllocation() {
        #expect(Vocabulary.mentions("预算资金当年下达率", Vocabulary.executionMeasures))
        #expect(!Vocabulary.mentions("项目按计划完成率", Vocabulary.executionMeasures))
    }

    /// Plain bases are looked up by their bytes: the same category as the String lookup,
    /// for every word of both lists, with blanks, and for words of neither.
    @Test func basisCategoryByBytesAgrees() {
        let words = Vocabulary.standardBases + Array(Vocabulary.informalBases.keys)
            + ["计划 标准", "历史　数据", "", "计划标准。", "标准", "预算支出标准 ", "Plan", "计划\u{200D}标准"]
        for w in words {
            let b = TextNormalization.withoutBlanks(w)
            let expected = Vocabulary.standardBases.contains(b) ? b : Vocabulary.informalBases[b]
            #expect(Vocabulary.basisCategory(w) == expected, "\(w)")
        }
    }
}
