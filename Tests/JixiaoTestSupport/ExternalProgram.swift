import Foundation

/// A program outside Jixiao (iconv, python3) run as a test's oracle, so that what a test
/// feeds Jixiao is not made by Jixiao's own code.
public enum ExternalProgram {
    /// Runs `path` with `arguments`, `input` on its standard input (written from another
    /// thread: a large text would otherwise fill the output pipe while it is written);
    /// its exit status and standard output.
    public static func run(_ path: String, _ arguments: [String], input: [UInt8] = []) throws -> (status: Int32, output: [UInt8]) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        try p.run()
        let writer = Thread { stdin.fileHandleForWriting.write(Data(input)); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, [UInt8](data))
    }
}
