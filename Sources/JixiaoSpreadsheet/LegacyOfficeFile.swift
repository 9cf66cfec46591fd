/// What the bytes of an old Office file say about it when its container or FreeXL cannot
/// open it — so that the refusal names what the reviewer has (a Word document, a workbook
/// with a password, an Excel 4.0 sheet) and not only that something failed. Each test is a
/// signature found in the bytes, as `Workbook.names(_:in:)` is for a zip that will not open;
/// none of them reads the file.
enum LegacyOfficeFile {
    /// Whether an OLE compound file's directory names a `WordDocument` stream, the main
    /// stream of a Word 97–2003 document (.doc, and WPS's .wps). Directory entries hold
    /// their names in UTF-16LE.
    static func namesWordDocument(_ bytes: [UInt8]) -> Bool {
        contains(bytes, utf16("WordDocument"))
    }

    /// Whether what is left of an OLE compound file cut short before its directory (which
    /// holds the stream names) shows a Word document: a 512-byte sector beginning as a
    /// FIB does (wIdent 0xA5EC, an nFib of Word 6.0 to 2003's, 101–0x0200), or the
    /// `CompObj` stream's names of a Word document's format (`MSWordDoc`, `Word.Document.8`),
    /// written in ASCII near the file's start.
    static func showsWordDocument(_ bytes: [UInt8]) -> Bool {
        if contains(bytes, Array("MSWordDoc".utf8)) || contains(bytes, Array("Word.Document.".utf8)) { return true }
        return stride(from: 512, to: bytes.count - 3, by: 512).contains { i in
            bytes[i] == 0xEC && bytes[i + 1] == 0xA5 && (101...0x200).contains(LittleEndian.u16(bytes, i + 2))
        }
    }

    /// Whether an OLE compound file's directory names an `EncryptedPackage` stream: an
    /// .xlsx or .docx encrypted with a password to open (ECMA-376 encryption).
    static func namesEncryptedPackage(_ bytes: [UInt8]) -> Bool {
        contains(bytes, utf16("EncryptedPackage"))
    }

    /// Whether an OLE compound file's directory names a workbook stream: `Workbook`
    /// (Excel 97–2003) or `Book` (Excel 5.0/95).
    static func namesWorkbook(_ bytes: [UInt8]) -> Bool {
        contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book\u{0}"))
    }

    /// Whether a workbook's globals begin with a FILEPASS record: a BOF record of the
    /// workbook globals (type 0x0809, version 0x0600 or 0x0500, substream 0x0005) followed
    /// at once by record 0x002F. Excel writes it for a password to open and encrypts the
    /// records after it — which FreeXL 1.0.6 then fails to parse, reporting no error code
    /// and no handle, so its own password flag (`FREEXL_BIFF_PASSWORD`) cannot be asked.
    static func isEncryptedWorkbook(_ bytes: [UInt8]) -> Bool {
        var i = bytes.startIndex
        while i + 8 <= bytes.endIndex {
            if bytes[i] == 0x09, bytes[i + 1] == 0x08, bytes[i + 3] == 0x00,
               bytes[i + 2] == 0x10 || bytes[i + 2] == 0x08,
               bytes[i + 4] == 0x00, bytes[i + 5] == 0x06 || bytes[i + 5] == 0x05,
               bytes[i + 6] == 0x05, bytes[i + 7] == 0x00 {
                let next = i + 4 + Int(bytes[i + 2])
                if next + 2 <= bytes.endIndex, bytes[next] == 0x2F, bytes[next + 1] == 0x00 { return true }
            }
            i += 1
        }
        return false
    }

    /// Excel 2.x, 3.0 or 4.0 worksheets are BIFF2–4 records with no OLE container: the file
    /// begins with their BOF record (type 0x0009, 0x0209 or 0x0409, and its length). Nil for
    /// anything else.
    static func oldExcelVersion(_ bytes: [UInt8]) -> String? {
        switch Array(bytes.prefix(4)) {
        case [0x09, 0x00, 0x04, 0x00]: "Excel 2.x"
        case [0x09, 0x02, 0x06, 0x00]: "Excel 3.0"
        case [0x09, 0x04, 0x06, 0x00]: "Excel 4.0"
        default: nil
        }
    }

    /// Word for Windows 1.x and 2.0 documents have no OLE container: the file begins with
    /// their FIB (wIdent 0xA59B, 0xA59C or 0xA5DB, then an nFib of 33–45 whose high byte is
    /// zero, which no text file has there). Nil for anything else.
    static func oldWordVersion(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 4, bytes[1] == 0xA5, [0x9B, 0x9C, 0xDB].contains(bytes[0]),
              (33...45).contains(bytes[2]), bytes[3] == 0 else { return nil }
        return "Word 1.x/2.0"
    }

    private static func utf16(_ s: String) -> [UInt8] {
        s.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }

    private static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard bytes.count >= marker.count, let first = marker.first else { return false }
        var i = bytes.startIndex
        let last = bytes.endIndex - marker.count
        while i <= last {
            if bytes[i] == first, bytes[i..<(i + marker.count)].elementsEqual(marker) { return true }
            i += 1
        }
        return false
    }
}
