import JixiaoModel
@testable import JixiaoText

/// Read → write → read: where the document read from `DocumentWriter.write(d)` differs
/// from `d`, field by field, source lines aside.
enum ExportRoundTrip {
    struct Difference: Hashable {
        /// The field's path with indices left out (`projects[].indicators[].value.raw`): what
        /// failures are counted by.
        var field: String
        /// Where and what: the indices and both values.
        var detail: String
    }

    static func differences(of d: Document) -> [Difference] {
        let text = DocumentWriter.write(d)
        let again: Document
        do {
            again = try ImportedText.read(Array(text.utf8)).document
        } catch {
            return [Difference(field: "refused", detail: "line \(error.line.map(String.init) ?? "-"): \(error.message)")]
        }
        var out: [Difference] = []
        compare(comparable(d), comparable(again), field: "", at: "", into: &out)
        return out
    }

    /// What the text carries (`DocumentWriter.printable`): what the two reads compare.
    static func comparable(_ d: Document) -> Document { DocumentWriter.printable(d) }

    /// Walks both values by reflection; a leaf is compared by its description.
    static func compare(_ a: Any, _ b: Any, field: String, at: String, into out: inout [Difference]) {
        let ma = Mirror(reflecting: a), mb = Mirror(reflecting: b)
        func leaf() {
            let sa = String(describing: a), sb = String(describing: b)
            if sa != sb { out.append(Difference(field: field, detail: "\(at): \(sa.prefix(160)) → \(sb.prefix(160))")) }
        }
        switch ma.displayStyle {
        case .collection?:
            let ca = Array(ma.children), cb = Array(mb.children)
            guard ca.count == cb.count else {
                out.append(Difference(field: field + ".count",
                                      detail: "\(at): \(ca.count) → \(cb.count): \(String(describing: a).prefix(200)) → \(String(describing: b).prefix(200))"))
                return
            }
            for k in ca.indices { compare(ca[k].value, cb[k].value, field: field + "[]", at: at + "[\(k)]", into: &out) }
        case .optional?:
            let ca = Array(ma.children), cb = Array(mb.children)
            if ca.count != cb.count { leaf(); return }
            if let x = ca.first, let y = cb.first { compare(x.value, y.value, field: field, at: at, into: &out) }
        case .struct?, .class?, .tuple?:
            let ca = Array(ma.children), cb = Array(mb.children)
            guard ca.count == cb.count, !ca.isEmpty else { leaf(); return }
            for k in ca.indices {
                let label = ca[k].label ?? "\(k)"
                compare(ca[k].value, cb[k].value, field: field + "." + label, at: at + "." + label, into: &out)
            }
        default:
            leaf()
        }
    }
}
