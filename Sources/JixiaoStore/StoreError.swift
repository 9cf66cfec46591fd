/// A problem with the workspace on disk, in the reviewer's terms: what, where, what to do.
/// Shown to the reviewer as a `ReviewerFacingError`.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String

    public init(_ message: String, hint: String = "") {
        self.message = message
        self.hint = hint
    }

    public var description: String { message }
}
