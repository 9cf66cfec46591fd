import JixiaoRules

/// `jixiao.json`: the workspace's settings. Its presence is what makes a folder a
/// workspace. `review` holds the rule settings: frame, 成本指标 required, per-rule
/// `enabled` and `severity`; `reviewer` the reviewer's name for the journal, asked once
/// by the workstation (after `--reviewer` and `$JIXIAO_REVIEWER`, before the login name).
public struct WorkspaceSettings: Codable, Equatable, Sendable {
    public static let currentFormat = 1

    public var formatVersion: Int
    public var review: RuleSettings
    public var reviewer: String?

    public init(formatVersion: Int = WorkspaceSettings.currentFormat, review: RuleSettings = .standard, reviewer: String? = nil) {
        self.formatVersion = formatVersion
        self.review = review
        self.reviewer = reviewer
    }

    enum CodingKeys: String, CodingKey { case formatVersion, review, reviewer }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try c.decode(Int.self, forKey: .formatVersion)
        review = try c.decodeIfPresent(RuleSettings.self, forKey: .review) ?? .standard
        reviewer = try c.decodeIfPresent(String.self, forKey: .reviewer).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Reads `jixiao.json`, naming the line of anything wrong: a rule id that does not
    /// exist, a severity or frame that is not one of the allowed words.
    public static func parse(_ bytes: [UInt8], path: String) throws(StoreError) -> WorkspaceSettings {
        let text = String(decoding: bytes, as: UTF8.self)
        func line(of needle: String) -> String {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            guard let i = lines.firstIndex(where: { $0.contains(needle) }) else { return path }
            return "\(path):\(i + 1)"
        }
        let settings: WorkspaceSettings
        do {
            settings = try StableJSON.decode(WorkspaceSettings.self, from: bytes)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw StoreError("\(path) 不是有效的 JSON", hint: "用编辑器检查括号和逗号，或删除它让 Jixiao 重新建立")
        } catch let error as DecodingError {
            let (keyPath, reason) = describeDecoding(error)
            let last = keyPath.split(separator: ".").last.map(String.init) ?? keyPath
            throw StoreError("\(line(of: "\"\(last)\""))：设置项 \(keyPath) \(reason)",
                             hint: "review.frame 可为 auto、88号、101号；severity 可为 error、warning、info；enabled 为 true 或 false；budgetChangeShare 为 0 或正数（0.2 即 20%）")
        } catch {
            throw StoreError("\(path) 无法读取：\(error)")
        }
        for id in settings.review.rules.keys.sorted() where RuleCatalogue.rule(id) == nil {
            throw StoreError("\(line(of: "\"\(id)\""))：没有编号为 \(id) 的规则",
                             hint: "jixiao rules 列出全部规则编号")
        }
        return settings
    }

    static func describeDecoding(_ error: DecodingError) -> (String, String) {
        func path(_ c: DecodingError.Context) -> String { c.codingPath.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .dataCorrupted(let c): return (path(c), "的值无效")
        case .typeMismatch(_, let c): return (path(c), "的类型不对")
        case .keyNotFound(let k, let c): return ((path(c).isEmpty ? "" : path(c) + ".") + k.stringValue, "缺失")
        case .valueNotFound(_, let c): return (path(c), "缺少值")
        @unknown default: return ("", "无效")
        }
    }
}
