import JixiaoModel

/// The 指标值 of one document, each text parsed once: values repeat across its tables
/// (`100%`, `≥95%`, `是`), and parsing them was a seventh of reading. A value is reused
/// only for the same bytes — `String` equality is canonical equivalence, and a
/// `TargetValue` keeps the text it was read from. A text new to the document is looked up
/// in the process's memo, which other documents of an import have filled.
struct TargetValues {
    private var known: [Bytes: TargetValue] = [:]
    var memo: TargetValueMemo = .shared

    mutating func value(_ text: String) -> TargetValue {
        let key = Bytes(text)
        if let v = known[key] { return v }
        let v = memo.value(text)
        known[key] = v
        return v
    }

    /// A text keyed by its UTF-8 bytes: hashed and compared as bytes, without the
    /// normalisation `String` hashing does (that was most of looking a value up).
    struct Bytes: Hashable {
        let text: String

        init(_ text: String) { self.text = text }

        static func == (a: Bytes, b: Bytes) -> Bool {
            SameBytes.equal(a.text, b.text)
        }

        func hash(into hasher: inout Hasher) {
            var t = text
            t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
