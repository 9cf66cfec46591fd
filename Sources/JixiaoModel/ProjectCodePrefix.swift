/// A 项目编码 printed at the start of the 项目名称 cell, as the 预算一体化 systems print a
/// project (`51000021R000000019951-工资性支出`, 青神县 2023; `51092324T000010263357-2023年全县安可替代补助资金项目`,
/// 大英县 2023): 21 characters — 8 digits (region and year), then 13 digits or capitals — and a
/// dash or a blank before the name.
public enum ProjectCodePrefix {
    /// The code and the name after it; nil when the text does not begin with a code so
    /// printed, or nothing follows it.
    public static func split(_ text: String) -> (code: String, name: String)? {
        let t = TextNormalization.trimmed(text)
        let scalars = Array(t.unicodeScalars.prefix(23))
        guard scalars.count > 22 else { return nil }
        for k in 0..<21 {
            let v = scalars[k].value
            guard (0x30...0x39).contains(v) || (k >= 8 && (0x41...0x5A).contains(v)) else { return nil }
        }
        guard separators.contains(scalars[21]) else { return nil }
        let name = TextNormalization.trimmed(String(t.unicodeScalars.dropFirst(22)))
        guard !name.isEmpty, !(name.unicodeScalars.first.map { separators.contains($0) } ?? false) else { return nil }
        return (String(String.UnicodeScalarView(scalars[0..<21])), name)
    }

    /// `-`, `－`, `—`, `_`, a blank or an ideographic blank.
    private static let separators: Set<Unicode.Scalar> = ["-", "\u{FF0D}", "\u{2014}", "_", " ", "\u{3000}"]
}
