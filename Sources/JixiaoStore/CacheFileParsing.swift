import JixiaoModel
import JixiaoText

/// The workspace's cache files read without the Codable machinery, as `parse` reads
/// `document.json`: `summary.json` (the department picker reads a thousand before its first
/// frame) and the header line of `check.cache` (a `check` of a thousand unchanged documents
/// reads a thousand). JSONDecoder was most of both. Any surprise gives nil, and the caller
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
        var unitCode: String?, unitName: String?, version: Int?, warnings: Int?, year: Int?
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
            else { throw GiveUp() }
        }
        var summary = DocumentSummary(
            id: try need(id), unitCode: try need(unitCode), unitName: try need(unitName), departmentName: try need(departmentName),
            year: try need(year), projects: try need(projects), budgetTotal: budgetTotal, errors: try need(errors),
            warnings: try need(warnings), infos: try need(infos), approved: try need(approved), returned: try need(returned),
            pending: try need(pending), grade: grade, lastChange: try need(lastChange), projectKeys: try need(projectKeys),
            acrossWaivers: try need(acrossWaivers), journalBytes: try need(journalBytes), rulesDigest: try need(rulesDigest))
        // As decoded: the file's own format and version (absent in older summaries: nil).
        summary.format = try need(format)
        summary.version = version
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
}
