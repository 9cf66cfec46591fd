import JixiaoModel

/// The 指标值 of one document, each text parsed once: values repeat across its tables
/// (`100%`, `≥95%`, `是`), and parsing them was a seventh of reading. A value is reused
/// only for the same bytes — `String` equality is canonical equivalence, and a
/// `TargetValue` keeps the text it was read from. A text new to the document is looked up
/// in the process's memo, which other documents of an import have filled.
struct TargetValues {
    private var known: [String: TargetValue] = [:]
    var memo: TargetValueMemo = .shared

    mutating func value(_ text: String) -> TargetValue {
        if let v = known[text], v.raw.utf8.elementsEqual(text.utf8) { return v }
        let v = memo.value(text)
        known[text] = v
        return v
    }
}
