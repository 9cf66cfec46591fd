import Foundation
import JixiaoModel
import JixiaoText

/// A workspace: a folder with `jixiao.json` and one folder per imported document
/// (`430001-2021/`). A reviewer can keep it in git.
public struct Workspace: Sendable {
    public static let settingsFileName = "jixiao.json"
    /// Where the workstation suggests writing exports; created on first use.
    public static let exportsFolderName = "exports"

    public let root: String
    public let settings: WorkspaceSettings
    /// `DocumentSummaryFile.rulesDigest` of the settings, made once: every cache of every
    /// document is checked against it (a thousand times when `check` copies a district).
    let rulesDigest: String

    init(root: String, settings: WorkspaceSettings) {
        self.root = root
        self.settings = settings
        rulesDigest = DocumentSummaryFile.rulesDigest(settings.review)
    }

    /// Where the workspace is: `-w DIR`, then `$JIXIAO_WORKSPACE`, then the current
    /// folder if it is a workspace, then the default under the user's data folder.
    public static func locate(explicit: String?, environment: [String: String], currentDirectory: String) -> String {
        if let explicit, !explicit.isEmpty { return absolute(explicit, from: currentDirectory) }
        if let env = environment["JIXIAO_WORKSPACE"], !env.isEmpty { return absolute(env, from: currentDirectory) }
        if isWorkspace(currentDirectory) { return currentDirectory }
        return defaultPath(environment: environment)
    }

    /// `$XDG_DATA_HOME/jixiao/workspace`, or `~/.local/share/jixiao/workspace`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/jixiao/workspace" }
        let home = HomeFolder.path(environment: environment)
        return home + "/.local/share/jixiao/workspace"
    }

    static func absolute(_ path: String, from cwd: String) -> String {
        let p = path.hasPrefix("/") ? path : cwd + "/" + path
        return (p as NSString).standardizingPath
    }

    public static func isWorkspace(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + settingsFileName)
    }

    /// Opens an existing workspace.
    public static func open(at path: String) throws(StoreError) -> Workspace {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
            // `-w 文件.txt`: the file to import named where the workspace goes.
            throw StoreError("\(path) 是文件，不是工作区文件夹",
                             hint: "-w 后面写工作区的文件夹；要导入这个文件：jixiao import \(path) -w 工作区文件夹")
        }
        guard let bytes = try DurableFile.read(path + "/" + settingsFileName) else {
            if FileManager.default.fileExists(atPath: path) {
                throw StoreError("\(path) 不是 Jixiao 工作区（没有 \(settingsFileName)）",
                                 hint: "用 jixiao import 文件 -w \(path) 导入一份绩效文本，或用 -w 指定另一个工作区")
            }
            throw StoreError("工作区 \(path) 不存在",
                             hint: "先用 jixiao import 文件 -w \(path) 导入一份绩效文本")
        }
        let settings = try WorkspaceSettings.parse(bytes, path: path + "/" + settingsFileName)
        guard settings.formatVersion <= WorkspaceSettings.currentFormat else {
            throw StoreError("工作区格式版本 \(settings.formatVersion) 比本程序支持的更新",
                             hint: "请升级 Jixiao")
        }
        return Workspace(root: path, settings: settings)
    }

    /// Opens a workspace, creating the folder and its `jixiao.json` if needed (holding the
    /// workspace's lock, as an import does). Returns whether it was created.
    public static func openOrCreate(at path: String, wait: Double = lockWaitForLibraryCalls) throws -> (Workspace, created: Bool) {
        try withLock(at: path, wait: wait) { _ in try openOrCreateLocked(at: path) }
    }

    /// How long the library's own calls (`openOrCreate`, `importDocument`) wait for
    /// another import into the same workspace to finish.
    public static let lockWaitForLibraryCalls = 10.0

    /// `openOrCreate`, for a caller holding the workspace's lock.
    static func openOrCreateLocked(at path: String) throws(StoreError) -> (Workspace, created: Bool) {
        if isWorkspace(path) { return (try open(at: path), false) }
        let settings = WorkspaceSettings()
        let bytes: [UInt8]
        do { bytes = try StableJSON.pretty(settings) } catch { throw StoreError("无法写入 \(settingsFileName)：\(error)") }
        try DurableFile.write(bytes, to: path + "/" + settingsFileName)
        return (Workspace(root: path, settings: settings), true)
    }

    /// Runs `body` holding the workspace's lock — an exclusive `flock` on its folder, taken
    /// by every import and by the creation of the workspace, so two of them never
    /// interleave (one into a new path used to remove the folder the other had just
    /// imported into). The folder is made first when there is none; if this call made it
    /// and `body` fails, it is removed again only if it is still empty: nothing another
    /// process put there is ever removed.
    static func withLock<T>(at path: String, wait: Double, _ body: (_ madeFolder: Bool) throws -> T) throws -> T {
        let fm = FileManager.default
        while true {
            var isFolder: ObjCBool = false
            var made = false
            if fm.fileExists(atPath: path, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw StoreError("\(path) 是一个文件，不能用作工作区", hint: "用 -w 指定一个文件夹")
                }
            } else {
                do {
                    try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                } catch {
                    throw StoreError("无法创建工作区文件夹 \(path)：\(error.localizedDescription)", hint: "检查路径和权限")
                }
                if mkdir(path, 0o777) == 0 {
                    made = true
                } else if errno != EEXIST {
                    throw StoreError("无法创建工作区文件夹 \(path)：\(String(cString: strerror(errno)))", hint: "检查路径和权限")
                }
            }
            switch DocumentLock.acquire(folder: path, wait: wait) {
            case .busy:
                throw StoreError("另一个 Jixiao 正在向工作区 \(path) 导入文档", hint: "稍后再试，或加 --wait 秒数，等它完成", kind: .busy)
            case .failed(let why):
                throw StoreError("无法锁定工作区 \(path)（\(why)）", hint: "检查文件夹权限")
            case .acquired(let lock):
                defer { lock.release() }
                // Removed (and perhaps made again) while we waited: lock the folder there now.
                guard lock.isOn(path) else { continue }
                do {
                    return try body(made)
                } catch {
                    if made { rmdir(path) }
                    throw error
                }
            }
        }
    }

    /// Folders of imports that were killed (`.import-…`) and temporary files of settings
    /// saves, removed when nobody is importing (the workspace's lock is free).
    static func removeAbandonedImports(in root: String) -> [String] {
        guard case .acquired(let lock) = DocumentLock.acquire(folder: root) else { return [] }
        defer { lock.release() }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let stray = names.filter { $0.hasPrefix(".") && $0.hasSuffix(DurableFile.temporarySuffix) }
        for name in stray { try? FileManager.default.removeItem(atPath: root + "/" + name) }
        return stray.isEmpty ? [] : ["已删除上次中断的导入或保存在工作区里留下的 \(stray.count) 个临时文件或文件夹"]
    }

    /// The workspace with the reviewer's name kept in `jixiao.json` (the workstation asks
    /// for it once). Read afresh and written durably under the workspace's lock, so a
    /// change another Jixiao made to the settings meanwhile is kept.
    public func keepingReviewer(_ name: String) throws -> Workspace {
        if let refusal = ReviewerName.refusal(of: name) { throw StoreError(refusal, hint: "写出审核人的姓名，如 王审核") }
        return try Workspace.withLock(at: root, wait: Workspace.lockWaitForLibraryCalls) { _ in
            var settings = try Workspace.open(at: root).settings
            settings.reviewer = TextNormalization.trimmed(name)
            let bytes: [UInt8]
            do { bytes = try StableJSON.pretty(settings) } catch { throw StoreError("无法写入 \(Workspace.settingsFileName)：\(error)") }
            try DurableFile.write(bytes, to: root + "/" + Workspace.settingsFileName)
            return Workspace(root: root, settings: settings)
        }
    }

    /// The imported documents, by folder name (`430001-2021`), sorted: folders with a
    /// `document.json`, or a journal to rebuild one from.
    public func documentIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { name in
            Workspace.isDocumentID(name) && (FileManager.default.fileExists(atPath: files(of: name).document)
                                             || FileManager.default.fileExists(atPath: files(of: name).journal))
        }.sorted()
    }

    /// `430001-2021`, or for a unit that prints no code its name and the year
    /// (`青山区教育局-2020`): anything ending in `-` and a four-digit year, not hidden.
    static func isDocumentID(_ name: String) -> Bool {
        guard !name.hasPrefix("."), !name.contains("/"), let dash = name.lastIndex(of: "-") else { return false }
        let year = name[name.index(after: dash)...]
        return dash > name.startIndex && year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public func folder(of id: String) -> String { root + "/" + id }

    public func files(of id: String) -> DocumentFiles { DocumentFiles(folder: folder(of: id)) }

    /// `exports/` in the workspace at `root`.
    public static func exportsFolder(root: String) -> String { root + "/" + exportsFolderName }

    public var exportsFolder: String { Workspace.exportsFolder(root: root) }

    /// Reads and stores a 绩效文本: `source.txt` as given, `document.json`, and the
    /// journal's import line. Everything is written into a temporary folder first and
    /// renamed into place, so a failure leaves nothing behind.
    public func importDocument(bytes: [UInt8], fileName: String, actor: String, time: String) throws -> Document {
        let document = try DocumentReader.read(bytes: bytes)
        return try Workspace.withLock(at: root, wait: Workspace.lockWaitForLibraryCalls) { _ in
            try storeLocked(document, source: bytes, fileName: fileName, actor: actor, time: time)
        }
    }

    /// Stores `document`, read from `bytes`, for a caller holding the workspace's lock:
    /// written into a temporary folder of this call's own, which is renamed into place.
    /// A failure removes that folder and nothing else.
    func storeLocked(_ document: Document, source bytes: [UInt8], fileName: String, actor: String,
                     time: String) throws -> Document {
        let id = document.id
        let target = folder(of: id)
        if FileManager.default.fileExists(atPath: target) {
            throw StoreError("工作区里已经有 \(id)（\(document.department.name) \(document.department.year) 年）",
                             hint: "单位改后送回的修改稿用 jixiao import 文件 --revision-of \(id) 导入（作为第 2 版，审核记录保留）；"
                                 + "要从头重新导入，先移走文件夹 \(target)，或用 -w 指定另一个工作区")
        }
        let prepared = try PreparedImport(document: document, source: bytes, fileName: fileName, actor: actor, time: time,
                                          rules: ImportRules(settings.review), checkOutput: nil)
        let tmp = try stage(prepared, synced: true)
        do {
            guard StorageFaults.rename(tmp, target) == 0 else {
                throw StoreError("无法把导入的文档放到 \(target)：\(String(cString: strerror(errno)))")
            }
            try DurableFile.syncFolder(root)
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
        return document
    }

    /// Opens a document for editing (one writer: others get read-only, after waiting up to
    /// `wait` seconds for the lock) or for reading.
    public func openDocument(_ id: String, access: DocumentSession.Access, wait: Double = 0) throws(StoreError) -> DocumentSession {
        try DocumentSession(folder: folder(of: id), id: id, access: access, wait: wait)
    }
}
