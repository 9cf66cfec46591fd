import Foundation
import JixiaoSamples
import JixiaoStore
import JixiaoTestSupport
import Testing

/// Text that would drive the terminal — ESC sequences that retitle the window or clear
/// the screen, BEL, backspaces — is refused on the way in, and anything unprintable that
/// is already in a document (a bidi override, a zero-width space, or a control character
/// put into a file by hand) is shown as its code point on the way out, never obeyed.
@Suite(.serialized) struct TerminalInjectionTests {
    let scratch = TemporaryFolder()
    var jixiao: JixiaoBinary { JixiaoBinary(home: scratch.path) }
    let retitle = "\u{1B}]0;全部通过\u{07}"
    let clear = "\u{1B}[2J\u{1B}[H"

    func imported(_ text: String = BundledSample.text) throws -> String {
        let file = scratch.write("sample.txt", Array(text.utf8))
        let r = try jixiao.run(["import", file, "-w", "ws"])
        try #require(r.status == 0, "\(r.stderr)")
        return scratch.path("ws/430001-2021")
    }

    /// No byte of the output is a control character other than a line end; no bidi or
    /// zero-width character either.
    func expectClean(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bad = text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                || [.format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
        }
        #expect(bad.isEmpty, "\(what): \(bad.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func controlCharactersAreRefusedOnEveryInputPath() throws {
        let folder = try imported()
        let journal = scratch.read("ws/430001-2021/journal.jsonl")
        let attempts: [[String]] = [
            ["set", "-w", "ws", "3", "name", retitle],
            ["set", "-w", "ws", "3", "indicator.1.value", "8万元" + clear],
            ["review", "-w", "ws", "3", "comment", "--comment", "请核实\u{08}\u{08}\u{08}已通过"],
            ["review", "-w", "ws", "3", "approve", "--reviewer", "王审核" + retitle],
            ["set", "-w", "ws", "3", "name", "节能\u{9B}2J"],
        ]
        for args in attempts {
            let r = try jixiao.run(args)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr.contains("含有控制字符"), "\(args): \(r.stderr)")
            expectClean(r.stdout + r.stderr, "\(args)")
        }
        #expect(scratch.read("ws/430001-2021/journal.jsonl") == journal)
        _ = folder
    }

    /// A document whose text carries a bidi override and a zero-width space (as a PDF's
    /// extraction can): imported as printed, shown with the characters named, and flagged.
    @Test func invisibleCharactersInADocumentAreShownAndFlagged() throws {
        let text = BundledSample.text.replacingOccurrences(of: "公共机构节能工作经费金额",
                                                           with: "公共机构节能\u{202E}工作经费金额\u{200B}")
        _ = try imported(text)
        let show = try jixiao.run(["show", "-w", "ws", "3"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("公共机构节能<U+202E>工作经费金额<U+200B>"), "\(show.stdout)")
        expectClean(show.stdout, "show")
        let check = try jixiao.run(["check", "-w", "ws"])
        #expect(check.stdout.contains("U+202E"))
        #expect(check.stdout.contains("看不见的字符"), "\(check.stdout)")
        expectClean(check.stdout, "check")
        let json = try jixiao.run(["show", "-w", "ws", "3", "--json"])
        expectClean(json.stdout, "show --json")
        #expect(json.stdout.contains("\\u202E") || json.stdout.contains("\\u202e"))
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let names = (object?["indicators"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(names.contains("公共机构节能\u{202E}工作经费金额\u{200B}"))
    }

    /// Control characters put into the files by hand (they cannot come in through
    /// Jixiao) are escaped in `show`, `log`, notices and error messages.
    @Test func controlCharactersPutInByHandAreEscapedOnEveryOutputPath() throws {
        let folder = try imported()
        // A journal line whose actor and comment carry escape sequences, chained correctly.
        let journalPath = folder + "/journal.jsonl"
        let lines = String(decoding: scratch.read("ws/430001-2021/journal.jsonl"), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let entry = JournalEntry(seq: 2, time: "2026-11-25T12:00:00Z", actor: "王" + retitle, event: .reviewed(.init(
            project: 3, code: "13030621A4W2U9FHZ556R", action: "comment", comment: clear + "意见")),
            prev: Hashing.sha256(Array(lines[0].utf8)))
        let line = String(decoding: try StableJSON.line(entry), as: UTF8.self)
        _ = FileManager.default.createFile(atPath: journalPath, contents: Data((lines + [line]).joined(separator: "\n").utf8 + [0x0A]))
        // And a project name in document.json.
        let docPath = folder + "/document.json"
        let doc = String(decoding: scratch.read("ws/430001-2021/document.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"name\" : \"公共机构节能经费\"", with: "\"name\" : \"公共机构节能经费\\u001b[2J\"")
        _ = FileManager.default.createFile(atPath: docPath, contents: Data(doc.utf8))

        for args in [["log", "-w", "ws"], ["log", "-w", "ws", "--verify"], ["show", "-w", "ws"], ["show", "-w", "ws", "3"],
                     ["check", "-w", "ws"], ["show", "-w", "ws", retitle], ["set", "-w", "ws", clear, "name", "x"]] {
            let r = try jixiao.run(args)
            expectClean(r.stdout + r.stderr, "\(args)")
            #expect((r.stdout + r.stderr).contains("<U+001B>"), "\(args): \(r.stdout) \(r.stderr)")
        }
    }
}
