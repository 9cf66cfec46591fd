import JixiaoModel

/// Amounts of money a prose text states (资金用途), with what the words before each say
/// it is. Amounts in brackets (unit prices such as `每平方米 30 元`) are left out.
struct AmountMention: Sendable {
    let amount: WrittenAmount
    /// The words between the previous punctuation and the amount: `共需资金`, `电费`.
    let label: String
    /// After `其中` in the same sentence: an item of the total before it.
    let isItem: Bool
    /// Where it is in the text, in Characters.
    let offset: Int

    static let separators: Set<Character> = ["，", "。", "；", "：", "、", ",", ";", ":", "！", "？"]

    static func find(in text: String) -> [AmountMention] {
        let chars = Array(TextNormalization.halfWidth(text))
        var out: [AmountMention] = []
        var depth = 0
        var inItems = false
        var labelStart = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "（" || c == "(" { depth += 1; i += 1; continue }
            if c == "）" || c == ")" { depth = max(0, depth - 1); i += 1; continue }
            if c == "。" { inItems = false }
            if separators.contains(c) { labelStart = i + 1; i += 1; continue }
            if c == "其", i + 1 < chars.count, chars[i + 1] == "中" { inItems = true }
            guard c.isASCII && c.isNumber, i == 0 || !(chars[i - 1].isASCII && (chars[i - 1].isNumber || chars[i - 1] == ".")) else {
                i += 1
                continue
            }
            var j = i
            while j < chars.count, (chars[j].isASCII && chars[j].isNumber) || chars[j] == "." { j += 1 }
            let number = String(chars[i..<j])
            var k = j
            while k < chars.count, chars[k] == " " { k += 1 }
            var unit: Money.Unit?
            for u in [Money.Unit.wan, .yi, .yuan] {
                let uc = Array(u.rawValue)
                if k + uc.count <= chars.count, Array(chars[k..<k + uc.count]) == uc { unit = u; k += uc.count; break }
            }
            if let unit, depth == 0, let amount = try? WrittenAmount.parse(number + unit.rawValue) {
                let label = TextNormalization.withoutBlanks(String(chars[labelStart..<i]))
                out.append(AmountMention(amount: amount, label: label, isItem: inItems && !TextNormalization.contains(label, "其中") || label.hasPrefix("其中"),
                                         offset: i))
            }
            i = max(k, j)
        }
        return out
    }

    /// Words before an amount that state a total need.
    static let totalWords = ["共需资金", "需资金", "共需", "需要经费", "需经费", "需要资金", "总费用", "共安排", "合计", "总计",
                             "预算为", "经费", "共计", "总额", "安排资金"]

    var isTotal: Bool { !isItem && Self.totalWords.contains { TextNormalization.contains(label, $0) } }

    /// `其中财政拨款 40 万元`: a split by source of funds, not an item of spending.
    var isFundingSource: Bool { ["财政拨款", "财政资金", "自有资金", "其他资金", "上级补助", "自筹"].contains { TextNormalization.contains(label, $0) } }
}
