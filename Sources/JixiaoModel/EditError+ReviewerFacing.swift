/// An edit that cannot be made is said in the reviewer's terms; it has no hint of its own.
extension EditError: ReviewerFacingError {}
