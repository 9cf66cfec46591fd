import Testing
@testable import JixiaoText

/// A file named .xls/.xlsx/.doc/.docx that is neither an Office file nor text is said to be
/// that, not refused as "not a text file" with a hint to import a .txt.
@Suite struct MisnamedOfficeFileTests {
    let binary: [UInt8] = [0x13, 0x00, 0x7F, 0xFE, 0x41, 0x00, 0x10]
    let asText = ReadError(line: 1, "含有二进制数据（NUL 字节），这不是文本文件", hint: "请导入从 PDF 或 Word 导出的纯文本（.txt）文件")

    @Test func aBinaryFileNamedAsOfficeIsSaidToBeDamagedOrRenamed() {
        let xls = MisnamedOfficeFile.explained(asText, binary, name: "各单位/某局.XLS")
        #expect(xls.message == "文件名是 .xls，但内容既不是 Excel 工作簿，也不是文本：文件已损坏，或是别的文件改了扩展名")
        #expect(xls.hint == "用 Excel 或 WPS 打开看看：打得开就另存为 .xlsx 再导入，打不开就请单位重新发送" && xls.line == nil)
        let docx = MisnamedOfficeFile.explained(asText, binary, name: "某局.docx")
        #expect(docx.message.contains("既不是 Word 文档") && docx.hint.contains("另存为 .docx"))
    }

    @Test func otherRefusalsStandAsTheyAre() {
        // Another name, no NUL (a text refused for what it says), an Office container (its
        // own refusal stands), a dot only in a folder's name.
        #expect(MisnamedOfficeFile.explained(asText, binary, name: "某局.bin") == asText)
        #expect(MisnamedOfficeFile.explained(asText, Array("项目名称\t某".utf8), name: "某局.xls") == asText)
        #expect(MisnamedOfficeFile.explained(asText, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], name: "某局.xlsx") == asText)
        #expect(MisnamedOfficeFile.explained(asText, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00], name: "某局.doc") == asText)
        #expect(MisnamedOfficeFile.explained(asText, binary, name: "审核.xls/某局") == asText)
    }
}
