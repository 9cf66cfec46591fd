import CSignals
import Foundation
import Testing
@testable import JixiaoStore

/// A second Ctrl-C during a write of the record (an export placed and journaled) ends the
/// process only when the write is done. Run in a child process: the signal ends it.
@Suite struct RecordWriteTests {
    /// What the child wrote to the pipe before it ended, and the signal that ended it.
    func child(_ body: @escaping () -> Void) throws -> (said: String, signal: Int32?) {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let pid = fork()
        try #require(pid >= 0)
        if pid == 0 {
            close(ends[0])
            dup2(ends[1], 3)
            body()
            _exit(0)
        }
        close(ends[1])
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        var said: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let n = read(ends[0], &buffer, buffer.count)
            if n <= 0 { break }
            said += buffer[0..<n]
        }
        close(ends[0])
        // WIFSIGNALED / WTERMSIG, which Swift does not import.
        let signal = status & 0x7F
        return (String(decoding: said, as: UTF8.self), signal != 0 && signal != 0x7F ? signal : nil)
    }

    static func say(_ text: StaticString) { _ = write(3, text.utf8Start, text.utf8CodeUnitCount) }

    @Test func aSecondInterruptWaitsForTheWriteToEnd() throws {
        let r = try child {
            jx_interrupt_install()
            RecordWrite.uninterrupted {
                raise(SIGINT)
                Self.say("noted ")
                raise(SIGINT)
                Self.say("written ")
            }
            Self.say("after")
        }
        #expect(r.said == "noted written ")
        #expect(r.signal == SIGINT)
    }

    /// Outside such a write a second interrupt ends the process at once, as it always did.
    @Test func outsideAWriteASecondInterruptEndsAtOnce() throws {
        let r = try child {
            jx_interrupt_install()
            raise(SIGINT)
            Self.say("noted ")
            raise(SIGINT)
            Self.say("after")
        }
        #expect(r.said == "noted ")
        #expect(r.signal == SIGINT)
    }
}
