import JixiaoModel

/// What must be settled before a reviewer signs off. An error (强制性审核: structure,
/// completeness, arithmetic) must be corrected — or checked and waived — before its
/// project is approved, and before the document is exported as 定稿; every project must be
/// approved for a 定稿. The workstation, `jixiao review` and `jixiao export` ask here.
public enum ReviewGate {
    /// The open error-level findings about the project at `index`: while there are any,
    /// it cannot be approved.
    public static func blocking(_ findings: [Finding], project index: Int) -> [Finding] {
        findings.filter { $0.projectIndex == index && $0.severity == .error && $0.isOpen }
    }

    /// What stands between the document and a 定稿.
    public struct FinalBlockers: Hashable, Sendable {
        /// Projects (0-based) not approved.
        public var unapproved: [Int]
        /// Open error-level findings anywhere in the document.
        public var openErrors: [Finding]

        public var isEmpty: Bool { unapproved.isEmpty && openErrors.isEmpty }

        /// `2 个项目未通过审核，1 个错误未改正或豁免`: what a draft says on its first line.
        public var summary: String {
            var parts: [String] = []
            if !unapproved.isEmpty { parts.append("\(unapproved.count) 个项目未通过审核") }
            if !openErrors.isEmpty { parts.append("\(openErrors.count) 个错误未改正或豁免") }
            return parts.joined(separator: "，")
        }
    }

    public static func finalBlockers(_ document: Document, findings: [Finding]) -> FinalBlockers {
        FinalBlockers(unapproved: document.unapprovedProjectIndices,
                      openErrors: findings.filter { $0.severity == .error && $0.isOpen })
    }

    /// `第 1 行指标的指标值：…`: a finding named for a list in a refusal, with where it is.
    public static func describe(_ f: Finding, in document: Document) -> String {
        var place = f.location.part.chinese
        if f.location.part == .indicator, let row = f.location.row {
            place = f.location.field.map { "第 \(row) 行指标的\($0.chinese)" } ?? "第 \(row) 行指标"
        }
        let project = f.projectIndex.map { "\(document.projects[$0].number).\(document.projects[$0].name) " } ?? "部门 "
        return "\(project)\(place)：\(f.message)（\(f.rule)）"
    }
}
