import JixiaoModel
import JixiaoRules

/// Why a review decision was not recorded: what must be settled first, and how.
public enum ReviewRefusal: Error, Equatable, Sendable {
    /// Approval while the project has errors not corrected or waived: each described, and
    /// the project's number for the way out.
    case openErrors(project: Int, number: Int, name: String, findings: [String], waive: String)
    /// Approval of a 退回 project before the reviewer confirms its opinion was answered.
    case returnedNotAnswered(project: Int, number: Int, name: String, opinions: [String])

    /// `id`: the document's, named in the way out when the finding is across documents (a
    /// workspace of several documents needs `--document`).
    static func openErrors(project index: Int, _ findings: [Finding], in document: Document, id: String) -> ReviewRefusal {
        let p = document.projects[index]
        let first = findings[0]
        var waive = "jixiao waive"
        if FindingSet.isAcrossDocuments(first.rule) { waive += " --document \(id)" }
        waive += " \(p.number) \(first.rule)"
        if let row = first.location.row { waive += " --row \(row)" }
        return .openErrors(project: index, number: p.number, name: p.name,
                           findings: findings.map { ReviewGate.describe($0, in: document) },
                           waive: waive + " --reason 核实无误")
    }

    static func returnedNotAnswered(project index: Int, in document: Document) -> ReviewRefusal {
        let p = document.projects[index]
        let opinions = document.review.opinions(ofProjectAt: index).filter { $0.action == .return || $0.action == nil }
        return .returnedNotAnswered(project: index, number: p.number, name: p.name,
                                    opinions: opinions.map { "“\($0.text)”（\($0.reviewer)）" })
    }
}
