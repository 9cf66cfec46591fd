import JixiaoModel

/// What the command line itself finds wrong with what it was asked: a project, field,
/// review action or rule that does not exist, a change to a read-only document.
struct CommandLineError: ReviewerFacingError {
    var message: String
    var hint: String

    init(_ message: String, hint: String = "") {
        self.message = message
        self.hint = hint
    }
}
