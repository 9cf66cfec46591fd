/// One worksheet part (`xl/worksheets/sheetN.xml`): its rows and the text of each cell —
/// a shared string, an inline string, a formula's last result or a number shown in the
/// cell's number format.
struct WorksheetReader {
    var strings: [String]
    var formats: [NumberFormat]
    var date1904: Bool

    func rows(_ xml: [UInt8]) -> [Workbook.Row]? {
        var rows: [Workbook.Row] = []
        var rowNumber = 0, column = -1
        var cells: [Workbook.Cell] = []
        var type = "", style = 0, value = "", inline = ""
        var inValue = false, inInlineText = false, inInline = false, phonetic = 0
        var events = XMLEvents()
        events.start = { name, a in
            switch name {
            case "row":
                rowNumber = a["r"].flatMap { Int($0) } ?? rowNumber + 1
                column = -1
                cells = []
            case "c":
                column = a["r"].flatMap(Self.column(of:)) ?? column + 1
                type = a["t"] ?? "n"
                style = a["s"].flatMap { Int($0) } ?? 0
                value = ""
                inline = ""
            case "v": inValue = true
            case "is": inInline = true
            case "t" where inInline: inInlineText = true
            case "rPh": phonetic += 1
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "v": inValue = false
            case "t": inInlineText = false
            case "is": inInline = false
            case "rPh": phonetic -= 1
            case "c":
                let text = cellText(type: type, style: style, value: value, inline: inline)
                if !text.allSatisfy({ $0 == " " || $0 == "\u{3000}" || $0.isNewline }) { cells.append(Workbook.Cell(column: column, text: text)) }
            case "row":
                if !cells.isEmpty { rows.append(Workbook.Row(number: rowNumber, cells: cells.sorted { $0.column < $1.column })) }
            default: break
            }
        }
        events.text = { piece in
            if inValue { value += piece } else if inInlineText, phonetic == 0 { inline += piece }
        }
        guard events.parse(xml) else { return nil }
        return rows.sorted { $0.number < $1.number }
    }

    func cellText(type: String, style: Int, value: String, inline: String) -> String {
        switch type {
        case "s":
            guard let i = Int(value), strings.indices.contains(i) else { return "" }
            return strings[i]
        case "inlineStr": return WorkbookReader.unescaped(inline)
        case "str", "e", "d": return WorkbookReader.unescaped(value)
        case "b": return value == "1" ? "TRUE" : (value == "0" ? "FALSE" : value)
        default:
            guard !value.isEmpty else { return "" }
            let format = formats.indices.contains(style) ? formats[style] : .general
            return format.display(value, date1904: date1904)
        }
    }

    /// The 0-based column of a cell reference (`B12` → 1, `AA3` → 26).
    static func column(of reference: String) -> Int? {
        var n = 0, letters = 0
        for u in reference.utf8 {
            switch u {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): n = n * 26 + Int(u - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): n = n * 26 + Int(u - UInt8(ascii: "a")) + 1
            default:
                guard letters > 0 else { return nil }
                return n - 1
            }
            letters += 1
            if letters > 3 { return nil }
        }
        return letters > 0 ? n - 1 : nil
    }
}
