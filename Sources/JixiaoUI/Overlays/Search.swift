import JixiaoModel

/// Searching project names and indicator text.
public struct SearchHit: Hashable, Sendable {
    public var project: Int
    public var item: ItemKind
    /// `1.机关监控设备维护费 › 第 3 行 经费保障及时性 › 描述：及时保障各项保洁需要`.
    public var label: String
}

public enum Search {
    /// Every place the query occurs (blanks ignored, letters in any case), in document order.
    public static func hits(_ d: Document, _ query: String) -> [SearchHit] {
        guard !isTooLong(query) else { return [] }
        let q = normalize(query)
        guard !q.isEmpty else { return [] }
        let length = q.count
        // A text shorter than the query cannot hold it, and is not searched: a query pasted
        // by mistake (a million characters) made each text's search build its tables from the
        // whole query — seconds a key.
        func holds(_ text: String) -> Bool {
            let t = normalize(text)
            return t.utf8.count >= length && t.count >= length && t.contains(q)
        }
        var out: [SearchHit] = []
        for (i, p) in d.projects.enumerated() {
            let prefix = "\(p.number).\(p.shownName) › "
            if holds(p.name) || holds(p.code) || holds(p.heading) {
                out.append(SearchHit(project: i, item: .header, label: prefix + "项目名称"))
            }
            if holds(p.usage) {
                out.append(SearchHit(project: i, item: .usage, label: prefix + "资金用途：" + excerpt(p.usage, q)))
            }
            for g in p.goals where holds(g.text) {
                out.append(SearchHit(project: i, item: .goals, label: prefix + "绩效目标 \(g.number)：" + g.text))
            }
            for (r, ind) in p.indicators.enumerated() {
                let fields = [IndicatorField.name, .description, .value, .basis, .level2].map { ($0, ind[$0]) }
                if let (field, text) = fields.first(where: { holds($0.1) }) {
                    out.append(SearchHit(project: i, item: .indicator(r + 1),
                                         label: prefix + "第 \(r + 1) 行 \(ind.name) › \(field.chinese)：\(text)"))
                }
            }
        }
        return out
    }

    /// A query beyond `TextLimit.characters` is not searched for: no cell or paragraph is
    /// that long, and such a query is a paste gone wrong (the search line says so).
    public static func isTooLong(_ query: String) -> Bool {
        TextLimit.refusal(of: query, as: "") != nil
    }

    static func normalize(_ s: String) -> String {
        TextNormalization.withoutBlanks(TextNormalization.halfWidth(s)).lowercased()
    }

    /// An excerpt shows this many characters before the match and after it.
    static let excerptContext = (before: 10, after: 20)

    /// The part of a long text around the match.
    static func excerpt(_ text: String, _ q: String) -> String {
        let chars = Array(TextNormalization.withoutBlanks(text))
        let n = Array(q)
        guard n.count <= chars.count else { return text }
        for i in 0...(chars.count - n.count) where String(chars[i..<i + n.count]).lowercased() == q {
            let start = max(0, i - excerptContext.before)
            return String(chars[start..<min(chars.count, i + n.count + excerptContext.after)])
        }
        return text
    }
}
