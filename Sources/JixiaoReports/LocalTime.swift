import Foundation

/// A journal time (ISO 8601, UTC) as a reviewer reads it, in a fixed offset from UTC: an
/// audit trail in China must not be eight hours off, and a report must not depend on the
/// machine it is rendered on — the offset is part of the input.
public enum LocalTime {
    /// `2021-03-01 10:00（UTC+08:00）`; the text as it is when it is not a journal time.
    public static func dateTime(_ time: String, utcOffset: Int) -> String {
        guard let c = components(time, utcOffset: utcOffset) else { return time }
        let sign = utcOffset < 0 ? "-" : "+"
        let h = abs(utcOffset) / 3600, m = abs(utcOffset) % 3600 / 60
        return String(format: "%04d-%02d-%02d %02d:%02d（UTC", c.year, c.month, c.day, c.hour, c.minute)
            + sign + String(format: "%02d:%02d）", h, m)
    }

    /// `2021年3月1日`; "" when it is not a journal time.
    public static func date(_ time: String, utcOffset: Int) -> String {
        guard let c = components(time, utcOffset: utcOffset) else { return "" }
        return "\(c.year)年\(c.month)月\(c.day)日"
    }

    /// `2021-03-01`; "" when it is not a journal time.
    public static func isoDate(_ time: String, utcOffset: Int) -> String {
        guard let c = components(time, utcOffset: utcOffset) else { return "" }
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }

    public static func parse(_ time: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.date(from: time)
    }

    static func components(_ time: String, utcOffset: Int) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int)? {
        guard let d = parse(time) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: utcOffset) ?? TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: d)
        return (c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
