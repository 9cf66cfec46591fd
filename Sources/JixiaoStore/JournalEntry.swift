import JixiaoModel

/// One line of `journal.jsonl`: what happened to the document, by whom, when, chained
/// to the line before by that line's SHA-256.
public struct JournalEntry: Equatable, Sendable {
    public var seq: Int
    /// ISO 8601, UTC.
    public var time: String
    public var actor: String
    public var event: JournalEvent
    /// SHA-256 (hex) of the previous line's bytes; 64 zeros on the first line.
    public var prev: String

    public init(seq: Int, time: String, actor: String, event: JournalEvent, prev: String) {
        self.seq = seq
        self.time = time
        self.actor = actor
        self.event = event
        self.prev = prev
    }

    public var kind: String { event.kind }
}

/// What a journal line records.
public enum JournalEvent: Equatable, Sendable {
    case imported(Imported)
    case revised(Revised)
    case edited(Edited)
    case reviewed(Reviewed)
    case waived(Waivers)
    case unwaived(Waivers)
    case graded(Graded)
    case undone(Reverted)
    case redone(Reverted)
    case exported(Exported)

    public var kind: String {
        switch self {
        case .imported: "import"
        case .revised: "revise"
        case .edited: "edit"
        case .reviewed: "review"
        case .waived: "waive"
        case .unwaived: "unwaive"
        case .graded: "grade"
        case .undone: "undo"
        case .redone: "redo"
        case .exported: "export"
        }
    }

    /// The text was read into the workspace; `source.txt` holds it.
    public struct Imported: Codable, Equatable, Sendable {
        public var document: String
        public var file: String
        public var sourceSHA256: String
        public var projects: Int
        public init(document: String, file: String, sourceSHA256: String, projects: Int) {
            self.document = document
            self.file = file
            self.sourceSHA256 = sourceSHA256
            self.projects = projects
        }
    }

    /// A revised text (修改稿) became version `version` of the document; its text is
    /// `source-N.txt` (`DocumentFiles.revisionName`), and `comparison` is what
    /// `Document.revised(by:)` made of it — the changes, and each decision kept or reset.
    /// A replay reads the file, checks its SHA-256 and must compute the same comparison.
    public struct Revised: Codable, Equatable, Sendable {
        public var version: Int
        public var file: String
        public var sourceSHA256: String
        public var projects: Int
        public var comparison: RevisionComparison
        public init(version: Int, file: String, sourceSHA256: String, projects: Int, comparison: RevisionComparison) {
            self.version = version
            self.file = file
            self.sourceSHA256 = sourceSHA256
            self.projects = projects
            self.comparison = comparison
        }
    }

    /// One field changed from `old` to `new`.
    public struct Edited: Codable, Equatable, Sendable {
        /// 1-based position of the project in the document; 0 for the department part
        /// (an `overall.…` field).
        public var project: Int
        public var code: String
        /// Dotted field path: `indicator.1.value`.
        public var field: String
        public var old: String
        public var new: String
        /// The project was approved and the edit returned it to 待审 (absent otherwise).
        public var reopened: Bool?
        public init(project: Int, code: String, field: String, old: String, new: String, reopened: Bool? = nil) {
            self.project = project
            self.code = code
            self.field = field
            self.old = old
            self.new = new
            self.reopened = reopened
        }
    }

    /// A review decision or opinion on one project.
    public struct Reviewed: Codable, Equatable, Sendable {
        public var project: Int
        public var code: String
        /// `approve`, `return`, `reopen` or `comment`.
        public var action: String
        public var comment: String?
        /// The indicator row the opinion is attached to.
        public var row: Int?
        /// The opinion is labelled with the action (退回意见, 审核意见). Absent on lines
        /// written before opinions were labelled, which replay as they were.
        public var labelled: Bool?
        /// Approving a 退回 project: the reviewer confirmed its opinion was answered.
        public var answered: Bool?
        public init(project: Int, code: String, action: String, comment: String?, row: Int? = nil,
                    labelled: Bool? = nil, answered: Bool? = nil) {
            self.project = project
            self.code = code
            self.action = action
            self.comment = comment
            self.row = row
            self.labelled = labelled
            self.answered = answered
        }
    }

    /// Findings waived (`waive`) or waivers taken back (`unwaive`), each in full.
    public struct Waivers: Codable, Equatable, Sendable {
        public var waivers: [Waiver]
        public init(waivers: [Waiver]) { self.waivers = waivers }
    }

    /// The document's 综合评定 given.
    public struct Graded: Codable, Equatable, Sendable {
        public var grade: DocumentGrade
        public init(grade: DocumentGrade) { self.grade = grade }
    }

    /// `undo` of line `of`, or `redo` of the undo at line `of`: the change it made, in
    /// full, so the line says what it did and replays on its own. A replay from the start
    /// also checks that it is exactly the inverse of what line `of` did.
    public struct Reverted: Codable, Equatable, Sendable {
        public var of: Int
        public var change: RecordChange
        public init(of: Int, change: RecordChange) {
            self.of = of
            self.change = change
        }
    }

    /// A file was exported; its digest lets `jixiao verify` check it later.
    public struct Exported: Codable, Equatable, Sendable {
        public var format: String
        public var file: String
        public var sha256: String
        public var draft: Bool
        /// A department summary (in the workspace's `exports.jsonl`): each document it
        /// shows, by id, with the last journal line that changed it then — what `verify`
        /// compares to say which changed since. Absent (and not written) for a document's
        /// own exports.
        public var documents: [String: Int]?
        public init(format: String, file: String, sha256: String, draft: Bool, documents: [String: Int]? = nil) {
            self.format = format
            self.file = file
            self.sha256 = sha256
            self.draft = draft
            self.documents = documents
        }
    }
}

extension JournalEntry: Codable {
    enum CodingKeys: String, CodingKey { case seq, time, actor, kind, payload, prev }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seq = try c.decode(Int.self, forKey: .seq)
        time = try c.decode(String.self, forKey: .time)
        actor = try c.decode(String.self, forKey: .actor)
        prev = try c.decode(String.self, forKey: .prev)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "import": event = .imported(try c.decode(JournalEvent.Imported.self, forKey: .payload))
        case "revise": event = .revised(try c.decode(JournalEvent.Revised.self, forKey: .payload))
        case "edit": event = .edited(try c.decode(JournalEvent.Edited.self, forKey: .payload))
        case "review": event = .reviewed(try c.decode(JournalEvent.Reviewed.self, forKey: .payload))
        case "waive": event = .waived(try c.decode(JournalEvent.Waivers.self, forKey: .payload))
        case "unwaive": event = .unwaived(try c.decode(JournalEvent.Waivers.self, forKey: .payload))
        case "grade": event = .graded(try c.decode(JournalEvent.Graded.self, forKey: .payload))
        case "undo": event = .undone(try c.decode(JournalEvent.Reverted.self, forKey: .payload))
        case "redo": event = .redone(try c.decode(JournalEvent.Reverted.self, forKey: .payload))
        case "export": event = .exported(try c.decode(JournalEvent.Exported.self, forKey: .payload))
        default:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "未知的记录类型 \(kind)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(time, forKey: .time)
        try c.encode(actor, forKey: .actor)
        try c.encode(prev, forKey: .prev)
        try c.encode(kind, forKey: .kind)
        switch event {
        case .imported(let p): try c.encode(p, forKey: .payload)
        case .revised(let p): try c.encode(p, forKey: .payload)
        case .edited(let p): try c.encode(p, forKey: .payload)
        case .reviewed(let p): try c.encode(p, forKey: .payload)
        case .waived(let p), .unwaived(let p): try c.encode(p, forKey: .payload)
        case .graded(let p): try c.encode(p, forKey: .payload)
        case .undone(let p), .redone(let p): try c.encode(p, forKey: .payload)
        case .exported(let p): try c.encode(p, forKey: .payload)
        }
    }
}
