import Foundation
import JixiaoTestSupport
import Testing

/// Bare `jixiao` on a fresh machine: the sample becomes the default workspace.
@Suite(.serialized) struct FirstRunTests {
    @Test func bareJixiaoSetsUpTheSample() throws {
        let scratch = TemporaryFolder()
        let jixiao = JixiaoBinary(home: scratch.path)
        let r = try jixiao.run([])
        #expect(r.status == 0, "\(r.stderr)")
        let ws = scratch.path + "/.local/share/jixiao/workspace"
        #expect(r.stderr.contains("首次运行：已在 \(ws) 建立工作区"))
        #expect(r.stdout.contains("机关大院电费"))
        #expect(r.stdout.contains("8,197,386.00"))
        #expect(FileManager.default.fileExists(atPath: ws + "/430001-2021/document.json"))
        // The second run finds the workspace and says nothing about setting it up.
        let again = try jixiao.run([])
        #expect(again.status == 0)
        #expect(!again.stderr.contains("首次运行"))
    }

    @Test func worksFromACopyOutsideTheRepository() throws {
        let scratch = TemporaryFolder()
        let copy = scratch.path + "/bin/jixiao"
        try FileManager.default.createDirectory(atPath: scratch.path + "/bin", withIntermediateDirectories: true)
        // Copied by cp(1), not by this process: a child another test spawns while the copy
        // is open for writing would inherit that descriptor, and starting the copy then
        // fails with "text file busy" (ETXTBSY).
        let cp = try ChildProcess.run(["/bin/cp", JixiaoBinary.path, copy])
        try #require(cp.status == 0, "\(String(decoding: cp.stderr, as: UTF8.self))")
        let r = try JixiaoBinary(home: scratch.path).run([], binary: copy)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("公共机构节能经费"))
    }

    /// The sample goes only into the default workspace: a folder the reviewer named (with
    /// -w or $JIXIAO_WORKSPACE) is for their own documents, and is never filled with it.
    @Test func aNamedFolderIsNeverFilledWithTheSample() throws {
        let scratch = TemporaryFolder()
        let named = try JixiaoBinary(home: scratch.path).run(["-w", scratch.path + "/审核2022"])
        #expect(named.status == 2)
        #expect(named.stderr.contains("工作区 \(scratch.path)/审核2022 不存在"))
        #expect(named.stderr.contains("jixiao import 文件 -w \(scratch.path)/审核2022"))
        var jixiao = JixiaoBinary(home: scratch.path)
        jixiao.environment["JIXIAO_WORKSPACE"] = scratch.path + "/elsewhere"
        let fromEnvironment = try jixiao.run([])
        #expect(fromEnvironment.status == 2)
        #expect(!fromEnvironment.stderr.contains("首次运行"))
        #expect(scratch.list("").filter { !$0.hasPrefix(".") }.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/.local/share/jixiao/workspace"))
    }

    @Test func refusesAFolderThatIsNotAWorkspace() throws {
        let scratch = TemporaryFolder()
        _ = scratch.write("notes.txt", Array("x".utf8))
        let r = try JixiaoBinary(home: scratch.path).run(["-w", scratch.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("不是 Jixiao 工作区"))
        #expect(scratch.list("") == ["notes.txt"])
    }

    @Test func helpExitsZero() throws {
        let scratch = TemporaryFolder()
        let r = try JixiaoBinary(home: scratch.path).run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("import"))
    }
}
