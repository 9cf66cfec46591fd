import JixiaoModel

// What each corpus table says, written down by reading the files in Corpus/ as a reviewer
// would — not copied from the reader's output. Amounts are in 元. A row is
// `一级 as printed on its block|二级 as printed|三级|指标值|standard 一级|standard 二级`;
// `=` in the last two means "the same as printed".

enum ExpectedAmount: Equatable, CustomStringConvertible {
    case stated(Int64, printed: String? = nil)
    case derived(Int64)
    case missing

    var description: String {
        switch self {
        case .stated(let y, let p): "stated \(y)" + (p.map { " “\($0)”" } ?? "")
        case .derived(let y): "derived \(y)"
        case .missing: "missing"
        }
    }
}

struct CorpusExpectation: Sendable {
    var file: String
    var id: String
    var unitCode: String
    var unitName: String
    var departmentName: String
    var year: Int
    var heading: String
    var name: String
    var currency: String
    var total: ExpectedAmount
    var fiscal: ExpectedAmount
    var other: ExpectedAmount
    var frame: IndicatorFrame
    var goals: Int
    var firstRowLine: Int
    var rows: [String]
    var notes: [String] = []
    var doubled: [Budget.Part] = []
}


let corpusExpectations: [CorpusExpectation] = [
    CorpusExpectation(
        file: "01-qingshan-boruo-xuexiao-gaizao-2020.txt", id: "青山区教育局-2020", unitCode: "", unitName: "青山区教育局",
        departmentName: "青山区教育局", year: 2020, heading: "农村义务教育薄弱学校改造补助资金绩效目标表",
        name: "农村义务教育薄弱学校改造补助资金", currency: "万元",
        total: .stated(160_000), fiscal: .stated(160_000), other: .missing, frame: .caiyu2015no88, goals: 1,
        firstRowLine: 36, rows: [
            "产出指标|数量指标|农村义务教育学校改造覆盖率|100%|=|=",
            "产出指标|质量指标|校舍维修改造质量合格率|100%|=|=",
            "产出指标|质量指标|购置设施设备质量合格率|100%|=|=",
            "产出指标|时效指标|预算资金当年下达率|100%|=|=",
            "产出指标|时效指标|项目按计划完成率|100%|=|=",
            "产出指标|成本指标|建设项目成本控制率|100%|=|=",
            "效益指标|可持续影响指标|义务教育优质均衡发展情况|稳步提高|=|=",
            "效益指标|社会公众或服务对象满意度指标|学生家长满意度|≥90%|=|服务对象满意度指标",
            "效益指标|社会公众或服务对象满意度指标|学校满意度|≥90%|=|服务对象满意度指标",
        ]),
    CorpusExpectation(
        file: "02-qingshan-jiaoyu-jichu-sheshi-2020.txt", id: "015001-2020", unitCode: "015001", unitName: "武汉市青山区教育局",
        departmentName: "武汉市青山区教育局", year: 2020, heading: "教育系统基础设施建设和设备购置绩效目标表",
        name: "教育系统基础设施建设和设备购置", currency: "万元",
        total: .stated(100_000_000, printed: "10000万元"), fiscal: .stated(100_000_000, printed: "10000万元"), other: .missing,
        frame: .caiyu2015no88, goals: 2, firstRowLine: 36, rows: [
            "产出指标|数量指标|重点建设工程安排数量|2|=|=",
            "产出指标|质量指标|重点建设工程验收合格率|100%|=|=",
            "产出指标|成本指标|建设项目成本|参照政府采购成本控制|=|=",
            "产出指标|时效指标|重点建设工程按期完成率|100%|=|=",
            "效益指标|可持续影响指标|基础教育巩固提高情况|巩固提高|=|=",
            "效益指标|社会效益指标|基础教育学校办学条件|持续改善|=|=",
            "满意度指标|服务对象满意度指标|学生、家长、社会满意度|≥90%|=|=",
        ]),
    CorpusExpectation(
        file: "03-shizuishan-jikong-yimiao-2020.txt", id: "石嘴山市疾病预防控制中心-2020", unitCode: "",
        unitName: "石嘴山市疾病预防控制中心", departmentName: "石嘴山市疾病预防控制中心", year: 2020,
        heading: "狂犬、乙肝、流感等疫苗及美沙酮药物绩效目标表", name: "狂犬、乙肝、流感等疫苗及美沙酮药物", currency: "元",
        total: .stated(3_000_000), fiscal: .missing, other: .missing, frame: .caiyu2015no88, goals: 0, firstRowLine: 36, rows: [
            "产出指标|成本指标(必填硬性指标)|按照辖区内社区卫生服务机构计划进行采购后,以采购价提供给各社区卫生服务机构|100%|=|成本指标",
            "产出指标|成本指标(必填硬性指标)|按照物价部门定价标准采购|100%|=|成本指标",
            "产出指标|时效指标(必填)|疫苗提供及时率|100%|=|时效指标",
            "产出指标|时效指标(必填)|对美沙酮维持患者及时给予治疗|100%|=|时效指标",
            "产出指标|数量指标(必填硬性指标)|疫苗使用率|100%|=|数量指标",
            "产出指标|数量指标(必填硬性指标)|满足海洛因成瘾患者维持治疗需求|100%|=|数量指标",
            "产出指标|质量指标(必填)|质量符合国家标准,有国家颁发的批签发等相关证明文件|100%|=|质量指标",
            "产出指标|质量指标(必填)|美沙酮药物治疗符合国家相关标准|100%|=|质量指标",
            "满意度指标|服务对象满意度指标(必填)|服务对象满意度|100%|=|服务对象满意度指标",
            "效益指标|可持续影响指标(必填)|通过注射疫苗,可以有效降低疫苗针对传染病的发生|40%|=|可持续影响指标",
            "效益指标|可持续影响指标(必填)|通过美沙酮药物维持治疗可以有效地降低艾滋病在吸毒人群中传播,减少毒品的使用|90%|=|可持续影响指标",
            "效益指标|社会效益指标(必填)|满足辖区居民对常用疫苗的需求|100%|=|社会效益指标",
            "效益指标|社会效益指标(必填)|满足海洛因成瘾患者维持治疗需求|100%|=|社会效益指标",
        ]),
    CorpusExpectation(
        file: "04-yueyang-gaobiaozhun-nongtian-2022.txt", id: "岳阳县农业农村局-2022", unitCode: "", unitName: "岳阳县农业农村局",
        departmentName: "岳阳县农业农村局", year: 2022, heading: "岳阳县2022年高标准农田建设项目绩效目标表",
        name: "岳阳县2022年高标准农田建设项目", currency: "万元",
        total: .stated(8_540_000, printed: "854万"), fiscal: .stated(8_540_000, printed: "854万854万"), other: .missing,
        frame: .caiyu2015no88, goals: 1, firstRowLine: 36, rows: [
            "产出指标|数量指标|脱贫村村内道路硬化里程|≥100公里|=|=",
            "产出指标|数量指标|脱贫户供水设施数量|≥20座|=|=",
            "产出指标|质量指标|项目(工程)验收合格率|100%|=|=",
            "产出指标|时效指标|项目(工程)完成及时率|≥100%|=|=",
            "产出指标|成本指标|财政资金补助|1600元/亩|=|=",
            "效益指标|经济效益 指标|年增粮食|3500公斤|=|经济效益指标",
            "效益指标|社会效益 指标|受益脱贫(监测)人口数|≥500人|=|社会效益指标",
            "效益指标|社会效益 指标|解决脱贫(监测)饮水安全问题人数|≥1000人|=|社会效益指标",
            "效益指标|生态效益 指标|新增和改善灌溉达标面积|≥500亩|=|生态效益指标",
            "效益指标|生态效益 指标|新增和改善排水达标面积|≥200亩|=|生态效益指标",
            "效益指标|可持续影响 指标|工程设计使用年限|≥20年|=|可持续影响指标",
            "满意度指标|服务对象满意度指标|受益脱贫(监测)户满意度|≥95%|=|=",
        ],
        notes: ["注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,可结合已下达的中央对地方专项转移支付绩效指标),也可自行增加或适当调整。"],
        doubled: [.fiscal]),
    CorpusExpectation(
        file: "05-zhaohua-tekun-jiating-zaifuzhu-2021.txt", id: "区卫生健康局-2021", unitCode: "", unitName: "区卫生健康局",
        departmentName: "广元市昭化区卫生健康局", year: 2021, heading: "特困家庭再扶助(独生子女死亡再扶助)绩效目标表",
        name: "特困家庭再扶助(独生子女死亡再扶助)", currency: "万元",
        total: .derived(63_000), fiscal: .stated(63_000), other: .stated(0), frame: .caiyu2015no88, goals: 1,
        firstRowLine: 36, rows: [
            "项目完成 指标|数量指标|对符合政策法规的独生子伤残、死亡家庭进行扶助|63人|产出指标|=",
            "项目完成 指标|质量指标|按政策、法律、法规乡镇申报、初审确认对象资格,县级按要求复审|100%|产出指标|=",
            "项目完成 指标|时效指标|项目实施时间|2021年1月-12月|产出指标|=",
            "项目完成 指标|时效指标|资金拨付|12月底到位|产出指标|=",
            "项目完成 指标|成本指标|成本控制|严格按照预算标准1000元/人给补助对象兑付补助|产出指标|=",
            "项目效益 指标|社会效益 指标|促进人口与经济、社会、资源、环境协调和可持续发展|100%|效益指标|社会效益指标",
            "项目效益 指标|可持续影响 指标|实现社会稳定和谐发展|长期|效益指标|可持续影响指标",
            "满意度指标|满意度指标|受益群众满意度|≥90%|=|服务对象满意度指标",
            "满意度指标|满意度指标|社会满意度|100%|=|服务对象满意度指标",
        ]),
    CorpusExpectation(
        file: "06-jingyan-mata-cunzu-ganbu-baochou-2023.txt", id: "820001-2023", unitCode: "820001", unitName: "井研县马踏镇人民政府",
        departmentName: "井研县马踏镇人民政府", year: 2023, heading: "村组干部报酬绩效目标表", name: "村组干部报酬", currency: "元",
        total: .stated(3_309_840, printed: "3,309,840.00"), fiscal: .missing, other: .missing, frame: .caiyu2015no88, goals: 1,
        firstRowLine: 36, rows: [
            "效益指标|社会效益指标|维护社会稳定|≥95%|=|=",
            "产出指标|时效指标|维持时效|≥1年|=|=",
            "产出指标|质量指标|按时发放|≥1人/年|=|=",
            "效益指标|经济效益指标|促进村集体经济发展|≥95%|=|=",
            "产出指标|数量指标|村组干部230人|≥230个|=|=",
            "效益指标|生态效益指标|保护生态环境卫生|≥95%|=|=",
            "效益指标|可持续影响指标|项目维持时效|≥95%|=|=",
            "满意度指标|服务对象满意度指标|人民群众满意度|≥95%|=|=",
        ]),
    CorpusExpectation(
        file: "07-ganzi-shichang-jianguan-shipin-anquan.txt", id: "324001-2024", unitCode: "324001",
        unitName: "甘孜藏族自治州市场监督管理局机关", departmentName: "甘孜藏族自治州市场监督管理局机关", year: 2024,
        heading: "绩效目标表", name: "", currency: "元", total: .missing, fiscal: .missing, other: .missing,
        frame: .caiyu2015no88, goals: 1, firstRowLine: 36, rows: [
            "产出指标|成本指标|检查差旅费|470人/天|=|=",
            "产出指标|成本指标|培训费|320人/天|=|=",
            "产出指标|时效指标|完成时限|1|=|=",
            "产出指标|数量指标|召开食品安委会全体会议|2|=|=",
            "产出指标|质量指标|食安委成员单位食品安全工作齐抓共管|100%|=|=",
            "产出指标|数量指标|开展食品安全专项整治|2|=|=",
            "产出指标|数量指标|组织州县食安委成员单位人员培训|1|=|=",
            "产出指标|数量指标|开展食品安全宣传周活动|1|=|=",
            "效益指标|社会效益指标|食品安全整体状况|高中低|=|=",
            "效益指标|可持续影响指标|进一步提高食品安全工作科学化、规范化|高中低|=|=",
            "满意度指标|服务对象满意度指标|公众对食品安全满意度|高中低|=|=",
        ]),
    CorpusExpectation(
        file: "08-tongxin-xiamaguan-putao-zhongzhi-2023.txt", id: "同心县下马关镇人民政府-2023", unitCode: "",
        unitName: "同心县下马关镇人民政府", departmentName: "同心县下马关镇人民政府", year: 2023,
        heading: "同心县下马关镇设施农业黄金蜜(葡萄)种植项目绩效目标表", name: "同心县下马关镇设施农业黄金蜜(葡萄)种植项目",
        currency: "万元", total: .stated(500_000), fiscal: .stated(500_000), other: .missing, frame: .caiyu2015no88, goals: 1,
        firstRowLine: 36, rows: [
            "产出指标|数量指标|★补助各类瓜果蔬菜种植数量,黄金蜜(葡萄)种植数量(≥**株)|>=17600株|=|=",
            "产出指标|数量指标|种植作物成活率(≥**%)|>=85|=|=",
            "产出指标|时效指标|完成及时率(≥**%)|>=100%|=|=",
            "产出指标|成本指标|作物种植补助标准,黄金蜜(葡萄)补助成本(≤**元/株)|≤28.40/株|=|=",
            "效益指标|经济效益指标|脱贫地区特色产业产值(≥**万元)|≥80万元|=|=",
            "效益指标|经济效益指标|促使脱贫户、监测户增加收入(≥**万元)|≥80万元|=|=",
            "效益指标|社会效益目标|★★★受益脱贫户、监测户人口数(≥**户)|≥10户|=|社会效益指标",
            "效益指标|生态效益指标||生态修复功能提高|=|=",
            "效益指标|可持续影响指标||持续发展|=|=",
            "满意度指标|服务对象满意度指标|受益脱贫户满意度(≥**%)|≥95%|=|=",
        ]),
    CorpusExpectation(
        file: "09-huangshi-dangxiao-zhutiban-2022.txt", id: "中共黄石市委党校-2022", unitCode: "", unitName: "中共黄石市委党校",
        departmentName: "中共黄石市委党校", year: 2022, heading: "主体班绩效目标表", name: "主体班", currency: "万元",
        total: .stated(1_640_000, printed: "164万元"), fiscal: .stated(1_320_000, printed: "132万元"), other: .missing,
        frame: .caiyu2015no88, goals: 1, firstRowLine: 36, rows: [
            // The 一级 产出指标 is printed on the fifth row of its block (a centred merged cell).
            "产出指标|数量指标|主体班培训人次|280人次|=|=",
            "产出指标|数量指标|邀请校外名师、领导授课人次|25人次|=|=",
            "产出指标|数量指标|情景教学或外训批次|6次|=|=",
            "产出指标|数量指标|理论教育和党性教育课时比例|70%|=|=",
            "产出指标|数量指标|开设课程数量|220|=|=",
            "产出指标|质量指标|培训完成率|100%|=|=",
            "产出指标|质量指标|邀请校外名师、领导授课完成率|100%|=|=",
            "产出指标|质量指标|情景教学或外训完成率|100%|=|=",
            "产出指标|质量指标|理论教育和党性教育课时比例完成率|100%|=|=",
            "产出指标|质量指标|课程数量达标率|100%|=|=",
            "产出指标|时效指标|及时完成率|100%|=|=",
            "产出指标|成本指标|成本控制率|100%|=|=",
            "满意度指标|服务对象满意度指标|培训学员对培训效果满意度|≥95%|=|=",
        ],
        notes: ["财政资金管理科室(盖章) 年 月 日  财政绩效管理科室(盖章) 年 月 日"]),
    CorpusExpectation(
        file: "10-fengjie-yunwu-jiagongyuan-2023.txt", id: "奉节县云雾土家族乡人民政府-2023", unitCode: "",
        unitName: "奉节县云雾土家族乡人民政府", departmentName: "奉节县云雾土家族乡人民政府", year: 2023,
        heading: "2023年云雾土家族乡加工园配套设施建设项目绩效目标表", name: "2023年云雾土家族乡加工园配套设施建设项目",
        currency: "万元", total: .stated(650_000), fiscal: .stated(650_000), other: .stated(0), frame: .caiyu2021no101,
        goals: 1, firstRowLine: 36, rows: [
            "成本指标(0-20)分|经济成本指标|项目建设成本|≤65万元|成本指标|=",
            // Optional 101号 rows printed empty.
            "成本指标(0-20)分|社会成本指标|||成本指标|=",
            "成本指标(0-20)分|生态环境成本指标|||成本指标|=",
        ]),
    CorpusExpectation(
        file: "11-nanxian-jikong-gonggong-weisheng-2025.txt", id: "南县疾病预防控制中心-2025", unitCode: "",
        unitName: "南县疾病预防控制中心", departmentName: "南县疾病预防控制中心", year: 2025,
        heading: "基本公共卫生服务和应急处理及卫生监督执法专项绩效目标表", name: "基本公共卫生服务和应急处理及卫生监督执法专项",
        currency: "万元", total: .stated(700_000), fiscal: .stated(700_000), other: .missing, frame: .caiyu2021no101,
        goals: 1, firstRowLine: 36, rows: [
            "成本指标|经济成本指标|疾病预防控制中心经费|≤70万元|=|=",
            "成本指标|社会成本指标|实施项目对社会产生的不利影响|减少|=|=",
        ]),
    CorpusExpectation(
        file: "12-luan-nongchanpin-zhijian-2024.txt", id: "066-2024", unitCode: "066", unitName: "六安市农业农村局",
        departmentName: "六安市农业农村局", year: 2024, heading: "发展建设类-农产品质检体系建设和“三品一标”发展项目绩效目标表",
        name: "发展建设类-农产品质检体系建设和“三品一标”发展项目", currency: "万元",
        total: .stated(513_500), fiscal: .stated(513_500), other: .stated(0), frame: .caiyu2015no88, goals: 2,
        firstRowLine: 36, rows: [
            "产出指标|数量指标|鉴定校准实验室仪器|≥57个|=|=",
            "产出指标|数量指标|购买标准试剂|≥100个|=|=",
            "产出指标|数量指标|监督抽检批次|≥100组|=|=",
            "产出指标|质量指标|农产品例行监测合格率|≥98%|=|=",
            "产出指标|质量指标|农产品监督抽样合格率|≥98%|=|=",
            "产出指标|质量指标|实验室仪器维修维护|≥4次|=|=",
            "产出指标|时效指标|检测及时率|≤7工作日|=|=",
        ]),
    CorpusExpectation(
        file: "13-mengcheng-jiben-gonggong-weisheng-2024.txt", id: "卫健委-2024", unitCode: "", unitName: "卫健委",
        departmentName: "蒙城县卫生健康委员会", year: 2024, heading: "国家基本公共卫生服务项目绩效目标表",
        name: "国家基本公共卫生服务项目", currency: "万元",
        total: .stated(22_790_480, printed: "2279.048 万元"), fiscal: .stated(22_790_480, printed: "2279.048 万元"),
        other: .missing, frame: .caiyu2015no88, goals: 1, firstRowLine: 36, rows: [
            "产出 指标|数量指标|适龄儿童国家免疫规划疫苗接种率|≧90%|产出指标|=",
            "产出 指标|数量指标|7 岁以下儿童健康管理率|≧85%|产出指标|=",
        ]),
    CorpusExpectation(
        file: "14-chencang-nongcun-yinshui-2020.txt", id: "陈仓区水利局-2020", unitCode: "", unitName: "陈仓区水利局",
        departmentName: "陈仓区水利局", year: 2020, heading: "农村饮水安全巩固提升工程专项绩效目标表",
        name: "农村饮水安全巩固提升工程专项", currency: "万元",
        total: .derived(5_000_000), fiscal: .stated(5_000_000), other: .missing, frame: .caiyu2015no88, goals: 1,
        firstRowLine: 36, rows: [
            "产出指标|数量指标|指标1:新建堤防、护岸长度|公里|=|=",
            "产出指标|数量指标|指标2:灌区节水改造面积|万亩|=|=",
            "产出指标|数量指标|指标3:农村饮水工程覆盖服务人口数|万人|=|=",
            "产出指标|数量指标|指标4:中小河流治理问道长度|公里|=|=",
            "产出指标|质量指标|指标1:工程验收合格率|≧ %|=|=",
        ]),
]
