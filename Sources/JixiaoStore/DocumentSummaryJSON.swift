import JixiaoModel

extension PrettyJSONWriter {
    /// `summary.json` as `StableJSON.pretty` writes a `DocumentSummary` (its synthesized
    /// encoding: keys sorted, `budgetTotal`, `budgetUnprinted`, `changedOutside`, `grade` and `version` only when present), without the
    /// encoder: every check and import writes one per document. A change to the type must
    /// be made here too; the tests hold the two to the same bytes.
    mutating func summary(_ s: DocumentSummary) {
        var o = Object(depth: 0)
        o.key("acrossWaivers", &self); array(s.acrossWaivers, depth: 1) { w, waiver, depth in w.waiver(waiver, depth: depth) }
        o.key("approved", &self); integer(s.approved)
        if let total = s.budgetTotal { o.key("budgetTotal", &self); string(total.plain) }
        if let unprinted = s.budgetUnprinted { o.key("budgetUnprinted", &self); string(unprinted.plain) }
        if let changed = s.changedOutside { o.key("changedOutside", &self); changed ? raw("true") : raw("false") }
        o.key("departmentName", &self); string(s.departmentName)
        o.key("errors", &self); integer(s.errors)
        o.key("format", &self); integer(s.format)
        if let grade = s.grade { o.key("grade", &self); string(grade.rawValue) }
        o.key("id", &self); string(s.id)
        o.key("infos", &self); integer(s.infos)
        o.key("journalBytes", &self); integer(s.journalBytes)
        o.key("lastChange", &self); string(s.lastChange)
        o.key("pending", &self); integer(s.pending)
        o.key("projectKeys", &self); array(s.projectKeys, depth: 1) { w, key, depth in w.projectKey(key, depth: depth) }
        o.key("projects", &self); integer(s.projects)
        o.key("returned", &self); integer(s.returned)
        o.key("rulesDigest", &self); string(s.rulesDigest)
        o.key("unitCode", &self); string(s.unitCode)
        o.key("unitName", &self); string(s.unitName)
        if let version = s.version { o.key("version", &self); integer(version) }
        o.key("warnings", &self); integer(s.warnings)
        o.key("year", &self); integer(s.year)
        o.close(&self)
    }

    private mutating func projectKey(_ k: ProjectKey, depth: Int) {
        var o = Object(depth: depth)
        o.key("budget", &self); string(k.budget.plain)
        o.key("budgetLine", &self); integer(k.budgetLine)
        o.key("code", &self); string(k.code)
        o.key("codeLine", &self); integer(k.codeLine)
        o.key("name", &self); string(k.name)
        o.key("number", &self); integer(k.number)
        o.close(&self)
    }
}
