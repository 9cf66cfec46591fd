/// Reads an .xlsx workbook (Office Open XML: a zip of XML parts) into a `Workbook`: the
/// package's relationships lead to the workbook, its sheets, the shared strings and the
/// cell styles; each sheet's cells are shown as Excel shows them.
public enum WorkbookReader {
    public static func read(_ bytes: [UInt8]) throws(SpreadsheetError) -> Workbook {
        guard let zip = ZipArchive(bytes) else { throw .damaged(part: SpreadsheetError.archiveDirectory) }
        return try read(zip)
    }

    static func read(_ zip: ZipArchive) throws(SpreadsheetError) -> Workbook {
        func part(_ name: String) throws(SpreadsheetError) -> [UInt8] {
            do { return try zip.part(name) } catch {
                switch error {
                case .tooLarge: throw .tooLarge(part: name)
                case .missing, .damaged: throw .damaged(part: name)
                }
            }
        }
        // The workbook is where the package's relationships say (almost always xl/workbook.xml).
        var workbookPath = "xl/workbook.xml"
        if zip.has("_rels/.rels") {
            let rels = try relationships(try part("_rels/.rels"), of: "", name: "_rels/.rels")
            if let main = rels.values.first(where: { $0.type.hasSuffix("/officeDocument") }) { workbookPath = main.target }
        }
        guard zip.has(workbookPath) else { throw .notAWorkbook(wordDocument: zip.has("word/document.xml")) }

        let folder = directory(of: workbookPath)
        let relsPath = folder + "_rels/" + workbookPath.split(separator: "/").last! + ".rels"
        let rels = zip.has(relsPath) ? try relationships(try part(relsPath), of: folder, name: relsPath) : [:]

        // Sheets in the workbook's order.
        var sheets: [(name: String, hidden: Bool, id: String)] = []
        var date1904 = false
        var events = XMLEvents()
        events.start = { name, attributes in
            if name == "sheet" {
                let state = attributes["state"] ?? ""
                sheets.append((attributes["name"] ?? "", state == "hidden" || state == "veryHidden", attributes.value("id") ?? ""))
            } else if name == "workbookPr" {
                date1904 = ["1", "true"].contains(attributes["date1904"] ?? "")
            }
        }
        guard events.parse(try part(workbookPath)) else { throw .damaged(part: workbookPath) }

        var strings: [String] = []
        if let path = rels.values.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target, zip.has(path) {
            guard let s = sharedStrings(try part(path)) else { throw .damaged(part: path) }
            strings = s
        }
        var formats: [NumberFormat] = []
        if let path = rels.values.first(where: { $0.type.hasSuffix("/styles") })?.target, zip.has(path) {
            guard let f = cellFormats(try part(path)) else { throw .damaged(part: path) }
            formats = f
        }

        var out: [Workbook.Sheet] = []
        for sheet in sheets {
            // A chart sheet or a dialog sheet has no cells to read.
            guard let rel = rels[sheet.id], rel.type.hasSuffix("/worksheet") else { continue }
            let xml = try part(rel.target)
            guard let rows = WorksheetReader(strings: strings, formats: formats, date1904: date1904).rows(xml) else {
                throw .damaged(part: rel.target)
            }
            out.append(Workbook.Sheet(name: sheet.name, hidden: sheet.hidden, rows: rows))
        }
        return Workbook(sheets: out)
    }

    struct Relationship: Equatable { var type: String; var target: String }

    /// A `.rels` part: each relationship's id, type and target resolved to a part name.
    static func relationships(_ xml: [UInt8], of folder: String, name: String, word: Bool = false) throws(SpreadsheetError) -> [String: Relationship] {
        var out: [String: Relationship] = [:]
        var events = XMLEvents()
        events.start = { element, a in
            guard element == "Relationship", let id = a["Id"], let target = a["Target"], a["TargetMode"] != "External" else { return }
            out[id] = Relationship(type: a["Type"] ?? "", target: resolve(target, in: folder))
        }
        guard events.parse(xml) else { throw .damaged(part: name, word: word) }
        return out
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship's target as a part name: absolute (`/xl/…`) or relative to `folder`.
    static func resolve(_ target: String, in folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for p in target.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings: each `<si>`'s text, its runs joined, its phonetic guide (`<rPh>`) left out.
    static func sharedStrings(_ xml: [UInt8]) -> [String]? {
        var out: [String] = []
        var current = "", inText = false, phonetic = 0
        var events = XMLEvents()
        events.start = { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }
        events.end = { name in
            switch name {
            case "si": out.append(unescaped(current))
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }
        events.text = { piece in if inText, phonetic == 0 { current += piece } }
        return events.parse(xml) ? out : nil
    }

    /// Each cell style's number format (`cellXfs`, indexed by a cell's `s`).
    static func cellFormats(_ xml: [UInt8]) -> [NumberFormat]? {
        var custom: [Int: String] = [:]
        var ids: [Int] = []
        var inCellXfs = false
        var events = XMLEvents()
        events.start = { name, a in
            switch name {
            case "numFmt":
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { custom[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: ids.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        events.end = { name in if name == "cellXfs" { inCellXfs = false } }
        guard events.parse(xml) else { return nil }
        return ids.map { id in custom[id].map { NumberFormat(code: $0) } ?? NumberFormat.builtIn(id) }
    }

    /// OOXML's escape of a character XML cannot hold: `_x000D_` for a carriage return.
    static func unescaped(_ s: String) -> String {
        guard s.contains("_x") else { return s }
        var out = "", rest = Substring(s)
        while let r = rest.range(of: "_x") {
            out += rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let hex = after.prefix(4)
            if hex.count == 4, after.dropFirst(4).first == "_", let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) {
                out.unicodeScalars.append(u)
                rest = after.dropFirst(5)
            } else {
                out += "_x"
                rest = after
            }
        }
        return out + rest
    }
}
