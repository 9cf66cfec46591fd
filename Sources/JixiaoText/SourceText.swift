import Foundation
import JixiaoModel

/// The lines of a text file checked and normalised for reading: UTF-8 only, no binary,
/// line ends unified, NFC. Line numbers are those of the file as imported.
public struct SourceText: Sendable {
    /// A line as read: its bytes in `bytes` (most lines: they are valid UTF-8 and need no
    /// change), or its text when it had to be changed (form feeds taken out, NFC). The
    /// reader cuts a row's cells from the bytes: a table row's line is never made a String
    /// of its own (that was an eighth of reading).
    enum Line: Sendable {
        case bytes(Range<Int>)
        case text(String)
    }

    /// The text the `.bytes` lines are cut from (offsets from its `startIndex`).
    let bytes: ArraySlice<UInt8>
    /// Line 1 is `storedLines[0]`.
    let storedLines: [Line]
    /// `Row.keyScalars` of each `.bytes` line's bytes, found as the text was split (empty
    /// when the lines were given as Strings).
    let lineKeys: [UInt32]

    /// Line 1 is `lines[0]`.
    public var lines: [String] { storedLines.indices.map(line) }

    public init(lines: [String]) {
        bytes = []
        storedLines = lines.map(Line.text)
        lineKeys = []
    }

    init(bytes: ArraySlice<UInt8>, lines: [Line], keys: [UInt32] = []) {
        self.bytes = bytes
        storedLines = lines
        lineKeys = keys
    }

    /// Line `i + 1` as a String.
    func line(_ i: Int) -> String {
        switch storedLines[i] {
        case .bytes(let r):
            // (The text was validated as it was split: a line's bytes are whole scalars.)
            bytes[bytes.startIndex + r.lowerBound..<bytes.startIndex + r.upperBound].withUnsafeBufferPointer(ValidUTF8.string)
        case .text(let t): t
        }
    }

    /// The rows of the text, each cut from its line's bytes.
    func rows() -> [Row] {
        var rows: [Row] = []
        rows.reserveCapacity(storedLines.count)
        let base = bytes.startIndex
        for (i, line) in storedLines.enumerated() {
            switch line {
            case .bytes(let r):
                rows.append(Row(number: i + 1, line: bytes[base + r.lowerBound..<base + r.upperBound], keys: i < lineKeys.count ? lineKeys[i] : nil))
            case .text(let t): rows.append(Row(number: i + 1, text: t))
            }
        }
        return rows
    }

    /// The largest file Jixiao reads: 32 MB, twice the text of the largest department
    /// seen (6,335 project tables, about 13 MB). Memory grows linearly with the text
    /// (docs/reliability.md has the figures), so the limit bounds what an import and a
    /// check can take.
    public static let maximumBytes = 32 * 1024 * 1024

    /// The refusal of a file of `size` bytes, nil when it is within the limit. `readToLimit`:
    /// the size is only what was read before stopping (a pipe is read to one byte past the
    /// limit), so how large it is is not said.
    public static func sizeRefusal(_ size: Int, readToLimit: Bool = false) -> ReadError? {
        guard size > maximumBytes else { return nil }
        let mb = { (n: Int) in String(format: "%.1f", Double(n) / 1_048_576) }
        let limit = maximumBytes / 1_048_576
        return ReadError(line: nil, readToLimit ? "读到 \(limit) MB 时文件还没有完，超过 Jixiao 能导入的上限 \(limit) MB：一份部门预算绩效文本不会这么大"
                                                 : "文件有 \(mb(size)) MB，超过 Jixiao 能导入的上限 \(limit) MB：一份部门预算绩效文本不会这么大",
                         hint: "确认选择的是一个部门的绩效文本；几个部门合在一起的文件，请按部门分开后逐个导入")
    }

    /// Checks and decodes a file's bytes. Refuses, naming the line, an empty file, a
    /// file too large, a binary file (PDF, Office, anything with NUL bytes), UTF-16, text
    /// that is not UTF-8 and control characters.
    public static func decode(_ bytes: [UInt8]) throws(ReadError) -> SourceText {
        if let tooLarge = sizeRefusal(bytes.count) { throw tooLarge }
        if bytes.starts(with: Array("%PDF".utf8)) {
            throw ReadError(line: 1, "这是 PDF 文件，不是文本文件",
                            hint: "先把 PDF 转为 Excel（WPS 或 Adobe 的“PDF 转 Excel”），核对表格后另存为 .xlsx 再导入；pdftotext 等工具转出的文字一格一行或用空格对齐，读不出表格的行")
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw ReadError(line: 1, "这是压缩包或 Office 文件（docx/xlsx），不是文本文件",
                            hint: "在 Word/WPS 中“另存为 纯文本(.txt)，UTF-8 编码”后再导入")
        }
        if let encoding = utf16(bytes) {
            throw ReadError(line: 1, "这是 \(encoding) 编码的文本（Windows 记事本所说的“Unicode”），不是 UTF-8",
                            hint: "用 iconv -f \(encoding) -t UTF-8 原文件 > 新文件 转换后再导入，或在记事本中“另存为”时选 UTF-8")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The split checks the UTF-8 as it goes (one pass over the text where there were two);
        // the refusal is then found as before, the first NUL or invalid byte (a NUL anywhere
        // is the first refusal).
        let split = splitLines(body)
        if !split.valid {
            let bad = firstNULOrInvalidUTF8(bytes) ?? 0
            if let nul = bytes[bad...].firstIndex(of: 0) {
                throw ReadError(line: lineNumber(at: nul, in: bytes), "含有二进制数据（NUL 字节），这不是文本文件",
                                hint: "请导入从 PDF 或 Word 导出的纯文本（.txt）文件")
            }
            // A character cut short at the very end: the file was truncated, not mis-encoded.
            if bytes.count - bad < 4, isTruncatedSequence(bytes[bad...]) {
                throw ReadError(line: lineNumber(at: bad, in: bytes), "文件在这一行中间结束，最后一个字不完整：文件被截断了",
                                hint: "请重新导出完整的文本")
            }
            throw ReadError(line: lineNumber(at: bad, in: bytes),
                            "这一行不是有效的 UTF-8 文字（第 \(columnByte(at: bad, in: bytes)) 个字节起）",
                            hint: "文件可能是 GBK/GB18030 编码：用 iconv -f GB18030 -t UTF-8 原文件 > 新文件 转换后再导入")
        }
        // Printable ASCII is never whitespace nor inside a whitespace Character: most files
        // are answered by that, without decoding the whole text as Characters.
        if !body.contains(where: { $0 > 0x20 && $0 < 0x7F }),
           body.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) || String(decoding: body, as: UTF8.self).allSatisfy({ $0.isWhitespace }) {
            throw ReadError(line: nil, "文件是空的（没有任何文字）",
                            hint: "请确认选择的是导出的部门预算绩效文本")
        }
        var lines = split.lines
        if lines.count > 1, let last = lines.last, split.isEmpty(last) { lines.removeLast() }
        if split.mayHaveControl {
            for (i, line) in lines.enumerated() {
                if let control = InvisibleCharacters.firstControl(in: split.text(line), allowingTab: true) {
                    throw ReadError(line: i + 1, "\(InvisibleCharacters.message(control))，这不像文本文件",
                                    hint: "请导入从 PDF 或 Word 导出的纯文本（.txt）文件")
                }
            }
        }
        for i in split.notSurelyNFC where i < lines.count {
            lines[i] = .text(split.text(lines[i]).precomposedStringWithCanonicalMapping)
        }
        // Cells Excel quoted when the sheet was saved as text: only a text with a quote is asked.
        if body.withUnsafeBufferPointer({ $0.baseAddress.map { memchr($0, 0x22, body.count) != nil } ?? false }) {
            _ = QuotedCells.read(&lines, text: split.text)
        }
        SheetPadding.read(&lines, body: body)
        return SourceText(bytes: body, lines: lines, keys: split.keys)
    }

    /// The lines of a text, the indices of those NFC might change and whether it may hold
    /// a control character.
    struct SplitLines {
        /// The text split.
        let body: ArraySlice<UInt8>
        /// Its lines: byte ranges (offsets from `body.startIndex`), or, for a line with form
        /// feeds, its text without them.
        var lines: [Line] = []
        /// Lines with a scalar outside `isNFCStable`: only these go through Foundation's
        /// normalisation.
        var notSurelyNFC: [Int] = []
        /// A byte below 0x20 besides tab, line ends and form feed, DEL, or C2 80…9F (C1):
        /// only then is the text searched for controls line by line.
        var mayHaveControl = false
        /// Valid UTF-8 without a NUL byte (`firstNULOrInvalidUTF8` finds none); the split
        /// stops at the first byte that is not, and its lines are not to be read.
        var valid = true
        /// `Row.keyScalars` of each line's bytes (of a `.bytes` line: a `.text` one's are
        /// found from its text), found in the same pass: a second pass over every line's
        /// bytes was a twentieth of reading.
        var keys: [UInt32] = []

        init(_ body: ArraySlice<UInt8>) { self.body = body }

        /// A line's text.
        func text(_ line: Line) -> String {
            switch line {
            case .bytes(let r): String(decoding: body[body.startIndex + r.lowerBound..<body.startIndex + r.upperBound], as: UTF8.self)
            case .text(let t): t
            }
        }

        func isEmpty(_ line: Line) -> Bool {
            switch line {
            case .bytes(let r): r.isEmpty
            case .text(let t): t.isEmpty
            }
        }

        /// The lines' texts.
        var texts: [String] { lines.map(text) }
    }

    /// Splits valid UTF-8 `body` into lines by bytes (LF, CR LF and a lone CR each end one,
    /// so the numbering is the file's as an editor shows it); pdftotext's form feeds mark
    /// page breaks and are not content. In the same pass: the control bytes and, scalar by
    /// scalar, whether NFC would leave each line as it is — one pass over the text where
    /// there were three (split, control bytes, NFC per line).
    static func splitLines(_ body: ArraySlice<UInt8>) -> SplitLines {
        var split = SplitLines(body)
        body.withUnsafeBufferPointer { b in
            // One allocation for the lines: growing the array a doubling at a time copied
            // each line's entry again at every doubling.
            // (Counted by `memchr`: a byte at a time cost more than the doublings.)
            var lineFeeds = 0
            if let base = b.baseAddress {
                var at = 0
                while at < b.count, let found = memchr(base + at, 0x0A, b.count - at) {
                    lineFeeds += 1
                    at = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                }
            }
            split.lines.reserveCapacity(lineFeeds + 1)
            split.keys.reserveCapacity(lineFeeds + 1)
            var start = 0
            var formFeed = false
            var stable = true
            var keys: UInt32 = 0
            func line(_ end: Int) {
                if !stable { split.notSurelyNFC.append(split.lines.count) }
                split.lines.append(formFeed ? .text(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]).filter { $0 != 0x0C }, as: UTF8.self))
                    : .bytes(start..<end))
                split.keys.append(keys)
                keys = 0
            }
            // `Row.keyScalars`, scalar by scalar: a three-byte scalar's entry in `Row.keyTable`,
            // and a speck (`*` `.` `＊` `．`) after a byte of a scalar of more than one byte
            // and before a Chinese character's lead byte (E3…E9). Those bytes are in the same
            // line as the speck: no line ends at a byte of 80 or more.
            // (The table's entry read where the scalar is; its rare hit handled by `key`.)
            let keyTable = Row.keyTable
            keyTable.withUnsafeBufferPointer { keyTable in
                func key(_ e: UInt16, at k: Int) {
                    let bit = UInt32((e & 0xFF) - 1)
                    if bit != 31 || (k > start && b[k - 1] >= 0x80 && k + 3 < b.count && b[k + 3] >= 0xE3 && b[k + 3] <= 0xE9) {
                        keys |= 1 << bit
                    }
                }
                func byte(_ k: Int) -> UInt32 { k < b.count ? UInt32(b[k] & 0x3F) : 0 }
                var k = 0
                while k < b.count {
                    let c = b[k]
                    if c < 0x80 {
                        if c < 0x20 {
                            if c == 0 {
                                split.mayHaveControl = true
                                split.valid = false
                                return
                            }
                            if c == 0x0A || c == 0x0D {
                                line(k)
                                if c == 0x0D, k + 1 < b.count, b[k + 1] == 0x0A { k += 1 }
                                start = k + 1
                                formFeed = false
                                stable = true
                            } else if c == 0x0C {
                                formFeed = true
                            } else if c != 0x09 {
                                split.mayHaveControl = true
                            }
                        } else if c == 0x7F {
                            split.mayHaveControl = true
                        } else if c == 0x2A || c == 0x2E, k > start, b[k - 1] >= 0x80, k + 1 < b.count, b[k + 1] >= 0xE3, b[k + 1] <= 0xE9 {
                            keys |= Row.speckBit
                        }
                        k += 1
                    } else if c >= 0xE4 && c <= 0xE9 {
                        // U+4000…U+9FFF: CJK ideographs, most of a Chinese text (no overlong
                        // form, no surrogate: two continuation bytes make it valid).
                        guard k + 2 < b.count, b[k + 1] & 0xC0 == 0x80, b[k + 2] & 0xC0 == 0x80 else {
                            split.valid = false
                            return
                        }
                        let e = keyTable[Int(b[k + 1] & 0x3F) << 6 | Int(b[k + 2] & 0x3F)]
                        if e != 0 && UInt8(truncatingIfNeeded: e >> 8) == c { key(e, at: k) }
                        k += 3
                    } else if c < 0xE0 {
                        // C0, C1 (overlong) and continuation bytes begin no scalar.
                        guard c >= 0xC2, k + 1 < b.count, b[k + 1] & 0xC0 == 0x80 else {
                            split.valid = false
                            return
                        }
                        if c == 0xC2, k + 1 < b.count, b[k + 1] >= 0x80, b[k + 1] <= 0x9F { split.mayHaveControl = true }
                        if stable, c > 0xCB { stable = isNFCStable(UInt32(c & 0x1F) << 6 | byte(k + 1)) }
                        k += 2
                    } else if c < 0xF0 {
                        // E0 80…9F is overlong, ED A0…BF a surrogate.
                        guard k + 2 < b.count, b[k + 1] & 0xC0 == 0x80, b[k + 2] & 0xC0 == 0x80,
                              c != 0xE0 || b[k + 1] >= 0xA0, c != 0xED || b[k + 1] <= 0x9F else {
                            split.valid = false
                            return
                        }
                        if stable { stable = isNFCStable(UInt32(c & 0x0F) << 12 | byte(k + 1) << 6 | byte(k + 2)) }
                        let e = keyTable[Int(b[k + 1] & 0x3F) << 6 | Int(b[k + 2] & 0x3F)]
                        if e != 0 && UInt8(truncatingIfNeeded: e >> 8) == c { key(e, at: k) }
                        k += 3
                    } else {
                        // F0 80…8F is overlong, F4 90…BF and F5…FF beyond U+10FFFF.
                        guard c <= 0xF4, k + 3 < b.count, b[k + 1] & 0xC0 == 0x80, b[k + 2] & 0xC0 == 0x80, b[k + 3] & 0xC0 == 0x80,
                              c != 0xF0 || b[k + 1] >= 0x90, c != 0xF4 || b[k + 1] <= 0x8F else {
                            split.valid = false
                            return
                        }
                        stable = false
                        k += 4
                    }
                }
                line(b.count)
            }
        }
        return split
    }

    /// Scalars NFC leaves as they are, whatever surrounds them: ASCII and Latin before the
    /// combining marks, CJK ideographs and kana (but the combining sound marks), CJK
    /// punctuation, full-width forms, and the punctuation, arrows, mathematical operators
    /// and shapes tables use. A line with any other goes through Foundation's normalisation.
    @inline(__always)
    static func isNFCStable(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x2190...0x2328, 0x232B...0x23FF, 0x2460...0x27BF,
             0x3000...0x3098, 0x309B...0x9FFF, 0xFF00...0xFFEF: true
        default: false
        }
    }

    /// `SplitLines.mayHaveControl` byte after byte: the definition the split must agree with.
    static func mayHaveControlByBytes(_ body: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for b in body {
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(b)) {
                return true
            }
            previous = b
        }
        return false
    }

    /// `UTF-16` when the bytes begin with a UTF-16 byte-order mark (iconv reads the order
    /// from it); `UTF-16LE` / `UTF-16BE` for text without one whose every other byte is NUL
    /// (Latin letters and digits in UTF-16); nil otherwise.
    static func utf16(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        let head = bytes.prefix(200)
        guard head.count >= 4, head.count % 2 == 0 else { return nil }
        let even = stride(from: 0, to: head.count, by: 2).map { head[$0] }
        let odd = stride(from: 1, to: head.count, by: 2).map { head[$0] }
        func mostlyNul(_ b: [UInt8]) -> Bool { b.filter { $0 == 0 }.count * 10 >= b.count * 3 }
        if mostlyNul(odd) && !even.contains(0) { return "UTF-16LE" }
        if mostlyNul(even) && !odd.contains(0) { return "UTF-16BE" }
        return nil
    }

    static func lineNumber(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    static func columnByte(at offset: Int, in bytes: [UInt8]) -> Int {
        let start = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return offset - start + 1
    }

    /// A lead byte followed only by continuation bytes, fewer than it needs.
    static func isTruncatedSequence(_ tail: ArraySlice<UInt8>) -> Bool {
        guard let lead = tail.first else { return false }
        let need = switch lead {
        case 0xC2...0xDF: 1
        case 0xE0...0xEF: 2
        case 0xF0...0xF4: 3
        default: 0
        }
        return need > 0 && tail.count - 1 < need && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// The offset of the first NUL byte or byte that does not begin or continue a valid
    /// UTF-8 sequence (overlongs, surrogates and values above U+10FFFF are invalid too).
    static func firstNULOrInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0 { return i }
                i += 1
                continue
            }
            // E1…EC and EE…EF with two continuation bytes are always valid (no overlong
            // form, no surrogate): most of a Chinese text, answered without decoding.
            if (0xE1...0xEC).contains(c) || c >= 0xEE && c <= 0xEF, i + 2 < b.count, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                i += 3
                continue
            }
            let need: Int
            var minValue: UInt32
            var value: UInt32
            switch c {
            case 0xC2...0xDF: need = 1; minValue = 0x80; value = UInt32(c & 0x1F)
            case 0xE0...0xEF: need = 2; minValue = 0x800; value = UInt32(c & 0x0F)
            case 0xF0...0xF4: need = 3; minValue = 0x10000; value = UInt32(c & 0x07)
            default: return i
            }
            guard i + need < b.count else { return i }
            for k in 1...need {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(cc & 0x3F)
            }
            if value < minValue || (0xD800...0xDFFF).contains(value) || value > 0x10FFFF { return i }
            i += need + 1
        }
        return nil
    }
}
