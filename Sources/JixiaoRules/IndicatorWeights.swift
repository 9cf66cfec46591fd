import JixiaoModel

/// 权重 and 分值 as tables give them: in a column of their own (`Indicator.weight`), or as a
/// labelled figure inside a cell (`权重：10；指标方向性：正向指标`, `分值：10`).
extension Indicator {
    /// The row's weight or score, and the word the table uses for it (权重 or 分值).
    var statedWeight: (value: Double, word: String)? { statedWeight(descriptionMayHaveLabel: true) }

    /// `statedWeight`, the description not read when `descriptionMayHaveLabel` is false
    /// (`IndicatorWeights.mayHaveLabel` of its bytes says it has no label's bytes).
    func statedWeight(descriptionMayHaveLabel: Bool) -> (value: Double, word: String)? {
        if let w = weightNumber { return (w.doubleValue, weight.map { $0.contains("分") ? "分值" : "权重" } ?? "权重") }
        // The description, then each remark or other column, in order: read where they lie,
        // without an array of them made for every row.
        if descriptionMayHaveLabel, let found = IndicatorWeights.labelled(in: description, labels: IndicatorWeights.weightLabels) {
            return found
        }
        for e in extras where e.kind == .remark || e.kind == .other {
            if let found = IndicatorWeights.labelled(in: e.text, labels: IndicatorWeights.weightLabels) { return found }
        }
        return nil
    }
}

enum IndicatorWeights {
    /// The labels of a weight written in a cell.
    static let weightLabels = ["权重", "分值"]

    /// Whether a text with these bytes (its `ByteSet`, or its `BareText`'s: a label has no
    /// blank) may have one of `weightLabels`: false means `labelled` finds nothing in it.
    static func mayHaveLabel(_ bytes: ByteSet) -> Bool { labelBytes.contains { bytes.contains($0) } }

    private static let labelBytes = weightLabels.map(ByteSet.init)

    /// `权重(%)：2` → (2, 权重); nil when no label is followed by a number.
    static func labelled(in text: String, labels: [String]) -> (value: Double, word: String)? {
        guard labels.contains(where: { TextNormalization.contains(text, $0) }) else { return nil }
        let t = TextNormalization.withoutBlanks(TextNormalization.halfWidth(text))
        for label in labels {
            var rest = Substring(t)
            while let r = rest.firstRange(of: label) {
                var after = rest[r.upperBound...]
                if after.hasPrefix("(%)") { after = after.dropFirst(3) }
                if after.hasPrefix(":") || after.hasPrefix("：") { after = after.dropFirst() }
                let digits = after.prefix { ($0.isASCII && $0.isNumber) || $0 == "." }
                if let d = DecimalText(digits) { return (d.doubleValue, label) }
                rest = rest[r.upperBound...]
            }
        }
        return nil
    }

    /// What the table says about the weight of 预算执行率, which some systems score beside
    /// the indicators: nil when it says nothing, `.some(nil)` when the label is there and
    /// the figure empty (`预算执行率权重(%):`), the figure otherwise.
    static func executionRateWeight(_ p: Project) -> Double?? {
        let texts = p.facts.map { $0.label + "：" + $0.text } + p.usage.split(whereSeparator: { "；;".contains($0) }).map(String.init)
        for t in texts {
            let n = TextNormalization.withoutBlanks(TextNormalization.halfWidth(t))
            guard n.contains("预算执行率"), n.contains("权重") || n.contains("分值") else { continue }
            if let found = labelled(in: n, labels: ["权重", "分值"]) { return .some(found.value) }
            return .some(nil)
        }
        return .none
    }
}
