/// The files of one document in a workspace (design.md, "The store"). Their names are
/// defined here and nowhere else.
public struct DocumentFiles: Equatable, Sendable {
    /// The imported text, never modified.
    public static let sourceName = "source.txt"
    /// The text of version `version` (2, 3 …) of the document, a revised text (修改稿)
    /// imported with `--revision-of`; read-only, never modified. Version 1 is `sourceName`.
    public static func revisionName(_ version: Int) -> String {
        version <= 1 ? sourceName : "source-\(version).txt"
    }
    /// The current state: the document and the journal position it reflects.
    public static let documentName = "document.json"
    /// The append-only, hash-chained journal.
    public static let journalName = "journal.jsonl"
    /// What the department picker shows of the document (`DocumentSummary`), a cache.
    public static let summaryName = "summary.json"
    /// The findings of the year-over-year rules against last year's document, a cache.
    public static let yearOverYearName = "year-over-year.json"
    /// What `jixiao check` wrote of the document last time, a cache (`CachedCheck`).
    public static let checkCacheName = "check.cache"

    /// The document's folder: `<workspace>/430001-2021`, or `430001-2021` for a path
    /// relative to the workspace, as reports name the source.
    public let folder: String

    public init(folder: String) { self.folder = folder }

    public var source: String { folder + "/" + Self.sourceName }
    public var document: String { folder + "/" + Self.documentName }
    public var journal: String { folder + "/" + Self.journalName }
    public var summary: String { folder + "/" + Self.summaryName }
    public var yearOverYear: String { folder + "/" + Self.yearOverYearName }
    public var checkCache: String { folder + "/" + Self.checkCacheName }
    /// The text of version `version`: `source.txt` for 1, `source-N.txt` after.
    public func source(version: Int) -> String { folder + "/" + Self.revisionName(version) }

    /// The bytes of version `version`'s text, nil when the file is missing or unreadable.
    public func readSource(version: Int) -> [UInt8]? { (try? DurableFile.read(source(version: version))) ?? nil }
}
