import JixiaoModel
import JixiaoRules
import JixiaoText

/// The workspace's cache files read without the Codable machinery, as `parse` reads
/// `document.json`: `summary.json` (the department picker reads a thousand before its first
/// frame), the header line of `check.cache` (a `check` of a thousand unchanged documents
/// reads a thousand) and `year-over-year.json` (every year pair, before the picker's first
/// frame). JSONDecoder was most of each. Any surprise gives nil, and the caller
/// decodes with JSONDecoder; what is built is equal to what JSONDecoder builds (tested).
extension DocumentJSONParser {
    /// `summary.json`, or nil.
    static func parseSummary(_ bytes: [UInt8]) -> DocumentSummary? {
        whole(bytes) { p throws(GiveUp) in try p.summary() }
    }

    /// `check.cache`'s header line (without its newline), or nil.
    static func parseCheckHeader(_ bytes: ArraySlice<UInt8>) -> CachedCheck.Header? {
        whole(Array(bytes)) { p throws(GiveUp) in try p.checkHeader() }
    }

    /// `year-over-year.json`, or nil.
    static func parseYearOverYear(_ bytes: [UInt8]) -> YearOverYearCache? {
        whole(bytes) { p throws(GiveUp) in try p.yearOverYear() }
    }

    private static func whole<T>(_ bytes: [UInt8], _ value: (inout DocumentJSONParser) throws(GiveUp) -> T) -> T? {
        bytes.withUnsafeBufferPointer { buffer in
            var p = DocumentJSONParser(buffer, memo: .shared)
            guard let v = try? value(&p) else { return nil }
            p.skipSpace()
            return p.i == p.b.count ? v : nil
        }
    }

    private mutating func checkHeader() throws(GiveUp) -> CachedCheck.Header {
        var seen: UInt32 = 0
        var format: Int?, jsonBytes: Int?, key: String?, open: [String: Int]?, staleWaivers: [Waiver]?
        var textBytes: Int?, waived: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "format", 0, &seen) { format = try p.int() }
            else if try p.key(k, "jsonBytes", 1, &seen) { jsonBytes = try p.int() }
            else if try p.key(k, "key", 2, &seen) { key = try p.string() }
            else if try p.key(k, "open", 3, &seen) {
                var counts: [String: Int] = [:]
                try p.dictionary { p, name throws(GiveUp) in
                    // A name given twice is the decoder's to judge.
                    guard counts.updateValue(try p.int(), forKey: name) == nil else { throw GiveUp() }
                }
                open = counts
            }
            else if try p.key(k, "staleWaivers", 4, &seen) { staleWaivers = try p.array { p throws(GiveUp) in try p.waiver() } }
            else if try p.key(k, "textBytes", 5, &seen) { textBytes = try p.int() }
            else if try p.key(k, "waived", 6, &seen) { waived = try p.int() }
            else { throw GiveUp() }
        }
        return CachedCheck.Header(format: try need(format), key: try need(key), open: try need(open), waived: try need(waived),
                                  staleWaivers: try need(staleWaivers), jsonBytes: try need(jsonBytes), textBytes: try need(textBytes))
    }

    private mutating func summary() throws(GiveUp) -> DocumentSummary {
        var seen: UInt32 = 0
        var acrossWaivers: [Waiver]?, approved: Int?, budgetTotal: Money?, departmentName: String?, errors: Int?
        var format: Int?, grade: Grade?, id: String?, infos: Int?, journalBytes: Int?, lastChange: String?
        var pending: Int?, projectKeys: [ProjectKey]?, projects: Int?, returned: Int?, rulesDigest: String?
        var unitCode: String?, unitName: String?, version: Int?, warnings: Int?, year: Int?, budgetUnprinted: Money?
        var changedOutside: Bool?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "acrossWaivers", 0, &seen) { acrossWaivers = try p.array { p throws(GiveUp) in try p.waiver() } }
            else if try p.key(k, "approved", 1, &seen) { approved = try p.int() }
            else if try p.key(k, "budgetTotal", 2, &seen) { budgetTotal = try p.money() }
            else if try p.key(k, "departmentName", 3, &seen) { departmentName = try p.string() }
            else if try p.key(k, "errors", 4, &seen) { errors = try p.int() }
            else if try p.key(k, "format", 5, &seen) { format = try p.int() }
            else if try p.key(k, "grade", 6, &seen) { grade = try p.enumeration(Grade.self) }
            else if try p.key(k, "id", 7, &seen) { id = try p.string() }
            else if try p.key(k, "infos", 8, &seen) { infos = try p.int() }
            else if try p.key(k, "journalBytes", 9, &seen) { journalBytes = try p.int() }
            else if try p.key(k, "lastChange", 10, &seen) { lastChange = try p.string() }
            else if try p.key(k, "pending", 11, &seen) { pending = try p.int() }
            else if try p.key(k, "projectKeys", 12, &seen) { projectKeys = try p.array { p throws(GiveUp) in try p.projectKey() } }
            else if try p.key(k, "projects", 13, &seen) { projects = try p.int() }
            else if try p.key(k, "returned", 14, &seen) { returned = try p.int() }
            else if try p.key(k, "rulesDigest", 15, &seen) { rulesDigest = try p.string() }
            else if try p.key(k, "unitCode", 16, &seen) { unitCode = try p.string() }
            else if try p.key(k, "unitName", 17, &seen) { unitName = try p.string() }
            else if try p.key(k, "version", 18, &seen) { version = try p.int() }
            else if try p.key(k, "warnings", 19, &seen) { warnings = try p.int() }
            else if try p.key(k, "year", 20, &seen) { year = try p.int() }
            else if try p.key(k, "budgetUnprinted", 21, &seen) { budgetUnprinted = try p.money() }
            else if try p.key(k, "changedOutside", 22, &seen) { changedOutside = try p.bool() }
            else { throw GiveUp() }
        }
        var summary = DocumentSummary(
            id: try need(id), unitCode: try need(unitCode), unitName: try need(unitName), departmentName: try need(departmentName),
            year: try need(year), projects: try need(projects), budgetTotal: budgetTotal, errors: try need(errors),
            warnings: try need(warnings), infos: try need(infos), approved: try need(approved), returned: try need(returned),
            pending: try need(pending), grade: grade, lastChange: try need(lastChange), projectKeys: try need(projectKeys),
            acrossWaivers: try need(acrossWaivers), journalBytes: try need(journalBytes), rulesDigest: try need(rulesDigest),
            budgetUnprinted: budgetUnprinted)
        // As decoded: the file's own format and version (absent in older summaries: nil).
        summary.format = try need(format)
        summary.version = version
        summary.changedOutside = changedOutside
        return summary
    }

    private mutating func projectKey() throws(GiveUp) -> ProjectKey {
        var seen: UInt32 = 0
        var budget: Money?, budgetLine: Int?, code: String?, codeLine: Int?, name: String?, number: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "budget", 0, &seen) { budget = try p.money() }
            else if try p.key(k, "budgetLine", 1, &seen) { budgetLine = try p.int() }
            else if try p.key(k, "code", 2, &seen) { code = try p.string() }
            else if try p.key(k, "codeLine", 3, &seen) { codeLine = try p.int() }
            else if try p.key(k, "name", 4, &seen) { name = try p.string() }
            else if try p.key(k, "number", 5, &seen) { number = try p.int() }
            else { throw GiveUp() }
        }
        return ProjectKey(number: try need(number), code: try need(code), name: try need(name), budget: try need(budget),
                          codeLine: try need(codeLine), budgetLine: try need(budgetLine))
    }

    private mutating func yearOverYear() throws(GiveUp) -> YearOverYearCache {
        var seen: UInt32 = 0
        var findings: [Finding]?, format: Int?, journalBytes: Int?, previous: String?, previousJournalBytes: Int?
        var projectIndices: [Int?]?, rulesDigest: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "findings", 0, &seen) { findings = try p.array { p throws(GiveUp) in try p.finding() } }
            else if try p.key(k, "format", 1, &seen) { format = try p.int() }
            else if try p.key(k, "journalBytes", 2, &seen) { journalBytes = try p.int() }
            else if try p.key(k, "previous", 3, &seen) { previous = try p.string() }
            else if try p.key(k, "previousJournalBytes", 4, &seen) { previousJournalBytes = try p.int() }
            else if try p.key(k, "projectIndices", 5, &seen) {
                projectIndices = try p.array { p throws(GiveUp) in try p.orNull { p throws(GiveUp) in try p.int() } }
            }
            else if try p.key(k, "rulesDigest", 6, &seen) { rulesDigest = try p.string() }
            else { throw GiveUp() }
        }
        var cache = YearOverYearCache(previous: try need(previous), journalBytes: try need(journalBytes),
                                      previousJournalBytes: try need(previousJournalBytes), rulesDigest: try need(rulesDigest),
                                      findings: try need(findings))
        cache.format = try need(format)
        cache.projectIndices = try need(projectIndices)
        return cache
    }

    /// A finding as `Finding.init(from:)` reads one: its project's position is not in it.
    private mutating func finding() throws(GiveUp) -> Finding {
        var seen: UInt32 = 0
        var rule: String?, severity: Severity?, department: String?, project: String?, location: Location?, message: String?
        var suggestion: String?, related: [String]?, fix: Fix?, waiver: Waiver?, document: String?, relatedDocuments: [String]?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "rule", 0, &seen) { rule = try p.string() }
            else if try p.key(k, "severity", 1, &seen) { severity = try p.enumeration(Severity.self) }
            else if try p.key(k, "department", 2, &seen) { department = try p.string() }
            else if try p.key(k, "project", 3, &seen) { project = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "location", 4, &seen) { location = try p.location() }
            else if try p.key(k, "message", 5, &seen) { message = try p.string() }
            else if try p.key(k, "suggestion", 6, &seen) { suggestion = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "related", 7, &seen) { related = try p.array { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "fix", 8, &seen) { fix = try p.orNull { p throws(GiveUp) in try p.fix() } }
            else if try p.key(k, "waiver", 9, &seen) { waiver = try p.orNull { p throws(GiveUp) in try p.waiver() } }
            else if try p.key(k, "document", 10, &seen) { document = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "relatedDocuments", 11, &seen) {
                relatedDocuments = try p.orNull { p throws(GiveUp) in try p.array { p throws(GiveUp) in try p.string() } }
            }
            else { throw GiveUp() }
        }
        return Finding(rule: try need(rule), severity: try need(severity), department: try need(department), project: project,
                       projectIndex: nil, location: try need(location), message: try need(message), suggestion: suggestion,
                       related: try need(related), fix: fix, waiver: waiver, document: document,
                       relatedDocuments: relatedDocuments ?? [])
    }

    private mutating func location() throws(GiveUp) -> Location {
        var seen: UInt32 = 0
        var part: Location.Part?, level1: String?, level2: String?, level3: String?, field: IndicatorField?, line: Int?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "part", 0, &seen) { part = try p.enumeration(Location.Part.self) }
            else if try p.key(k, "level1", 1, &seen) { level1 = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "level2", 2, &seen) { level2 = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "level3", 3, &seen) { level3 = try p.orNull { p throws(GiveUp) in try p.string() } }
            else if try p.key(k, "field", 4, &seen) {
                field = try p.orNull { p throws(GiveUp) in try p.enumeration(IndicatorField.self) }
            }
            else if try p.key(k, "line", 5, &seen) { line = try p.int() }
            else { throw GiveUp() }
        }
        return Location(part: try need(part), level1: level1, level2: level2, level3: level3, field: field, line: try need(line))
    }

    private mutating func fix() throws(GiveUp) -> Fix {
        var seen: UInt32 = 0
        var field: ProjectField?, from: String?, to: String?
        try object { p, k throws(GiveUp) in
            if try p.key(k, "field", 0, &seen) {
                guard let f = ProjectField(parsing: try p.string()) else { throw GiveUp() }
                field = f
            }
            else if try p.key(k, "from", 1, &seen) { from = try p.string() }
            else if try p.key(k, "to", 2, &seen) { to = try p.string() }
            else { throw GiveUp() }
        }
        return Fix(try need(field), from: try need(from), to: try need(to))
    }

    /// A value that may be `null` (nil), as `decodeIfPresent` reads one.
    private mutating func orNull<T>(_ value: (inout DocumentJSONParser) throws(GiveUp) -> T) throws(GiveUp) -> T? {
        skipSpace()
        if literal("null") { return nil }
        return try value(&self)
    }
}
