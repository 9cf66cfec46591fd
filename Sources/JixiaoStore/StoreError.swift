/// A problem with the workspace on disk, in the reviewer's terms: what, where, what to do.
/// Shown to the reviewer as a `ReviewerFacingError`.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String
    public var kind: Kind

    /// What the command line and the workstation do differently about an error.
    public enum Kind: Sendable, Equatable {
        /// Anything the reviewer must look at (exit code 2).
        case other
        /// Another Jixiao is writing the document or creating the workspace: trying again
        /// later (or with `--wait`) will do (exit code 3).
        case busy
        /// A journal append failed and could not be taken back: the journal's end is not
        /// known until the document is opened again.
        case journalUnsettled
    }

    public init(_ message: String, hint: String = "", kind: Kind = .other) {
        self.message = message
        self.hint = hint
        self.kind = kind
    }

    public var description: String { message }
}
