/// A table whose cells are separated by spaces, not tabs — what `pdftotext -layout` or a
/// copy out of a PDF viewer gives. Jixiao splits cells at tabs, so such a file is refused
/// somewhere inside (often as "no table found", as if the file were cut); this names the
/// real cause on the table's own header line, and what to do instead.
enum SpaceSeparatedCells {
    /// `refusal` as it is, unless the file has not one tab and a line with 指标 whose words
    /// are set apart by runs of spaces: then the refusal that says so, at that line.
    static func explained(_ refusal: ReadError, _ utf8: [UInt8]) -> ReadError {
        guard !utf8.contains(0x09), let line = firstSpacedHeader(utf8) else { return refusal }
        return ReadError(line: line.number,
                         "“\(line.text)”各格之间是空格，整份文本没有一个制表符（Tab）：Jixiao 按制表符分格，读不出用空格对齐的表格",
                         hint: "用 WPS 或 Excel 打开原表（PDF 可先转为 Excel），另存为“文本文件（制表符分隔）”再导入；pdftotext -layout 的输出和从 PDF 阅读器复制的文字是用空格对齐的，不能直接导入")
    }

    /// The first indicator header (一级指标, 三级指标 or 指标值) set apart by runs of two or
    /// more spaces (ASCII or the ideographic U+3000), else the first such line holding
    /// 指标: its 1-based number and its text (shortened).
    static func firstSpacedHeader(_ utf8: [UInt8]) -> (number: Int, text: String)? {
        var number = 0
        var fallback: (Int, String)?
        for line in utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let text = String(decoding: line, as: UTF8.self)
            guard text.contains("指标") else { continue }
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\r" })
            let spaced = text.contains("  ") || text.contains("\u{3000}")
            guard spaced, words.count >= 3 else { continue }
            // Shown with each run of spaces as two: the words, not the alignment.
            let shown = words.joined(separator: "  ")
            let found = (number, shown.count > 30 ? String(shown.prefix(30)) + "…" : shown)
            if ["一级指标", "三级指标", "指标值"].contains(where: { text.contains($0) }) { return found }
            if fallback == nil { fallback = found }
        }
        return fallback
    }
}
