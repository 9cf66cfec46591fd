import Foundation
import JixiaoModel
import JixiaoReports
import JixiaoStore

/// The state of the review an export shows, as the journal records it: the last line that
/// changed the document or its review (exports change neither), when that was, and who
/// reviewed. Exports date themselves by it — "截至" that line — rather than by the clock,
/// so the same workspace state gives byte-identical files however often and whenever it
/// is exported; the journal records when each export was made.
public struct ExportRecord: Equatable, Sendable {
    /// `430001-2021`.
    public var documentID: String
    /// The journal line the state ends with (0 when there is no journal).
    public var seq: Int
    /// The SHA-256 of that line.
    public var head: String
    /// Its time, ISO 8601 UTC as the journal records it ("" when there is none).
    public var time: String
    /// Who recorded review decisions and opinions, in the order they first did.
    public var reviewers: [String]
    /// The offset from UTC dates are shown in (the reviewer's time zone when exported), in
    /// seconds: a date in a Chinese office must not be eight hours off.
    public var utcOffset: Int
    /// The version of the text the state is of: 2 after the unit's first 修改稿.
    public var version: Int
    /// The projects 修改稿 took out, by the version that did, with their review as it stood.
    public var removed: [Removal] = []
    /// Each 修改稿's version and journal time, in order.
    public var revisions: [ReviewReport.RevisionMark] = []

    /// A project a 修改稿 (`version`) took out, with its review as it stood.
    public struct Removal: Equatable, Sendable {
        public var version: Int
        public var project: ProjectRevision

        public init(version: Int, project: ProjectRevision) {
            self.version = version
            self.project = project
        }
    }

    public init(documentID: String, seq: Int = 0, head: String = Hashing.genesis, time: String = "",
                reviewers: [String] = [], utcOffset: Int = 0, version: Int = 1) {
        self.version = version
        self.documentID = documentID
        self.seq = seq
        self.head = head
        self.time = time
        self.reviewers = reviewers
        self.utcOffset = utcOffset
    }

    /// The record of the state `entries` end in: exports are skipped, they change nothing.
    public static func of(_ journal: JournalFile, documentID: String, utcOffset: Int) -> ExportRecord {
        var record = ExportRecord(documentID: documentID, utcOffset: utcOffset)
        for (entry, hash) in zip(journal.entries, journal.lineHashes) {
            if case .reviewed = entry.event, !record.reviewers.contains(entry.actor) {
                record.reviewers.append(entry.actor)
            }
            if case .revised(let r) = entry.event {
                record.version = max(record.version, r.version)
                record.removed += r.comparison.removed.map { Removal(version: r.version, project: $0) }
                record.revisions.append(ReviewReport.RevisionMark(version: r.version, time: entry.time))
            }
            if case .exported = entry.event { continue }
            record.seq = entry.seq
            record.head = hash
            record.time = entry.time
        }
        return record
    }

    /// The state's date in the reviewer's time zone: `2021年3月1日`; "" without a journal.
    public var date: String { LocalTime.date(time, utcOffset: utcOffset) }

    /// `2021-03-01`; "" without a journal.
    public var isoDate: String { LocalTime.isoDate(time, utcOffset: utcOffset) }

    /// `2021-03-01 10:00（UTC+08:00）`; "" without a journal.
    public var dateTime: String { time.isEmpty ? "" : LocalTime.dateTime(time, utcOffset: utcOffset) }

    /// A journal time in a time zone: `2021-03-01 10:00（UTC+08:00）`.
    public static func local(_ time: String, utcOffset: Int) -> String { LocalTime.dateTime(time, utcOffset: utcOffset) }

    /// The state's time as seconds since 1970, for XLSX's creation date; 0 without a journal.
    public var epochSeconds: Int {
        guard let d = Self.parse(time) else { return 0 }
        return Int(d.timeIntervalSince1970)
    }

    /// Who reviewed, for a signature line: `张三、李四`, or — when nobody has yet.
    public var reviewerNames: String { reviewers.isEmpty ? "—" : reviewers.joined(separator: "、") }

    /// `日志第 12 条（SHA-256 3f2a9c…）`: which state of the journal the file shows.
    public var journalLine: String {
        seq == 0 ? "（无日志）" : "日志第 \(seq) 条（SHA-256 \(Hashing.abbreviated(head))）"
    }

    static func parse(_ time: String) -> Date? { LocalTime.seconds(time).map { Date(timeIntervalSince1970: TimeInterval($0)) } }
}
