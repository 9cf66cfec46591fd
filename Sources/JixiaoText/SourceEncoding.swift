import Glibc

/// A reviewer's file in one of the two other encodings Chinese Windows tools write, turned
/// into the UTF-8 Jixiao reads and keeps (`source.txt`): UTF-16 (Notepad's and Excel's
/// "Unicode" text) and GB18030, of which GBK and GB2312 are subsets (WPS's and Notepad's
/// "ANSI" on a Chinese Windows). A finance reviewer should not need iconv to open what
/// the unit sent.
///
/// Only a conversion that is certainly right is made: UTF-16 with a byte-order mark or the
/// every-other-byte-NUL shape of Latin text in UTF-16, decoded without a single invalid
/// unit; UTF-16 without either in the byte order whose result reads as a performance table
/// (it holds 指标); GB18030 only for text that is not
/// UTF-8, decoded without a single invalid byte, whose result reads as a performance table
/// too. A UTF-8 file with a damaged byte decodes as GB18030 into nonsense without 指标, so
/// it stays as it is and is refused with its line, as before. Anything not converted is
/// returned unchanged.
public enum SourceEncoding {
    public struct Converted: Sendable, Equatable {
        /// The text as UTF-8 (the input itself when nothing was converted).
        public var bytes: [UInt8]
        /// The encoding the input was in, as a reviewer knows it (`GB18030`, `UTF-16`);
        /// nil when it was UTF-8 already or could not be converted.
        public var convertedFrom: String?
    }

    public static func utf8(_ bytes: [UInt8]) -> Converted {
        if let form = SourceText.utf16(bytes) {
            if let text = fromUTF16(bytes, form: form) { return Converted(bytes: text, convertedFrom: "UTF-16") }
            return Converted(bytes: bytes, convertedFrom: nil)
        }
        // Chinese text in UTF-16 without a byte-order mark has NUL bytes (in line ends, tabs,
        // digits) on both sides of its units (U+4E00 一 is 00 4E): each order is tried, and
        // only a decoding that reads as a table is taken — binary data does not.
        if bytes.count % 2 == 0, bytes.contains(0) {
            for form in ["UTF-16LE", "UTF-16BE"] {
                if let text = fromUTF16(bytes, form: form), readsAsTable(text) { return Converted(bytes: text, convertedFrom: "UTF-16") }
            }
        }
        guard let bad = SourceText.firstNULOrInvalidUTF8(bytes), !bytes.contains(0),
              // A character cut short at the very end is a truncated UTF-8 file, refused as that.
              !(bytes.count - bad < 4 && SourceText.isTruncatedSequence(bytes[bad...])),
              let text = fromGB18030(bytes), readsAsTable(text) else {
            return Converted(bytes: bytes, convertedFrom: nil)
        }
        return Converted(bytes: text, convertedFrom: "GB18030")
    }

    /// The refusal of a file that is not UTF-8 and was not converted, its hint saying what
    /// was tried: converting it with iconv, as the reader's hint says, would not help a text
    /// that already decodes as GB18030 but holds no table.
    static func explained(_ refusal: ReadError, _ bytes: [UInt8]) -> ReadError {
        // Only the "not UTF-8" refusal: not a NUL's, a UTF-16 file's or a truncated file's.
        guard SourceText.utf16(bytes) == nil, !bytes.contains(0), let bad = SourceText.firstNULOrInvalidUTF8(bytes),
              !(bytes.count - bad < 4 && SourceText.isTruncatedSequence(bytes[bad...])) else { return refusal }
        var e = refusal
        let gb18030 = fromGB18030(bytes)
        if let text = gb18030, !readsAsTable(text) {
            e.hint = "按 GB18030（GBK）编码能读出文字，但其中没有绩效目标表（没有“指标”二字）：请确认选择的是部门预算绩效文本；若它本应是 UTF-8，文件已损坏，请重新导出"
        } else if gb18030 == nil {
            e.hint = "它既不是有效的 UTF-8，也不是 GB18030（GBK）编码：文件可能已损坏或是其他编码，请重新导出为 UTF-8 文本"
        }
        return e
    }

    /// `指标`: every performance table's header has it, and a wrong decoding does not make it.
    static func readsAsTable(_ utf8: [UInt8]) -> Bool {
        let mark: [UInt8] = Array("指标".utf8)
        guard utf8.count >= mark.count else { return false }
        return (0...(utf8.count - mark.count)).contains { i in utf8[i] == mark[0] && utf8[i..<i + mark.count].elementsEqual(mark) }
    }

    /// UTF-16 (`form` as `SourceText.utf16` names it) to UTF-8, the byte-order mark dropped;
    /// nil on an odd length or any invalid code unit (a lone surrogate).
    static func fromUTF16(_ bytes: [UInt8], form: String) -> [UInt8]? {
        var body = bytes[...]
        var bigEndian = form == "UTF-16BE"
        if body.starts(with: [0xFF, 0xFE]) { body = body.dropFirst(2); bigEndian = false }
        else if body.starts(with: [0xFE, 0xFF]) { body = body.dropFirst(2); bigEndian = true }
        guard body.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i < body.endIndex {
            let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count * 3)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
        return failed ? nil : out
    }

    /// GB18030 to UTF-8 by the C library's iconv; nil when iconv lacks the encoding or any
    /// byte sequence is invalid or cut short.
    static func fromGB18030(_ bytes: [UInt8]) -> [UInt8]? {
        guard !bytes.isEmpty else { return [] }
        let cd = iconv_open("UTF-8", "GB18030")
        guard let cd, cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        // Each GB18030 sequence of n bytes becomes at most n + 1 (a two-byte one three) in UTF-8.
        var out = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var input = bytes
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                guard iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        out.removeLast(out.count - written)
        return out
    }
}
