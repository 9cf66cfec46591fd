/// Every export format, in the order `--help` lists them: the document's, then the
/// 审核意见书's.
public enum ExportFormats {
    public static let all: [any ExportFormat] = [
        TextFormat(), XLSXFormat(), HTMLFormat(), MarkdownFormat(), CSVFormat(), JSONFormat(),
        ReviewReportTextFormat(), ReviewReportXLSXFormat(), ReviewReportHTMLFormat(), ReviewReportMarkdownFormat(),
    ]

    /// The formats of one kind: what `jixiao export` (documents) or `jixiao report` offers.
    public static func of(_ kind: ExportKind) -> [any ExportFormat] {
        all.filter { $0.kind == kind }
    }

    /// The format the journal records as `id`.
    public static func named(_ id: String) -> (any ExportFormat)? {
        all.first { $0.id == id }
    }

    /// The format of a kind that `--format` names.
    public static func option(_ option: String, kind: ExportKind) -> (any ExportFormat)? {
        of(kind).first { $0.option == option }
    }

    /// The format of a kind a file name's extension names (`.xlsx`, `.htm` as `.html`,
    /// any case); nil when there is none.
    public static func inferred(from path: String, kind: ExportKind) -> (any ExportFormat)? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        var ext = name[name.index(after: dot)...].lowercased()
        if ext == "htm" { ext = "html" }
        if ext == "markdown" { ext = "md" }
        return of(kind).first { $0.fileExtension == ext }
    }
}
