/// Text that is not an amount: the description says what was written and how to write it.
extension MoneyParseError: ReviewerFacingError {
    public var message: String { description }
}
