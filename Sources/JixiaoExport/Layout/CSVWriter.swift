/// RFC 4180 CSV as Excel on Windows reads Chinese: UTF-8 with a byte-order mark, CRLF
/// line ends, a field quoted when it holds a comma, a quote or a line break.
struct CSVWriter {
    private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    mutating func row(_ fields: [String]) {
        bytes += Array(fields.map(Self.field).joined(separator: ",").utf8) + [0x0D, 0x0A]
    }

    static func field(_ s: String) -> String {
        // A leading = + - @ would be run as a formula by a spreadsheet (CSV injection):
        // a tab in front keeps it text, as OWASP advises.
        var s = s
        if let c = s.first, "=+@".contains(c) || (c == "-" && s.dropFirst().first.map { !$0.isNumber } == true) {
            s = "\t" + s
        }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
