import JixiaoRules

/// How findings look on the screen: a letter (E / W / i) and an attribute as well as a
/// colour, so they show on a monochrome terminal and with NO_COLOR.
public enum Marks {
    public static func style(_ s: Severity) -> Style {
        switch s {
        case .error: Style(.error, bold: true, underline: true)
        case .warning: Style(.warning, bold: true)
        case .info: Style(.info, underline: true)
        }
    }

    /// The most serious severity among the open findings: a waived finding marks nothing.
    public static func worst(_ findings: [Finding]) -> Severity? { findings.filter(\.isOpen).map(\.severity).min() }

    /// `E1 W5 i1` of the open findings, as styled pieces; empty when there are none.
    public static func counts(_ findings: [Finding]) -> [(String, Style)] {
        counts(severities: Severity.allCases.map { s in findings.filter { $0.severity == s && $0.isOpen }.count })
    }

    /// The same of counts already made, by severity (errors, warnings, infos).
    public static func counts(severities: [Int]) -> [(String, Style)] {
        zip(Severity.allCases, severities).compactMap { s, n in n == 0 ? nil : ("\(s.marker)\(n)", style(s)) }
    }
}
