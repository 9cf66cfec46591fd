import JixiaoModel

/// Why an export was not written. In each case nothing was written.
public enum ExportError: Error, Equatable, Sendable {
    /// The final document was asked for while these projects (by number) are not approved.
    case notApproved([Int])
    /// The final document was asked for while these errors (described) are neither
    /// corrected nor waived.
    case openErrors([String])
    /// The folder to write into does not exist.
    case noSuchFolder(String)
    /// A file is already there and `--force` was not given.
    case exists(String)
    /// The target is a symbolic link (to the path given second): exports never write
    /// through a link, so a link cannot send one somewhere unexpected.
    case symbolicLink(String, to: String)
    /// The target is not a regular file: a device (`/dev/null`), a folder, a pipe.
    case notARegularFile(String, what: String)
    /// The format cannot be told from the file name and `--format` was not given; or
    /// (`typed`) from a name typed in the workstation's export prompt, which names the
    /// format by the extension alone.
    case unknownExtension(String, known: [String], typed: Bool = false)
    /// Writing failed (disk full, no permission …); what the system said.
    case writeFailed(String, reason: String)
    /// The document is open read-only: an export must be journaled to be verifiable.
    case readOnly(String)
    /// The target is part of a workspace's record (what, in words): a document's folder or
    /// a workspace's own file. Refused even with `--force`.
    case inRecord(String, what: String)
    /// Ctrl-C (or SIGTERM, SIGHUP) came before the file was written: nothing was.
    case interrupted(String)
}

extension ExportError: ReviewerFacingError {
    /// Pending projects named in a refusal; more are summed up as ……
    static let listedProjects = 8

    public var message: String {
        switch self {
        case .notApproved(let pending):
            let list = pending.prefix(Self.listedProjects).map(String.init).joined(separator: "、")
                + (pending.count > Self.listedProjects ? "……" : "")
            return "还有 \(pending.count) 个项目未通过审核（\(list)），不能导出定稿"
        case .openErrors(let errors):
            return "还有 \(errors.count) 个错误未改正或豁免，不能导出定稿：\n" + errors.map { "  " + $0 }.joined(separator: "\n")
        case .noSuchFolder(let folder):
            return "输出文件夹 \(folder) 不存在"
        case .exists(let path):
            return "文件 \(path) 已经存在，没有覆盖"
        case .symbolicLink(let path, let target):
            return "\(path) 是指向 \(target) 的符号链接：导出不经链接写入"
        case .notARegularFile(let path, let what):
            return "\(path) 是\(what)，不是普通文件：不能导出到这里"
        case .unknownExtension(let path, _, _):
            return "无法从文件名 \(path) 看出导出格式"
        case .writeFailed(let path, let reason):
            return "写入 \(path) 失败：\(reason)"
        case .readOnly(let reason):
            return "不能导出：\(reason)"
        case .inRecord(let path, let what):
            return "\(path) 是\(what)：导出不能写在这里，会覆盖或混入审核记录"
        case .interrupted(let path):
            return "已中断：收到中断信号时 \(path) 还没有开始写，没有写出"
        }
    }

    public var hint: String {
        switch self {
        case .notApproved: "用 jixiao review 项目 approve 审核通过，或加 --draft 导出审核中的草稿"
        case .openErrors: "改正后重新审核通过，或核实无误后用 jixiao waive 豁免；或加 --draft 导出审核中的草稿"
        case .noSuchFolder: "先建立文件夹，或换一个输出路径"
        case .exists: "换一个文件名；确要覆盖时加 --force"
        case .symbolicLink(_, let target): "直接写出链接指向的路径（\(target)），或换一个文件名"
        case .notARegularFile: "换一个普通文件的路径"
        case .unknownExtension(_, let known, let typed):
            (typed ? "文件名的扩展名决定格式，用这些扩展名之一：" : "用 --format 指定格式，或用这些扩展名之一：")
                + known.map { "." + $0 }.joined(separator: " ")
        case .writeFailed: "检查磁盘空间和文件夹权限；没有写出任何文件，也没有记入日志"
        case .readOnly: "导出须记入日志，jixiao verify 才能核对；等另一个 Jixiao 关闭后再导出"
        case .inRecord: "导出到工作区的 exports/ 文件夹（只写文件名即可），或工作区以外的文件夹"
        case .interrupted: "日志没有变；需要时再次运行同一命令"
        }
    }
}
