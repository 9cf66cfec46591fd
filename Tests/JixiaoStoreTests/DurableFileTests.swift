import Foundation
import JixiaoTestSupport
import Testing
@testable import JixiaoStore

@Suite struct DurableFileTests {
    @Test func writesAndReplacesLeavingNoTemporary() throws {
        let t = TemporaryFolder()
        let path = t.path + "/a.json"
        try DurableFile.write(Array("one\n".utf8), to: path)
        try DurableFile.write(Array("two\n".utf8), to: path)
        #expect(t.read("a.json") == Array("two\n".utf8))
        #expect(t.list() == ["a.json"])
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attrs[.posixPermissions] as? Int) == 0o644)
    }

    @Test func failureLeavesTheOldFile() throws {
        let t = TemporaryFolder()
        #expect(throws: StoreError.self) {
            try DurableFile.write([1, 2, 3], to: t.path + "/missing/a.json")
        }
        #expect(t.list() == [])
    }

    @Test func appendAddsToTheEnd() throws {
        let t = TemporaryFolder()
        try DurableFile.append(Array("a\n".utf8), to: t.path + "/j")
        try DurableFile.append(Array("b\n".utf8), to: t.path + "/j")
        #expect(t.read("j") == Array("a\nb\n".utf8))
    }

    @Test func stableJSON() throws {
        struct S: Codable { var b = "部门/单位"; var a = 1 }
        #expect(String(decoding: try StableJSON.pretty(S()), as: UTF8.self) == "{\n  \"a\" : 1,\n  \"b\" : \"部门/单位\"\n}\n")
        #expect(String(decoding: try StableJSON.line(S()), as: UTF8.self) == #"{"a":1,"b":"部门/单位"}"#)
    }

    @Test func sha256() {
        #expect(Hashing.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Hashing.genesis.count == 64)
    }
}
