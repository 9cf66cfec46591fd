/// The pieces every HTML export shares: escaping, the page shell and one style sheet —
/// everything inline, so the file is self-contained (no fonts, scripts or images fetched),
/// and laid out for A4: a page per project, table headers repeated on every page, rows
/// not split, long text wrapped inside its cell.
enum HTML {
    /// Text as HTML: `&`, `<`, `>`, quotes escaped; line breaks kept as `<br>`.
    static func text(_ s: String) -> String {
        if !s.utf8.contains(where: { special.contains($0) }) { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "<br>"
            case "\r": break
            default: out.append(c)
            }
        }
        return out
    }

    static let special: Set<UInt8> = Set("&<>\"'\n\r".utf8)

    /// `<tag class="…">text</tag>` with the text escaped.
    static func element(_ tag: String, _ text: String, class cls: String? = nil) -> String {
        "<\(tag)\(cls.map { " class=\"\($0)\"" } ?? "")>\(Self.text(text))</\(tag)>"
    }

    /// The whole page: `lang`, UTF-8, the title, the style sheet and `body`.
    static func page(title: String, body: [String]) -> [UInt8] {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"zh-CN\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"generator\" content=\"Jixiao\">",
            "<title>\(text(title))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
        ]
        return Array((head + body + ["</body>", "</html>"]).joined(separator: "\n").utf8 + [0x0A])
    }

    /// A4 portrait with 15 mm margins; CJK fonts a Windows, macOS or Linux reader has.
    static let style = """
    @page { size: A4 portrait; margin: 15mm 12mm 15mm 12mm; }
    * { box-sizing: border-box; }
    html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    body { margin: 0; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; font-size: 10pt; line-height: 1.45; color: #111; }
    h1 { font-size: 16pt; margin: 0 0 4mm 0; text-align: center; }
    h2 { font-size: 13pt; margin: 0 0 3mm 0; border-bottom: 1.5pt solid #333; padding-bottom: 1mm; }
    h3 { font-size: 11pt; margin: 4mm 0 2mm 0; }
    p { margin: 1mm 0; }
    .draft { border: 2pt solid #b00; color: #b00; font-weight: bold; text-align: center; padding: 2mm; margin: 0 0 4mm 0; }
    .meta { color: #444; font-size: 9pt; text-align: center; }
    .provenance { color: #666; font-size: 8pt; margin-top: 4mm; }
    section.page { break-before: page; page-break-before: always; }
    section.first { break-before: auto; page-break-before: auto; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 1mm 0 3mm 0; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    th, td { border: 0.75pt solid #444; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; word-break: break-word; }
    th { background: #e8e8e8; font-weight: bold; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.label { background: #f4f4f4; width: 22%; }
    .note { color: #555; font-size: 8.5pt; }
    .status { font-weight: bold; padding: 0 1.5mm; border: 0.75pt solid #444; }
    .status-approved { background: #e3f4e3; }
    .status-returned { background: #fde2e2; }
    .status-pending { background: #fff3cd; }
    .opinions, .findings { margin: 2mm 0; padding: 1.5mm 2.5mm; border-left: 3pt solid #b36b00; background: #fff6e0; }
    .findings { border-left-color: #b00; background: #fff0f0; }
    .opinions p, .findings p { margin: 0.8mm 0; }
    .sev { display: inline-block; min-width: 4.5mm; padding: 0 0.8mm; margin-right: 1mm; font-weight: bold; text-align: center; border: 0.75pt solid #444; font-size: 8pt; }
    .sev-error { background: #f6b8b8; }
    .sev-warning { background: #fde7a6; }
    .sev-info { background: #cfe2ff; }
    td.error { background: #fde2e2; }
    td.warning { background: #fff3cd; }
    td.info { background: #e7f1ff; }
    ol, ul { margin: 1mm 0 2mm 0; padding-left: 6mm; }
    .checklist li { list-style: none; margin-left: -5mm; }
    """

    /// Column widths in per cent from weights, so a table fits the page whatever its
    /// columns: `<colgroup>` of the table.
    static func colgroup(_ weights: [Double]) -> String {
        let total = weights.reduce(0, +)
        var used = 0
        var cols: [String] = []
        for (k, w) in weights.enumerated() {
            // Whole per cents, the last one taking the rest, so the widths add up to 100.
            let pct = k == weights.count - 1 ? 100 - used : Int((w / total * 100).rounded())
            used += pct
            cols.append("<col style=\"width:\(pct)%\">")
        }
        return "<colgroup>" + cols.joined() + "</colgroup>"
    }
}
