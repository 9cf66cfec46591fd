/// Why a text cannot be read as a 部门预算绩效文本: what is wrong, where, and what to do.
/// Messages are in Chinese, in the document's own terms.
public struct ReadError: Error, Equatable, Sendable {
    /// 1-based line in the text, when the problem has a place.
    public var line: Int?
    /// What is wrong, and what was expected there.
    public var message: String
    /// What the user can do about it.
    public var hint: String

    public init(line: Int?, _ message: String, hint: String = "") {
        self.line = line
        self.message = message
        self.hint = hint
    }
}
