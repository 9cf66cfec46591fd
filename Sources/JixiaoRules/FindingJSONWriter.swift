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
        var asItIs = FindingStrings()
        finding(at: p, depth: depth, asItIs: &asItIs)
    }

    /// The same, saying which of the strings the text report shows were written as they
    /// are (`string`'s answer): when `safe`, the text copies those without a second look.
    package mutating func finding(at p: UnsafePointer<Finding>, depth: Int, asItIs: inout FindingStrings) {
        var o = Object(depth: depth)
        o.key("department", &self); string(p.pointee.department)
        if let d = p.pointee.document { o.key("document", &self); string(d) }
        o.key("fix", &self)
        if let fix = p.pointee.fix { self.fix(fix, depth: depth + 1) } else { raw("null") }
        o.key("location", &self); location(p.pointee.location, depth: depth + 1, asItIs: &asItIs)
        o.key("message", &self)
        if string(p.pointee.message) { asItIs.insert(.message) }
        o.key("project", &self); optionalString(p.pointee.project)
        o.key("related", &self); strings(p.pointee.related, depth: depth + 1)
        if !p.pointee.relatedDocuments.isEmpty { o.key("relatedDocuments", &self); strings(p.pointee.relatedDocuments, depth: depth + 1) }
        o.key("rule", &self)
        if string(p.pointee.rule) { asItIs.insert(.rule) }
        o.key("severity", &self); string(p.pointee.severity.rawValue)
        o.key("suggestion", &self)
        if optionalString(p.pointee.suggestion) { asItIs.insert(.suggestion) }
        if let w = p.pointee.waiver { o.key("waiver", &self); waiver(w, depth: depth + 1) }
        o.close(&self)
    }

    /// `Location`'s synthesized encoding: the optionals only when present.
    package mutating func location(_ l: Location, depth: Int) {
        var asItIs = FindingStrings()
        location(l, depth: depth, asItIs: &asItIs)
    }

    package mutating func location(_ l: Location, depth: Int, asItIs: inout FindingStrings) {
        var o = Object(depth: depth)
        if let v = l.field { o.key("field", &self); string(v.rawValue) }
        if let v = l.level1 { o.key("level1", &self); if string(v) { asItIs.insert(.level1) } }
        if let v = l.level2 { o.key("level2", &self); if string(v) { asItIs.insert(.level2) } }
        if let v = l.level3 { o.key("level3", &self); if string(v) { asItIs.insert(.level3) } }
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

/// Which of a finding's strings that `check`'s text shows the JSON writer wrote as they are
/// (`PrettyJSONWriter.string`'s answer).
package struct FindingStrings: OptionSet, Sendable {
    package let rawValue: UInt8
    package init(rawValue: UInt8) { self.rawValue = rawValue }
    package static let message = FindingStrings(rawValue: 1 << 0)
    package static let suggestion = FindingStrings(rawValue: 1 << 1)
    package static let rule = FindingStrings(rawValue: 1 << 2)
    package static let level1 = FindingStrings(rawValue: 1 << 3)
    package static let level2 = FindingStrings(rawValue: 1 << 4)
    package static let level3 = FindingStrings(rawValue: 1 << 5)
}
