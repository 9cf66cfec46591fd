import JixiaoModel
import JixiaoText

/// One project table of a real text (the bundled sample or a corpus file), as printed —
/// its lines from the heading to the next table — with where its unit line, 项目编码 row
/// and 预算数 row are, so a copy can be given another unit, code, name and amount and keep
/// every other quirk of the original (wrapped cells, spaces in codes, odd amounts).
struct TableTemplate: Sendable {
    /// From the heading line (index 0) to the line before the next table's heading.
    var lines: [String]
    var unitLine: Int
    var codeLine: Int
    var budgetLine: Int
    /// 项目名称 and 项目编码 as read (the code without extraction spaces; may be empty).
    var name: String
    var code: String
    /// Where it came from, for messages: `sample 3`, `corpus 04-…`.
    var origin: String

    /// The tables of a text, read with the real reader.
    static func tables(of bytes: [UInt8], origin: String) throws -> [TableTemplate] {
        let document = try DocumentReader.read(bytes: bytes)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return document.projects.enumerated().map { k, p in
            let start = p.lines.heading - 1
            let end = k + 1 < document.projects.count ? document.projects[k + 1].lines.heading - 1 : lines.count
            var slice = Array(lines[start..<end])
            while slice.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { slice.removeLast() }
            return TableTemplate(lines: slice, unitLine: p.lines.unit - 1 - start, codeLine: p.lines.code - 1 - start,
                                 budgetLine: p.lines.budget - 1 - start, name: p.name, code: p.code,
                                 origin: "\(origin) \(p.number)")
        }
    }

    /// The lines of this table as project `number` of another unit: the heading, the unit
    /// line's unit, the code (keeping the spaces extraction put in it), the name, and the
    /// 预算数 and 财政资金 cells scaled by `factor` in the form they were printed.
    func instance(number: Int, unitHead: String, code: String, name: String, factor: Double) -> [String] {
        var out = lines
        out[0] = "\(number).\(name)绩效目标表"
        out[unitLine] = unitHead + Self.tail(of: lines[unitLine])
        var codeRow = out[codeLine]
        if !self.code.isEmpty, !code.isEmpty {
            codeRow = Self.replacing(printed: self.code, with: code, in: codeRow)
        }
        if !self.name.isEmpty, let r = codeRow.range(of: self.name) {
            codeRow.replaceSubrange(r, with: name)
        }
        out[codeLine] = codeRow
        out[budgetLine] = Self.scaled(lines[budgetLine], by: factor)
        return out
    }

    /// The unit line after its unit: `\t\t\t\t\t单位：元\t`.
    static func tail(of line: String) -> String {
        guard let tab = line.firstIndex(of: "\t") else { return "" }
        return String(line[tab...])
    }

    /// `line` with the code printed in it (perhaps with spaces inside, as extraction left
    /// it: `13030621A4W2U9FHZ556 R`) replaced by `new`, keeping those spaces.
    static func replacing(printed code: String, with new: String, in line: String) -> String {
        let chars = Array(line), wanted = Array(code)
        let fresh = Array(new)
        guard fresh.count == wanted.count, let first = wanted.first else { return line }
        var start = 0
        while start < chars.count {
            if chars[start] == first {
                var i = start, j = 0
                var positions: [Int] = []
                while i < chars.count, j < wanted.count {
                    if chars[i] == wanted[j] { positions.append(i); j += 1; i += 1 } else if chars[i] == " ", j > 0 { i += 1 } else { break }
                }
                if j == wanted.count {
                    var result = chars
                    for (k, p) in positions.enumerated() { result[p] = fresh[k] }
                    return String(result)
                }
            }
            start += 1
        }
        return line
    }

    /// The 预算数 row with the figures in its 预算数 and 财政资金 cells scaled, printed as
    /// before (`20000.00`, `3,309,840.00`, `16`, `10000万元`, `2279.048 万元`); a cell that is
    /// not one figure (`854万854万`, empty) is left as printed.
    static func scaled(_ line: String, by factor: Double) -> String {
        var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for k in cells.indices.dropFirst() {
            let label = cells[k - 1].filter { !$0.isWhitespace }
            guard label == "预算数" || label.hasSuffix("财政资金") else { continue }
            cells[k] = scaledFigure(cells[k], by: factor)
        }
        return cells.joined(separator: "\t")
    }

    static func scaledFigure(_ cell: String, by factor: Double) -> String {
        let digits = cell.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        let rest = cell.dropFirst(digits.count)
        guard !digits.isEmpty, !rest.contains(where: { $0.isASCII && $0.isNumber }), let value = Double(digits.replacingOccurrences(of: ",", with: "")) else {
            return cell
        }
        let decimals = digits.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        let grouped = digits.contains(",")
        // Whole hundreds of 元 for a figure in 元; the printed precision otherwise.
        var scaled = value * factor
        if decimals == 2 && value >= 1000 { scaled = (scaled / 100).rounded() * 100 }
        var text = decimals == 0 ? String(Int(scaled.rounded())) : Self.fixed(scaled, decimals)
        if grouped { text = Self.grouped(text) }
        return text + rest
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = Int((value * scale).rounded())
        let whole = n / Int(scale), frac = n % Int(scale)
        var f = String(frac)
        while f.count < decimals { f = "0" + f }
        return "\(whole).\(f)"
    }

    static func grouped(_ text: String) -> String {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = Array(parts[0])
        var out: [Character] = []
        while whole.count > 3 {
            out = [","] + whole.suffix(3) + out
            whole.removeLast(3)
        }
        return String(whole + out) + (parts.count > 1 ? "." + parts[1] : "")
    }
}
