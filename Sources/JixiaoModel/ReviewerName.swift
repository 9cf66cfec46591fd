/// The reviewer's name as the journal records it: the workstation asks for it once and
/// the workspace keeps it, so the same check serves both.
public enum ReviewerName {
    /// The longest name kept: a name, not a note.
    public static let longest = 40

    /// Why `name` cannot be the reviewer's name, nil when it can.
    public static func refusal(of name: String) -> String? {
        let trimmed = TextNormalization.trimmed(name)
        if trimmed.isEmpty { return "审核人姓名不能为空" }
        if trimmed.contains("\n") { return "审核人姓名不能换行" }
        if trimmed.count > longest { return "审核人姓名太长（最多 \(longest) 个字）" }
        return InvisibleCharacters.refusal(of: trimmed, as: "审核人姓名")
    }
}
