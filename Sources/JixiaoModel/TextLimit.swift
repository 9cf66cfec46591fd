/// How long a text a reviewer gives may be: a cell's value, an opinion, a reason. A
/// performance table's longest cell (资金用途, a goal) runs to hundreds of characters; a text
/// far longer is a paste gone wrong, and the screens that show it on every key would crawl.
/// Checked where text comes in (the workstation's prompt, the command line), not when the
/// journal is replayed: a record written before the limit still replays.
public enum TextLimit {
    public static let characters = 5_000

    /// Why `text`, given as `what`, is refused; nil when it is within the limit.
    public static func refusal(of text: String, as what: String) -> String? {
        // Counted by bytes first: a text of fewer bytes than the limit has fewer characters.
        guard text.utf8.count > characters else { return nil }
        let count = text.count
        guard count > characters else { return nil }
        return "\(what)有 \(count.formatted) 个字，超过 \(characters.formatted) 字的上限，像是粘贴错了：请删减后再保存"
    }

    /// `12,345`: a count of characters as the limit's messages say it.
    public static func said(_ count: Int) -> String { count.formatted }
}

extension Int {
    /// `12,345`: a count said with thousands separators.
    fileprivate var formatted: String {
        let digits = Array(String(self))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
