import JixiaoModel

/// The budget year of a document whose title does not give it: a table published on its
/// own. Looked for, in order, in the rest of the title block, the table's own title
/// (`(2023年度)`), the headings and project names (`1.2023年…`, `2025金安…`), and the
/// periods the tables state (`项目期：2022年`, `项目起止时间：202001-202012`).
enum DocumentYear {
    static func find(front: [Row], projects: [Project]) -> Int? {
        for row in front where !row.isBlank {
            if let y = YearMentions.find(in: row.nonEmpty.joined(separator: " ")).first?.year { return y }
        }
        for p in projects {
            for text in [p.tableTitle, p.heading, p.name] {
                if let y = YearMentions.find(in: text).first?.year ?? leadingYear(text) { return y }
            }
        }
        for p in projects {
            for f in p.facts where periodWords.contains(where: { f.label.contains($0) }) {
                if let y = YearMentions.find(in: f.text).first?.year ?? leadingYear(f.text) ?? dottedStart(f.text) { return y }
            }
            if let y = periodYear(in: p.usage) { return y }
        }
        return nil
    }

    static let periodWords = ["项目期", "实施期", "起止时间", "建设周期", "项目周期", "实施周期", "年度"]

    /// `2025金安…`: a name that begins with a year and goes on in Chinese.
    static func leadingYear(_ text: String) -> Int? {
        let chars = Array(TextNormalization.halfWidth(TextNormalization.trimmed(text)))
        guard chars.count > 4, let y = YearMentions.year(chars, at: 0), TextNormalization.isHan(chars[4]) else { return nil }
        return y
    }

    /// `2021.1-2021.12`, `2022.1—2022.12`, `2023/07-2024/01`: a period that begins with a
    /// year and month set off by a dot, slash or dash (岳阳楼 2021's 项目起止时间).
    static func dottedStart(_ text: String) -> Int? {
        let chars = Array(TextNormalization.halfWidth(TextNormalization.trimmed(text)))
        guard chars.count >= 6, let y = YearMentions.year(chars, at: 0), ".-/".contains(chars[4]) else { return nil }
        let month = chars[5...].prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(month.count), let m = Int(String(month)), (1...12).contains(m) else { return nil }
        return y
    }

    /// A period in the 资金用途 text: `项目期：2022年`, `实施期：2025年`,
    /// `项目起止时间：202001-202012`.
    static func periodYear(in usage: String) -> Int? {
        let chars = Array(TextNormalization.halfWidth(usage))
        let text = String(chars)
        for word in periodWords where word != "年度" {
            guard let r = text.range(of: word) else { continue }
            let start = text.distance(from: text.startIndex, to: r.upperBound)
            let window = Array(chars[start..<min(chars.count, start + 12)])
            var i = 0
            while i + 4 <= window.count {
                if let y = YearMentions.year(window, at: i) {
                    let next = i + 4 < window.count ? window[i + 4] : " "
                    // `2022年`, or `202001` (year and month).
                    if next == "年" { return y }
                    if i + 6 <= window.count, let m = Int(String(window[(i + 4)..<(i + 6)])), (1...12).contains(m),
                       !(i + 6 < window.count && window[i + 6].isASCII && window[i + 6].isNumber) {
                        return y
                    }
                }
                i += 1
            }
        }
        return nil
    }
}
