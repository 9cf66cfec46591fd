import JixiaoModel

/// Findings written as JSON by hand (`PrettyJSONWriter`): the very bytes `JSONEncoder`
/// writes with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` for their
/// `Codable` conformances — `null` for the optionals `Finding` encodes with `encode` and no
/// key for those encoded if present. A change to those conformances must be made here
/// too; the tests hold the two to the same bytes. (In this module, beside `Finding`, so that
/// both `check`'s JSON and `year-over-year.json` are written with it.)
package typealias FindingJSONWriter = PrettyJSONWriter

extension PrettyJSONWriter {
    /// One finding as an object at `depth` (the caller wrote its indentation).
    package mutating func finding(_ f: Finding, depth: Int) {
        withUnsafePointer(to: f) { finding(at: $0, depth: depth) }
    }

    /// The same, read in place: each field is taken where it lies (the finding passed by
    /// value was copied out of the array, every string in it retained and released).
    package mutating func finding(at p: UnsafePointer<Finding>, depth: Int) {
        var o = Object(depth: depth)
        o.key("department", &self); string(p.pointee.department)
        if let d = p.pointee.document { o.key("document", &self); string(d) }
        o.key("fix", &self)
        if let fix = p.pointee.fix { self.fix(fix, depth: depth + 1) } else { raw("null") }
        o.key("location", &self); location(p.pointee.location, depth: depth + 1)
        o.key("message", &self); string(p.pointee.message)
        o.key("project", &self); optionalString(p.pointee.project)
        o.key("related", &self); strings(p.pointee.related, depth: depth + 1)
        if !p.pointee.relatedDocuments.isEmpty { o.key("relatedDocuments", &self); strings(p.pointee.relatedDocuments, depth: depth + 1) }
        o.key("rule", &self); string(p.pointee.rule)
        o.key("severity", &self); string(p.pointee.severity.rawValue)
        o.key("suggestion", &self); optionalString(p.pointee.suggestion)
        if let w = p.pointee.waiver { o.key("waiver", &self); waiver(w, depth: depth + 1) }
        o.close(&self)
    }

    /// `Location`'s synthesized encoding: the optionals only when present.
    package mutating func location(_ l: Location, depth: Int) {
        var o = Object(depth: depth)
        if let v = l.field { o.key("field", &self); string(v.rawValue) }
        if let v = l.level1 { o.key("level1", &self); string(v) }
        if let v = l.level2 { o.key("level2", &self); string(v) }
        if let v = l.level3 { o.key("level3", &self); string(v) }
        o.key("line", &self); integer(l.line)
        o.key("part", &self); string(l.part.rawValue)
        o.close(&self)
    }

    package mutating func fix(_ fix: Fix, depth: Int) {
        var o = Object(depth: depth)
        o.key("field", &self); string(fix.field.description)
        o.key("from", &self); string(fix.from)
        o.key("to", &self); string(fix.to)
        o.close(&self)
    }
}
