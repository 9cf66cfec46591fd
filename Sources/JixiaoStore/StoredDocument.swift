import JixiaoModel

/// `document.json`: the current document and the journal position it reflects, so a
/// crash between appending to the journal and saving the document can be rolled
/// forward, and a cut journal detected.
public struct StoredDocument: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var formatVersion: Int
    public var journal: JournalPosition
    public var document: Document

    public init(formatVersion: Int = StoredDocument.currentFormat, journal: JournalPosition, document: Document) {
        self.formatVersion = formatVersion
        self.journal = journal
        self.document = document
    }
}

/// The last journal line a document reflects: its number and its hash.
public struct JournalPosition: Codable, Equatable, Sendable {
    public var seq: Int
    public var head: String

    public init(seq: Int, head: String) {
        self.seq = seq
        self.head = head
    }

    /// Before the first line: where an import starts.
    public static let start = JournalPosition(seq: 0, head: Hashing.genesis)
}
