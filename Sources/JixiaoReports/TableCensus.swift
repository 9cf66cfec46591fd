import JixiaoModel

/// The import summary's cross-check of the tables read: how many the 目录 lists, how many
/// have a heading and a 项目编码, and whether their numbers run without a gap. Each is
/// counted from what the text printed; where one disagrees with the tables found the
/// summary says so, so a table lost or merged cannot pass unremarked.
public struct TableCensus: Equatable, Sendable {
    public var tables: Int
    /// Project tables the 目录 lists; nil when the document has no 目录.
    public var listed: Int?
    public var withHeading: Int
    public var withCode: Int
    /// Numbers missing between the first table's and the last's (`3`).
    public var gaps: [Int]

    public init(_ d: Document) {
        tables = d.projects.count
        let entries = d.contents.filter { $0.part == 2 }
        listed = d.contents.isEmpty ? nil : entries.count
        withHeading = d.projects.filter { !$0.heading.isEmpty }.count
        withCode = d.projects.filter { !$0.code.isEmpty }.count
        let numbers = d.projects.map(\.number)
        if let lo = numbers.min(), let hi = numbers.max(), hi - lo < 100_000 {
            let present = Set(numbers)
            gaps = (lo...hi).filter { !present.contains($0) }
        } else {
            gaps = []
        }
    }

    /// What disagrees, in the reviewer's words; empty when everything agrees.
    public var differences: [String] {
        var out: [String] = []
        if let listed, listed != tables { out.append("目录列出 \(listed) 张") }
        // A document none of whose tables prints a heading or a code (many published tables
        // print no 项目编码) says nothing of a table lost: only some without one does.
        if withHeading > 0, withHeading < tables { out.append("\(tables - withHeading) 张没有标题") }
        if withCode > 0, withCode < tables { out.append("\(tables - withCode) 张没有项目编码") }
        if !gaps.isEmpty {
            let shown = gaps.prefix(5).map(String.init).joined(separator: "、") + (gaps.count > 5 ? "…" : "")
            out.append("序号缺 \(shown)")
        }
        return out
    }

    /// `13 张项目表：目录、标题、项目编码都是 13`, or what does not agree.
    public var line: String {
        guard differences.isEmpty else {
            return "\(tables) 张项目表，但\(differences.joined(separator: "，"))：请对照原文检查是否有表漏读或读错"
        }
        let counted = [listed == nil ? nil : "目录", withHeading == 0 ? nil : "标题", withCode == 0 ? nil : "项目编码"].compactMap { $0 }
        let absent = [listed == nil ? "文中没有目录" : nil, withHeading == 0 ? "各表都没有标题" : nil,
                      withCode == 0 ? "各表都没有印项目编码" : nil].compactMap { $0 }
        return "\(tables) 张项目表" + (counted.isEmpty ? "，" : "：\(counted.joined(separator: "、"))都是 \(tables)，") + "序号连续"
            + (absent.isEmpty ? "" : "（\(absent.joined(separator: "，"))）")
    }
}
