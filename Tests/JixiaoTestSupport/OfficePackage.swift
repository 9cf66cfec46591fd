import CZip
import Foundation

/// Office Open XML packages made part by part with libzip, for tests of the readers: a
/// workbook as other generators write it, a Word document as Word writes it.
public enum OfficePackage {
    public struct Failure: Error, CustomStringConvertible {
        public var step: String
        public var description: String { "could not make the package: \(step)" }
    }

    static func required<T>(_ value: T?, _ step: String) throws -> T {
        guard let value else { throw Failure(step: step) }
        return value
    }

    /// A zip archive of `parts` (name, bytes), in that order.
    public static func zip(_ parts: [(String, [UInt8])]) throws -> [UInt8] {
        let path = NSTemporaryDirectory() + "jixiao-zip-" + UUID().uuidString + ".zip"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var error: Int32 = 0
        let archive = try required(zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error), "zip_open")
        var buffers: [UnsafeMutableRawPointer] = []
        for (name, bytes) in parts {
            let b = malloc(max(1, bytes.count))!
            bytes.withUnsafeBytes { if let base = $0.baseAddress { b.copyMemory(from: base, byteCount: bytes.count) } }
            buffers.append(b)
            let source = try required(zip_source_buffer(archive, b, zip_uint64_t(bytes.count), 0), "zip_source_buffer")
            guard zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0 else { throw Failure(step: "zip_file_add \(name)") }
        }
        guard zip_close(archive) == 0 else { throw Failure(step: "zip_close") }
        buffers.forEach { free($0) }
        return [UInt8](try required(FileManager.default.contents(atPath: path), "read \(path)"))
    }

    public static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """
    public static let packageRels = Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """.utf8)
    /// The document's relationships: its numbering and its styles.
    public static let documentRels = Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """.utf8)

    /// A .docx of `body` (the inside of `w:body`), with `numbering` and `styles` (the insides
    /// of `w:numbering` and `w:styles`) when given.
    public static func wordDocument(_ body: String, numbering: String? = nil, styles: String? = nil) throws -> [UInt8] {
        let document = Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
            """.utf8)
        var parts: [(String, [UInt8])] = [("_rels/.rels", packageRels), ("word/document.xml", document)]
        if numbering != nil || styles != nil { parts.append(("word/_rels/document.xml.rels", documentRels)) }
        if let numbering { parts.append(("word/numbering.xml", Array("<w:numbering \(namespaces)>\(numbering)</w:numbering>".utf8))) }
        if let styles { parts.append(("word/styles.xml", Array("<w:styles \(namespaces)>\(styles)</w:styles>".utf8))) }
        return try zip(parts)
    }

    public static func p(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }
    public static func tc(_ text: String, _ properties: String = "") -> String { "<w:tc><w:tcPr>\(properties)</w:tcPr>\(p(text))</w:tc>" }

    /// A Word body holding `text` as Word would: each run of tabbed lines a table (一级/二级
    /// cells left empty under a filled one merged down, a short row's last cell spanning the
    /// rest), every other line a paragraph.
    public static func wordBody(of text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        func escaped(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = "", k = 0
        while k < lines.count {
            guard lines[k].contains("\t") else { body += p(escaped(lines[k])); k += 1; continue }
            var rows: [[String]] = []
            while k < lines.count, lines[k].contains("\t") {
                rows.append(lines[k].split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
                k += 1
            }
            let width = rows.map(\.count).max()!
            body += "<w:tbl>"
            for (r, cells) in rows.enumerated() {
                body += "<w:tr>"
                for (c, cell) in cells.enumerated() {
                    var properties = ""
                    if c == cells.count - 1, cells.count < width { properties += "<w:gridSpan w:val=\"\(width - cells.count + 1)\"/>" }
                    // An empty 一级/二级 cell under a filled one is the merged cell Word holds.
                    if c < 2, cell.isEmpty, r > 0, c < rows[r - 1].count { properties += "<w:vMerge/>" }
                    body += tc(escaped(cell), properties)
                }
                body += "</w:tr>"
            }
            body += "</w:tbl>"
        }
        return body
    }
}
