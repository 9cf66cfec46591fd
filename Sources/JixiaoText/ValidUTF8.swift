/// Strings made of bytes already known to be valid UTF-8, without checking them again.
///
/// `String(decoding:as:)` validates (and would repair) every byte it is given: half of
/// making a table cell's String. The reader's bytes were validated once, as
/// `SourceText.decode` split the text into lines (a text that is not valid UTF-8 is
/// refused there), and a cell is cut from them at tabs and blanks, which are whole
/// scalars: its bytes are valid UTF-8 on their own.
enum ValidUTF8 {
    /// `String(decoding: bytes, as: UTF8.self)` for bytes that are valid UTF-8 (a whole
    /// number of scalars cut from validated text); the String is the same, its bytes not
    /// checked again.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if #available(macOS 26.0, iOS 26.0, watchOS 26.0, tvOS 26.0, visionOS 26.0, *) {
            // (ASCII found as `String(decoding:)` finds it: the String keeps the flag.)
            var span = UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: false)
            _ = span.checkForASCII()
            return String(copying: span)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
