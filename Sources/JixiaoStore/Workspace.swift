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
        let home = environment["HOME"] ?? NSHomeDirectory()
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

    /// Opens a workspace, creating the folder and its `jixiao.json` if needed.
    /// Returns whether it was created, so a failed import can remove it again.
    public static func openOrCreate(at path: String) throws(StoreError) -> (Workspace, created: Bool) {
        if isWorkspace(path) { return (try open(at: path), false) }
        let fm = FileManager.default
        var isDir: ObjCBool = false
        let existed = fm.fileExists(atPath: path, isDirectory: &isDir)
        if existed && !isDir.boolValue {
            throw StoreError("\(path) 是一个文件，不能用作工作区", hint: "用 -w 指定一个文件夹")
        }
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw StoreError("无法创建工作区文件夹 \(path)：\(error.localizedDescription)", hint: "检查路径和权限")
        }
        let settings = WorkspaceSettings()
        do {
            try DurableFile.write(try StableJSON.pretty(settings), to: path + "/" + settingsFileName)
        } catch let e as StoreError {
            throw e
        } catch {
            throw StoreError("无法写入 \(settingsFileName)：\(error)")
        }
        return (Workspace(root: path, settings: settings), !existed)
    }

    /// The imported documents, by folder name (`430001-2021`), sorted.
    public func documentIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { name in
            Workspace.isDocumentID(name) && FileManager.default.fileExists(atPath: files(of: name).document)
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
        try store(try DocumentReader.read(bytes: bytes), source: bytes, fileName: fileName, actor: actor, time: time)
    }

    /// Stores `document`, read from `bytes`, as `importDocument` does.
    func store(_ document: Document, source bytes: [UInt8], fileName: String, actor: String,
               time: String) throws -> Document {
        let id = document.id
        let target = folder(of: id)
        if FileManager.default.fileExists(atPath: target) {
            throw StoreError("工作区里已经有 \(id)（\(document.department.name) \(document.department.year) 年）",
                             hint: "重新导入前先移走文件夹 \(target)，或用 -w 指定另一个工作区")
        }
        let tmp = root + "/.import-\(id)-\(ProcessInfo.processInfo.processIdentifier)" + DurableFile.temporarySuffix
        let fm = FileManager.default
        try? fm.removeItem(atPath: tmp)
        do {
            try fm.createDirectory(atPath: tmp, withIntermediateDirectories: false)
        } catch {
            throw StoreError("无法在工作区 \(root) 中创建文件夹：\(error.localizedDescription)", hint: "检查权限和磁盘空间")
        }
        let files = DocumentFiles(folder: tmp)
        do {
            try DurableFile.write(bytes, to: files.source, mode: 0o444)
            let imported = JournalEvent.imported(.init(document: id, file: fileName, sourceSHA256: Hashing.sha256(bytes),
                                                       projects: document.projects.count))
            let (_, position) = try JournalFile.append(imported, after: .start, actor: actor, time: time, to: files.journal)
            let stored = StoredDocument(journal: position, document: document)
            try DurableFile.write(try StableJSON.pretty(stored), to: files.document)
            guard rename(tmp, target) == 0 else {
                throw StoreError("无法把导入的文档放到 \(target)：\(String(cString: strerror(errno)))")
            }
            try DurableFile.syncFolder(root)
        } catch {
            try? fm.removeItem(atPath: tmp)
            throw error
        }
        return document
    }

    /// Opens a document for editing (one writer: others get read-only) or for reading.
    public func openDocument(_ id: String, access: DocumentSession.Access) throws(StoreError) -> DocumentSession {
        try DocumentSession(folder: folder(of: id), id: id, access: access)
    }
}
