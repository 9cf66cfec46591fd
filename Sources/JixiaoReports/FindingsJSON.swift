import Foundation
import JixiaoModel
import JixiaoRules

/// `jixiao check --format json` written as the findings come, document by document: byte
/// for byte what encoding one `FindingReport` writes (pretty, sorted keys: `findings`
/// first, then `staleWaivers`, then `summary`), without holding every finding of a
/// workspace, or the whole text, in memory at once.
public struct FindingsJSON {
    private let encoder: JSONEncoder
    private var written = 0
    private var open: [Severity: Int] = [:]
    private var waived = 0

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    }

    /// The opening: `{` and the findings array's key.
    public static let head = Array("{\n  \"findings\" : [\n".utf8)

    /// `batch` as array elements (each indented as at its depth in the report), to follow
    /// what was written before.
    public mutating func elements(_ batch: [Finding]) throws -> [UInt8] {
        guard !batch.isEmpty else { return [] }
        var out: [UInt8] = written > 0 ? Array(",\n".utf8) : []
        written += batch.count
        for f in batch {
            if f.isOpen { open[f.severity, default: 0] += 1 } else { waived += 1 }
        }
        // The batch encoded at once (one encoder run, not one per finding) is `[`, the
        // elements one level deep, `]`: without its first and last lines and indented one
        // level more, it is the elements as they stand in the report. Blank lines (an empty
        // array's) stay blank, as the encoder writes them.
        let bytes = try encoder.encode(batch)
        guard let first = bytes.firstIndex(of: 0x0A), let last = bytes.lastIndex(of: 0x0A), first < last else { return out }
        out.reserveCapacity(out.count + bytes.count + bytes.count / 16)
        var lineStart = true
        for b in bytes[(first + 1)..<last] {
            if lineStart && b != 0x0A { out += [0x20, 0x20] }
            out.append(b)
            lineStart = b == 0x0A
        }
        return out
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
    public func tail(staleWaivers: [Waiver]) throws -> [UInt8] {
        var report = FindingReport(findings: [], staleWaivers: staleWaivers)
        var summary: [String: Int] = [:]
        for s in Severity.allCases { summary[s.rawValue] = open[s] ?? 0 }
        if waived > 0 { summary["waived"] = waived }
        report.summary = summary
        let whole = try encoder.encode(report)
        // The report with no findings begins `{\n  "findings" : [\n\n  ]`: what follows the
        // empty array's blank line is the tail of any report.
        let rest = whole.dropFirst(Self.head.count + 1)
        return Array("\n".utf8) + Array(rest) + Array("\n".utf8)
    }
}
