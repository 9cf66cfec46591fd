/// Text placed in Markdown so that it shows as written: no stray emphasis, links, HTML or
/// table breaks from what a document happens to contain.
enum MarkdownText {
    /// Inline text: Markdown's punctuation escaped, line breaks as `<br>`.
    static func inline(_ s: String) -> String {
        // Most text has nothing to escape: checked by bytes, which is fast.
        if !s.utf8.contains(where: { special.contains($0) }) { return s }
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": out += "\\" + String(c)
            case "\n": out += "<br>"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    static let special: Set<UInt8> = Set("\\`*_[]<>|#~\n\r".utf8)

    /// A table cell: inline text, and an empty cell kept visible.
    static func cell(_ s: String) -> String {
        let t = inline(s)
        return t.isEmpty ? " " : t
    }

    /// A table: a header row, the alignment row (`right` columns right-aligned), the rows.
    static func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) -> [String] {
        var out = ["| " + header.map(cell).joined(separator: " | ") + " |"]
        out.append("|" + header.indices.map { right.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        for r in rows { out.append("| " + r.map(cell).joined(separator: " | ") + " |") }
        return out
    }
}
