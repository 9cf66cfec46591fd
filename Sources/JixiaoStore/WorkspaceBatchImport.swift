import Foundation
import JixiaoModel

/// What became of one file of `jixiao import FILE… | DIR`.
public struct ImportOutcome: Sendable {
    public enum Result: Sendable {
        /// Stored as a new document.
        case imported(Document)
        /// The workspace already holds a document with this id (from an earlier import, or
        /// from another file of the same batch); nothing was written. `sameSource` says
        /// whether its `source.txt` has exactly these bytes.
        case alreadyPresent(Document, sameSource: Bool)
        /// Refused: nothing was written for this file.
        case refused(any ReviewerFacingError)
    }

    /// The file as the reviewer named it (a file inside a named folder is `DIR/name`).
    public var path: String
    public var result: Result

    public var isRefused: Bool { if case .refused = result { true } else { false } }
}

/// The files a batch import reads: each named file, and the files directly inside each
/// named folder (sorted by name; hidden files and subfolders are not read).
public struct ImportInputs: Sendable, Equatable {
    public var files: [String]
    /// Subfolders inside a named folder, not read (said once, so nothing is skipped silently).
    public var skippedFolders: [String]

    public init(expanding paths: [String]) {
        var files: [String] = []
        var skipped: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)   // a missing file is refused when it is read, with its name
                continue
            }
            let names = ((try? fm.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in names {
                let inner = base + "/" + name
                var innerFolder: ObjCBool = false
                if fm.fileExists(atPath: inner, isDirectory: &innerFolder), innerFolder.boolValue {
                    skipped.append(inner)
                } else {
                    files.append(inner)
                }
            }
        }
        self.files = files
        self.skippedFolders = skipped
    }
}

extension Workspace {
    /// Imports every file, each into its own document, as `importFile` does one: a file
    /// that cannot be read or stored is refused with its reason and leaves nothing
    /// behind, and the others go on. A document already in the workspace is reported,
    /// not overwritten. `progress` is called before each file with its index (0-based)
    /// and after the last with the count, so a caller can draw a bar.
    public static func importFiles(_ files: [String], into workspace: String, actor: String, time: String,
                                   wait: Double = 0,
                                   progress: (_ done: Int, _ total: Int, _ current: String?) -> Void = { _, _, _ in })
        -> [ImportOutcome] {
        var outcomes: [ImportOutcome] = []
        for (i, path) in files.enumerated() {
            progress(i, files.count, path)
            outcomes.append(ImportOutcome(path: path, result: importOne(path, into: workspace, actor: actor, time: time,
                                                                         wait: wait)))
        }
        progress(files.count, files.count, nil)
        return outcomes
    }

    static func importOne(_ path: String, into workspace: String, actor: String, time: String,
                          wait: Double) -> ImportOutcome.Result {
        do {
            let bytes = try readInput(path)
            let document = try readDocument(bytes, namedAs: path)
            return try withLock(at: workspace, wait: wait) { _ -> ImportOutcome.Result in
                let existing = DocumentFiles(folder: workspace + "/" + document.id)
                if FileManager.default.fileExists(atPath: existing.folder) {
                    let same = FileManager.default.contents(atPath: existing.source).map { [UInt8]($0) == bytes } ?? false
                    return .alreadyPresent(document, sameSource: same)
                }
                let stored = try storeCreating(document, source: bytes, fileName: (path as NSString).lastPathComponent,
                                               at: workspace, actor: actor, time: time)
                return .imported(stored)
            }
        } catch let error as any ReviewerFacingError {
            return .refused(error)
        } catch {
            return .refused(StoreError("无法导入 \(path)：\(error)"))
        }
    }
}
