import JixiaoModel

extension RuleEngine {
    /// The findings of `document`, made from `previous` — the findings of `before` under
    /// these settings — by re-checking only what changed between the two: when only the
    /// review record changed, nothing (the waivers are applied again); when one project
    /// changed, its rules and the document rules (`recheck`); else everything. The same
    /// findings as `check(document)`: the rules read a document's content and its waivers,
    /// not the rest of its review record. (A whole check of a department of 1,300 projects
    /// is about 150 ms; an edit saved and counted for its summary needs one project's.)
    public func check(_ document: Document, changedFrom before: Document, previous: FindingSet) -> FindingSet {
        guard previous.perProject.count == document.projects.count, before.projects.count == document.projects.count,
              before.department == document.department, before.overall == document.overall,
              before.contents == document.contents
        else { return check(document) }
        var changed: Int?
        // Projects an edit did not touch share their storage with `before`: comparing them is cheap.
        for i in document.projects.indices where before.projects[i] != document.projects[i] {
            if changed != nil { return check(document) }
            changed = i
        }
        guard let changed else { return previous.waived(by: document.review.waivers) }
        return recheck(previous, document, changedProject: changed)
    }
}
