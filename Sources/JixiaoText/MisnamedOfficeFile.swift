import JixiaoSpreadsheet

/// A file named as an Office document (`.xls`, `.xlsx`, `.doc`, `.docx`) whose bytes are
/// neither an Office file nor text: refused as text ("含有二进制数据"), with a hint to import a
/// `.txt`, it would leave the reviewer wondering — they sent a workbook. Said for what it
/// is: damaged, or another file renamed.
public enum MisnamedOfficeFile {
    /// `error` (the refusal of `bytes`) said as a misnamed Office file where `name` and the
    /// bytes show one; else `error` as it is.
    public static func explained(_ error: ReadError, _ bytes: [UInt8], name: String) -> ReadError {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return error }
        let ext = name[name.index(after: dot)...].lowercased()
        let (kind, program, saveAs): (String, String, String)
        switch ext {
        case "xls", "xlsx": (kind, program, saveAs) = ("Excel 工作簿", "Excel 或 WPS", "xlsx")
        case "doc", "docx": (kind, program, saveAs) = ("Word 文档", "Word 或 WPS", "docx")
        default: return error
        }
        // An Office container was read as one (its own refusal stands); a NUL byte is what
        // no text holds.
        guard !Workbook.isZip(bytes), !Workbook.isLegacyOffice(bytes), bytes.contains(0) else { return error }
        return ReadError(line: nil, "文件名是 .\(ext)，但内容既不是 \(kind)，也不是文本：文件已损坏，或是别的文件改了扩展名",
                         hint: "用 \(program) 打开看看：打得开就另存为 .\(saveAs) 再导入，打不开就请单位重新发送")
    }
}
