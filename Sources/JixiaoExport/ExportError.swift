import JixiaoModel

/// Why an export was not written.
public enum ExportError: Error, Equatable, Sendable {
    /// The final document was asked for while these projects (by number) are not approved.
    case notApproved([Int])
    /// The folder to write into does not exist.
    case noSuchFolder(String)
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
        case .noSuchFolder(let folder):
            return "输出文件夹 \(folder) 不存在"
        }
    }

    public var hint: String {
        switch self {
        case .notApproved: "用 jixiao review 项目 approve 审核通过，或加 --draft 导出审核中的草稿"
        case .noSuchFolder: "先建立文件夹，或换一个输出路径"
        }
    }
}
