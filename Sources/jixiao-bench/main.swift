// Benchmarks: run in a release build, report figures (`swift run -c release jixiao-bench`).
// `generate N DIR`: write N synthetic departments' texts into DIR (scripts/bureau-bench.py
// imports and checks them with the real binary).
// `load WORKSPACE`: where checking a workspace spends its time, step by step.
// `picker WORKSPACE`: what the department picker's first frame costs, step by step.
// `import-dir TEXTS WORKSPACE`: import throughput in one process (the library call).
// `read-dir TEXTS`, `read-dump OUT PATH…`: the document reader alone (ReadBench).
// `edit N`: what one edit costs in a department of N projects (save, re-check).
// `profile-check N`: only check the sample N times (for perf).
// `--rules`: each rule alone; `--corpus-findings`: findings per rule over the corpus;
// `--cpu`: thread CPU time instead of wall clock;
// `--corpus DIR`: the folder of real tables to read and check.
// Timing is wall clock over repeated runs (median); memory is the process's peak RSS.
import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoSamples
import JixiaoSynthetic
import JixiaoText
import JixiaoUI

// `profile-read N`: only read the sample N times (for callgrind).
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "profile-read", let n = Int(CommandLine.arguments[2]) {
    for _ in 0..<n { _ = try DocumentReader.read(bytes: BundledSample.bytes) }
    exit(0)
}

// `profile-check N`: only check the sample N times (for perf).
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "profile-check", let n = Int(CommandLine.arguments[2]) {
    let document = try DocumentReader.read(bytes: BundledSample.bytes)
    let engine = RuleEngine()
    for _ in 0..<n { _ = engine.check(document) }
    exit(0)
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "read-dir" {
    let args = CommandLine.arguments
    ReadBench.runDir(args[2], rounds: args.firstIndex(of: "--repeat").flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } ?? 3)
    exit(0)
}

if CommandLine.arguments.count > 3, CommandLine.arguments[1] == "read-dump" {
    try ReadBench.runDump(CommandLine.arguments[2], Array(CommandLine.arguments.dropFirst(3)))
    exit(0)
}

if CommandLine.arguments.count > 3, CommandLine.arguments[1] == "import-dir" {
    try ImportBench.run(CommandLine.arguments[2], CommandLine.arguments[3])
    exit(0)
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "picker" {
    try PickerBench.run(CommandLine.arguments[2])
    exit(0)
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "load" {
    try LoadBench.run(CommandLine.arguments[2])
    exit(0)
}

if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "generate" {
    let args = CommandLine.arguments
    guard args.count >= 4, let n = Int(args[2]) else {
        FileHandle.standardError.write(Data("usage: jixiao-bench generate N DIR [--projects K] [--seed S]\n".utf8))
        exit(2)
    }
    func option(_ name: String) -> Int? { args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } }
    let bureau = try SyntheticBureau.withDevelopmentCorpus()
    try FileManager.default.createDirectory(atPath: args[3], withIntermediateDirectories: true)
    var bytes = 0
    for f in bureau.documents(count: n, projects: option("--projects") ?? 13, seed: UInt64(option("--seed") ?? 2021)) {
        try Data(f.bytes).write(to: URL(fileURLWithPath: args[3] + "/" + f.name))
        bytes += f.bytes.count
    }
    print("wrote \(n) documents, \(bytes) bytes, to \(args[3])")
    exit(0)
}

/// `--cpu`: time each run by the thread's CPU time instead of the wall clock, for a machine
/// shared with other work (a preempted run's wall time says more about the load than the code).
let cpuTime = CommandLine.arguments.contains("--cpu")

func threadCPU() -> Duration {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return .seconds(t.tv_sec) + .nanoseconds(t.tv_nsec)
}

func median(_ runs: Int, _ body: () -> Void) -> Duration {
    var times: [Duration] = []
    let clock = ContinuousClock()
    for _ in 0..<runs {
        if cpuTime {
            let start = threadCPU()
            body()
            times.append(threadCPU() - start)
        } else {
            times.append(clock.measure(body))
        }
    }
    return times.sorted()[runs / 2]
}

func micros(_ d: Duration) -> String {
    let us = Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) / 1e12
    return us >= 10_000 ? String(format: "%.1f ms", us / 1000) : String(format: "%.0f µs", us)
}

func peakRSS() -> String {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return String(format: "%.1f MB", Double(usage.ru_maxrss) / 1024)
}

/// The sample's projects repeated until there are `count`, renumbered, with distinct
/// codes: a large department for scaling.
func largeDocument(_ count: Int) throws -> Document {
    var doc = try DocumentReader.read(bytes: BundledSample.bytes)
    let base = doc.projects
    doc.projects = (0..<count).map { k in
        var p = base[k % base.count]
        p.number = k + 1
        p.code = String(p.code.prefix(8)) + String(format: "%013d", k)
        return p
    }
    // The 目录 lists every table, as a department's document does: the rules that read it
    // (contents.mismatch) are measured at this size too, as the reviewer runs them.
    let entries = doc.contents.filter { $0.part == 2 }
    doc.contents = doc.contents.filter { $0.part == 1 } + (0..<count).map { k in
        var e = entries[k % entries.count]
        e.number = String(k + 1)
        return e
    }
    return doc
}

func report(_ name: String, _ value: String) {
    print(name.padding(toLength: 44, withPad: " ", startingAt: 0), value)
}

func sampleDocument() throws -> Document { try DocumentReader.read(bytes: BundledSample.bytes) }

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "edit", let n = Int(CommandLine.arguments[2]) {
    try EditBench.run(projects: n)
    exit(0)
}

if let k = CommandLine.arguments.firstIndex(of: "--export-one"), CommandLine.arguments.count > k + 2 {
    try ExportBench.runOne(CommandLine.arguments[k + 1], projects: Int(CommandLine.arguments[k + 2]) ?? 13)
    exit(0)
}

let bytes = BundledSample.bytes
let sample = try DocumentReader.read(bytes: bytes)
let engine = RuleEngine()
report("read sample (13 projects, 312 lines)", micros(median(50) { _ = try? DocumentReader.read(bytes: bytes) }))
report("write sample as text", micros(median(50) { _ = DocumentWriter.write(sample) }))
report("check sample, all rules", micros(median(50) { _ = engine.check(sample) }))
let set = engine.check(sample)
let edited = try sample.setting(FieldPath(projectIndex: 2, field: .indicator(row: 1, .value)), to: "8万元")
report("re-check after one edit (sample)", micros(median(50) { _ = engine.recheck(set, edited, changedProject: 2) }))
let state = AppState(document: sample, width: 120, height: 40)
report("app state (check included)", micros(median(20) { _ = AppState(document: sample, width: 120, height: 40) }))
var projectState = state
projectState = Reducer.reduce(projectState, .down).0
projectState = Reducer.reduce(projectState, .down).0
projectState = Reducer.reduce(projectState, .down).0
projectState = Reducer.reduce(projectState, .open).0
report("render project screen 120×40", micros(median(50) { _ = Renderer.render(projectState) }))
report("key → reduce → render (move down)", micros(median(50) {
    let s = Reducer.reduce(projectState, .down).0
    _ = Renderer.render(s)
}))
for n in [100, 500] {
    let big = try largeDocument(n)
    let bigSet = engine.check(big)
    report("check \(n) projects", micros(median(5) { _ = engine.check(big) }))
    let bigEdited = try big.setting(FieldPath(projectIndex: 7, field: .indicator(row: 1, .value)), to: "8万元")
    report("re-check after one edit (\(n) projects)", micros(median(5) { _ = engine.recheck(bigSet, bigEdited, changedProject: 7) }))
    let text = DocumentWriter.write(big)
    report("read \(n) projects as text", micros(median(5) { _ = try? DocumentReader.read(text: text) }))
}
// The development corpus: 14 real published tables (committed with the reader's tests).
// `--corpus DIR` reads another folder of tables.
let corpusFolder: String = {
    if let k = CommandLine.arguments.firstIndex(of: "--corpus"), k + 1 < CommandLine.arguments.count {
        return CommandLine.arguments[k + 1]
    }
    return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/JixiaoTextTests/Corpus").path
}()
let corpusFiles = ((try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
let corpusBytes = corpusFiles.map { [UInt8](FileManager.default.contents(atPath: corpusFolder + "/" + $0) ?? Data()) }
let corpus = corpusBytes.compactMap { try? DocumentReader.read(bytes: $0) }
if !corpus.isEmpty {
    report("read corpus (\(corpus.count) of \(corpusFiles.count) tables)", micros(median(20) {
        for b in corpusBytes { _ = try? DocumentReader.read(bytes: b) }
    }))
    report("check corpus, all rules (\(corpus.count) tables)", micros(median(20) { for d in corpus { _ = engine.check(d) } }))
}
report("peak memory (RSS)", peakRSS())
if CommandLine.arguments.contains("--corpus-findings") {
    // Findings per rule over the corpus, by severity: which rules speak, and how often.
    var byRule: [String: [Severity: Int]] = [:]
    for d in corpus { for f in engine.check(d).all { byRule[f.rule, default: [:]][f.severity, default: 0] += 1 } }
    for r in RuleCatalogue.all {
        guard let counts = byRule[r.id] else { continue }
        report("  \(r.id)", Severity.allCases.compactMap { s in counts[s].map { "\(s.marker)\($0)" } }.joined(separator: " "))
    }
}
if CommandLine.arguments.contains("--rules") {
    let big = try largeDocument(100)
    for r in RuleCatalogue.all {
        let e = RuleEngine(rules: [r])
        report("  \(r.id) (sample / 100)", micros(median(5) { _ = e.check(sample) }) + " / " + micros(median(3) { _ = e.check(big) }))
    }
}
if CommandLine.arguments.contains("--exports") {
    try ExportBench.runAll()
}
