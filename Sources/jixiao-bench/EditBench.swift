import Foundation
import JixiaoModel
import JixiaoRules
import JixiaoStore
import JixiaoText

/// `jixiao-bench edit N`: what one edit costs in a department of N projects, as the
/// workstation makes it — the journaled, durable save (`DocumentSession.set`: journal line,
/// then document.json rewritten whole) and the re-check after it — each part on its own.
enum EditBench {
    static func run(projects n: Int) throws {
        let doc = try largeDocument(n)
        let folder = NSTemporaryDirectory() + "jixiao-edit-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let imported = try Workspace.importText(Array(DocumentWriter.write(doc).utf8), fileName: "big.txt", namedAs: "big.txt",
                                                into: folder, actor: "bench", time: "2026-11-26T00:00:00Z")
        let engine = RuleEngine()
        let path = FieldPath(projectIndex: 7, field: .indicator(row: 1, .value))
        var k = 0
        // The first edit after opening: without findings the session re-counts the whole
        // document; with those the opener counted (as the workstation does), only the change.
        for adopting in [false, true] {
            let opened = try Workspace.open(at: folder).openDocument(imported.id, access: .write)
            if adopting { opened.adopt(engine.check(opened.document), of: opened.document, countedUnder: engine.settings) }
            k += 1
            let took = ContinuousClock().measure {
                _ = try? opened.set(path, to: "\(k)万元", actor: "bench", time: "2026-11-26T00:00:00Z")
            }
            report("first edit, \(adopting ? "findings counted on opening" : "nothing counted")", micros(took))
            opened.close()
        }
        let session = try Workspace.open(at: folder).openDocument(imported.id, access: .write)
        let set = engine.check(session.document)
        report("edit, \(n) projects: journal + save", micros(median(5) {
            k += 1
            _ = try? session.set(path, to: "\(k)万元", actor: "bench", time: "2026-11-26T00:00:00Z")
        }))
        report("  encoding document.json whole (before)", micros(median(5) {
            _ = try? StoredDocument(journal: .start, document: session.document).encoded()
        }))
        report("edit, \(n) projects: re-check", micros(median(5) {
            _ = engine.recheck(set, session.document, changedProject: 7)
        }))
        print("document.json of \(n) projects: \(((try? StoredDocument(journal: .start, document: session.document).encoded())?.count ?? 0) / 1000) kB")
        session.close()
    }
}
