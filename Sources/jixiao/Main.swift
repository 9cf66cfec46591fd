import ArgumentParser
import Foundation
import JixiaoExport
import JixiaoModel
import JixiaoSpreadsheet
import JixiaoStore
import JixiaoTerminal

/// Runs the command and maps every failure to a message on stderr and an exit code:
/// 0 fine, 1 findings or a failed verification, 2 input or usage the user must fix,
/// 3 another Jixiao is writing the document (or importing into the workspace): try again.
@main
enum Main {
    static func main() {
        // A child reading one .xls for this program (FreeXL may crash on a damaged one).
        if CommandLine.arguments.dropFirst().elementsEqual([FreeXLProcess.childArgument]) { FreeXLProcess.serve() }
        FreeXLProcess.use(executable: "/proc/self/exe")
        CrashSignals.install(chainToRuntime: ProcessInfo.processInfo.environment["JIXIAO_BACKTRACE"] == "1")
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let unknown = ArgumentParserChinese.unknownSubcommand(arguments) {
            ErrorOutput.write(unknown)
            exitNow(2)
        }
        do {
            var command = try Jixiao.parseAsRoot(arguments)
            try command.run()
        } catch let error as any ReviewerFacingError {
            fflush(nil)
            ErrorOutput.write(error)
            exitNow(exitCode(for: error))
        } catch {
            let code = Jixiao.exitCode(for: error)
            if code == .success {
                // --help, help SUBCOMMAND, --version.
                print(ArgumentParserChinese.help(Jixiao.fullMessage(for: error)))
                exitNow(0)
            }
            if let e = error as? ExitCode {
                exitNow(e.rawValue)
            }
            // A usage error: exit code 2 like every other input the reviewer must fix.
            fflush(nil)
            ErrorOutput.write(ArgumentParserChinese.usageError(error))
            exitNow(2)
        }
        exitNow(0)
    }

    /// 3 when the only trouble is another writer (`StoreError.Kind.busy`), else 2.
    static func exitCode(for error: any ReviewerFacingError) -> Int32 {
        // Stopped when asked, as a signal's default would have: 128 + the signal.
        if case .interrupted? = error as? ExportError { return 128 + (InterruptSignals.signal ?? SIGINT) }
        return (error as? StoreError)?.kind == .busy ? 3 : 2
    }

    static func exitNow(_ code: Int32) -> Never {
        fflush(nil)
        exit(code)
    }
}
