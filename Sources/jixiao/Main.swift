import ArgumentParser
import Foundation
import JixiaoModel
import JixiaoStore
import JixiaoText

/// Runs the command and maps every failure to a message on stderr and an exit code:
/// 0 fine, 1 findings or a failed verification, 2 input or usage the user must fix.
@main
enum Main {
    static func main() {
        do {
            var command = try Jixiao.parseAsRoot()
            try command.run()
        } catch let error as any ReviewerFacingError {
            fflush(nil)
            ErrorOutput.write(error)
            exitNow(2)
        } catch {
            let code = Jixiao.exitCode(for: error)
            if code == .success {
                // --help, --version.
                print(Jixiao.fullMessage(for: error))
                exitNow(0)
            }
            if let e = error as? ExitCode {
                exitNow(e.rawValue)
            }
            // Usage errors: a line in Chinese, then ArgumentParser's own wording and the
            // usage; exit code 2 like every other input the user must fix.
            fail("错误：命令行参数有误（jixiao help 或 jixiao 子命令 --help 查看用法）\n" + Jixiao.fullMessage(for: error), code: 2)
        }
        exitNow(0)
    }

    static func fail(_ message: String, code: Int32) -> Never {
        fflush(nil)
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exitNow(code)
    }

    static func exitNow(_ code: Int32) -> Never {
        fflush(nil)
        exit(code)
    }
}
