/// Why a zip file could not be read as a workbook or a Word document, in the reviewer's terms.
public enum SpreadsheetError: Error, Equatable, Sendable {
    /// A zip archive, but not an Excel workbook (a .docx given to `WorkbookReader`, a .zip of
    /// files, a presentation).
    case notAWorkbook(wordDocument: Bool)
    /// A part missing, not XML, or the archive damaged: `part` names it; `word` when the file
    /// is a Word document.
    case damaged(part: String, word: Bool = false)
    /// A part that inflates beyond what a performance table can be.
    case tooLarge(part: String, word: Bool = false)
    /// A zip whose directory cannot be read and whose first headers name neither a
    /// workbook's nor a Word document's parts: cut short, or no Office file at all.
    case unreadableArchive

    public var message: String {
        switch self {
        case .notAWorkbook(let word):
            word ? "这是 Word 文档（.docx），不是 Excel 工作簿"
                 : "这是压缩包，不是文本文件，也不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）"
        case .damaged(let part, let word):
            // The archive's own directory is said in words; a part by its path in the archive.
            part == Self.archiveDirectory ? "\(Self.kind(word))已损坏：读不出它的压缩包目录（文件不完整，或不是 \(word ? ".docx" : ".xlsx")）"
                : "\(Self.kind(word))已损坏，读不出其中的部件 \(part)"
        case .tooLarge(let part, let word):
            "\(Self.kind(word))中的 \(part) 解压后超过 \(ZipArchive.largestPart / 1_048_576) MB，不像一份绩效目标表"
        case .unreadableArchive:
            "文件已损坏：像压缩包开头，却读不出它的目录（文件不完整，或不是 Excel 工作簿 .xlsx、Word 文档 .docx）"
        }
    }

    private static func kind(_ word: Bool) -> String { word ? "Word 文档" : "Excel 工作簿" }

    /// `damaged(part:)` for an archive whose directory cannot be read at all.
    static let archiveDirectory = "压缩包目录"

    public var hint: String {
        switch self {
        case .notAWorkbook(let word):
            word ? "导入时直接给出这个文件：jixiao import 读得了 Word 文档"
                 : "解压后逐个导入其中的绩效文本（.txt、.xlsx 或 .docx），或导入解压后的文件夹"
        case .damaged(_, let word):
            word ? "在 Word/WPS 中打开后重新保存为 .docx，或另存为纯文本(.txt)，UTF-8 编码后再导入"
                 : "在 Excel/WPS 中打开后重新保存为 .xlsx，或另存为“文本文件(制表符分隔)”后再导入"
        case .tooLarge(_, let word):
            word ? "确认选择的是一个部门的绩效目标表；在 Word/WPS 中删去无关的图片和附件后再导入"
                 : "确认选择的是一个部门的绩效目标表；在 Excel/WPS 中删去无关的工作表后再导入"
        case .unreadableArchive: "重新取一份完整的文件；或在 Excel、Word 或 WPS 中打开后重新保存，再导入"
        }
    }
}
