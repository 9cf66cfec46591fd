import Testing
@testable import JixiaoStore

/// `~` means `$HOME`, as in the shell — not the password database's home.
@Suite struct HomeFolderTests {
    let env = ["HOME": "/tmp/reviewer-home"]

    @Test func theTildeIsHOME() {
        #expect(HomeFolder.expanding("~", environment: env) == "/tmp/reviewer-home")
        #expect(HomeFolder.expanding("~/导出/a.md", environment: env) == "/tmp/reviewer-home/导出/a.md")
        #expect(Workspace.defaultPath(environment: env) == "/tmp/reviewer-home/.local/share/jixiao/workspace")
    }

    @Test func otherPathsAreAsTyped() {
        #expect(HomeFolder.expanding("a/~/b", environment: env) == "a/~/b")
        #expect(HomeFolder.expanding("/abs/x.txt", environment: env) == "/abs/x.txt")
        #expect(HomeFolder.expanding("~root/x", environment: env) == "/root/x")
    }

    @Test func withoutHOMEItIsTheAccounts() {
        #expect(!HomeFolder.path(environment: [:]).isEmpty)
        #expect(HomeFolder.path(environment: ["HOME": ""]) == HomeFolder.path(environment: [:]))
    }
}
