/// Why a zip file could not be read as a workbook or a Word document, or an old Office file
/// (an OLE compound file) as an Excel 97–2003 workbook or a Word 97–2003 document, in the
/// reviewer's terms.
/// Codable so that a child process reading an .xls (`FreeXLProcess`) can say why it refused.
public enum SpreadsheetError: Error, Equatable, Sendable, Codable {
    /// A zip archive, but not an Excel workbook (a .docx given to `WorkbookReader`, a .zip of
    /// files, a presentation).
    case notAWorkbook(wordDocument: Bool)
    /// An OpenDocument file (LibreOffice's, or WPS's saved as ODF): a spreadsheet (.ods)
    /// or a text (.odt), told by the package's `mimetype`. Not read: said as what it is, not
    /// as a zip of files to unpack.
    case openDocument(spreadsheet: Bool)
    /// A part missing, not XML, or the archive damaged: `part` names it; `word` when the file
    /// is a Word document.
    case damaged(part: String, word: Bool = false)
    /// A part that inflates beyond what a performance table can be.
    case tooLarge(part: String, word: Bool = false)
    /// A zip whose directory cannot be read and whose first headers name neither a
    /// workbook's nor a Word document's parts: cut short, or no Office file at all.
    case unreadableArchive
    /// An Excel 97–2003 workbook (.xls) FreeXL cannot read: damaged, cut short, or an OLE
    /// file whose workbook stream is broken.
    case legacyDamaged
    /// An .xls saved with a password to open: everything after its first record is encrypted.
    case legacyPassword
    /// A worksheet of Excel 2.x–4.0 (BIFF2–4, no OLE container), which FreeXL does not read:
    /// `version` as Excel named it.
    case legacyVersion(String)
    /// An .xlsx or .docx saved with a password to open: Office then wraps the encrypted
    /// package in an OLE compound file (streams `EncryptionInfo`, `EncryptedPackage`).
    case encryptedPackage
    /// An OLE compound file with neither a workbook nor a Word document in it (a PowerPoint
    /// .ppt, an Outlook .msg).
    case legacyNotAWorkbook
    /// A Word 97–2003 document (.doc) saved with a password to open (the FIB's fEncrypted):
    /// its text is encrypted.
    case wordPassword
    /// A Word document older than Word 97 (Word 6.0/95, or 2.0 and before: `version`), whose
    /// format the reader does not read.
    case wordVersion(String)
    /// A Word 97–2003 document whose streams do not parse: cut short, overwritten, or an
    /// OLE file whose `WordDocument` stream is no Word document.
    case wordDamaged
    /// The anonymous memory file the .xls is read from could not be made (`reason`: the
    /// system's words), so nothing was read.
    case legacyUnopenable(reason: String)

    /// A formula cell with no result saved in the file (the tool that wrote it does not
    /// calculate) that Jixiao cannot compute either.
    case formulaWithoutResult(sheet: String, cell: String, formula: String)

    /// A worksheet whose part inflates past `ZipArchive.largestPart`.
    case sheetTooLarge(sheet: String, part: String)

    public var message: String {
        switch self {
        case .sheetTooLarge(let sheet, let part):
            "Excel 工作簿的工作表“\(sheet)”（\(part)）解压后超过 \(ZipArchive.largestPart / 1_048_576) MB，一张绩效目标表用不了这么多：多半是表格下方或右侧有大量空的、设了格式的行或列"
        case .formulaWithoutResult(let sheet, let cell, let formula):
            "Excel 工作簿的工作表“\(sheet)”单元格 \(cell) 是公式（=\(formula)），文件里没有保存它的计算结果，Jixiao 算不出它的值"
        case .notAWorkbook(let word):
            word ? "这是 Word 文档（.docx），不是 Excel 工作簿"
                 : "这是压缩包，不是文本文件，也不是 Excel 工作簿（.xlsx）或 Word 文档（.docx）"
        case .openDocument(let spreadsheet):
            spreadsheet ? "这是 OpenDocument 电子表格（.ods，LibreOffice 或 WPS 另存的格式），Jixiao 读不了"
                : "这是 OpenDocument 文本（.odt，LibreOffice 或 WPS 另存的格式），Jixiao 读不了"
        case .damaged(let part, let word):
            // The archive's own directory is said in words; a part by its path in the archive.
            part == Self.archiveDirectory ? "\(Self.kind(word))已损坏：读不出它的压缩包目录（文件不完整，或不是 \(word ? ".docx" : ".xlsx")）"
                : "\(Self.kind(word))已损坏，读不出其中的部件 \(part)"
        case .tooLarge(let part, let word):
            "\(Self.kind(word))中的 \(part) 解压后超过 \(ZipArchive.largestPart / 1_048_576) MB，不像一份绩效目标表"
        case .unreadableArchive:
            "文件已损坏：像压缩包开头，却读不出它的目录（文件不完整，或不是 Excel 工作簿 .xlsx、Word 文档 .docx）"
        case .legacyDamaged:
            "Excel 97–2003 工作簿（.xls）已损坏，读不出其中的工作表（文件不完整，或不是 .xls）"
        case .legacyPassword:
            "这份 Excel 97–2003 工作簿（.xls）设了打开密码，内容是加密的，Jixiao 读不了"
        case .legacyVersion(let version):
            "这是 \(version) 的工作表，格式太旧，Jixiao 读不了（读得了 Excel 97–2003 的 .xls 和 .xlsx）"
        case .encryptedPackage:
            "这份文件设了打开密码（加密的 Excel 工作簿 .xlsx 或 Word 文档 .docx），内容是加密的，Jixiao 读不了"
        case .legacyNotAWorkbook:
            "这是 Office 97–2003 的文件，但不是 Excel 工作簿（.xls），也不是 Word 文档（.doc）"
        case .wordPassword:
            "这份 Word 97–2003 文档（.doc）设了打开密码，内容是加密的，Jixiao 读不了"
        case .wordVersion(let version):
            "这是用 \(version) 保存的 Word 文档，格式太旧，Jixiao 读不了（读得了 Word 97–2003 的 .doc 和 .docx）"
        case .wordDamaged:
            "Word 97–2003 文档（.doc）已损坏，读不出其中的正文（文件不完整，或不是 .doc）"
        case .legacyUnopenable(let reason):
            "读不了这份 Excel 97–2003 工作簿（.xls）：无法在内存中建立读取用的文件（\(reason)）"
        }
    }

    private static func kind(_ word: Bool) -> String { word ? "Word 文档" : "Excel 工作簿" }

    /// `damaged(part:)` for an archive whose directory cannot be read at all.
    static let archiveDirectory = "压缩包目录"

    public var hint: String {
        switch self {
        case .sheetTooLarge:
            "在 Excel/WPS 中选中表格下方的所有空行（和右侧的空列）删除，保存后再导入；或把表格复制到一个新工作簿再导入"
        case .formulaWithoutResult:
            "在 Excel 或 WPS 中打开这个文件，保存后再导入（保存时会算出公式的结果）；或把这个单元格改为填写数值"
        case .notAWorkbook(let word):
            word ? "导入时直接给出这个文件：jixiao import 读得了 Word 文档"
                 : "解压后逐个导入其中的绩效文本（.txt、.xlsx、.xls、.docx 或 .doc），或导入解压后的文件夹"
        case .openDocument(let spreadsheet):
            spreadsheet ? "用 WPS、Excel 或 LibreOffice 打开，“另存为 Excel 工作簿(.xlsx)”再导入"
                : "用 WPS、Word 或 LibreOffice 打开，“另存为 Word 文档(.docx)”再导入"
        case .damaged(_, let word):
            word ? "在 Word/WPS 中打开后重新保存为 .docx，或另存为纯文本(.txt)，UTF-8 编码后再导入"
                 : "在 Excel/WPS 中打开后重新保存为 .xlsx，或另存为“文本文件(制表符分隔)”后再导入"
        case .tooLarge(_, let word):
            word ? "确认选择的是一个部门的绩效目标表；在 Word/WPS 中删去无关的图片和附件后再导入"
                 : "确认选择的是一个部门的绩效目标表；在 Excel/WPS 中删去无关的工作表后再导入"
        case .unreadableArchive: "重新取一份完整的文件；或在 Excel、Word 或 WPS 中打开后重新保存，再导入"
        case .legacyDamaged:
            "在 Excel/WPS 中打开后“另存为 Excel 工作簿(.xlsx)”再导入；打不开时请单位重新发送完整的文件"
        case .legacyPassword:
            "请单位去掉打开密码后重新发送；或在 Excel/WPS 中输入密码打开，“另存为 Excel 工作簿(.xlsx)”（不设密码）再导入"
        case .legacyVersion:
            "在 Excel/WPS 中打开后“另存为 Excel 工作簿(.xlsx)”再导入"
        case .encryptedPackage:
            "请单位去掉打开密码后重新发送；或在 Excel、Word 或 WPS 中输入密码打开，另存时不设密码，再导入"
        case .legacyNotAWorkbook:
            "导入填好的绩效目标表：Excel 工作簿（.xls、.xlsx）、Word 文档（.doc、.docx）、CSV 或制表符分隔的文本"
        case .wordPassword:
            "请单位去掉打开密码后重新发送；或在 Word/WPS 中输入密码打开，“另存为 Word 文档(.docx)”（不设密码）再导入"
        case .wordVersion:
            "在 Word/WPS 中打开后“另存为 Word 文档(.docx)”再导入"
        case .wordDamaged:
            "在 Word/WPS 中打开后“另存为 Word 文档(.docx)”再导入；打不开时请单位重新发送完整的文件"
        case .legacyUnopenable:
            "稍后再试；或在 Excel/WPS 中“另存为 Excel 工作簿(.xlsx)”再导入"
        }
    }
}
