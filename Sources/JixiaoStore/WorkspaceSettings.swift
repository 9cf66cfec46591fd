/// `jixiao.json`: the workspace's settings. Its presence is what makes a folder a
/// workspace.
public struct WorkspaceSettings: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var formatVersion: Int

    public init(formatVersion: Int = WorkspaceSettings.currentFormat) {
        self.formatVersion = formatVersion
    }
}
