import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoStore
import JixiaoText

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把一份部门预算绩效文本（文本文件）读入工作区")

    @Argument(help: ArgumentHelp("绩效文本文件（UTF-8 文本，如从 PDF 导出的文字）", valueName: "FILE"))
    var file: String

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var reviewer: ReviewerOption

    func run() throws {
        let bytes = try readInput(file)
        let location = workspace.location
        let document = try importInto(location.path, bytes: bytes, fileName: (file as NSString).lastPathComponent,
                                      displayName: file, actor: reviewer.name)
        print(importSummary(document, workspace: location.path))
    }
}

/// Reads an input file, refusing what is not a readable regular file.
func readInput(_ path: String) throws -> [UInt8] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
        throw CommandLineError("找不到文件 \(path)", hint: "检查文件名和路径")
    }
    guard !isDir.boolValue else {
        throw CommandLineError("\(path) 是文件夹，不是文件", hint: "指定要导入的绩效文本文件")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        throw CommandLineError("无法读取 \(path)", hint: "检查文件权限")
    }
    return [UInt8](data)
}

/// Imports into the workspace at `path`, creating it if needed; on any failure a
/// workspace this call created is removed again, so nothing is left half-written.
func importInto(_ path: String, bytes: [UInt8], fileName: String, displayName: String, actor: String) throws -> Document {
    // Read first: a text that cannot be read must not create a workspace.
    do {
        _ = try DocumentReader.read(bytes: bytes)
    } catch {
        throw error.inFile(displayName)
    }
    let (ws, created) = try Workspace.openOrCreate(at: path)
    do {
        return try ws.importDocument(bytes: bytes, fileName: fileName, actor: actor, time: JournalTime.now())
    } catch {
        if created { try? FileManager.default.removeItem(atPath: path) }
        if let e = error as? ReadError { throw e.inFile(displayName) }
        throw error
    }
}

func importSummary(_ d: Document, workspace: String) -> String {
    """
    已导入：\(d.department.name) \(d.department.year) 年部门预算绩效文本\(d.department.isDraft ? "（草案）" : "")
      单位编码 \(d.department.code)，\(d.projects.count) 个项目，预算数合计 \(d.totalBudget.grouped) 元
      工作区 \(workspace)，文档 \(d.id)
    """
}
