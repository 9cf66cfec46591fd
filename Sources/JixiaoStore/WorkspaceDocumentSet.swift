import JixiaoModel
import JixiaoRules

extension Workspace {
    /// What the document-set rules see of every document in the workspace (each opened
    /// read-only, one at a time, and kept without the text those rules never read).
    /// `excluding`: a document already open (the workstation's), left out.
    public func documentSetMembers(excluding: String? = nil) throws(StoreError) -> [DocumentSetMember] {
        var members: [DocumentSetMember] = []
        for id in documentIDs() where id != excluding {
            members.append(DocumentSetMember(id: id, document: try openDocument(id, access: .read).document))
        }
        return members
    }

    /// The findings across documents — the same project code or the same project funded in
    /// two departments, and each unit's year-over-year comparison — by document id, with
    /// the workspace's rule settings: what `jixiao check` reports across documents, for the
    /// department picker to mark the documents that have them.
    public func documentSetFindings() throws(StoreError) -> [String: [Finding]] {
        RuleEngine(settings: settings.review).checkSet(try documentSetMembers())
    }
}
