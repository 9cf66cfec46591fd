import JixiaoModel

/// A way of writing the document out for handing on. Each format is a value behind this
/// protocol (as SwiftLint's `Reporter`): a new one is a file in `Formats/` and a line in
/// `ExportFormats.all`; the command line, the workstation and the journal take it from
/// there.
public protocol ExportFormat: Sendable {
    /// What `--format` takes and the journal records: `text`.
    var id: String { get }
    /// What it is, for `--help`: 原绩效文本版式.
    var title: String { get }
    /// The file name extension, without the dot: `txt`.
    var fileExtension: String { get }
    var kind: ExportKind { get }
    /// The file's bytes. The same input gives the same bytes, so an export can be
    /// verified by its digest.
    func render(_ input: ExportInput) throws -> [UInt8]
}

public enum ExportKind: Sendable {
    /// The document itself (定稿): refused while a project is not approved, unless a draft
    /// is asked for, which then says so on its first page.
    case document
    /// A report about the document, such as the 审核意见书: made at any stage of the review.
    case report
}

/// What a format renders.
public struct ExportInput: Sendable {
    public var document: Document
    /// On a draft of the document, what its first page says (审核中的草稿：3 个项目未通过审核);
    /// nil on the final document and on reports.
    public var draftNote: String?

    public init(document: Document, draftNote: String? = nil) {
        self.document = document
        self.draftNote = draftNote
    }
}
