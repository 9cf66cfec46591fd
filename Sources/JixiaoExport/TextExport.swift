import JixiaoModel
import JixiaoText

/// The approved draft in the original 绩效文本 layout. Refused while a project is not
/// approved, unless a draft is asked for, which says so on its first line.
public enum TextExport {
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        /// Numbers of the projects not yet approved.
        public let pending: [Int]

        public var description: String {
            let list = pending.prefix(8).map(String.init).joined(separator: "、") + (pending.count > 8 ? "……" : "")
            return "还有 \(pending.count) 个项目未通过审核（\(list)），不能导出定稿"
        }
    }

    /// The text to write, and whether it is a draft.
    public static func render(_ doc: Document, allowDraft: Bool) throws(Refusal) -> (text: String, isDraft: Bool) {
        let pending = doc.unapprovedProjectIndices
        if !pending.isEmpty && !allowDraft { throw Refusal(pending: pending.map { doc.projects[$0].number }) }
        let note = pending.isEmpty ? nil : "审核中的草稿：\(pending.count) 个项目未通过审核"
        return (DocumentWriter.write(doc, draftNote: note), note != nil)
    }
}
