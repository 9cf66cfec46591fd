/// An error as the reviewer reads it: what is wrong and what to do about it, in the
/// reviewer's terms (Chinese), and where, when it has a place.
///
/// Every error that can reach the reviewer conforms. Exactly two places turn one into
/// text: the command line (on stderr, like a compiler: `file:line: 错误：…` and
/// `  提示：…`) and the workstation's status line. Nothing else prefixes 错误： or 提示：.
public protocol ReviewerFacingError: Error {
    /// What is wrong (and what was expected there), without a 错误： prefix.
    var message: String { get }
    /// What the reviewer can do about it; empty when the message says it all.
    var hint: String { get }
    /// The file the problem is in, as the reviewer named it; nil when it has none.
    var file: String? { get }
    /// 1-based line in that file (or in the text being read), when the problem has one.
    var line: Int? { get }
}

extension ReviewerFacingError {
    public var hint: String { "" }
    public var file: String? { nil }
    public var line: Int? { nil }

    /// The same error, placed in `file`: a text that cannot be read, named as the
    /// reviewer gave it on the command line.
    public func inFile(_ file: String) -> ErrorInFile { ErrorInFile(file, self) }
}

/// An error placed in the file it was found in.
public struct ErrorInFile: ReviewerFacingError {
    public let path: String
    public let underlying: any ReviewerFacingError

    public init(_ path: String, _ underlying: any ReviewerFacingError) {
        self.path = path
        self.underlying = underlying
    }

    public var message: String { underlying.message }
    public var hint: String { underlying.hint }
    public var file: String? { path }
    public var line: Int? { underlying.line }
}
