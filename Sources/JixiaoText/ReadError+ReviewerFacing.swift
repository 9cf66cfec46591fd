import JixiaoModel

/// A text that cannot be read: message, hint and line as the reader found them; the
/// file is added where the reviewer named it (`inFile`).
extension ReadError: ReviewerFacingError {}
