import JixiaoModel

/// What is wrong with a journal, as `jixiao log --verify` lists it.
extension JournalProblem: ReviewerFacingError {
    public var message: String { description }
}
