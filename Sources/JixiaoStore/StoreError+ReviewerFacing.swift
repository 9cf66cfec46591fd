import JixiaoModel

/// A problem with the workspace on disk: message and hint as the store wrote them.
extension StoreError: ReviewerFacingError {}
