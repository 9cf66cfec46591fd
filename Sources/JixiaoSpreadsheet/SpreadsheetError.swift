/// Why a zip file could not be read as a workbook, in the reviewer's terms.
public enum SpreadsheetError: Error, Equatable, Sendable {
    /// A zip archive, but not an Excel workbook (a .docx, a .zip of files).
    case notAWorkbook(wordDocument: Bool)
    /// A workbook part missing, not XML, or the archive damaged: `part` names it.
    case damaged(part: String)
    /// A part that inflates beyond what a performance table can be.
    case tooLarge(part: String)

    public var message: String {
        switch self {
        case .notAWorkbook(let word):
            word ? "这是 Word 文档（.docx），不是文本文件，也不是 Excel 工作簿"
                 : "这是压缩包，不是文本文件，也不是 Excel 工作簿（.xlsx）"
        case .damaged(let part):
            // The archive's own directory is said in words; a part by its path in the archive.
            part == Self.archiveDirectory ? "Excel 工作簿已损坏：读不出它的压缩包目录（文件不完整，或不是 .xlsx）"
                : "Excel 工作簿已损坏，读不出其中的部件 \(part)"
        case .tooLarge(let part): "Excel 工作簿中的 \(part) 解压后超过 \(ZipArchive.largestPart / 1_048_576) MB，不像一份绩效目标表"
        }
    }

    /// `damaged(part:)` for an archive whose directory cannot be read at all.
    static let archiveDirectory = "压缩包目录"

    public var hint: String {
        switch self {
        case .notAWorkbook(let word):
            word ? "在 Word/WPS 中“另存为 纯文本(.txt)，UTF-8 编码”后再导入"
                 : "解压后逐个导入其中的绩效文本（.txt 或 .xlsx），或导入解压后的文件夹"
        case .damaged: "在 Excel/WPS 中打开后重新保存为 .xlsx，或另存为“文本文件(制表符分隔)”后再导入"
        case .tooLarge: "确认选择的是一个部门的绩效目标表；在 Excel/WPS 中删去无关的工作表后再导入"
        }
    }
}
