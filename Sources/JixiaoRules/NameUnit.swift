import JixiaoModel

/// The unit an indicator's name prints in brackets at its end, as 101号-style templates and
/// the 一体化 systems write `名称(单位)` and a bare number for the value: `满意度（%）`,
/// `资金（万元）`, `开展修复工程(个)`, `单位数量(家)`.
enum NameUnit {
    /// The unit in the name's closing brackets when it is a unit Jixiao knows; nil otherwise
    /// (`县(市、区)`, `(必填)`, no brackets).
    static func printed(_ name: String) -> String? {
        // Only a name ending in a bracket can carry one: the byte test spares the others the copy.
        guard let last = name.utf8.last, last == 0x29 || last == 0x89 || name.last.map(TextNormalization.isBlank) == true else { return nil }
        let n = TextNormalization.withoutBlanks(TextNormalization.halfWidth(name))
        guard n.hasSuffix(")"), let open = n.lastIndex(of: "(") else { return nil }
        let inside = String(n[n.index(after: open)..<n.index(before: n.endIndex)])
        return UnitKind.isKnownUnit(inside) ? inside : nil
    }
}
