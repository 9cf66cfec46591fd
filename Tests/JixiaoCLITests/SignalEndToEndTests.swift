import Foundation
import JixiaoTestSupport
import Testing

/// Signals to the real workstation in a real terminal (tmux): a crash ends it at once with
/// the terminal restored and the lock released; a hang-up, or the terminal going away,
/// ends it too. (Before: after Ctrl-\ or SIGABRT the Swift backtracer held the lock for
/// 30 s and the workstation then went on reading keys; with its terminal gone it spun at
/// 98% CPU, holding the lock.)
@Suite(.serialized) struct SignalEndToEndTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }
    var journal: String { scratch.path(".local/share/jixiao/workspace/430001-2021/journal.jsonl") }

    /// The workstation started from an interactive shell, as a reviewer starts it: in a
    /// process group of its own, so Ctrl-\ reaches it and not the shell. After it ends the
    /// shell prints its exit code and the terminal's modes.
    func start(_ command: String? = nil) throws -> Tmux {
        try Tmux.required()
        // A reviewer named for the run: the workstation does not stop to ask for the name.
        let t = try Tmux(width: 100, height: 30, command: "PS1='$ ' bash --norc -i",
                         environment: ["HOME": scratch.path, "JIXIAO_REVIEWER": "测试审核员"])
        try #require(try t.wait(for: "$") != nil)
        try t.type("\(command ?? JixiaoBinary.path); echo EXIT=$?; stty -a")
        try t.keys("Enter")
        try #require(try t.wait(for: "预算数合计") != nil)
        return t
    }

    func journalLines() -> Int {
        String(decoding: scratch.read(".local/share/jixiao/workspace/430001-2021/journal.jsonl"), as: UTF8.self)
            .split(separator: "\n").count
    }

    /// The terminal is back in its normal modes: canonical input and echo on — which an
    /// interactive bash would put back by itself — and, which only the workstation can
    /// undo, the normal screen again with the cursor shown.
    func expectRestored(_ t: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let modes = try t.wait(for: "icanon", seconds: 5) ?? ""
        #expect(modes.contains(" icanon") && !modes.contains("-icanon"), sourceLocation: sourceLocation)
        #expect(modes.contains(" echo ") && !modes.contains("-echo "), sourceLocation: sourceLocation)
        #expect(try t.pane("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try t.pane("#{cursor_flag}") == "1", "the cursor is still hidden", sourceLocation: sourceLocation)
    }

    /// Another writer can edit at once: the lock went with the process.
    func expectLockReleased(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try jixiao.run(["set", "3", "name", "公共机构节能工作经费"])
        #expect(r.status == 0, "\(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [("C-\\", "SIGQUIT", 131), ("SIGABRT", "SIGABRT", 134), ("SIGSEGV", "SIGSEGV", 139)])
    func crashSignalEndsTheWorkstationAtOnce(_ send: String, _ name: String, _ status: Int) throws {
        let t = try start()
        if send.hasPrefix("C-") {
            try t.keys(send)
        } else {
            let pids = try t.pids(named: "jixiao")
            try #require(pids.count == 1)
            kill(pids[0], send == "SIGABRT" ? SIGABRT : SIGSEGV)
        }
        // At once: not after a backtracer's 30 s wait.
        let screen = try t.wait(for: "EXIT=\(status)", seconds: 5)
        #expect(screen != nil, "\((try? t.screen()) ?? "")")
        #expect(screen?.contains("jixiao 意外终止（\(name)）") == true)
        try expectRestored(t)
        // Keys typed now go to the shell, not to a workstation still reading them.
        try t.keys("a", "a", "x", "Enter")
        usleep(300_000)
        #expect(journalLines() == 1)
        try expectLockReleased()
    }

    @Test func hangUpEndsTheWorkstationWithTheTerminalRestored() throws {
        let t = try start()
        let pids = try t.pids(named: "jixiao")
        try #require(pids.count == 1)
        kill(pids[0], SIGHUP)
        #expect(try t.wait(for: "EXIT=129", seconds: 5) != nil)
        try expectRestored(t)
        try expectLockReleased()
    }

    /// SIGTERM while the workstation is busy — here blocked committing an approval while
    /// another process holds the journal's lock — ends it within the watchdog's grace,
    /// with the terminal restored: the approval was never acknowledged, and is not there.
    @Test func terminateWhileBusyIsHonouredAtOnce() throws {
        let t = try start()
        let flock = try #require(CommandLineTests.flock, "flock (util-linux) is needed")
        // The thread holds the path, not the suite: holding the suite would keep its folder
        // in /tmp for the holder's 10 s, past the end of a short test run.
        let journal = journal
        let holder = Thread { _ = try? ChildProcess.run([flock, "-s", journal, "sleep", "10"], capture: false) }
        holder.start()
        var held = false
        for _ in 0..<100 where !held {
            held = (try? ChildProcess.run([flock, "-n", "-x", journal, "true"], capture: false).status) == 1
            if !held { usleep(10_000) }
        }
        try #require(held)
        try t.keys("j", "j", "j", "Enter")
        try #require(try t.wait(for: "3/13  公共机构节能经费") != nil)
        try t.keys("a")
        usleep(300_000)
        let pids = try t.pids(named: "jixiao")
        try #require(pids.count == 1)
        kill(pids[0], SIGTERM)
        // Within a second, not when the other process lets go 10 s later.
        #expect(try t.wait(for: "EXIT=143", seconds: 1.5) != nil)
        try expectRestored(t)
        #expect(journalLines() == 1)
    }

    /// The terminal closes under a workstation that gets no SIGHUP for it (started with
    /// setsid, so the terminal is not its controlling one): reads end, and so does it.
    @Test func workstationWhoseTerminalWentAwayExits() throws {
        let t = try start("/usr/bin/setsid -w \(JixiaoBinary.path)")
        let pids = try t.pids(named: "jixiao")
        try #require(pids.count == 1)
        try t.run(["kill-server"])
        var alive = true
        for _ in 0..<100 where alive {
            usleep(50_000)
            let stat = (try? String(contentsOfFile: "/proc/\(pids[0])/stat", encoding: .utf8)) ?? ""
            // Gone, or a zombie waiting to be reaped.
            alive = !stat.isEmpty && !stat.contains(") Z ")
        }
        #expect(!alive, "still running 5 s after its terminal went away")
        try expectLockReleased()
    }
}
