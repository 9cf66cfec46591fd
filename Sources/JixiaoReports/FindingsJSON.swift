import JixiaoModel
import JixiaoRules

/// `jixiao check --format json` written as the findings come, document by document: byte
/// for byte what encoding one `FindingReport` writes (pretty, sorted keys: `findings`
/// first, then `staleWaivers`, then `summary`), without holding every finding of a
/// workspace, or the whole text, in memory at once.
public struct FindingsJSON {
    private var written = 0
    private var open: [Severity: Int] = [:]
    private var waived = 0

    public init() {}

    /// The opening: `{` and the findings array's key.
    public static let head = Array("{\n  \"findings\" : [\n".utf8)

    /// `batch` as array elements (each indented as at its depth in the report), to follow
    /// what was written before. Written by `FindingJSONWriter`, not an encoder: nothing to fail.
    /// `safe`: as `InvisibleCharacters.jsonEscaped` of the elements, written in one pass.
    public mutating func elements(_ batch: [Finding], safe: Bool = false) -> [UInt8] {
        guard !batch.isEmpty else { return [] }
        // About 600 bytes a finding.
        var w = FindingJSONWriter(capacity: batch.count * 768, safe: safe)
        if written > 0 { w.raw(",\n") }
        written += batch.count
        var counts = (error: 0, warning: 0, info: 0)
        // Each finding read in place in the array's buffer (`batch[k]` copied every finding out), and
        // counted into counters, the dictionary added to once.
        batch.withUnsafeBufferPointer { findings in
            for k in findings.indices {
                if findings[k].isOpen {
                    switch findings[k].severity {
                    case .error: counts.error += 1
                    case .warning: counts.warning += 1
                    case .info: counts.info += 1
                    }
                } else {
                    waived += 1
                }
                if k > 0 { w.raw(",\n") }
                w.indent(2)
                w.finding(at: findings.baseAddress! + k, depth: 2)
            }
        }
        if counts.error > 0 { open[.error, default: 0] += counts.error }
        if counts.warning > 0 { open[.warning, default: 0] += counts.warning }
        if counts.info > 0 { open[.info, default: 0] += counts.info }
        return w.bytes
    }

    /// Elements made before (`elements` of a fresh `FindingsJSON`: no comma before the
    /// first) of `count` findings, to follow what was written before: `check`'s cached
    /// documents. `open` by severity and `waived` count toward the summary.
    public mutating func elements(madeBefore bytes: [UInt8], count: Int, open: [Severity: Int], waived: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        defer { written += count }
        for (severity, n) in open { self.open[severity, default: 0] += n }
        self.waived += waived
        return written > 0 ? Array(",\n".utf8) + bytes : bytes
    }

    /// The end: the array closed, `staleWaivers` and the summary, as `FindingReport` writes them.
    public func tail(staleWaivers: [Waiver]) -> [UInt8] {
        var summary: [String: Int] = [:]
        for s in Severity.allCases { summary[s.rawValue] = open[s] ?? 0 }
        if waived > 0 { summary["waived"] = waived }
        var w = FindingJSONWriter()
        w.raw("\n  ]")
        if !staleWaivers.isEmpty {
            w.raw(",\n  \"staleWaivers\" : ")
            w.array(staleWaivers, depth: 1) { w, waiver, depth in w.waiver(waiver, depth: depth) }
        }
        w.raw(",\n  \"summary\" : ")
        w.counts(summary, depth: 1)
        w.raw("\n}\n")
        return w.bytes
    }
}
