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

    /// A file written in parts (a cache's header, JSON and text) holds them one after the
    /// other, empty parts included, whether written over a file or created.
    @Test func partsAreWrittenOneAfterTheOther() throws {
        let t = TemporaryFolder()
        let parts: [[UInt8]] = [Array("{\"a\":1}\n".utf8), [], Array("文本".utf8), [0x0A]]
        try DurableFile.write(Array("old".utf8), to: t.path + "/a.cache", synced: false)
        try DurableFile.write(parts: parts, to: t.path + "/a.cache", synced: false)
        try DurableFile.create(parts: parts, at: t.path + "/b.cache", synced: false)
        #expect(t.read("a.cache") == parts.flatMap { $0 })
        #expect(t.read("b.cache") == parts.flatMap { $0 })
        #expect(t.list() == ["a.cache", "b.cache"])
    }

    @Test func failureLeavesTheOldFile() throws {
        let t = TemporaryFolder()
        #expect(throws: StoreError.self) {
            try DurableFile.write([1, 2, 3], to: t.path + "/missing/a.json")
        }
        #expect(t.list() == [])
    }

    /// `create`, for an import's own folder: a new file only, and nothing left of a failed one.
    @Test func createMakesANewFileOnlyAndLeavesNothingWhenItFails() throws {
        let t = TemporaryFolder()
        try DurableFile.create(Array("one\n".utf8), at: t.path + "/a.txt", readOnly: true, synced: true)
        #expect(t.read("a.txt") == Array("one\n".utf8))
        #expect((try FileManager.default.attributesOfItem(atPath: t.path + "/a.txt")[.posixPermissions] as? Int) == 0o444)
        #expect(throws: StoreError.self) { try DurableFile.create([1], at: t.path + "/a.txt", synced: false) }
        #expect(t.read("a.txt") == Array("one\n".utf8), "an existing file is never overwritten")
        #expect(throws: StoreError.self) {
            try StorageFaults.$active.withValue(.failing(.write, on: "b.txt", errno: ENOSPC)) {
                try DurableFile.create([1, 2, 3], at: t.path + "/b.txt", synced: false)
            }
        }
        #expect(t.list() == ["a.txt"])
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
