import Foundation
import JixiaoModel
import JixiaoSamples
import JixiaoTestSupport
import Testing
@testable import JixiaoText

/// A file in GB18030 (GBK) or UTF-16, as Chinese Windows tools save text, is read as the
/// same document as its UTF-8 original and kept as that UTF-8; what is not certainly one
/// of them keeps its refusal.
@Suite struct SourceEncodingTests {
    /// `text` in `encoding` by the system's iconv program: the oracle is not Jixiao's own code.
    static func encoded(_ text: [UInt8], _ encoding: String) throws -> [UInt8] {
        let r = try ExternalProgram.run("/usr/bin/iconv", ["-f", "UTF-8", "-t", encoding], input: text)
        #expect(r.status == 0)
        return r.output
    }

    static let documents: [(name: String, bytes: [UInt8])] =
        [("sample", BundledSample.bytes)] + CorpusFiles.names.prefix(4).map { ($0, CorpusFiles.bytes($0)) }

    @Test(arguments: ["GB18030", "GBK", "UTF-16", "UTF-16LE", "UTF-16BE"])
    func readAsTheUTF8Original(_ encoding: String) throws {
        for (name, utf8) in Self.documents {
            var bytes = try Self.encoded(utf8, encoding)
            // iconv's UTF-16 writes a byte-order mark; UTF-16LE/BE none. Notepad's
            // "Unicode" has one: both forms are read.
            if encoding == "UTF-16LE" { bytes = [0xFF, 0xFE] + bytes }
            #expect(bytes != utf8)
            let text = try ImportedText.read(bytes)
            #expect(text.source == utf8, "\(name) \(encoding)")
            #expect(text.document == (try DocumentReader.read(bytes: utf8)), "\(name) \(encoding)")
            #expect(text.convertedFrom == (encoding.hasPrefix("UTF-16") ? "UTF-16" : "GB18030"), "\(name) \(encoding)")
        }
    }

    @Test func utf16WithoutAByteOrderMarkIsRead() throws {
        let bytes = try Self.encoded(BundledSample.bytes, "UTF-16LE")
        let text = try ImportedText.read(bytes)
        #expect(text.source == BundledSample.bytes)
        #expect(text.convertedFrom == "UTF-16")
    }

    @Test func utf8IsReadAsItIs() throws {
        let text = try ImportedText.read(BundledSample.bytes)
        #expect(text.convertedFrom == nil)
        #expect(text.source == BundledSample.bytes)
    }

    /// A UTF-8 file with one damaged byte is not a GB18030 one: it keeps its refusal, the
    /// line of the damage named.
    @Test func damagedUTF8KeepsItsRefusal() throws {
        var bytes = BundledSample.bytes
        let at = try #require(bytes.indices.dropFirst(5000).first { bytes[$0] >= 0xE0 })
        bytes[at + 1] = 0x41
        let line = bytes[..<at].filter { $0 == 0x0A }.count + 1
        #expect(throws: ReadError.self) { try ImportedText.read(bytes) }
        do { _ = try ImportedText.read(bytes) } catch {
            #expect(error.line == line)
            #expect(error.message.contains("UTF-8"))
        }
        #expect(SourceEncoding.utf8(bytes).convertedFrom == nil)
    }

    /// GB18030 text that is not a performance table is not converted on a guess: the
    /// refusal is the UTF-8 one, with the iconv line.
    @Test func otherGB18030TextKeepsItsRefusal() throws {
        let letter = try Self.encoded(Array("关于召开会议的通知\n各单位：\n".utf8), "GB18030")
        #expect(SourceEncoding.utf8(letter).convertedFrom == nil)
        do {
            _ = try ImportedText.read(letter)
            Issue.record("read")
        } catch {
            #expect(error.message.contains("UTF-8"))
            // Converting it would not help: it decodes as GB18030 and holds no table.
            #expect(error.hint.contains("按 GB18030（GBK）编码能读出文字，但其中没有绩效目标表"), "\(error.hint)")
        }
    }

    /// Bytes that are neither UTF-8 nor GB18030 are said to be neither.
    @Test func neitherUTF8NorGB18030IsSaid() throws {
        let bytes = Array("一级指标\n".utf8) + [0x80, 0x80, 0x0A]
        do {
            _ = try ImportedText.read(bytes)
            Issue.record("read")
        } catch {
            #expect(error.line == 2)
            #expect(error.hint.contains("既不是有效的 UTF-8，也不是 GB18030"), "\(error.hint)")
        }
    }

    /// A UTF-16 file cut in the middle of a unit, or with a lone surrogate, is not converted.
    @Test func brokenUTF16IsNotConverted() throws {
        let good = try Self.encoded(BundledSample.bytes, "UTF-16")
        #expect(SourceEncoding.utf8(Array(good.dropLast())).convertedFrom == nil)
        var lone = good
        lone[good.count - 4] = 0x00
        lone[good.count - 3] = 0xD8
        #expect(SourceEncoding.utf8(lone).convertedFrom == nil)
        #expect(throws: ReadError.self) { try ImportedText.read(lone) }
    }

    /// A GB18030 text cut inside its last character is not converted, not read short.
    @Test func truncatedGB18030IsNotConverted() throws {
        let whole = try Self.encoded(Array("一级指标\t二级指标\t三级指标".utf8), "GB18030")
        #expect(SourceEncoding.fromGB18030(whole) == Array("一级指标\t二级指标\t三级指标".utf8))
        #expect(SourceEncoding.fromGB18030(Array(whole.dropLast())) == nil)
        #expect(SourceEncoding.utf8(Array(whole.dropLast())).convertedFrom == nil)
    }
}
