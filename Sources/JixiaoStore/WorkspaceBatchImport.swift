import Foundation
import JixiaoModel

/// What the table at the end of a batch import shows of a document read: its id, its
/// projects and their 预算数. Not the document itself, which a batch of a thousand files
/// kept in memory to the end (and then spent its last moments freeing).
public struct ImportedDocument: Sendable, Equatable {
    public var id: String
    public var projects: Int
    /// nil when no project's table states a 预算数 (`Document.knownTotalBudget`).
    public var totalBudget: Money?
    /// The total in a column of 元: `8,197,386.00`, `814（未印单位）` for tables that print no
    /// money unit, `—` (`Document.totalBudgetCell`).
    public var totalBudgetCell: String
    /// The encoding the file was in when it was converted to UTF-8 to be read (`GB18030`,
    /// `UTF-16`); nil for a UTF-8 file.
    public var convertedFrom: String?

    public init(_ document: Document, convertedFrom: String? = nil) {
        id = document.id
        projects = document.projects.count
        totalBudget = document.knownTotalBudget
        totalBudgetCell = document.totalBudgetCell
        self.convertedFrom = convertedFrom
    }
}

/// What became of one file of `jixiao import FILE… | DIR`.
public struct ImportOutcome: Sendable {
    public enum Result: Sendable {
        /// Stored as a new document.
        case imported(ImportedDocument)
        /// The workspace already holds a document with this id (from an earlier import, or
        /// from another file of the same batch); nothing was written. `sameSource` says
        /// whether its `source.txt` has exactly these bytes.
        case alreadyPresent(ImportedDocument, sameSource: Bool)
        /// Refused: nothing was written for this file.
        case refused(any ReviewerFacingError)
    }

    /// The file as the reviewer named it (a file inside a named folder is `DIR/name`).
    public var path: String
    public var result: Result

    public var isRefused: Bool { if case .refused = result { true } else { false } }
}

/// The files a batch import reads: each named file, and the files directly inside each
/// named folder (sorted by name; hidden files, subfolders and the `~$…` lock files Excel,
/// Word and WPS leave beside an open document are not read, nor named pipes, sockets and
/// devices: opening a pipe nobody writes to would wait for ever).
public struct ImportInputs: Sendable, Equatable {
    public var files: [String]
    /// Subfolders inside a named folder, not read (said once, so nothing is skipped silently).
    public var skippedFolders: [String]
    /// What else a named folder holds that is not a file — a named pipe, a socket, a
    /// device — with what it is; not opened, and said once.
    public var notFiles: [(path: String, kind: String)]

    public static func == (a: ImportInputs, b: ImportInputs) -> Bool {
        a.files == b.files && a.skippedFolders == b.skippedFolders
            && a.notFiles.map(\.path) == b.notFiles.map(\.path) && a.notFiles.map(\.kind) == b.notFiles.map(\.kind)
    }

    public init(expanding paths: [String]) {
        var files: [String] = []
        var skipped: [String] = []
        var notFiles: [(path: String, kind: String)] = []
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)   // a missing file is refused when it is read, with its name
                continue
            }
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }.sorted()
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in names {
                let inner = base + "/" + name
                // What a link points to; a link to nothing is read, and refused with its name.
                var st = stat()
                guard stat(inner, &st) == 0 else { files.append(inner); continue }
                switch st.st_mode & S_IFMT {
                case S_IFDIR: skipped.append(inner)
                case S_IFREG: files.append(inner)
                case S_IFIFO: notFiles.append((inner, "命名管道"))
                case S_IFSOCK: notFiles.append((inner, "套接字"))
                default: notFiles.append((inner, "设备文件"))
                }
            }
        }
        self.files = files
        self.skippedFolders = skipped
        self.notFiles = notFiles
    }
}

extension Workspace {
    /// Imports every file, each into its own document, as `importFile` does one: a file
    /// that cannot be read or stored is refused with its reason and leaves nothing
    /// behind, and the others go on. A document already in the workspace is reported,
    /// not overwritten. `progress` is called before each file with its index (0-based)
    /// and after the last with the count, so a caller can draw a bar. `checkOutput`
    /// renders what `check` writes of each document, kept as its `check.cache`.
    ///
    /// A batch at a time (32 files per core, at most 128): read and checked several at once
    /// (`PreparedImport`), then, holding the workspace's lock, each written into a folder
    /// of its own, the file system written back once (`syncfs`: one journal commit for
    /// the batch instead of a few fsyncs per document, which made importing a district
    /// wait on the disk), and the folders moved into place. A document is reported
    /// imported only once it is on disk and in place.
    ///
    /// `interrupted` is asked before each file is taken: once it says yes, the batch under
    /// way is dropped (nothing of it stored) and the outcomes so far are returned, fewer
    /// than the files — those after them were not imported.
    public static func importFiles(_ files: [String], into workspace: String, actor: String, time: String,
                                   wait: Double = 0,
                                   progress: (_ done: Int, _ total: Int, _ current: String?) -> Void = { _, _, _ in },
                                   checkOutput: CheckOutput? = nil, batch: Int? = nil,
                                   interrupted: () -> Bool = { false })
        -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        // Each batch waits once for the disk (`syncfs`, and a sync of the workspace folder
        // after the moves), whatever its size: 32 files a core is about a tenth of a second
        // of reading and checking, against the wait's ten to twenty-five milliseconds
        // (strace, docs/benchmarks.md). At most 128, since a batch and the next one being
        // prepared are held in memory (some 400 KB a document).
        let batch = max(1, batch ?? min(max(1, ProcessInfo.processInfo.activeProcessorCount) * 32, 128))
        // The settings the rules run with: the workspace's, or a new workspace's. (A summary
        // made with other settings than the workspace has when it is stored is not kept:
        // `stage` compares the digests.)
        let settings = (isWorkspace(workspace) ? (try? open(at: workspace))?.settings : nil) ?? WorkspaceSettings()
        // What an import cut short (killed) left behind, cleared when nobody is importing.
        if isWorkspace(workspace) { _ = removeAbandonedImports(in: workspace) }
        // Read and checked one per core, a batch ahead of the one being stored, so the cores
        // are not idle while the disk works (the write-back waits on it), nor while the
        // slowest file of a batch is read.
        let rules = ImportRules(settings.review)
        var prepared: [Result<PreparedImport, any Error>] = []
        var start = 0
        do throws(Interrupted) {
            try Parallel.ordered(files.count, window: batch, { k in
                Result { try PreparedImport(path: files[k], actor: actor, time: time, rules: rules, checkOutput: checkOutput) }
            }, consume: { (k, result) throws(Interrupted) in
                // No more are started; those under way finish and are dropped.
                if interrupted() { throw Interrupted() }
                prepared.append(result)
                guard prepared.count == batch || k == files.count - 1 else { return }
                let paths = Array(files[start...k])
                outcomes += store(prepared, paths: paths, into: workspace, wait: wait) { [start] j in progress(start + j, files.count, paths[j]) }
                prepared = []
                start = k + 1
            })
        } catch {
            return outcomes
        }
        progress(files.count, files.count, nil)
        return outcomes
    }

    /// The reviewer asked an import of many files to stop (Ctrl-C).
    struct Interrupted: Error {}

    /// One batch, stored holding the workspace's lock.
    static func store(_ prepared: [Result<PreparedImport, any Error>], paths: [String], into workspace: String, wait: Double,
                      progress: (Int) -> Void) -> [ImportOutcome] {
        var results: [ImportOutcome.Result?] = Array(repeating: nil, count: paths.count)
        func refusal(_ error: any Error, _ path: String) -> ImportOutcome.Result {
            .refused((error as? any ReviewerFacingError) ?? StoreError("无法导入 \(path)：\(error)"))
        }
        // None could be read: the workspace is not touched (not even made).
        guard prepared.contains(where: { if case .success = $0 { true } else { false } }) else {
            for (k, result) in prepared.enumerated() {
                progress(k)
                if case .failure(let error) = result { results[k] = refusal(error, paths[k]) }
            }
            return paths.indices.map { ImportOutcome(path: paths[$0], result: results[$0]!) }
        }
        do {
            try withLock(at: workspace, wait: wait) { _ in
                let (ws, created) = try openOrCreateLocked(at: workspace)
                var staged: [(k: Int, tmp: String, target: String)] = []
                var sources: [String: [UInt8]] = [:]
                for (k, result) in prepared.enumerated() {
                    progress(k)
                    let p: PreparedImport
                    do { p = try result.get() } catch { results[k] = refusal(error, paths[k]); continue }
                    let id = p.document.id
                    let target = ws.folder(of: id)
                    if let earlier = sources[id] {
                        results[k] = .alreadyPresent(ImportedDocument(p.document), sameSource: earlier == p.source)
                    } else if FileManager.default.fileExists(atPath: target) {
                        let same = FileManager.default.contents(atPath: DocumentFiles(folder: target).source).map { [UInt8]($0) == p.source } ?? false
                        results[k] = .alreadyPresent(ImportedDocument(p.document), sameSource: same)
                    } else {
                        do {
                            staged.append((k, try ws.stage(p), target))
                            sources[id] = p.source
                        } catch { results[k] = refusal(error, paths[k]) }
                    }
                }
                if !staged.isEmpty { commit(staged, of: prepared, in: ws, results: &results) }
                // A workspace this batch made, and nothing stored in it: made undone (the
                // lock removes the folder it made once it is empty).
                let imported = results.contains { if case .imported = $0 { true } else { false } }
                if created, !imported, (try? FileManager.default.contentsOfDirectory(atPath: workspace)) == [settingsFileName] {
                    unlink(workspace + "/" + settingsFileName)
                    throw NothingStored()
                }
            }
        } catch {
            for k in paths.indices where results[k] == nil { results[k] = refusal(error, paths[k]) }
        }
        return paths.indices.map { k in ImportOutcome(path: paths[k], result: results[k] ?? refusal(StoreError("未导入"), paths[k])) }
    }

    /// The staged folders written back at once, then moved into place, then the moves
    /// made durable; the year-over-year caches of those imported.
    private static func commit(_ staged: [(k: Int, tmp: String, target: String)], of prepared: [Result<PreparedImport, any Error>],
                               in ws: Workspace, results: inout [ImportOutcome.Result?]) {
        if StorageFaults.syncfs(ws.root) != 0 {
            let failure = StoreError("无法把导入的文档写到磁盘：\(String(cString: strerror(errno)))", hint: "检查磁盘空间后重新导入")
            for s in staged {
                try? FileManager.default.removeItem(atPath: s.tmp)
                results[s.k] = .refused(failure)
            }
            return
        }
        var moved: [Int] = []
        for s in staged {
            guard case .success(let p) = prepared[s.k] else { continue }
            if StorageFaults.rename(s.tmp, s.target) == 0 {
                moved.append(s.k)
                results[s.k] = .imported(ImportedDocument(p.document, convertedFrom: p.convertedFrom))
            } else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: s.tmp)
                results[s.k] = .refused(StoreError("无法把导入的文档放到 \(s.target)：\(reason)"))
            }
        }
        do throws(StoreError) { try DurableFile.syncFolder(ws.root) } catch {
            for k in moved {
                results[k] = .refused(StoreError("\(error.message)：已放入工作区的文档可能没有写到磁盘",
                                                 hint: "检查磁盘后运行 jixiao check；有问题的文档移走后重新导入"))
            }
            return
        }
        // The summaries just written, as they would be read back: those made with the
        // workspace's rules (a summary made with others was not written, and is rebuilt).
        var summaries: [String: DocumentSummary] = [:]
        for k in moved {
            if case .success(let p) = prepared[k], p.rulesDigest == ws.rulesDigest { summaries[p.document.id] = p.documentSummary }
        }
        ws.writeYearOverYearCaches(around: moved.compactMap { k in if case .success(let p) = prepared[k] { p.document } else { nil } },
                                   summaries: summaries)
    }

    /// A batch that stored nothing in the workspace it made: the lock then removes it.
    private struct NothingStored: Error {}
}
