import JixiaoModel
import JixiaoRules

/// A way of writing the document — or the 审核意见书 about it — out for handing on. Each
/// format is a value behind this protocol (as SwiftLint's `Reporter`): a new one is a file
/// in `Formats/` and a line in `ExportFormats.all`; the command line, the workstation and
/// the journal take it from there.
public protocol ExportFormat: Sendable {
    /// What the journal records, unique among all formats: `text`, `report-html`.
    var id: String { get }
    /// What `--format` takes among the formats of its kind: `html` for both the document's
    /// HTML and the 审核意见书's. The document formats' option is their id.
    var option: String { get }
    /// What it is, for `--help`: 原绩效文本版式.
    var title: String { get }
    /// The file name extension, without the dot: `txt`. `--format` is inferred from it.
    var fileExtension: String { get }
    var kind: ExportKind { get }
    /// The file's bytes. The same input gives the same bytes (no clock, no random order,
    /// no temporary names inside), so an export can be verified by its digest.
    func render(_ input: ExportInput) throws -> [UInt8]
}

extension ExportFormat {
    public var option: String { id }
}

public enum ExportKind: Sendable {
    /// The document itself (定稿): refused while a project is not approved, unless a draft
    /// is asked for, which then says so on its first line, sheet or page.
    case document
    /// A report about the document — the 审核意见书 — made at any stage of the review.
    case report

    /// 文档 / 审核意见书.
    public var chinese: String {
        switch self {
        case .document: "文档"
        case .report: "审核意见书"
        }
    }
}

/// What a format renders: the document, what the rules found in it, and the journal's
/// account of the state it shows.
public struct ExportInput: Sendable {
    public var document: Document
    /// On a draft of the document, what its first page says (审核中的草稿：3 个项目未通过审核);
    /// nil on the final document and on reports.
    public var draftNote: String?
    /// The findings of the workspace's rules on `document`, in the catalogue's order.
    public var findings: [Finding] {
        didSet { index = FindingIndex(findings) }
    }
    public var record: ExportRecord
    /// The findings by project and by indicator row, so a format looking them up for each
    /// row of a large document does not search them all each time.
    private var index: FindingIndex

    public init(document: Document, draftNote: String? = nil, findings: [Finding] = [], record: ExportRecord? = nil) {
        self.document = document
        self.draftNote = draftNote
        self.findings = findings
        self.record = record ?? ExportRecord(documentID: document.id)
        index = FindingIndex(findings)
    }

    /// The findings on the project at `index`.
    public func findings(ofProjectAt project: Int) -> [Finding] {
        index.byProject[project] ?? []
    }

    /// The findings on indicator row `row` (1-based) of the project at `index`.
    public func findings(ofProjectAt project: Int, row: Int) -> [Finding] {
        index.byRow[FindingIndex.Row(project: project, row: row)] ?? []
    }
}

/// Findings grouped once, in their order.
struct FindingIndex: Sendable {
    struct Row: Hashable, Sendable {
        var project: Int
        var row: Int
    }

    var byProject: [Int: [Finding]] = [:]
    var byRow: [Row: [Finding]] = [:]

    init(_ findings: [Finding]) {
        for f in findings {
            guard let p = f.projectIndex else { continue }
            byProject[p, default: []].append(f)
            if f.location.part == .indicator, let r = f.location.row { byRow[Row(project: p, row: r), default: []].append(f) }
        }
    }
}
