import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoStore
import JixiaoUI

/// `jixiao-bench picker WORKSPACE`: what the department picker's first frame costs, step by
/// step, in process CPU time and wall clock — reading every `summary.json`, the findings
/// across departments from them, the state and the frame — the work bare `jixiao` does
/// before it draws (scripts/bureau-bench.py times the real binary on a pseudo-terminal).
enum PickerBench {
    static func run(_ root: String) throws {
        let ws = try Workspace.open(at: root)
        let started = Date()
        var t = LoadBench.cpu()
        func step(_ name: String) {
            let now = LoadBench.cpu()
            print(name.padding(toLength: 44, withPad: " ", startingAt: 0), String(format: "%7.3f s CPU", now - t))
            t = now
        }
        let (summaries, problems) = ws.summaries()
        step("read \(summaries.count) summaries (\(problems.count) unreadable)")
        let across = try ws.openFindingsAcrossDocuments(summaries)
        step("findings across departments (\(across.values.reduce(0) { $0 + $1.count }))")
        let state = AppState(workspace: WorkspaceListing(root: root, summaries: summaries, acrossDocuments: across,
                                                         nameOrder: UnitNameOrder.ranks(summaries)), width: 120, height: 40)
        var s = state
        Reducer.settle(&s)
        let frame = Renderer.render(s)
        step("state and the first frame (\(frame.width)×\(frame.height))")
        print(String(format: "first frame after %.0f ms wall; peak RSS %@", Date().timeIntervalSince(started) * 1000, peakRSS()))
        // A key on a list of that size: move down, as the reviewer does.
        var moved = s
        let before = LoadBench.cpu()
        for _ in 0..<100 { moved = Reducer.reduce(moved, .down).0; _ = Renderer.render(moved) }
        print(String(format: "one key (↓) and its frame: %.2f ms CPU", (LoadBench.cpu() - before) * 10))
        // An edit in an opened department: the workstation counts the findings across
        // departments again (AppState.setFindings), against the other documents related to
        // it (arranged once, on opening).
        if let id = summaries.first?.id {
            let session = try ws.openDocument(id, access: .read)
            let alongside = try ws.documentSetMembers(from: summaries, excluding: id)
            let arranging = LoadBench.cpu()
            let neighbours = DocumentSetNeighbours(alongside)
            print(String(format: "arranging %d documents for the rules across them: %.1f ms CPU", neighbours.members.count,
                         (LoadBench.cpu() - arranging) * 1000))
            var opened = AppState(document: session.document, alongside: alongside)
            let findings = opened.findings
            let start = LoadBench.cpu()
            for _ in 0..<10 { opened.setFindings(findings) }
            print(String(format: "an edit's findings across departments (%d alongside): %.1f ms CPU", alongside.count,
                         (LoadBench.cpu() - start) * 100))
            session.close()
        }
    }
}
