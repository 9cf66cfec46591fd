import JixiaoStore
import JixiaoText

/// An error the command line reports and exits with: the message for stderr and the
/// exit code (2 for anything the user can fix: bad input, missing workspace…).
struct Failure: Error {
    var message: String
    var code: Int32 = 2

    init(_ message: String, code: Int32 = 2) {
        self.message = message
        self.code = code
    }

    init(_ error: ReadError, file: String) {
        self.message = error.formatted(file: file)
    }

    init(_ error: StoreError) {
        self.message = "错误：" + error.description
    }
}
