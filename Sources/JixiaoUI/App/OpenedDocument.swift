import JixiaoModel
import JixiaoRules

/// A document the program opened for the workstation: what `AppState` starts from. The
/// program reads it from the workspace (the store is not the UI's to touch) and hands it
/// over, at start or when the department picker opens one.
public struct OpenedDocument: Hashable, Sendable {
    /// The document's folder name: `430001-2021`.
    public var id: String
    public var document: Document
    /// Why it is read-only (another Jixiao has it open), when it is.
    public var readOnlyReason: String?
    /// What to tell the reviewer on opening (a notice of the store), if anything.
    public var notice: String?
    /// The other documents of the workspace, for the rules across documents.
    public var alongside: [DocumentSetMember]
    /// The document as imported and the journal line that last set each field.
    public var imported: Document?
    public var stamps: [FieldPath: ChangeStamp]
    /// The latest revision (修改稿) imported, for the `d` screen; nil before any.
    public var revision: RevisionRecord?
    /// Where `x` suggests writing the export and the 审核意见书.
    public var exportPath: String
    public var reportPath: String
    /// The document's findings, when the opener has counted them (the workstation shows
    /// these instead of checking again); nil: the state checks the document itself.
    public var findings: FindingSet?

    public init(id: String, document: Document, readOnlyReason: String? = nil, notice: String? = nil,
                alongside: [DocumentSetMember] = [], imported: Document? = nil, stamps: [FieldPath: ChangeStamp] = [:],
                exportPath: String = "", reportPath: String = "") {
        self.id = id
        self.document = document
        self.readOnlyReason = readOnlyReason
        self.notice = notice
        self.alongside = alongside
        self.imported = imported
        self.stamps = stamps
        self.exportPath = exportPath
        self.reportPath = reportPath
    }
}

/// The workspace's documents as the department picker lists them: each one's summary, the
/// open findings across documents by document, and the documents that could not be read.
public struct WorkspaceListing: Hashable, Sendable {
    /// The workspace's folder, for the title.
    public var root: String
    public var summaries: [DocumentSummary]
    public var acrossDocuments: [String: [Finding]]
    /// `430002-2021：…` for each document that could not be read (left out of the list).
    public var problems: [String]
    /// Each unit name's place in 拼音 order, for sorting by name.
    public var nameOrder: [String: Int]
    /// Why the findings across documents could not be worked out, when they could not.
    public var acrossProblem: String?

    public init(root: String, summaries: [DocumentSummary], acrossDocuments: [String: [Finding]] = [:], problems: [String] = [],
                nameOrder: [String: Int] = [:], acrossProblem: String? = nil) {
        self.root = root
        self.summaries = summaries
        self.acrossDocuments = acrossDocuments
        self.problems = problems
        self.nameOrder = nameOrder
        self.acrossProblem = acrossProblem
    }

    /// What the picker says on opening when something is left out: the documents that could
    /// not be read (the first three named), and findings across documents not worked out.
    public var message: String? {
        var said: [String] = []
        if !problems.isEmpty { said.append("有 \(problems.count) 份文档读不出，未列出：" + problems.prefix(3).joined(separator: "；")) }
        if let acrossProblem { said.append("跨部门检查未完成：" + acrossProblem) }
        return said.isEmpty ? nil : said.joined(separator: "。")
    }
}
