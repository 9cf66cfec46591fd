import Foundation
import JixiaoModel
import JixiaoStore

/// The model as the workspace stores it — `document.json`'s shape: `formatVersion`, the
/// `journal` position the document reflects and the `document` — plus `draft` (and, on a
/// draft, `draftNote`). A program that reads `document.json` reads this.
public struct JSONFormat: ExportFormat {
    public init() {}

    public var id: String { "json" }
    public var title: String { "JSON（工作区存储的模型）" }
    public var fileExtension: String { "json" }
    public var kind: ExportKind { .document }

    struct Exported: Encodable {
        var formatVersion: Int
        var journal: JournalPosition
        var document: Document
        var draft: Bool
        var draftNote: String?
    }

    public func render(_ input: ExportInput) throws -> [UInt8] {
        let value = Exported(formatVersion: StoredDocument.currentFormat,
                             journal: JournalPosition(seq: input.record.seq, head: input.record.head),
                             document: input.document, draft: input.draftNote != nil, draftNote: input.draftNote)
        return try StableJSON.pretty(value)
    }
}
