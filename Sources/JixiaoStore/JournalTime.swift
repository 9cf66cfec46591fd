import Foundation
import JixiaoModel

/// Time as the journal records it: ISO 8601, UTC, to the second — and as the reviewer
/// reads it: in the local time zone (`TZ`, else the system's), with its offset.
public enum JournalTime {
    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }

    /// `2026-11-25 20:05:00 +08:00` for `2026-11-25T12:05:00Z` in Asia/Shanghai: the offset
    /// the zone had at that instant. Anything else is shown as it is.
    public static func local(_ iso: String, in zone: TimeZone = .current, withSeconds: Bool = true) -> String {
        guard let seconds = LocalTime.seconds(iso) else { return iso }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        return LocalTime.format(iso, offsetSeconds: offset, withSeconds: withSeconds)
    }

    /// The local zone's offset now, in seconds: for the workstation, which shows times
    /// without asking the system each time.
    public static func currentOffset(in zone: TimeZone = .current) -> Int {
        zone.secondsFromGMT(for: Date())
    }
}
