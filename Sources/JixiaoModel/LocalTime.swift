/// A time the journal records (ISO 8601, UTC: `2026-11-25T12:05:00Z`) as the reviewer's
/// clock shows it: `2026-11-25 20:05:00 +08:00` (the journal, the workstation),
/// `2021-03-01 10:00（UTC+08:00）` or `2021年3月1日` (reports). An audit trail in China must
/// not read eight hours off. The offset comes from the edge (the program asks the system's
/// time zone, honouring `TZ`; a report takes it as part of its input); the arithmetic is
/// here, pure.
public enum LocalTime {
    /// `2026-11-25 20:05:00 +08:00`; `withSeconds: false` gives `2026-11-25 20:05`,
    /// `withOffset: false` leaves the offset off. A text that is not such a time is
    /// returned as it is.
    public static func format(_ iso: String, offsetSeconds: Int, withSeconds: Bool = true, withOffset: Bool = true) -> String {
        guard let utc = seconds(iso) else { return iso }
        let local = utc + offsetSeconds
        let days = floorDiv(local, 86_400)
        let rest = local - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        var s = "\(y)-\(pad(m))-\(pad(d)) \(pad(rest / 3600)):\(pad(rest % 3600 / 60))"
        if withSeconds { s += ":" + pad(rest % 60) }
        if withOffset { s += " " + offset(offsetSeconds) }
        return s
    }

    /// `2021-03-01 10:00（UTC+08:00）`; the text as it is when it is not a journal time.
    public static func dateTime(_ iso: String, utcOffset: Int) -> String {
        guard seconds(iso) != nil else { return iso }
        return format(iso, offsetSeconds: utcOffset, withSeconds: false, withOffset: false) + "（UTC\(offset(utcOffset))）"
    }

    /// `2021年3月1日`; "" when it is not a journal time.
    public static func date(_ iso: String, utcOffset: Int) -> String {
        guard let (y, m, d) = civilDate(iso, utcOffset: utcOffset) else { return "" }
        return "\(y)年\(m)月\(d)日"
    }

    /// `2021-03-01`; "" when it is not a journal time.
    public static func isoDate(_ iso: String, utcOffset: Int) -> String {
        guard let (y, m, d) = civilDate(iso, utcOffset: utcOffset) else { return "" }
        return "\(y)-\(pad(m))-\(pad(d))"
    }

    static func civilDate(_ iso: String, utcOffset: Int) -> (Int, Int, Int)? {
        guard let utc = seconds(iso) else { return nil }
        return civil(fromDays: floorDiv(utc + utcOffset, 86_400))
    }

    /// `+08:00`, `-05:00`, `+00:00`.
    public static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let m = abs(seconds) / 60
        return "\(sign)\(pad(m / 60)):\(pad(m % 60))"
    }

    /// Seconds since 1970-01-01T00:00:00Z of `2026-11-25T12:05:00Z`; nil for anything else.
    public static func seconds(_ iso: String) -> Int? {
        let c = Array(iso.utf8)
        guard c.count == 20, c[4] == 0x2D, c[7] == 0x2D, c[10] == 0x54, c[13] == 0x3A, c[16] == 0x3A, c[19] == 0x5A else {
            return nil
        }
        func number(_ r: Range<Int>) -> Int? {
            var n = 0
            for b in c[r] {
                guard (0x30...0x39).contains(b) else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
        guard let y = number(0..<4), let mo = number(5..<7), let d = number(8..<10), let h = number(11..<13),
              let mi = number(14..<16), let s = number(17..<19), (1...12).contains(mo), (1...31).contains(d),
              h < 24, mi < 60, s < 61 else { return nil }
        return days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
